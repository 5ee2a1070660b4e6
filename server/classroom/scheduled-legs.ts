/**
 * The legs of an exercise's shipments move on schedule as its clock passes, as a scenario run
 * moves them (scenarios/run/transport-flow.ts): a leg departs on its planned day at noon (UTC),
 * or half a day after the leg before it arrived if that was later, and arrives on its planned day
 * from 10:00 plus any lateness it left with; a missed vessel or a rail slot shortage injected on a
 * leg holds its departure, port or lock congestion its arrival, by the days injected. Each step is
 * recorded through the tracking service by the leg's carrier (or the forwarder, for a leg without
 * one), so its rules hold: the first leg waits for the export's release, a held order does not
 * move. A participant who records a step first takes it over; the schedule fills in the rest.
 * Delivery is left to the forwarder, against the surrendered bill.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { ExerciseIncidentRecord } from '../models/exercise.model';
import type { ShipmentRecord } from '../models/shipment.model';
import { callerOf } from '../parties/caller';
import type { DueItem, Fired } from './due-item';
import type { ExerciseWorld } from './exercise-worlds';

dayjs.extend(utc);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DEPART_HOUR = 12;
const ARRIVE_HOUR = 10;
/** The least time between arriving at a node and leaving it on the next leg. */
const CONNECTION_HOURS = 12;
/** A leg never arrives sooner than this after it left. */
const LEAST_LEG_HOURS = 2;

const HOLDS_DEPARTURE = ['vesselMissed', 'railSlotShortage'];
const HOLDS_ARRIVAL = ['portCongestion', 'lockCongestion'];
/** Orders whose goods no longer move. */
const CLOSED_ORDER_STATES = ['cancelled', 'completed'];

const at = (day: string, hour: number) => dayjs.utc(day).add(hour, 'hour').toDate();

function delayDays(incidents: readonly ExerciseIncidentRecord[], types: readonly string[], order: string, leg: number): number {
  return incidents.filter((i) => types.includes(i.type) && i.order === order && i.leg === leg).reduce((days, i) => days + (i.delayDays ?? 0), 0);
}

/** The next step of a shipment's journey and when it falls due, or null when every leg has arrived. */
function nextStep(shipment: ShipmentRecord, incidents: readonly ExerciseIncidentRecord[]): { legSeq: number; type: 'departed' | 'arrived'; at: Date } | null {
  let previousArrival: Date | null = null;
  for (const leg of shipment.legs) {
    const recorded = shipment.milestones.filter((m) => m.legSeq === leg.seq);
    const departed = recorded.find((m) => m.type === 'departed');
    const arrived = recorded.find((m) => m.type === 'arrived');
    const planned = at(leg.plannedEtd, DEPART_HOUR);
    if (!departed) {
      const ready = previousArrival ? Math.max(planned.getTime(), previousArrival.getTime() + CONNECTION_HOURS * HOUR) : planned.getTime();
      return { legSeq: leg.seq, type: 'departed', at: new Date(ready + delayDays(incidents, HOLDS_DEPARTURE, shipment.orderNumber, leg.seq) * DAY) };
    }
    if (!arrived) {
      const lateness = Math.max(0, departed.at.getTime() - planned.getTime());
      const due = at(leg.plannedEta, ARRIVE_HOUR).getTime() + lateness + delayDays(incidents, HOLDS_ARRIVAL, shipment.orderNumber, leg.seq) * DAY;
      return { legSeq: leg.seq, type: 'arrived', at: new Date(Math.max(due, departed.at.getTime() + LEAST_LEG_HOURS * HOUR)) };
    }
    previousArrival = arrived.at;
  }
  return null;
}

export async function transportItems(world: ExerciseWorld, until: Date, incidents: readonly ExerciseIncidentRecord[]): Promise<DueItem[]> {
  const { shipments, orders, tracking, parties } = world.services;
  const open = await orders.model.find({ shipmentId: { $ne: null }, state: { $nin: CLOSED_ORDER_STATES } }, { number: 1 }).lean();
  const moving = await shipments.model.find({ orderNumber: { $in: open.map((o) => o.number) } }).sort({ number: 1 }).lean();
  return moving.flatMap((shipment): DueItem[] => {
    const step = nextStep(shipment, incidents);
    if (!step || step.at > until) return [];
    const leg = shipment.legs.find((l) => l.seq === step.legSeq)!;
    return [{
      at: step.at,
      key: `leg:${shipment.number}:${step.legSeq}:${step.type}`,
      retriedWhenRefused: true,
      fire: async (): Promise<Fired> => {
        const party = await parties.model.findById(leg.carrierId ?? shipment.forwarderId).lean();
        const name = `leg${step.legSeq}.${step.type}`;
        if (!party) return { name, actor: 'CLOCK', outcome: 'refused', detail: `${shipment.number}: leg ${step.legSeq} has no carrier or forwarder`, rule: 'known-party' };
        const r = await tracking.recordMilestone(callerOf(party), { shipment: shipment.number, legSeq: step.legSeq, type: step.type });
        const what = step.type === 'departed' ? `departed ${leg.from} by ${leg.mode} for ${leg.to}` : `arrived at ${leg.to}`;
        if (r.ok) return { name, actor: party.code, outcome: 'done', detail: `${shipment.number} (${shipment.orderNumber}) leg ${step.legSeq} ${what} on schedule`, rule: null };
        const [first] = r.error;
        return { name, actor: party.code, outcome: 'refused', detail: `${shipment.number} (${shipment.orderNumber}) leg ${step.legSeq} held: ${first?.message ?? 'refused'}`, rule: first?.rule ?? first?.code ?? null };
      },
    }];
  });
}
