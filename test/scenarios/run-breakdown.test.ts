/**
 * A run's incidents by type, from its scenario and order count: every copy of an order gets its
 * order's incidents, a scenario-wide one counts once on no order, and an order the run does not
 * reach (fewer orders than the scenario has) gets none.
 */
import { incidentTotals } from '../../server/scenarios/run-breakdown';
import type { Scenario } from '../../server/scenarios/scenario';
import { bundledScenarios } from '../../server/scenarios/scenario-catalogue';

const bundled = (id: string): Scenario => {
  const found = bundledScenarios().find((b) => b.scenario?.id === id)?.scenario;
  if (!found) throw new Error(`no bundled scenario ${id}`);
  return found;
};

it('counts each order incident once per copy of its order, on as many orders', () => {
  // 09: two orders (river, rerouted), repeated to six: three copies of each.
  expect(incidentTotals(bundled('yangtze-locks-reroute-rail'), 6)).toEqual([
    { type: 'lockCongestion', events: 3, orders: 3 },
    { type: 'reroute', events: 3, orders: 3 },
    { type: 'vesselMissed', events: 3, orders: 3 },
  ]);
});

it('counts a scenario-wide incident once, touching no order', () => {
  // 05: an FX move for the whole run, and the buyer of the one order defaults.
  expect(incidentTotals(bundled('emoto-laos-thailand-fx'), 4)).toEqual([
    { type: 'buyerDefault', events: 4, orders: 4 },
    { type: 'fxMove', events: 1, orders: 0 },
  ]);
});

it('counts orders, not incidents, when one order has two of a kind, and leaves out orders the run does not play', () => {
  const scenario = bundled('yangtze-locks-reroute-rail');
  const twice: Scenario = {
    ...scenario,
    incidents: [...(scenario.incidents ?? []), { day: 20, type: 'lockCongestion', order: 'river', leg: 1, delayDays: 1 }],
  };
  expect(incidentTotals(twice, 2)).toContainEqual({ type: 'lockCongestion', events: 2, orders: 1 });
  // One order: only river plays, so the re-route of the other order is not in the run.
  expect(incidentTotals(scenario, 1).map((t) => t.type)).toEqual(['lockCongestion', 'vesselMissed']);
});
