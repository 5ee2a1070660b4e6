import { type Check, fail, pass } from './check';
import type { TransportMode } from './modes';

/**
 * Incoterms® 2020 (ICC publication 723E): 7 rules for any mode or modes of transport and 4 rules
 * (FAS, FOB, CFR, CIF) for sea and inland waterway transport only. "Main carriage" is the leg from
 * the country of export to the country of import; who pays it and where risk passes follow the ICC
 * texts, shortened to one sentence each.
 */
export type IncotermCode = 'EXW' | 'FCA' | 'CPT' | 'CIP' | 'DAP' | 'DPU' | 'DDP' | 'FAS' | 'FOB' | 'CFR' | 'CIF';

export type Party = 'seller' | 'buyer';

export interface Incoterm {
  readonly code: IncotermCode;
  readonly name: string;
  readonly seaAndInlandWaterwayOnly: boolean;
  /** Where the risk of loss or damage passes from seller to buyer. */
  readonly riskPasses: string;
  readonly mainCarriagePaidBy: Party;
  readonly sellerInsures: boolean;
  /** CIP requires Institute Cargo Clauses (A) cover, CIF only (C) (Incoterms 2020, A5). */
  readonly minimumInsuranceCover?: 'ICC (A)' | 'ICC (C)';
  readonly exportClearanceBy: Party;
  readonly importClearanceBy: Party;
  /** For the sea-only rules: the any-mode rule to use instead when the main carriage is not by water. */
  readonly anyModeEquivalent?: IncotermCode;
}

type Row = Omit<Incoterm, 'exportClearanceBy' | 'importClearanceBy'>;

// prettier-ignore
const ROWS: readonly Row[] = [
  { code: 'EXW', name: 'Ex Works', seaAndInlandWaterwayOnly: false, mainCarriagePaidBy: 'buyer', sellerInsures: false,
    riskPasses: "When the goods are placed at the buyer's disposal at the named place, not loaded on any collecting vehicle." },
  { code: 'FCA', name: 'Free Carrier', seaAndInlandWaterwayOnly: false, mainCarriagePaidBy: 'buyer', sellerInsures: false,
    riskPasses: 'When the goods are delivered to the carrier nominated by the buyer at the named place (loaded, if that place is the seller\'s premises).' },
  { code: 'CPT', name: 'Carriage Paid To', seaAndInlandWaterwayOnly: false, mainCarriagePaidBy: 'seller', sellerInsures: false,
    riskPasses: 'When the goods are handed to the first carrier, although the seller pays carriage to the named destination.' },
  { code: 'CIP', name: 'Carriage and Insurance Paid To', seaAndInlandWaterwayOnly: false, mainCarriagePaidBy: 'seller', sellerInsures: true, minimumInsuranceCover: 'ICC (A)',
    riskPasses: 'When the goods are handed to the first carrier, although the seller pays carriage and insurance to the named destination.' },
  { code: 'DAP', name: 'Delivered at Place', seaAndInlandWaterwayOnly: false, mainCarriagePaidBy: 'seller', sellerInsures: false,
    riskPasses: "When the goods are placed at the buyer's disposal on the arriving means of transport, ready for unloading, at the named destination." },
  { code: 'DPU', name: 'Delivered at Place Unloaded', seaAndInlandWaterwayOnly: false, mainCarriagePaidBy: 'seller', sellerInsures: false,
    riskPasses: "When the goods, unloaded from the arriving means of transport, are placed at the buyer's disposal at the named destination." },
  { code: 'DDP', name: 'Delivered Duty Paid', seaAndInlandWaterwayOnly: false, mainCarriagePaidBy: 'seller', sellerInsures: false,
    riskPasses: "When the goods, cleared for import, are placed at the buyer's disposal on the arriving means of transport, ready for unloading, at the named destination." },
  { code: 'FAS', name: 'Free Alongside Ship', seaAndInlandWaterwayOnly: true, mainCarriagePaidBy: 'buyer', sellerInsures: false, anyModeEquivalent: 'FCA',
    riskPasses: 'When the goods are placed alongside the vessel nominated by the buyer at the named port of shipment.' },
  { code: 'FOB', name: 'Free on Board', seaAndInlandWaterwayOnly: true, mainCarriagePaidBy: 'buyer', sellerInsures: false, anyModeEquivalent: 'FCA',
    riskPasses: 'When the goods are on board the vessel nominated by the buyer at the named port of shipment.' },
  { code: 'CFR', name: 'Cost and Freight', seaAndInlandWaterwayOnly: true, mainCarriagePaidBy: 'seller', sellerInsures: false, anyModeEquivalent: 'CPT',
    riskPasses: 'When the goods are on board the vessel at the port of shipment, although the seller pays freight to the named port of destination.' },
  { code: 'CIF', name: 'Cost, Insurance and Freight', seaAndInlandWaterwayOnly: true, mainCarriagePaidBy: 'seller', sellerInsures: true, minimumInsuranceCover: 'ICC (C)', anyModeEquivalent: 'CIP',
    riskPasses: 'When the goods are on board the vessel at the port of shipment, although the seller pays freight and insurance to the named port of destination.' },
];

// Export clearance is the seller's in every rule but EXW; import clearance is the buyer's in every rule but DDP.
const INCOTERMS: ReadonlyMap<string, Incoterm> = new Map(
  ROWS.map((row) => [
    row.code,
    Object.freeze({
      ...row,
      exportClearanceBy: row.code === 'EXW' ? 'buyer' : 'seller',
      importClearanceBy: row.code === 'DDP' ? 'seller' : 'buyer',
    } satisfies Incoterm),
  ]),
);

export function listIncoterms(): readonly Incoterm[] {
  return [...INCOTERMS.values()];
}

export function getIncoterm(code: string): Incoterm | undefined {
  return INCOTERMS.get(code.trim().toUpperCase());
}

export function checkIncoterm(raw: string): Check<Incoterm> {
  const term = getIncoterm(raw);
  return term === undefined
    ? fail('incoterm-unknown', `unknown Incoterms 2020 rule '${raw.trim()}'`)
    : pass(term);
}

const WATER_MODES: readonly TransportMode[] = ['sea', 'river'];

function describeModes(modes: readonly TransportMode[]): string {
  const unique = [...new Set(modes)];
  if (unique.length <= 1) return unique.join('');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/**
 * The sea-only rules (FAS, FOB, CFR, CIF) fit only when the main carriage includes a sea or
 * inland-waterway leg (e.g. rail + sea through Qinzhou, or the Yangtze); otherwise the any-mode
 * equivalent applies: FOB/FAS -> FCA, CFR -> CPT, CIF -> CIP.
 */
export function checkIncotermForModes(raw: string, mainCarriageModes: readonly TransportMode[]): Check<Incoterm> {
  const checked = checkIncoterm(raw);
  if (!checked.ok) return checked;
  const term = checked.value;
  if (!term.seaAndInlandWaterwayOnly || mainCarriageModes.some((mode) => WATER_MODES.includes(mode))) {
    return checked;
  }
  const rest = term.anyModeEquivalent === 'FCA' ? 'FCA (or CPT/CIP)' : String(term.anyModeEquivalent);
  const carriage =
    mainCarriageModes.length === 0
      ? 'no main-carriage mode was given'
      : `this route's main carriage is ${describeModes(mainCarriageModes)}`;
  return fail(
    'incoterm-mode',
    `${term.code} applies only when the main carriage is by sea or inland waterway; ${carriage} — use ${rest}`,
  );
}

/** A leg as the Incoterm checks read it. */
export interface IncotermLeg {
  readonly from: string;
  readonly to: string;
  readonly mode: TransportMode;
}

/** The rules whose named place is the port of shipment, where the goods go on board (FOB) or alongside (FAS). */
const PORT_OF_SHIPMENT_RULES: readonly IncotermCode[] = ['FOB', 'FAS'];

/**
 * The mode check, then for FOB and FAS the named place: it is the port of shipment, so the goods
 * must go on board (or alongside) a vessel there, i.e. a sea or inland-waterway leg of the route
 * must start at it. FOB Chongqing on rail to Qinzhou then sea names the rail origin: the seller's
 * delivery would be at the train, which is FCA Chongqing (or FOB Qinzhou, the seller carrying to
 * the port). Without a named place only the modes are checked.
 */
export function checkIncotermForRoute(raw: string, place: string | undefined, legs: readonly IncotermLeg[], mainCarriageModes: readonly TransportMode[]): Check<Incoterm> {
  const checked = checkIncotermForModes(raw, mainCarriageModes);
  if (!checked.ok || !place || !PORT_OF_SHIPMENT_RULES.includes(checked.value.code)) return checked;
  const term = checked.value;
  const boarding = legs.filter((l) => WATER_MODES.includes(l.mode)).map((l) => l.from);
  if (boarding.includes(place)) return checked;
  const first = legs.find((l) => WATER_MODES.includes(l.mode));
  const where = first ? `on this route the goods first go on board at ${first.from}` : 'this route has no vessel';
  const onBoard = term.code === 'FOB' ? 'on board' : 'alongside';
  return fail(
    'incoterm-place',
    `${term.code} ${place} names the port of shipment, where the goods are delivered ${onBoard} a vessel, but ${where}${legs[0] && legs[0].from === place ? ` (${place} → ${legs[0].to} is by ${legs[0].mode})` : ''} — use FCA ${place}${first ? ` or ${term.code} ${first.from}` : ''}`,
  );
}
