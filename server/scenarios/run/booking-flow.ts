/**
 * The trade and capacity chains of a scenario order: the exporter raises and confirms the order,
 * asks the window for route options, books the one with the scenario's main-carriage modes with
 * the forwarder, and re-routes it when the scenario says so.
 */
import type { OrderRecord } from '../../models/order.model';
import type { ShipmentRecord } from '../../models/shipment.model';
import { containerCheckDigit } from '../../reference';
import type { PlannedOption } from '../../shipments/shipment.service';
import type { Mode } from '../scenario';
import type { OrderRun } from './order-run';
import { ScenarioStepError } from './order-run';

/** Trade mode 0110: general trade (一般贸易), as every bundled scenario's exports are. */
const GENERAL_TRADE = '0110';

/** A container number of the run's own owner code, unique per order and valid under ISO 6346. */
export function containerNumber(serial: number): string {
  const first10 = `YDNU${String(serial).padStart(6, '0')}`;
  return `${first10}${containerCheckDigit(first10)}`;
}

export async function raiseOrder(run: OrderRun): Promise<OrderRecord> {
  const { spec } = run;
  const created = await run.act(
    'order.created',
    run.seller,
    run.services.orders.create(run.seller, {
      buyerId: run.buyer.partyId,
      currency: spec.currency ?? 'USD',
      incoterm: spec.incoterm,
      incotermPlace: spec.incotermPlace ?? spec.origin,
      origin: spec.origin,
      destination: spec.destination,
      tradeMode: GENERAL_TRADE,
      readyDate: run.facts.readyAt.toISOString().slice(0, 10),
      lines: run.goods.map((g) => ({ hsCode: g.hsCode.replace(/\./g, ''), description: g.description, quantity: g.quantity, unit: g.unit, unitPrice: g.unitPrice, grossWeightKg: g.grossWeightKg })),
    }),
    (o) => `${o.number}: ${spec.seller} sells to ${spec.buyer}, ${spec.incoterm} ${spec.incotermPlace ?? spec.origin}, ${spec.origin} → ${spec.destination}`,
  );
  run.facts.number = created.number;
  run.facts.orderId = String(created._id);
  return run.act('order.confirmed', run.seller, run.services.orders.confirm(run.seller, String(created._id)), `${created.number} confirmed`);
}

const sameModes = (option: PlannedOption, modes: readonly Mode[]) => option.mainCarriageModes.join('+') === modes.join('+');

async function optionWith(run: OrderRun, modes: readonly Mode[]): Promise<PlannedOption> {
  const options = await run.services.shipments.routeOptions(run.seller, { orderId: run.facts.orderId!, rankBy: run.spec.route.rankBy ?? 'cost' });
  if (!options.ok) throw new ScenarioStepError(run.handle, 'route options', options.error);
  // Options come ranked; the best-ranked one with the wanted modes and a fitting Incoterm is booked.
  const rank = run.spec.route.rankBy ?? 'cost';
  const fitting = options.value.filter((o) => sameModes(o, modes) && o.incotermFits).sort((a, b) => a.ranks[rank] - b.ranks[rank]);
  if (fitting.length === 0) {
    const offered = options.value.map((o) => `${o.mainCarriageModes.join('+')}${o.incotermFits ? '' : ' (Incoterm does not fit)'}`).join(', ');
    throw new ScenarioStepError(run.handle, 'route options', [{ code: 'BUSINESS_RULE', rule: 'no-option-with-modes', message: `no route option by ${modes.join('+')} from ${run.spec.origin} to ${run.spec.destination} fits ${run.spec.incoterm}; offered: ${offered}` }]);
  }
  return fitting[0];
}

export async function bookRoute(run: OrderRun, serial: number): Promise<ShipmentRecord> {
  const option = await optionWith(run, run.spec.route.modes);
  const shipment = await run.act(
    'shipment.booked',
    run.seller,
    run.services.shipments.book(run.seller, { orderId: run.facts.orderId!, optionId: option.id, forwarderId: run.forwarder.partyId, containers: [{ number: containerNumber(serial), type: '22G1' }] }),
    (s) => `${s.number} on ${s.routeName} with ${run.forwarder.party.code}: ${s.legs.map((l) => `${l.from}→${l.to} by ${l.mode}`).join(', ')}; ETD ${s.plannedEtd}, ETA ${s.plannedEta}`,
  );
  run.facts.shipmentNumber = shipment.number;
  return shipment;
}

/** The scenario's re-routings of this order, each on its day, before the goods are declared. */
export async function rerouteIfTold(run: OrderRun, shipment: ShipmentRecord): Promise<ShipmentRecord> {
  let current = shipment;
  for (const incident of run.incidents('reroute')) {
    await run.wait(run.dayAt(incident.day));
    const option = await optionWith(run, incident.modes);
    const rerouted = await run.attempt(
      'shipment.rerouted',
      run.forwarder,
      run.services.shipments.reroute(run.forwarder, { shipment: current.number, optionId: option.id, reason: incident.note ?? `re-routed by ${incident.modes.join('+')}` }),
      (s) => `${current.routeName} → ${s.routeName}: ${s.legs.map((l) => `${l.from}→${l.to} by ${l.mode}`).join(', ')}; ETA ${current.plannedEta} → ${s.plannedEta}`,
    );
    if (rerouted) current = rerouted;
  }
  return current;
}
