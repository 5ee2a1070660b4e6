/** The route section of a bill: its legs and stages, the four places, and the Incoterm that must fit the modes. */
import { checkIncoterm, checkIncotermForModes, checkLocode, checkTransportMode, type TransportMode } from '../../../reference';
import { type BillConveyance, type BillLeg, type BillParty, type BillPlaces, LEG_STAGES, type LegStage } from '../../../models/bill-content';
import type { BillLegInput, BillOrderInput, BuildBillInput } from './inputs';
import { MAX_CONVEYANCE_NAME, MAX_CONVEYANCE_REFERENCE } from './limits';
import type { PartyReader } from './parties';
import { crossesBorder, type Problems } from './problems';

export function readLegs(
  p: Problems,
  raw: readonly BillLegInput[],
  order: BillOrderInput,
  readParty: PartyReader,
): BillLeg[] | undefined {
  if (raw.length === 0) {
    p.add(['shipment', 'legs'], 'required', 'a bill needs at least one leg');
    return undefined;
  }
  const before = p.list.length;
  // Legs are taken in seq order whatever order they come in; the field paths keep input indexes.
  const indexed = raw.map((leg, i) => ({ leg, i })).sort((a, b) => a.leg.seq - b.leg.seq);
  const read = indexed.map(({ leg, i }, k) => {
    const at = (f: string) => ['shipment', 'legs', String(i), f];
    if (leg.seq !== k + 1) p.add(at('seq'), 'leg-seq', `legs must be numbered 1, 2, 3... in order; expected ${k + 1}, got ${leg.seq}`);
    const from = p.code(at('from'), checkLocode(leg.from))?.code;
    const to = p.code(at('to'), checkLocode(leg.to))?.code;
    const mode = p.code(at('mode'), checkTransportMode(leg.mode));
    if (from !== undefined && from === to) p.add(at('to'), 'differs-from-origin', `a leg must end somewhere else than it starts (${from})`);
    const etd = p.date(at('plannedEtd'), leg.plannedEtd);
    const eta = p.date(at('plannedEta'), leg.plannedEta);
    if (etd !== undefined && eta !== undefined && eta < etd) p.add(at('plannedEta'), 'arrival-after-departure', `planned arrival ${eta} is before planned departure ${etd}`);
    const carrier = leg.carrierId == null ? null : readParty(at('carrierId'), leg.carrierId);
    let conveyance: BillConveyance | null | undefined = null;
    if (leg.conveyance != null) {
      const name = p.text([...at('conveyance'), 'name'], leg.conveyance.name, MAX_CONVEYANCE_NAME);
      const reference = p.text([...at('conveyance'), 'reference'], leg.conveyance.reference, MAX_CONVEYANCE_REFERENCE);
      conveyance = name !== undefined && reference !== undefined ? { name, reference } : undefined;
    }
    if (leg.stage != null && !LEG_STAGES.includes(leg.stage)) p.add(at('stage'), 'leg-stage', `must be one of ${LEG_STAGES.join(', ')}`);
    return { i, from, to, mode, etd, eta, carrier, conveyance, stage: leg.stage ?? null };
  });

  // Contiguity, the order's origin and destination, and timing between legs.
  read.forEach((leg, k) => {
    const at = (f: string) => ['shipment', 'legs', String(leg.i), f];
    if (k === 0 && leg.from !== undefined && leg.from !== checkLocodeCode(order.origin)) {
      p.add(at('from'), 'route-origin', `the first leg must start at the order's origin ${order.origin}, not ${leg.from}`);
    }
    if (k === read.length - 1 && leg.to !== undefined && leg.to !== checkLocodeCode(order.destination)) {
      p.add(at('to'), 'route-destination', `the last leg must end at the order's destination ${order.destination}, not ${leg.to}`);
    }
    const prev = read[k - 1];
    if (prev !== undefined) {
      if (prev.to !== undefined && leg.from !== undefined && prev.to !== leg.from) {
        p.add(at('from'), 'legs-contiguous', `leg ${k + 1} must start where leg ${k} ends (${prev.to}), not at ${leg.from}`);
      }
      if (prev.eta !== undefined && leg.etd !== undefined && leg.etd < prev.eta) {
        p.add(at('plannedEtd'), 'departure-after-previous-arrival', `planned departure ${leg.etd} is before the previous leg's planned arrival ${prev.eta}`);
      }
    }
  });

  // Stages: all given or none; when none, the first border-crossing leg is the main carriage.
  const given = read.filter((l) => l.stage !== null).length;
  let stages: LegStage[] | undefined;
  if (given === 0) {
    const crossing = read.findIndex((l) => l.from !== undefined && l.to !== undefined && crossesBorder(l.from, l.to));
    const nonRoad = read.findIndex((l) => l.mode !== undefined && l.mode !== 'road');
    const main = crossing >= 0 ? crossing : nonRoad >= 0 ? nonRoad : 0;
    stages = read.map((_, k) => (k < main ? 'preCarriage' : k === main ? 'mainCarriage' : 'onCarriage'));
  } else if (given < read.length) {
    p.add(['shipment', 'legs'], 'leg-stage-all-or-none', 'give a stage for every leg or for none (then the first leg that crosses a border is the main carriage)');
  } else {
    stages = read.map((l) => l.stage as LegStage);
    const rank = (s: LegStage) => LEG_STAGES.indexOf(s);
    const ordered = stages.every((s, k) => k === 0 || rank(s) >= rank(stages![k - 1] as LegStage));
    if (!ordered || !stages.includes('mainCarriage')) {
      p.add(['shipment', 'legs'], 'leg-stage-order', 'stages must run pre-carriage, then one or more main-carriage legs, then on-carriage');
    }
  }

  if (p.list.length > before || stages === undefined) return undefined;
  return read.map((leg, k) => ({
    seq: k + 1,
    stage: (stages as LegStage[])[k] as LegStage,
    mode: leg.mode as TransportMode,
    from: leg.from as string,
    to: leg.to as string,
    plannedDeparture: leg.etd as string,
    plannedArrival: leg.eta as string,
    carrier: leg.carrier as BillParty | null,
    conveyance: leg.conveyance as BillConveyance | null,
  }));
}

function checkLocodeCode(raw: string): string | undefined {
  const checked = checkLocode(raw);
  return checked.ok ? checked.value.code : undefined;
}

/** Receipt, loading, discharge and delivery: the route's ends and its main carriage's ends. */
export function placesOf(legs: readonly BillLeg[] | undefined): BillPlaces | undefined {
  if (legs === undefined) return undefined;
  const main = legs.filter((l) => l.stage === 'mainCarriage');
  return {
    receipt: (legs[0] as BillLeg).from,
    loading: (main[0] as BillLeg).from,
    discharge: (main[main.length - 1] as BillLeg).to,
    delivery: (legs[legs.length - 1] as BillLeg).to,
  };
}

/** The Incoterm and its place: the sea-only rules need a water leg, as the order service checks it. */
export function readIncoterm(p: Problems, order: BuildBillInput['order'], legs: readonly BillLeg[] | undefined) {
  const incotermPlace = p.code(['order', 'incotermPlace'], checkLocode(order.incotermPlace))?.code;
  let incoterm: string | undefined;
  if (legs !== undefined) {
    const mainCarriageModes = [...new Set(legs.filter((l) => l.mode !== 'road').map((l) => l.mode))];
    incoterm = p.code(['order', 'incoterm'], checkIncotermForModes(order.incoterm, mainCarriageModes))?.code;
  } else {
    // The legs are broken, so the modes are unknown: still report an Incoterm that does not exist.
    p.code(['order', 'incoterm'], checkIncoterm(order.incoterm));
  }
  const incotermRule = incoterm === undefined ? undefined : checkIncotermForModes(incoterm, ['sea']);
  return { incoterm, incotermPlace, incotermRule };
}
