/**
 * The leg model of the corridor catalogue, the distance rules used where no published figure is
 * at hand, the generated road feeder legs and the transshipment rule at a change of mode.
 */
import { Decimal } from '../shared/money';
import { gcKm, type TransportMode } from './places';

/** Day of week as dayjs numbers it: 0 Sunday ... 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
export const DAILY: readonly Weekday[] = Object.freeze([0, 1, 2, 3, 4, 5, 6]);

/** Indicative freight rate. Container modes: USD per TEU (road: per TEU-km). Air: USD per chargeable kg. */
export type Tariff =
  | { readonly basis: 'perTeu'; readonly usd: Decimal }
  | { readonly basis: 'perTeuKm'; readonly usd: Decimal }
  | { readonly basis: 'perKg'; readonly usd: Decimal };

export interface LegSpec {
  readonly from: string;
  readonly to: string;
  readonly mode: TransportMode;
  readonly distanceKm: number;
  /** Where distanceKm comes from (a published figure or the estimate rule used). */
  readonly distanceNote: string;
  /** Door-of-terminal to door-of-terminal, whole days (indicative). */
  readonly transitDays: number;
  readonly transitNote: string;
  /** Weekdays on which the service departs. */
  readonly departs: readonly Weekday[];
  /** Days the cargo must be at the terminal before departure (gate-in, loading, cut-off). */
  readonly cutoffDays: number;
  readonly tariff: Tariff;
}

/**
 * Circuity ("detour") factors applied to great-circle km where no route length is known. They are
 * modelling assumptions, not published figures: road and rail networks typically run 1.2-1.4x the
 * great-circle distance over long distances; 1.3 is the mid value.
 */
export const DETOUR_FACTOR: Readonly<Record<'road' | 'rail', number>> = Object.freeze({ road: 1.3, rail: 1.3 });

/**
 * Air legs: great-circle km + 95 km, the flight-distance rule of the EU ETS monitoring guidelines
 * (Commission Decision 2009/339/EC), also used by EN 16258 for air freight.
 */
export const AIR_DISTANCE_ADDITION_KM = 95;

/** Assumption: one truck, one driver, ~9-10 h driving a day at ~50-55 km/h average. */
export const ROAD_KM_PER_DAY = 500;
/** Assumption: container trucking ~USD 1.40 per truck-km for a 40' (2 TEU), i.e. USD 0.70 per TEU-km. */
export const ROAD_USD_PER_TEU_KM = new Decimal('0.70');
/** A road feeder leg is offered only when the great-circle distance to the corridor node is at most this. */
export const MAX_FEEDER_ROAD_GC_KM = 1000;

/** Estimated km by the rules above (rounded to whole km) with a note saying which rule was used. */
export function estimatedDistance(from: string, to: string, mode: 'road' | 'rail' | 'air'): { km: number; note: string } {
  const gc = gcKm(from, to);
  if (mode === 'air') {
    return { km: Math.round(gc + AIR_DISTANCE_ADDITION_KM), note: 'great-circle + 95 km (EU ETS / EN 16258 air rule)' };
  }
  const factor = DETOUR_FACTOR[mode];
  return { km: Math.round(gc * factor), note: `great-circle x ${factor} ${mode} detour factor (assumption)` };
}

type LegInput = Omit<LegSpec, 'distanceKm' | 'distanceNote'> & {
  /** A published or tabulated route length; omit to estimate (road, rail and air only). */
  readonly distance?: { readonly km: number; readonly note: string };
};

/** Builds a catalogue leg, estimating the distance when none is given. */
export function leg(input: LegInput): LegSpec {
  const { distance, ...rest } = input;
  let resolved = distance;
  if (resolved === undefined) {
    if (input.mode === 'sea' || input.mode === 'river') {
      throw new Error(`routing: ${input.from}->${input.to} ${input.mode} leg needs a tabulated distance`);
    }
    resolved = estimatedDistance(input.from, input.to, input.mode);
  }
  return Object.freeze({ ...rest, departs: Object.freeze([...input.departs]), distanceKm: resolved.km, distanceNote: resolved.note });
}

/** Nautical miles to whole km (1 nm = 1.852 km exactly). */
export function nm(nauticalMiles: number, source: string): { km: number; note: string } {
  return { km: Math.round(nauticalMiles * 1.852), note: `${nauticalMiles} nm, ${source}` };
}

/** A generated first- or last-mile truck leg: daily, no cut-off, distance and days from the assumptions above. */
export function roadLeg(from: string, to: string): LegSpec {
  const { km, note } = estimatedDistance(from, to, 'road');
  return leg({
    from, to, mode: 'road',
    distance: { km, note },
    transitDays: Math.max(1, Math.ceil(km / ROAD_KM_PER_DAY)),
    transitNote: `${km} km at ${ROAD_KM_PER_DAY} km/day (assumption)`,
    departs: DAILY,
    cutoffDays: 0,
    tariff: { basis: 'perTeuKm', usd: ROAD_USD_PER_TEU_KM },
  });
}

/**
 * Extra handling days where the mode changes, added before the next leg's own cut-off: a day to
 * move and re-handle the box (e.g. Qinzhou rail->sea: 1 day transfer + the vessel's 1-day CY
 * cut-off = the 1-2 days a rail-sea connection usually takes there). From road: 0 (the truck
 * delivers straight to the terminal). Same mode: 0 (the next leg's cut-off covers it).
 * Assumption, not a published figure.
 */
export function transshipmentDays(previous: TransportMode, next: TransportMode): number {
  if (previous === next || previous === 'road') return 0;
  return 1;
}
