/**
 * What `track` shows: the timeline, where the cargo is, each leg planned against actual, the
 * delay and the revised ETA. Pure: computed from the shipment and the clock's now.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { OrderRecord } from '../models/order.model';
import type { MilestoneRecord, ShipmentRecord } from '../models/shipment.model';
import { type TransportMode, getLocation } from '../reference';

dayjs.extend(utc);

export interface LegView {
  seq: number;
  from: string;
  to: string;
  mode: TransportMode;
  plannedEtd: string;
  plannedEta: string;
  actualDeparture: Date | null;
  actualArrival: Date | null;
  status: 'planned' | 'departed' | 'arrived';
  /** days late (negative: early) at departure, or at arrival once arrived */
  delayDays: number | null;
}

export interface TrackingView {
  shipment: ShipmentRecord;
  order: OrderRecord | null;
  timeline: MilestoneRecord[];
  legs: LegView[];
  position: { location: string; legSeq: number; description: string };
  plannedEta: string;
  revisedEta: string;
  /** revised against planned arrival, in days (negative: early) */
  delayDays: number;
  onHold: boolean;
}

function daysLate(actual: Date, plannedDate: string): number {
  return dayjs.utc(actual).startOf('day').diff(dayjs.utc(plannedDate), 'day');
}

function legView(shipment: ShipmentRecord, seq: number): LegView {
  const leg = shipment.legs.find((l) => l.seq === seq)!;
  const on = (type: string) => shipment.milestones.find((m) => m.legSeq === seq && m.type === type)?.at ?? null;
  const departed = on('departed');
  const arrived = on('arrived');
  return {
    seq,
    from: leg.from,
    to: leg.to,
    mode: leg.mode,
    plannedEtd: leg.plannedEtd,
    plannedEta: leg.plannedEta,
    actualDeparture: departed,
    actualArrival: arrived,
    status: arrived ? 'arrived' : departed ? 'departed' : 'planned',
    delayDays: arrived ? daysLate(arrived, leg.plannedEta) : departed ? daysLate(departed, leg.plannedEtd) : null,
  };
}

/** A place as a person names it: "Chongqing (CNCKG)"; the bare code for a place the reference lacks. */
function place(code: string): string {
  const name = getLocation(code)?.name;
  return name ? `${name} (${code})` : code;
}

/** What carries the goods on a leg of each mode, for "loaded onto the vessel". */
const CONVEYANCE: Readonly<Record<TransportMode, string>> = { sea: 'vessel', river: 'barge', rail: 'train', road: 'truck', air: 'aircraft' };

/** Where the goods are, in the words a person would use, not the milestone's code name. */
function describe(m: MilestoneRecord | undefined, shipment: ShipmentRecord): string {
  if (!m) return `Booked, waiting at ${place(shipment.legs[0].from)}`;
  const leg = shipment.legs.find((l) => l.seq === m.legSeq)!;
  const at = place(m.location);
  switch (m.type) {
    case 'gateIn':
      return `Gate in at ${at}`;
    case 'loaded':
      return `Loaded onto the ${CONVEYANCE[leg.mode]} at ${at}`;
    case 'departed':
      return `In transit by ${leg.mode} from ${place(leg.from)} to ${place(leg.to)}`;
    case 'arrived':
      return `Arrived at ${at}`;
    case 'discharged':
      return `Discharged at ${at}`;
    case 'transshipped':
      return `Transshipped at ${at}`;
    case 'delivered':
      return `Delivered at ${at}`;
    case 'customsHold':
      return `Held by customs at ${at}`;
    case 'elockAlarm':
      return `E-lock alarm at ${at}: held for reinspection`;
  }
}

/**
 * The expected final arrival. Once the last leg has arrived, that day; once it has departed,
 * its departure plus its planned transit. Before that, lateness carries forward (a late leg
 * makes the next connections late) but earliness does not: later legs keep their scheduled
 * departures, so an early train does not make the vessel sail sooner. A leg still waiting past
 * its planned departure is late by the days already lost.
 */
function revisedArrival(shipment: ShipmentRecord, legs: LegView[], now: Date): string {
  const last = legs[legs.length - 1];
  if (last.actualArrival) return dayjs.utc(last.actualArrival).format('YYYY-MM-DD');
  if (last.actualDeparture) {
    const transit = dayjs.utc(last.plannedEta).diff(dayjs.utc(last.plannedEtd), 'day');
    return dayjs.utc(last.actualDeparture).startOf('day').add(transit, 'day').format('YYYY-MM-DD');
  }
  const latest = [...legs].reverse().find((l) => l.delayDays !== null);
  let late = Math.max(0, latest?.delayDays ?? 0);
  const waiting = legs.find((l) => l.status === 'planned');
  if (waiting && (!latest || latest.status === 'arrived')) {
    late = Math.max(late, dayjs.utc(now).startOf('day').diff(dayjs.utc(waiting.plannedEtd), 'day'));
  }
  return dayjs.utc(shipment.plannedEta).add(late, 'day').format('YYYY-MM-DD');
}

/**
 * The part of `now` a view depends on: the UTC day (a leg still waiting is late by whole days
 * lost, see revisedArrival). A view computed earlier the same day is the same view.
 */
export function viewDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function trackingView(shipment: ShipmentRecord, order: OrderRecord | null, now: Date): TrackingView {
  const legs = shipment.legs.map((l) => legView(shipment, l.seq));
  const timeline = [...shipment.milestones].sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq);
  const last = timeline.at(-1);
  const revisedEta = revisedArrival(shipment, legs, now);
  const delayDays = dayjs.utc(revisedEta).diff(dayjs.utc(shipment.plannedEta), 'day');
  return {
    shipment,
    order,
    timeline,
    legs,
    position: { location: last?.location ?? shipment.legs[0].from, legSeq: last?.legSeq ?? shipment.legs[0].seq, description: describe(last, shipment) },
    plannedEta: shipment.plannedEta,
    revisedEta,
    delayDays,
    onHold: order?.state === 'onHold',
  };
}
