/**
 * Route options between two UN/LOCODEs over the corridor catalogue: every corridor path, with a
 * truck first/last mile where the origin or destination is off the corridor but near a node, each
 * leg scheduled from the ready date, costed in USD (Decimal) and given a CO2 estimate, then ranked.
 * Pure: no I/O and no clock; the same request always yields the same options.
 */
import { Decimal } from '../shared/money';
import type { Dayjs } from 'dayjs';
import { fail, ok, type Result } from '../shared/result';
import { CORRIDORS, corridorNodes, corridorStarts, type Corridor } from './corridors';
import { type CargoInput, cargoProblem, chargeableWeightKg, teuFor } from './cargo';
import { co2Kg } from './emission-factors';
import { MAX_FEEDER_ROAD_GC_KM, roadLeg, transshipmentDays, type LegSpec } from './legs';
import { checkLocode, gcKm, type TransportMode } from './places';
import { daysBetween, firstDepartureOnOrAfter, isoDate, parseReadyDate } from './schedule';

export type RankBy = 'time' | 'cost' | 'co2';
const METRICS: readonly RankBy[] = ['time', 'cost', 'co2'];

export interface RouteRequest {
  readonly origin: string;
  readonly destination: string;
  readonly cargo: CargoInput;
  /** 'YYYY-MM-DD', or a Date taken at its UTC calendar date. */
  readonly readyDate: string | Date;
  readonly rankBy?: RankBy;
}

export interface Money {
  readonly amount: string;
  readonly currency: 'USD';
}

export interface RouteLeg {
  readonly seq: number;
  readonly from: string;
  readonly to: string;
  readonly mode: TransportMode;
  readonly etd: string;
  readonly eta: string;
  readonly distanceKm: number;
  readonly transitDays: number;
  readonly cost: Money;
  readonly co2Kg: string;
}

export interface RouteOption {
  readonly id: string;
  readonly corridorId: string;
  readonly name: string;
  readonly nameZh: string;
  readonly citation: string;
  readonly legs: readonly RouteLeg[];
  readonly etd: string;
  readonly eta: string;
  /** Ready date to final ETA, whole days. */
  readonly transitDays: number;
  readonly cost: Money;
  readonly co2Kg: string;
  /** Distinct modes of the non-road legs, in route order. */
  readonly mainCarriageModes: readonly TransportMode[];
  /** What the freight was charged on. */
  readonly basis: { readonly teu: number; readonly chargeableKg: string };
  /** 1 = best; each metric's order breaks ties by the other two metrics, then by id. */
  readonly ranks: Readonly<Record<RankBy, number>>;
}

export type RouteErrorCode = 'NO_ROUTE' | 'UNKNOWN_LOCATION' | 'INVALID_REQUEST';
export interface RouteError {
  readonly code: RouteErrorCode;
  readonly field: 'origin' | 'destination' | 'cargo' | 'readyDate' | 'rankBy';
  /** the rule broken, as the reference validators name it where one applies (e.g. locode-unknown) */
  readonly rule: string;
  readonly message: string;
}

interface Path {
  readonly corridor: Corridor;
  readonly legs: readonly LegSpec[];
}

/** Corridor paths from origin to destination, with road feeders where needed. */
function findPaths(corridor: Corridor, origin: string, destination: string): Path[] {
  const nodes = corridorNodes(corridor);
  let entry = origin;
  let firstMile: LegSpec | undefined;
  if (!nodes.has(origin)) {
    const start = nearest(corridorStarts(corridor), origin);
    if (start === undefined) return [];
    entry = start;
    firstMile = roadLeg(origin, start);
  }
  const trunks: LegSpec[][] = [];
  const walk = (at: string, sofar: LegSpec[], seen: Set<string>): void => {
    for (const next of corridor.legs) {
      if (next.from !== at || seen.has(next.to)) continue;
      const path = [...sofar, next];
      trunks.push(path);
      if (next.to !== destination) walk(next.to, path, new Set([...seen, next.to]));
    }
  };
  walk(entry, [], new Set([entry]));
  const head = firstMile === undefined ? [] : [firstMile];
  if (nodes.has(destination)) {
    return trunks.filter((t) => t[t.length - 1]?.to === destination).map((t) => ({ corridor, legs: [...head, ...t] }));
  }
  const ends = new Map(trunks.map((t) => [t[t.length - 1]?.to as string, t]));
  const end = nearest([...ends.keys()], destination);
  const trunk = end === undefined ? undefined : ends.get(end);
  if (end === undefined || trunk === undefined) return [];
  return [{ corridor, legs: [...head, ...trunk, roadLeg(end, destination)] }];
}

/** The candidate nearest to `code` within feeder range (ties by code), or undefined. */
function nearest(candidates: readonly string[], code: string): string | undefined {
  const inRange = candidates
    .map((c) => ({ c, km: gcKm(c, code) }))
    .filter((x) => x.km <= MAX_FEEDER_ROAD_GC_KM)
    .sort((a, b) => a.km - b.km || (a.c < b.c ? -1 : a.c > b.c ? 1 : 0));
  return inRange[0]?.c;
}

/** FNV-1a 32-bit, hex: a short stable fingerprint of a path's legs. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

interface Priced {
  readonly option: Omit<RouteOption, 'ranks'>;
  readonly cost: Decimal;
  readonly co2: Decimal;
}

function price(path: Path, cargo: CargoInput, ready: Dayjs): Priced {
  const teu = teuFor(cargo);
  const chargeable = chargeableWeightKg(cargo);
  const tonnes = new Decimal(cargo.grossWeightKg).dividedBy(1000);
  let cursor = ready;
  let previous: TransportMode | undefined;
  let total = new Decimal(0);
  let co2Total = new Decimal(0);
  const legs = path.legs.map((spec, index): RouteLeg => {
    const handling = (previous === undefined ? 0 : transshipmentDays(previous, spec.mode)) + spec.cutoffDays;
    const etd = firstDepartureOnOrAfter(cursor.add(handling, 'day'), spec.departs);
    const eta = etd.add(spec.transitDays, 'day');
    const t = spec.tariff;
    const raw = t.basis === 'perTeu' ? t.usd.times(teu)
      : t.basis === 'perTeuKm' ? t.usd.times(spec.distanceKm).times(teu)
      : t.usd.times(chargeable);
    const cost = raw.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const co2 = co2Kg(spec.mode, tonnes, spec.distanceKm);
    total = total.plus(cost);
    co2Total = co2Total.plus(co2);
    cursor = eta;
    previous = spec.mode;
    return {
      seq: index + 1, from: spec.from, to: spec.to, mode: spec.mode, etd: isoDate(etd), eta: isoDate(eta),
      distanceKm: spec.distanceKm, transitDays: spec.transitDays,
      cost: { amount: cost.toFixed(2), currency: 'USD' }, co2Kg: co2.toFixed(1),
    };
  });
  const signature = path.legs.map((l) => `${l.from}>${l.to}/${l.mode}`).join(',');
  const main = path.legs.filter((l) => l.mode !== 'road').map((l) => l.mode);
  const first = legs[0];
  const last = legs[legs.length - 1];
  if (first === undefined || last === undefined) throw new Error('routing: empty path');
  const { corridor } = path;
  return {
    cost: total,
    co2: co2Total,
    option: {
      id: `${corridor.id}:${fingerprint(signature)}`, corridorId: corridor.id, name: corridor.name,
      nameZh: corridor.nameZh, citation: corridor.citation, legs, etd: first.etd, eta: last.eta,
      transitDays: daysBetween(ready, cursor), cost: { amount: total.toFixed(2), currency: 'USD' },
      co2Kg: co2Total.toFixed(1), mainCarriageModes: [...new Set(main)],
      basis: { teu, chargeableKg: chargeable.toString() },
    },
  };
}

function compareBy(metric: RankBy, a: Priced, b: Priced): number {
  if (metric === 'time') return a.option.transitDays - b.option.transitDays;
  return metric === 'cost' ? a.cost.comparedTo(b.cost) : a.co2.comparedTo(b.co2);
}

/** Order for one metric: that metric, then the other two in time/cost/co2 order, then id. */
function orderBy(metric: RankBy, priced: readonly Priced[]): Priced[] {
  const keys = [metric, ...METRICS.filter((m) => m !== metric)];
  return [...priced].sort((a, b) => {
    for (const key of keys) {
      const c = compareBy(key, a, b);
      if (c !== 0) return c;
    }
    return a.option.id < b.option.id ? -1 : a.option.id > b.option.id ? 1 : 0;
  });
}

/** Whether any leg departs from the origin, or a corridor start is within truck reach of it. */
function originServed(catalogue: readonly Corridor[], origin: string): boolean {
  return catalogue.some((c) => c.legs.some((l) => l.from === origin) || nearest(corridorStarts(c), origin) !== undefined);
}

/** Every corridor option from origin to destination, ranked; failures come back as values. */
export function routeOptions(request: RouteRequest, catalogue: readonly Corridor[] = CORRIDORS): Result<RouteOption[], RouteError> {
  const origin = checkLocode(String(request.origin ?? ''));
  if (!origin.ok) return fail({ code: 'UNKNOWN_LOCATION', field: 'origin', rule: origin.rule, message: `origin: ${origin.message}` });
  const destination = checkLocode(String(request.destination ?? ''));
  if (!destination.ok) {
    return fail({ code: 'UNKNOWN_LOCATION', field: 'destination', rule: destination.rule, message: `destination: ${destination.message}` });
  }
  const problem = cargoProblem(request.cargo);
  if (problem !== undefined) return fail({ code: 'INVALID_REQUEST', field: 'cargo', rule: 'cargo', message: problem });
  const ready = parseReadyDate(request.readyDate);
  if (ready === undefined) {
    return fail({ code: 'INVALID_REQUEST', field: 'readyDate', rule: 'iso-date', message: 'readyDate must be a YYYY-MM-DD date or a valid Date' });
  }
  const rankBy = request.rankBy ?? 'time';
  if (!METRICS.includes(rankBy)) {
    return fail({ code: 'INVALID_REQUEST', field: 'rankBy', rule: 'rank-by', message: `rankBy must be one of ${METRICS.join(', ')}` });
  }
  const from = origin.value.code;
  const to = destination.value.code;
  if (from === to) {
    return fail({ code: 'NO_ROUTE', field: 'destination', rule: 'differs-from-origin', message: `destination ${to} is the same as the origin` });
  }
  const paths = catalogue.flatMap((c) => findPaths(c, from, to));
  if (paths.length === 0) {
    const field = originServed(catalogue, from) ? 'destination' : 'origin';
    const place = field === 'origin' ? from : to;
    return fail({ code: 'NO_ROUTE', field, rule: 'no-route', message: `no corridor in the catalogue serves ${from} -> ${to} (${field} ${place} is out of reach)` });
  }
  const priced = paths.map((p) => price(p, request.cargo, ready));
  const ranks = new Map<string, Record<RankBy, number>>(priced.map((p) => [p.option.id, { time: 0, cost: 0, co2: 0 }]));
  for (const metric of METRICS) {
    orderBy(metric, priced).forEach((p, i) => {
      (ranks.get(p.option.id) as Record<RankBy, number>)[metric] = i + 1;
    });
  }
  return ok(orderBy(rankBy, priced).map((p) => ({ ...p.option, ranks: ranks.get(p.option.id) as Record<RankBy, number> })));
}
