/**
 * The capacity and data chains of a scenario order: the forwarder, as the one operator liable for
 * every leg (一单制), records the milestones of each leg as the goods move. Legs leave on their
 * planned day unless something holds them: the export not yet released, a missed vessel or a rail
 * slot shortage; lateness carries forward to later legs; congestion at a port or lock delays an
 * arrival; an e-lock alarm holds the goods until customs reinspects them.
 */
import dayjs from 'dayjs';
import type { DeclarationRecord } from '../../models/declaration.model';
import type { ShipmentRecord } from '../../models/shipment.model';
import { elockIdOf } from './customs-flow';
import type { OrderRun } from './order-run';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Times of day on the simulated clock (UTC): departures at noon, arrivals from 10:00. */
const DEPART_HOUR = 12;
const ARRIVE_HOUR = 10;
/** The least time between arriving at a node and leaving it on the next leg. */
const CONNECTION_HOURS = 12;
/**
 * The least time between two flights at an airport: a transfer under bond (空空转关) without
 * re-clearance, as the air corridors plan it (cut-off 0: the connecting flight leaves the day the
 * first one lands).
 */
const AIR_TRANSFER_HOURS = 2;
const REINSPECTION_HOURS = 24;

const at = (date: string, hour: number) => dayjs.utc(date).add(hour, 'hour').toDate();

async function milestone(run: OrderRun, shipment: ShipmentRecord, legSeq: number, type: string, detail: string): Promise<void> {
  await run.act(`leg${legSeq}.${type}`, run.forwarder, run.services.tracking.recordMilestone(run.forwarder, { shipment: shipment.number, legSeq, type, at: run.now().toISOString() }), detail);
}

/** Why the first leg waited for customs, as the report names the cause. */
function customsCause(run: OrderRun, declaration: DeclarationRecord): string {
  if (run.incidents('failedInspection').length > 0) return 'failed inspection';
  if (declaration.lane === 'red') return 'red-lane inspection';
  return 'customs clearance';
}

/**
 * Carries the goods leg by leg to their destination. `declaration` is the export declaration whose
 * release the first departure waits for (and whose e-lock may alarm); null for an import, which
 * leaves its foreign origin without Chinese export clearance. `onLeg` hears each departure and
 * arrival once it is recorded (an import's customs follows the train).
 */
export async function carry(
  run: OrderRun,
  shipment: ShipmentRecord,
  declaration: DeclarationRecord | null,
  onLeg?: (legSeq: number, happened: 'departed' | 'arrived') => void,
): Promise<void> {
  const legDelays = (type: 'vesselMissed' | 'railSlotShortage' | 'portCongestion' | 'lockCongestion', seq: number) => run.incidents(type).filter((i) => i.leg === seq);
  const alarm = declaration ? run.incidents('elockAlarm')[0] : undefined;
  let alarmed = false;
  let previousArrival: Date | null = null;
  // Each change to a departure or an arrival is checked in with its cause, in the order it happens.
  const ledger = run.facts.transportDelay;
  for (const [index, leg] of shipment.legs.entries()) {
    const planned = at(leg.plannedEtd, DEPART_HOUR);
    let depart = planned;
    if (index === 0 && declaration) {
      const cleared = new Date(run.facts.releasedAt!.getTime() + 2 * HOUR);
      if (cleared > depart) depart = cleared;
      ledger.checkpoint(leg.plannedEtd, depart, customsCause(run, declaration));
    } else if (previousArrival) {
      const connection = leg.mode === 'air' && shipment.legs[index - 1].mode === 'air' ? AIR_TRANSFER_HOURS : CONNECTION_HOURS;
      depart = new Date(Math.max(depart.getTime(), previousArrival.getTime() + connection * HOUR));
      // Lateness carried from the last arrival: slack in the connection may absorb some of it.
      ledger.checkpoint(leg.plannedEtd, depart, null);
    }
    for (const held of [...legDelays('vesselMissed', leg.seq), ...legDelays('railSlotShortage', leg.seq)]) {
      depart = new Date(depart.getTime() + held.delayDays * DAY);
      ledger.checkpoint(leg.plannedEtd, depart, held.type === 'vesselMissed' ? 'vessel missed' : 'rail slot shortage');
    }
    if (index === 0) {
      await run.wait(new Date(depart.getTime() - 4 * HOUR));
      await milestone(run, shipment, leg.seq, 'gateIn', `container in at ${leg.from}`);
    }
    await run.wait(depart);
    for (const held of [...legDelays('vesselMissed', leg.seq), ...legDelays('railSlotShortage', leg.seq)]) {
      run.note(`incident.${held.type}`, run.forwarder, `${held.note ?? held.type}: leg ${leg.seq} leaves ${held.delayDays} day(s) late`);
    }
    await milestone(run, shipment, leg.seq, 'departed', `departed ${leg.from} by ${leg.mode} for ${leg.to}`);
    onLeg?.(leg.seq, 'departed');
    const departedAt = run.now();
    // Lateness at departure carries to the arrival; a leg never arrives before it could.
    const lateness = Math.max(0, departedAt.getTime() - planned.getTime());
    const jitterHours = run.random.int(0, 6);
    let arrival = new Date(at(leg.plannedEta, ARRIVE_HOUR).getTime() + lateness + jitterHours * HOUR);
    arrival = new Date(Math.max(arrival.getTime(), departedAt.getTime() + 2 * HOUR));
    ledger.checkpoint(leg.plannedEta, arrival, null);
    for (const jam of [...legDelays('portCongestion', leg.seq), ...legDelays('lockCongestion', leg.seq)]) {
      arrival = new Date(arrival.getTime() + jam.delayDays * DAY);
      ledger.checkpoint(leg.plannedEta, arrival, jam.type === 'portCongestion' ? 'port congestion' : 'lock congestion');
    }
    const isLast = index === shipment.legs.length - 1;
    if (alarm && declaration && !alarmed && (isLast || run.dayAt(alarm.day) < arrival)) {
      alarmed = true;
      const sounded = new Date(Math.max(run.dayAt(alarm.day).getTime(), departedAt.getTime() + 6 * HOUR));
      await run.wait(sounded);
      await elockAlarm(run, declaration, alarm.note ?? `e-lock alarm on leg ${leg.seq}`);
      arrival = new Date(Math.max(arrival.getTime(), run.now().getTime()) + REINSPECTION_HOURS * HOUR);
      ledger.checkpoint(leg.plannedEta, arrival, 'e-lock alarm');
    }
    await run.wait(arrival);
    for (const jam of [...legDelays('portCongestion', leg.seq), ...legDelays('lockCongestion', leg.seq)]) {
      run.note(`incident.${jam.type}`, run.forwarder, `${jam.note ?? jam.type}: leg ${leg.seq} arrives ${jam.delayDays} day(s) late`);
    }
    await milestone(run, shipment, leg.seq, 'arrived', `arrived at ${leg.to}`);
    run.facts.legTimes.set(leg.seq, { departedAt, arrivedAt: run.now() });
    previousArrival = run.now();
    onLeg?.(leg.seq, 'arrived');
  }
  run.facts.arrivedAt = previousArrival;
}

/** Customs answers the alarm: the goods are held for reinspection, which passes a day later. */
async function elockAlarm(run: OrderRun, declaration: DeclarationRecord, reason: string): Promise<void> {
  const { declarations } = run.services;
  const elockId = elockIdOf(run.facts.number!);
  await run.act('declaration.elockAlarm', run.customs, declarations.act(run.customs, declaration.number, { type: 'ELOCK_ALARM', elockId, reason }), `${reason}: the order is held for reinspection`);
  await run.wait(run.later(REINSPECTION_HOURS));
  await run.act('declaration.reinspectionPassed', run.customs, declarations.act(run.customs, declaration.number, { type: 'REINSPECTION_PASSED' }), 'reinspection passed: the hold is lifted');
}

/** The last mile: the forwarder delivers once the bill is surrendered, and the buyer completes the order. */
export async function deliver(run: OrderRun, shipment: ShipmentRecord, buyerTakesDelivery: boolean): Promise<void> {
  const last = shipment.legs[shipment.legs.length - 1];
  await run.wait(run.later(4));
  await milestone(run, shipment, last.seq, 'delivered', `delivered at ${last.to}`);
  run.facts.deliveredAt = run.now();
  run.waited(null);
  if (buyerTakesDelivery) {
    await run.act('order.completed', run.buyer, run.services.orders.complete(run.buyer, run.facts.orderId!), `${run.buyer.party.code} confirms receipt`);
  }
}
