/**
 * The content of a 一单制 multimodal bill of lading, fixed at issue (DOMAIN.md "Documents": one
 * contract, one document, one freight charge and one liable operator for all legs; issued by the
 * multimodal transport operator; electronic, so a single original).
 *
 * `buildBillDocument` turns plain order, shipment and party objects (not mongoose documents) into a
 * frozen `BillDocument`, or reports every broken rule at once as `{ field, rule, message }`, `field`
 * being the path of the input at fault (['shipment', 'containers', '0', 'number']).
 *
 * Pure: no I/O, no clock, no randomness. Reference checks come from `server/reference`.
 * Some rules exist because the DCSA eBL 3.0.3 TransportDocument needs the data (the issuer's
 * address and carrier code, at least one equipment unit, packages per cargo item); those say so.
 */
import Decimal from 'decimal.js';
import {
  type Check,
  checkContainerNumber,
  checkContainerType,
  checkCurrency,
  checkHsCode,
  checkIncoterm,
  checkIncotermForModes,
  checkLocode,
  checkTransportMode,
  checkUnit,
  type TransportMode,
} from '../../reference';
import {
  type BillAddress,
  type BillContainer,
  type BillConveyance,
  type BillDocument,
  type BillFreight,
  type BillGoodsLine,
  type BillIssuer,
  type BillLeg,
  type BillMoney,
  type BillPackages,
  type BillParty,
  type BillPlaces,
  type BillSeal,
  type BillService,
  type BillStowage,
  type BillTakenInCharge,
  type BillType,
  type BillUld,
  CARGO_MOVEMENTS,
  type FreightPayment,
  LEG_STAGES,
  type LegStage,
  SEAL_SOURCES,
  type SealSource,
  SERVICE_TYPES,
} from '../../models/bill-content';
import { fail, ok, type Result } from '../../shared/result';

export * from '../../models/bill-content';

// ---------------------------------------------------------------------------------------------
// Inputs: minimal plain shapes of the order, the shipment and the parties
// ---------------------------------------------------------------------------------------------

export interface BillAddressInput {
  street: string;
  streetNumber?: string | null;
  postCode?: string | null;
  city: string;
  countryCode: string;
}

export interface BillPartyInput {
  id: string;
  code: string;
  name: string;
  country: string;
  address?: BillAddressInput | null;
  /** needed for the issuer only */
  scac?: string | null;
}

export interface BillPackagesInput {
  count: number;
  code?: string | null;
  description?: string | null;
}

export interface BillStowageInput {
  equipment: string;
  packages: number;
  grossWeightKg: string;
}

export interface BillOrderLineInput {
  lineNo?: number;
  hsCode: string;
  description: string;
  quantity: string;
  unit: string;
  grossWeightKg: string;
  /** derived from quantity and unit when the unit is a package or a count */
  packages?: BillPackagesInput | null;
  /** needed when the bill has more than one container or ULD */
  stowage?: BillStowageInput[] | null;
}

export interface BillOrderInput {
  number: string;
  sellerId: string;
  buyerId: string;
  lines: BillOrderLineInput[];
  incoterm: string;
  incotermPlace: string;
  origin: string;
  destination: string;
}

export interface BillLegInput {
  seq: number;
  from: string;
  to: string;
  mode: string;
  carrierId?: string | null;
  plannedEtd: string;
  plannedEta: string;
  /** derived when no leg gives one: the first leg that crosses a border is the main carriage */
  stage?: LegStage | null;
  conveyance?: { name: string; reference: string } | null;
}

export interface BillSealInput {
  number: string;
  source?: SealSource | null;
}

export interface BillContainerInput {
  number: string;
  type: string;
  seals?: Array<string | BillSealInput> | null;
  shipperOwned?: boolean;
}

export interface BillUldInput {
  id: string;
  seals?: Array<string | BillSealInput> | null;
}

export interface BillShipmentInput {
  number: string;
  forwarderId: string;
  legs: BillLegInput[];
  containers: BillContainerInput[];
  ulds?: BillUldInput[] | null;
  /** the booked route's cost: the default freight amount */
  cost?: string | null;
  costCurrency?: string | null;
}

export interface BuildBillInput {
  reference: string;
  type: BillType;
  /** yyyy-mm-dd */
  issueDate: string;
  /** UN/LOCODE; default: the place of receipt */
  placeOfIssue?: string | null;
  order: BillOrderInput;
  shipment: BillShipmentInput;
  /** every party the order and shipment name (looked up by id) */
  parties: BillPartyInput[];
  /** default: the order's seller */
  shipperId?: string | null;
  /** straight bills: default the order's buyer; must be absent on a to-order bill */
  consigneeId?: string | null;
  /** to-order bills: the order party (e.g. the financing bank); absent = to order of the shipper */
  toOrderOfId?: string | null;
  /** default: the buyer on a to-order bill, none on a straight bill */
  notifyPartyIds?: string[] | null;
  /** defaults: the shipment's cost and currency; prepaid when the Incoterm has the seller pay the main carriage, else collect; payable at the place of receipt (prepaid) or delivery (collect) */
  freight?: { amount?: string | null; currency?: string | null; payment?: FreightPayment | null; payableAt?: string | null } | null;
  declaredValue?: { amount: string; currency: string } | null;
  /** at most one of the two; default: received for shipment on the issue date */
  receivedForShipmentDate?: string | null;
  shippedOnBoardDate?: string | null;
  service?: Partial<BillService> | null;
  termsAndConditions?: string | null;
}

export interface BillProblem {
  field: string[];
  rule: string;
  message: string;
}

// ---------------------------------------------------------------------------------------------
// Limits (most come from the DCSA TransportDocument schema, EBL_v3.0.3.yaml)
// ---------------------------------------------------------------------------------------------

/** transportDocumentReference maxLength 20 (EBL_v3.0.3.yaml:9843). */
export const MAX_REFERENCE = 20;
/** partyName maxLength 70. */
export const MAX_PARTY_NAME = 70;
/** notifyParties maxItems 3 (EBL_v3.0.3.yaml:11022). */
export const MAX_NOTIFY_PARTIES = 3;
/** Seal number maxLength 15. */
export const MAX_SEAL = 15;
/** vesselName maxLength 50, less room for a mode prefix ('TRUCK '). */
export const MAX_CONVEYANCE_NAME = 44;
export const MAX_CONVEYANCE_REFERENCE = 50;
/** termsAndConditions maxLength 50000. */
export const MAX_TERMS = 50_000;
/** carrierBookingReference maxLength 35. */
export const MAX_BOOKING_REFERENCE = 35;
/** numberOfPackages maximum. */
export const MAX_PACKAGES = 99_999_999;
export const MAX_DESCRIPTION = 500;

export const DEFAULT_TERMS_AND_CONDITIONS = [
  'Multimodal transport under one contract (一单制). The issuing multimodal transport operator',
  'takes the goods in charge at the place of receipt and is liable as carrier for the whole',
  'transport to the place of delivery, on every leg and in every mode, whoever performs it.',
  'One freight amount covers all legs. This electronic bill of lading has one original; the',
  'goods are delivered against its surrender by the holder entitled under the bill.',
  'Simulator text for training: not a commercial contract.',
].join(' ');

// ---------------------------------------------------------------------------------------------
// Small checks
// ---------------------------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const POSITIVE_DECIMAL = /^\d{1,15}(\.\d{1,6})?$/;
const COUNTRY = /^[A-Z]{2}$/;
const SCAC = /^[A-Z]{2,4}$/;
const PACKAGE_CODE = /^[A-Z0-9]{2}$/;
/** IATA ULD id: 3-letter type, 4 or 5 digit serial, 2-character owner (airline designator). */
const ULD_ID = /^[A-Z]{3}\d{4,5}[A-Z0-9]{2}$/;

export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Checks an IATA ULD id (e.g. AKE12345CA); upper-cases and drops spaces first. */
export function checkUldId(raw: string): Check<{ id: string; type: string }> {
  const id = raw.toUpperCase().replace(/\s/g, '');
  return ULD_ID.test(id)
    ? { ok: true, value: { id, type: id.slice(0, 3) } }
    : { ok: false, rule: 'uld-format', message: 'IATA ULD id must be a 3-letter type, a 4 or 5 digit serial and a 2-character owner code, e.g. AKE12345CA' };
}

/** The countries of a leg's two ends, from the UN/LOCODE prefix. */
function crossesBorder(from: string, to: string): boolean {
  return from.slice(0, 2) !== to.slice(0, 2);
}

const FREEZE = <T>(value: T): T => {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value as Record<string, unknown>)) FREEZE(v);
    Object.freeze(value);
  }
  return value;
};

class Problems {
  readonly list: BillProblem[] = [];

  add(field: string[], rule: string, message: string): void {
    this.list.push({ field, rule, message: `${field.join('.')}: ${message}` });
  }

  code<T>(field: string[], check: Check<T>): T | undefined {
    if (check.ok) return check.value;
    this.add(field, check.rule, check.message);
    return undefined;
  }

  text(field: string[], value: unknown, max: number): string | undefined {
    if (typeof value !== 'string' || value.trim() === '') {
      this.add(field, 'required', 'must not be empty');
      return undefined;
    }
    const trimmed = value.trim();
    if (trimmed.length > max) {
      this.add(field, 'max-length', `must be at most ${max} characters, got ${trimmed.length}`);
      return undefined;
    }
    return trimmed;
  }

  date(field: string[], value: unknown): string | undefined {
    if (typeof value !== 'string' || !isIsoDate(value)) {
      this.add(field, 'iso-date', `'${String(value)}' is not a date in the form yyyy-mm-dd`);
      return undefined;
    }
    return value;
  }

  positive(field: string[], value: unknown, maxDecimals: number): string | undefined {
    const text = typeof value === 'string' ? value.trim() : '';
    if (!POSITIVE_DECIMAL.test(text)) {
      this.add(field, 'decimal', `'${String(value)}' is not a decimal number (digits, optional '.' and up to 6 decimals)`);
      return undefined;
    }
    const d = new Decimal(text);
    if (d.lte(0)) {
      this.add(field, 'positive', `must be greater than zero, got ${text}`);
      return undefined;
    }
    if (d.decimalPlaces() > maxDecimals) {
      this.add(field, 'decimal-places', `allows at most ${maxDecimals} decimal places, got ${d.decimalPlaces()}`);
      return undefined;
    }
    return d.toString();
  }

  count(field: string[], value: unknown, max: number): number | undefined {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
      this.add(field, 'package-count', `must be a whole number from 1 to ${max}, got ${String(value)}`);
      return undefined;
    }
    return value;
  }
}

// ---------------------------------------------------------------------------------------------
// The builder
// ---------------------------------------------------------------------------------------------

export function buildBillDocument(input: BuildBillInput): Result<BillDocument, BillProblem[]> {
  const p = new Problems();
  const { order, shipment } = input;

  // --- identity ------------------------------------------------------------------------------
  const reference = p.text(['reference'], input.reference, MAX_REFERENCE);
  if (input.type !== 'straight' && input.type !== 'toOrder') {
    p.add(['type'], 'bill-type', `must be 'straight' or 'toOrder', got '${String(input.type)}'`);
  }
  const issueDate = p.date(['issueDate'], input.issueDate);
  const bookingReference = p.text(['shipment', 'number'], shipment.number, MAX_BOOKING_REFERENCE);
  const orderReference = p.text(['order', 'number'], order.number, 35);

  // --- parties -------------------------------------------------------------------------------
  const byId = new Map<string, BillPartyInput>();
  input.parties.forEach((party, i) => {
    if (byId.has(party.id)) p.add(['parties', String(i), 'id'], 'unique', `party ${party.id} is listed twice`);
    byId.set(party.id, party);
  });
  const partyCache = new Map<string, BillParty | undefined>();
  const readParty = (field: string[], id: string | null | undefined): BillParty | undefined => {
    if (typeof id !== 'string' || id === '') {
      p.add(field, 'required', 'a party id is required');
      return undefined;
    }
    const raw = byId.get(id);
    if (raw === undefined) {
      p.add(field, 'party-unknown', `no party with id '${id}' among the given parties`);
      return undefined;
    }
    if (partyCache.has(id)) return partyCache.get(id);
    const at = ['parties', String(input.parties.indexOf(raw))];
    const code = p.text([...at, 'code'], raw.code, 35);
    const name = p.text([...at, 'name'], raw.name, MAX_PARTY_NAME);
    const country = typeof raw.country === 'string' && COUNTRY.test(raw.country) ? raw.country : undefined;
    if (country === undefined) p.add([...at, 'country'], 'country-format', `must be an ISO 3166-1 alpha-2 code, got '${String(raw.country)}'`);
    const address = raw.address == null ? null : readAddress(p, [...at, 'address'], raw.address);
    const party =
      code !== undefined && name !== undefined && country !== undefined && address !== undefined
        ? { partyId: id, code, name, country, address }
        : undefined;
    partyCache.set(id, party);
    return party;
  };

  const issuerParty = readParty(['shipment', 'forwarderId'], shipment.forwarderId);
  let issuer: BillIssuer | undefined;
  if (issuerParty !== undefined) {
    const raw = byId.get(shipment.forwarderId) as BillPartyInput;
    const at = ['parties', String(input.parties.indexOf(raw))];
    const scac = typeof raw.scac === 'string' ? raw.scac.trim().toUpperCase() : '';
    // DCSA carrierCode is required (EBL_v3.0.3.yaml:10131): the operator's SCAC from NMFTA.
    if (scac === '') p.add([...at, 'scac'], 'required', 'the issuing operator needs its SCAC (NMFTA) to be printed as the carrier code');
    else if (!SCAC.test(scac)) p.add([...at, 'scac'], 'scac-format', `a SCAC is 2 to 4 letters, got '${scac}'`);
    // DCSA IssuingParty requires an address (street, city, country; EBL_v3.0.3.yaml:7354).
    if (issuerParty.address === null) p.add([...at, 'address'], 'required', 'the issuing operator needs an address (street, city, country) to be printed on the bill');
    if (scac !== '' && SCAC.test(scac) && issuerParty.address !== null) {
      issuer = { ...issuerParty, address: issuerParty.address, scac };
    }
  }

  const shipper = readParty(['shipperId'], input.shipperId ?? order.sellerId);
  let consignee: BillParty | null | undefined = null;
  let toOrderOf: BillParty | null | undefined = null;
  let notifyIds: string[];
  if (input.type === 'toOrder') {
    if (input.consigneeId != null) {
      p.add(['consigneeId'], 'to-order-no-consignee', 'a to-order bill names no consignee: the goods go to whoever the bill is endorsed to (give toOrderOfId to name the order party)');
    }
    toOrderOf = input.toOrderOfId == null ? null : readParty(['toOrderOfId'], input.toOrderOfId);
    notifyIds = input.notifyPartyIds ?? [order.buyerId];
    if (notifyIds.length === 0) {
      p.add(['notifyPartyIds'], 'to-order-notify-party', 'a to-order bill needs at least one notify party (DCSA: mandatory for to-order bills)');
    }
  } else {
    consignee = readParty(['consigneeId'], input.consigneeId ?? order.buyerId);
    if (input.toOrderOfId != null) {
      p.add(['toOrderOfId'], 'straight-no-order-party', 'a straight bill is not made out to order: name the consignee instead');
    }
    notifyIds = input.notifyPartyIds ?? [];
  }
  if (notifyIds.length > MAX_NOTIFY_PARTIES) {
    p.add(['notifyPartyIds'], 'max-items', `at most ${MAX_NOTIFY_PARTIES} notify parties`);
  }
  const notifyParties = notifyIds.slice(0, MAX_NOTIFY_PARTIES).map((id, i) => readParty(['notifyPartyIds', String(i)], id));

  // --- legs ----------------------------------------------------------------------------------
  const legs = readLegs(p, shipment.legs, order, readParty);
  const places: BillPlaces | undefined =
    legs === undefined
      ? undefined
      : (() => {
          const main = legs.filter((l) => l.stage === 'mainCarriage');
          return {
            receipt: (legs[0] as BillLeg).from,
            loading: (main[0] as BillLeg).from,
            discharge: (main[main.length - 1] as BillLeg).to,
            delivery: (legs[legs.length - 1] as BillLeg).to,
          };
        })();

  const placeOfIssue =
    input.placeOfIssue == null ? places?.receipt : p.code(['placeOfIssue'], checkLocode(input.placeOfIssue))?.code;

  // --- Incoterm: the sea-only rules need a water leg, as the order service checks it ------------
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

  // --- equipment -----------------------------------------------------------------------------
  const containers = readContainers(p, shipment.containers);
  const ulds = readUlds(p, shipment.ulds ?? []);
  const equipmentIds = [...containers.map((c) => c?.number), ...ulds.map((u) => u?.id)];
  if (shipment.containers.length + (shipment.ulds?.length ?? 0) === 0) {
    p.add(['shipment', 'containers'], 'equipment-required', 'the bill needs at least one container or ULD to stow the goods in (the DCSA transport document requires utilized equipment)');
  }
  const allIds = new Set<string>();
  equipmentIds.forEach((id, i) => {
    if (id === undefined) return;
    if (allIds.has(id)) {
      const field = i < containers.length ? ['shipment', 'containers', String(i), 'number'] : ['shipment', 'ulds', String(i - containers.length), 'id'];
      p.add(field, 'unique', `${id} is listed twice`);
    }
    allIds.add(id);
  });

  // --- goods ---------------------------------------------------------------------------------
  if (order.lines.length === 0) p.add(['order', 'lines'], 'required', 'a bill needs at least one goods line');
  const singleEquipment = equipmentIds.length === 1 ? equipmentIds[0] : undefined;
  const goods = order.lines.map((line, i) => readGoodsLine(p, line, i, allIds, equipmentIds.length, singleEquipment));

  // --- freight -------------------------------------------------------------------------------
  const f = input.freight ?? {};
  const freightCurrencyRaw = f.currency ?? shipment.costCurrency;
  const freightAmountRaw = f.amount ?? shipment.cost;
  let freight: BillFreight | undefined;
  const currency =
    freightCurrencyRaw == null
      ? (p.add(['freight', 'currency'], 'required', 'give a freight currency (or the shipment cost currency)'), undefined)
      : p.code(['freight', 'currency'], checkCurrency(freightCurrencyRaw));
  let amount: string | undefined;
  if (freightAmountRaw == null) {
    p.add(['freight', 'amount'], 'required', 'give a freight amount (or the shipment cost)');
  } else if (currency !== undefined) {
    // DCSA Charge.currencyAmount: "a maximum of 2-digit decimals" (EBL_v3.0.3.yaml:10663).
    amount = p.positive(['freight', 'amount'], freightAmountRaw, Math.min(currency.minorUnits, 2));
  }
  let payment: FreightPayment | undefined;
  if (f.payment != null) {
    if (f.payment === 'prepaid' || f.payment === 'collect') payment = f.payment;
    else p.add(['freight', 'payment'], 'freight-payment', `must be 'prepaid' or 'collect', got '${String(f.payment)}'`);
  } else if (incotermRule !== undefined && incotermRule.ok) {
    payment = incotermRule.value.mainCarriagePaidBy === 'seller' ? 'prepaid' : 'collect';
  }
  let payableAt: string | undefined;
  if (f.payableAt != null) payableAt = p.code(['freight', 'payableAt'], checkLocode(f.payableAt))?.code;
  else if (places !== undefined && payment !== undefined) payableAt = payment === 'prepaid' ? places.receipt : places.delivery;
  if (amount !== undefined && currency !== undefined && payment !== undefined && payableAt !== undefined) {
    freight = { amount, currency: currency.code, payment, payableAt };
  }

  // --- declared value ------------------------------------------------------------------------
  let declaredValue: BillMoney | null | undefined = null;
  if (input.declaredValue != null) {
    const dvCurrency = p.code(['declaredValue', 'currency'], checkCurrency(input.declaredValue.currency));
    const dvAmount = dvCurrency === undefined ? undefined : p.positive(['declaredValue', 'amount'], input.declaredValue.amount, dvCurrency.minorUnits);
    declaredValue = dvCurrency !== undefined && dvAmount !== undefined ? { amount: dvAmount, currency: dvCurrency.code } : undefined;
  }

  // --- taken in charge -----------------------------------------------------------------------
  let takenInCharge: BillTakenInCharge | undefined;
  if (input.receivedForShipmentDate != null && input.shippedOnBoardDate != null) {
    p.add(['shippedOnBoardDate'], 'one-taken-in-charge-date', 'give either the received-for-shipment date or the shipped-on-board date, not both');
  } else if (input.shippedOnBoardDate != null) {
    const date = p.date(['shippedOnBoardDate'], input.shippedOnBoardDate);
    if (date !== undefined) takenInCharge = { kind: 'shippedOnBoard', date };
  } else if (input.receivedForShipmentDate != null) {
    const date = p.date(['receivedForShipmentDate'], input.receivedForShipmentDate);
    if (date !== undefined) takenInCharge = { kind: 'receivedForShipment', date };
  } else if (issueDate !== undefined) {
    takenInCharge = { kind: 'receivedForShipment', date: issueDate };
  }
  if (takenInCharge !== undefined && issueDate !== undefined && takenInCharge.date > issueDate) {
    const field = takenInCharge.kind === 'shippedOnBoard' ? 'shippedOnBoardDate' : 'receivedForShipmentDate';
    p.add([field], 'not-after-issue', `the goods must be taken in charge on or before the issue date ${issueDate}, not ${takenInCharge.date}`);
  }

  // --- service and terms ---------------------------------------------------------------------
  const s = input.service ?? {};
  const service = {
    receiptAtOrigin: s.receiptAtOrigin ?? 'CY',
    deliveryAtDestination: s.deliveryAtDestination ?? 'CY',
    cargoMovementAtOrigin: s.cargoMovementAtOrigin ?? 'FCL',
    cargoMovementAtDestination: s.cargoMovementAtDestination ?? 'FCL',
  };
  for (const key of ['receiptAtOrigin', 'deliveryAtDestination'] as const) {
    if (!SERVICE_TYPES.includes(service[key])) p.add(['service', key], 'service-type', `must be one of ${SERVICE_TYPES.join(', ')}`);
  }
  for (const key of ['cargoMovementAtOrigin', 'cargoMovementAtDestination'] as const) {
    if (!CARGO_MOVEMENTS.includes(service[key])) p.add(['service', key], 'cargo-movement', `must be one of ${CARGO_MOVEMENTS.join(', ')}`);
  }
  const termsAndConditions =
    input.termsAndConditions == null ? DEFAULT_TERMS_AND_CONDITIONS : p.text(['termsAndConditions'], input.termsAndConditions, MAX_TERMS);

  if (p.list.length > 0) return fail(p.list);

  const issuerOk = issuer as BillIssuer;
  const liableOperator: BillParty = {
    partyId: issuerOk.partyId, code: issuerOk.code, name: issuerOk.name, country: issuerOk.country, address: issuerOk.address,
  };
  const doc: BillDocument = {
    reference: reference as string,
    type: input.type,
    isElectronic: true,
    numberOfOriginals: 1,
    issuer: issuerOk,
    liableOperator,
    shipper: shipper as BillParty,
    consignee: consignee as BillParty | null,
    toOrderOf: toOrderOf as BillParty | null,
    notifyParties: notifyParties as BillParty[],
    issueDate: issueDate as string,
    placeOfIssue: placeOfIssue as string,
    takenInCharge: takenInCharge as BillTakenInCharge,
    places: places as BillPlaces,
    legs: legs as BillLeg[],
    containers: containers as BillContainer[],
    ulds: ulds as BillUld[],
    goods: goods as BillGoodsLine[],
    freight: freight as BillFreight,
    incoterm: { code: incoterm as string, place: incotermPlace as string },
    declaredValue: declaredValue as BillMoney | null,
    bookingReference: bookingReference as string,
    orderReference: orderReference as string,
    service,
    termsAndConditions: termsAndConditions as string,
  };
  return ok(FREEZE(doc));
}

function readAddress(p: Problems, at: string[], raw: BillAddressInput): BillAddress | undefined {
  const street = p.text([...at, 'street'], raw.street, 70);
  const city = p.text([...at, 'city'], raw.city, 35);
  const countryCode = typeof raw.countryCode === 'string' && COUNTRY.test(raw.countryCode) ? raw.countryCode : undefined;
  if (countryCode === undefined) p.add([...at, 'countryCode'], 'country-format', `must be an ISO 3166-1 alpha-2 code, got '${String(raw.countryCode)}'`);
  const streetNumber = raw.streetNumber == null || raw.streetNumber.trim() === '' ? null : p.text([...at, 'streetNumber'], raw.streetNumber, 50);
  const postCode = raw.postCode == null || raw.postCode.trim() === '' ? null : p.text([...at, 'postCode'], raw.postCode, 10);
  if (street === undefined || city === undefined || countryCode === undefined || streetNumber === undefined || postCode === undefined) return undefined;
  return { street, streetNumber, postCode, city, countryCode };
}

function readLegs(
  p: Problems,
  raw: readonly BillLegInput[],
  order: BillOrderInput,
  readParty: (field: string[], id: string | null | undefined) => BillParty | undefined,
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

function readSeals(p: Problems, at: string[], raw: ReadonlyArray<string | BillSealInput> | null | undefined): BillSeal[] | undefined {
  const seals: BillSeal[] = [];
  let bad = false;
  const seen = new Set<string>();
  (raw ?? []).forEach((s, k) => {
    const seal = typeof s === 'string' ? { number: s, source: null } : { number: s.number, source: s.source ?? null };
    const number = p.text([...at, String(k)], seal.number, MAX_SEAL);
    if (number === undefined) {
      bad = true;
      return;
    }
    if (seen.has(number)) {
      p.add([...at, String(k)], 'unique', `seal ${number} is listed twice`);
      bad = true;
    }
    seen.add(number);
    if (seal.source !== null && !SEAL_SOURCES.includes(seal.source)) {
      p.add([...at, String(k), 'source'], 'seal-source', `must be one of ${SEAL_SOURCES.join(', ')}`);
      bad = true;
    }
    seals.push({ number, source: seal.source });
  });
  return bad ? undefined : seals;
}

function readContainers(p: Problems, raw: readonly BillContainerInput[]): Array<BillContainer | undefined> {
  return raw.map((c, i) => {
    const at = (f: string) => ['shipment', 'containers', String(i), f];
    const number = p.code(at('number'), checkContainerNumber(c.number));
    const type = p.code(at('type'), checkContainerType(c.type));
    const seals = readSeals(p, at('seals'), c.seals);
    if (number === undefined || type === undefined || seals === undefined) return undefined;
    return { number: number.number, isoSizeType: type.code, shipperOwned: c.shipperOwned ?? false, seals };
  });
}

function readUlds(p: Problems, raw: readonly BillUldInput[]): Array<BillUld | undefined> {
  return raw.map((u, i) => {
    const at = (f: string) => ['shipment', 'ulds', String(i), f];
    const id = p.code(at('id'), checkUldId(u.id));
    const seals = readSeals(p, at('seals'), u.seals);
    if (id === undefined || seals === undefined) return undefined;
    return { id: id.id, type: id.type, seals };
  });
}

function readGoodsLine(
  p: Problems,
  line: BillOrderLineInput,
  i: number,
  equipment: ReadonlySet<string>,
  equipmentCount: number,
  single: string | undefined,
): BillGoodsLine | undefined {
  const at = (...f: string[]) => ['order', 'lines', String(i), ...f];
  const hs = p.code(at('hsCode'), checkHsCode(line.hsCode));
  const description = p.text(at('description'), line.description, MAX_DESCRIPTION);
  const quantity = p.positive(at('quantity'), line.quantity, 6);
  const unit = p.code(at('unit'), checkUnit(line.unit));
  const grossWeightKg = p.positive(at('grossWeightKg'), line.grossWeightKg, 3);

  // Packages: given, or derived from a package or count unit with a whole quantity.
  let packages: BillPackages | undefined;
  if (line.packages != null) {
    const count = p.count(at('packages', 'count'), line.packages.count, MAX_PACKAGES);
    const code = line.packages.code == null ? null : line.packages.code.trim().toUpperCase();
    if (code !== null && !PACKAGE_CODE.test(code)) p.add(at('packages', 'code'), 'package-code', 'a UN/ECE Rec 21 package code is 2 letters or digits');
    const described = line.packages.description ?? (unit?.kind === 'package' ? unit.name : null);
    const desc = described == null ? (p.add(at('packages', 'description'), 'required', 'describe the packages (e.g. carton, crate)'), undefined) : p.text(at('packages', 'description'), described, 100);
    if (count !== undefined && desc !== undefined && (code === null || PACKAGE_CODE.test(code))) packages = { count, code, description: desc };
  } else if (unit !== undefined && quantity !== undefined) {
    const whole = new Decimal(quantity).isInteger() && new Decimal(quantity).lte(MAX_PACKAGES);
    if ((unit.kind === 'package' || unit.kind === 'count') && whole) {
      packages = {
        count: Number(quantity),
        // Rec 20 package units are Rec 21 codes prefixed with X (XCT carton -> CT).
        code: unit.kind === 'package' ? unit.code.slice(1) : null,
        description: unit.name,
      };
    } else {
      p.add(at('packages'), 'packages-required', `give the packages: ${quantity} ${unit.code} is not a whole number of packages or pieces`);
    }
  }

  // Stowage: where the line's packages and weight travel.
  let stowage: BillStowage[] | undefined;
  if (line.stowage != null && line.stowage.length > 0) {
    const parts = line.stowage.map((s, k) => {
      const eq = typeof s.equipment === 'string' ? s.equipment.toUpperCase().replace(/[\s-]/g, '') : '';
      if (!equipment.has(eq)) p.add(at('stowage', String(k), 'equipment'), 'equipment-unknown', `'${String(s.equipment)}' is not a container or ULD of this bill`);
      const count = p.count(at('stowage', String(k), 'packages'), s.packages, MAX_PACKAGES);
      const weight = p.positive(at('stowage', String(k), 'grossWeightKg'), s.grossWeightKg, 3);
      return count !== undefined && weight !== undefined && equipment.has(eq) ? { equipment: eq, packages: count, grossWeightKg: weight } : undefined;
    });
    if (parts.every((s) => s !== undefined)) {
      const seen = new Set<string>();
      parts.forEach((s, k) => {
        if (seen.has(s.equipment)) p.add(at('stowage', String(k), 'equipment'), 'unique', `${s.equipment} appears twice for this line`);
        seen.add(s.equipment);
      });
      const totalPackages = parts.reduce((n, s) => n + s.packages, 0);
      const totalWeight = parts.reduce((n, s) => n.plus(s.grossWeightKg), new Decimal(0));
      if (packages !== undefined && totalPackages !== packages.count) {
        p.add(at('stowage'), 'stowage-packages', `stowed packages add up to ${totalPackages}, the line has ${packages.count}`);
      }
      if (grossWeightKg !== undefined && !totalWeight.eq(grossWeightKg)) {
        p.add(at('stowage'), 'stowage-weight', `stowed gross weight adds up to ${totalWeight.toString()} kg, the line has ${grossWeightKg} kg`);
      }
      stowage = parts;
    }
  } else if (single !== undefined) {
    if (packages !== undefined && grossWeightKg !== undefined) stowage = [{ equipment: single, packages: packages.count, grossWeightKg }];
  } else if (equipmentCount > 1) {
    p.add(at('stowage'), 'stowage-required', 'the bill has several containers or ULDs: say which one(s) carry this line');
  }

  if (hs === undefined || description === undefined || quantity === undefined || unit === undefined || grossWeightKg === undefined || packages === undefined || stowage === undefined) {
    return undefined;
  }
  return { lineNo: line.lineNo ?? i + 1, hsCode: hs.code, description, quantity, unit: unit.code, grossWeightKg, packages, stowage };
}
