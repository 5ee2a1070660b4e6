/**
 * Milestones a carrier or the forwarder records on a shipment leg, and the order rules they
 * follow. Pure: the rules read the shipment's record and say yes or why not.
 */
import { MILESTONE_TYPES, type MilestoneType } from '../models/shipment.model';
import { screamingCase } from '../shared/names';

export { MILESTONE_TYPES, type MilestoneType };

/** Exceptions: they may happen at any point of a leg and do not move it forward. */
export const EXCEPTION_MILESTONES: readonly MilestoneType[] = ['customsHold', 'elockAlarm'];

/** The progress of one leg: each step may be recorded once, in this order (earlier ones may be skipped). */
const PROGRESS: readonly MilestoneType[] = ['gateIn', 'loaded', 'departed', 'arrived', 'discharged', 'transshipped', 'delivered'];

/** Where a milestone happens: at the leg's origin or at its destination. */
export function milestoneLocation(type: MilestoneType, leg: { from: string; to: string }): string | null {
  if (type === 'gateIn' || type === 'loaded' || type === 'departed') return leg.from;
  if (EXCEPTION_MILESTONES.includes(type)) return null;
  return leg.to;
}

export interface LegProgress {
  seq: number;
  recorded: readonly MilestoneType[];
}

/**
 * Why `type` cannot be recorded on leg `legSeq` now, or null when it can.
 * `legs` is every leg of the shipment with the milestones already recorded on it.
 */
export function milestoneRefusal(type: MilestoneType, legSeq: number, legs: readonly LegProgress[]): string | null {
  // Messages name milestones as the API does (DEPARTED), not as they are stored (departed).
  const name = (t: MilestoneType): string => screamingCase(t);
  const index = legs.findIndex((l) => l.seq === legSeq);
  if (index < 0) return `the shipment has no leg ${legSeq} (legs 1–${legs.length})`;
  const leg = legs[index];
  const isLast = index === legs.length - 1;
  const previous = index > 0 ? legs[index - 1] : null;
  if (legs.some((l) => l.recorded.includes('delivered'))) return 'the shipment is already delivered';
  if (EXCEPTION_MILESTONES.includes(type)) return null;
  if (previous && !previous.recorded.includes('arrived')) {
    return `leg ${legSeq} cannot start before leg ${previous.seq} has arrived`;
  }
  if (type === 'transshipped' && isLast) return `TRANSSHIPPED applies between legs; leg ${legSeq} is the last leg`;
  if (type === 'delivered' && !isLast) return `DELIVERED applies to the last leg (${legs[legs.length - 1].seq}), not leg ${legSeq}`;
  if (leg.recorded.includes(type)) return `leg ${legSeq} already has ${name(type)}`;
  const rank = PROGRESS.indexOf(type);
  const reached = Math.max(-1, ...leg.recorded.filter((m) => PROGRESS.includes(m)).map((m) => PROGRESS.indexOf(m)));
  if (rank < reached) return `${name(type)} cannot follow ${name(PROGRESS[reached])} on leg ${legSeq}`;
  const needsDeparture = ['arrived', 'discharged', 'transshipped', 'delivered'].includes(type);
  if (needsDeparture && !leg.recorded.includes('departed')) return `${name(type)} needs leg ${legSeq} to have DEPARTED first`;
  const needsArrival = ['discharged', 'transshipped', 'delivered'].includes(type);
  if (needsArrival && !leg.recorded.includes('arrived')) return `${name(type)} needs leg ${legSeq} to have ARRIVED first`;
  return null;
}
