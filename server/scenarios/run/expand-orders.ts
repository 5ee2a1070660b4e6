/**
 * The orders a run plays: each scenario order as many times as its count says, and with
 * `--orders N` the whole list repeated until there are N. A copy keeps its scenario order's
 * incidents and expectations; its handle is the ref, then ref-2, ref-3, ...
 */
import type { Scenario, ScenarioOrder } from '../scenario';

export interface PlayedOrder {
  handle: string;
  spec: ScenarioOrder;
}

export function expandOrders(scenario: Scenario, total?: number): PlayedOrder[] {
  const base = scenario.orders.flatMap((spec) => Array.from({ length: spec.count ?? 1 }, () => spec));
  const wanted = total ?? base.length;
  const copies = new Map<string, number>();
  return Array.from({ length: wanted }, (_, i) => {
    const spec = base[i % base.length];
    const n = (copies.get(spec.ref) ?? 0) + 1;
    copies.set(spec.ref, n);
    return { handle: n === 1 ? spec.ref : `${spec.ref}-${n}`, spec };
  });
}
