/**
 * Transit under customs control (转关; e.g. 空空转关, air-to-air: Yiwu → Chongqing Jiangbei →
 * abroad): goods declared for transit must reach the customs office of destination within a time
 * limit. GACC's transit rules (Measures on the Supervision of Transit Goods, GACC Order No. 89 of
 * 2001, as amended) leave that limit to the office of departure, set by transport mode and
 * distance. The figures below are the simulator's ASSUMPTION, not published limits: air 24 hours;
 * road, rail and river by distance band (road about 400 km a day plus slack; rail about 500 km a
 * day with marshalling; the Yangtze upstream 10–12 days Shanghai → Chongqing); coastal sea 7 days.
 * Configurable.
 */
import { TRANSPORT_MODES, type TransportMode } from '../../reference/modes';
import { fail, ok, type Result } from '../../shared/result';
import { fieldError, type UserError } from '../../shared/user-error';
import { utcInstant, type DateInput } from './inputs';

/** Distances up to `upToKm` (included) get `hours`; the last band of a mode has no upper end. */
export interface TransitBand {
  readonly upToKm?: number;
  readonly hours: number;
}

export type TransitTimeLimits = Readonly<Partial<Record<TransportMode, readonly TransitBand[]>>>;

export const DEFAULT_TRANSIT_TIME_LIMITS: TransitTimeLimits = Object.freeze({
  air: [{ hours: 24 }],
  road: [
    { upToKm: 300, hours: 24 },
    { upToKm: 800, hours: 48 },
    { upToKm: 1500, hours: 72 },
    { hours: 120 },
  ],
  rail: [
    { upToKm: 1000, hours: 72 },
    { upToKm: 2500, hours: 120 },
    { hours: 168 },
  ],
  river: [
    { upToKm: 1000, hours: 120 },
    { hours: 288 },
  ],
  sea: [{ hours: 168 }],
});

export interface TransitLeg {
  readonly mode: TransportMode;
  /** Needed when the mode has more than one band. */
  readonly distanceKm?: number;
}

export interface TransitDeadline {
  /** ISO 8601 instant in UTC. */
  readonly deadline: string;
  readonly hours: number;
  readonly mode: TransportMode;
}

/** Throws RangeError for a table that cannot be used. */
export function assertTransitTimeLimits(limits: TransitTimeLimits): void {
  const problems: string[] = [];
  for (const [mode, bands] of Object.entries(limits)) {
    if (!(TRANSPORT_MODES as readonly string[]).includes(mode)) problems.push(`unknown mode '${mode}'`);
    if (bands === undefined) continue;
    if (bands.length === 0) problems.push(`${mode}: no bands`);
    bands.forEach((band, i) => {
      const last = i === bands.length - 1;
      if (!(Number.isInteger(band.hours) && band.hours > 0)) problems.push(`${mode}[${i}].hours: must be a positive whole number`);
      if (last && band.upToKm !== undefined) problems.push(`${mode}: the last band must have no upToKm`);
      if (!last && !(typeof band.upToKm === 'number' && band.upToKm > 0)) problems.push(`${mode}[${i}].upToKm: must be a positive number`);
      const previous = bands[i - 1]?.upToKm;
      if (!last && previous !== undefined && band.upToKm !== undefined && band.upToKm <= previous) problems.push(`${mode}: bands must rise in distance`);
    });
  }
  if (problems.length > 0) throw new RangeError(`invalid transit time limits: ${problems.join('; ')}`);
}

/**
 * When goods declared for transit at `declaredAt` must have arrived at the office of destination.
 * Throws RangeError for a malformed date or table; a mode without limits or a missing distance
 * comes back as a failure.
 */
export function transitDeadline(
  declaredAt: DateInput,
  leg: TransitLeg,
  limits: TransitTimeLimits = DEFAULT_TRANSIT_TIME_LIMITS,
): Result<TransitDeadline, UserError[]> {
  assertTransitTimeLimits(limits);
  const start = utcInstant(declaredAt, 'declaredAt');
  const bands = limits[leg.mode];
  if (bands === undefined) {
    return fail([fieldError(['leg', 'mode'], 'transit-mode', `no transit time limit for mode '${String(leg.mode)}'`)]);
  }
  let band: TransitBand | undefined = bands[0];
  if (bands.length > 1) {
    const km = leg.distanceKm;
    if (typeof km !== 'number' || !Number.isFinite(km) || km < 0) {
      return fail([fieldError(['leg', 'distanceKm'], 'required', `the ${leg.mode} time limit depends on the distance; give it in km`)]);
    }
    band = bands.find((b) => b.upToKm === undefined || km <= b.upToKm);
  }
  const hours = (band as TransitBand).hours;
  return ok({ deadline: start.add(hours, 'hour').toISOString(), hours, mode: leg.mode });
}

/** True once `now` is past the deadline; arriving at the deadline itself is in time. */
export function isOverdue(deadline: DateInput, now: DateInput): boolean {
  return utcInstant(now, 'now').isAfter(utcInstant(deadline, 'deadline'));
}
