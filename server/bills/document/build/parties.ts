/** The parties section of a bill: who issues it, ships, receives, and is notified. */
import type { BillAddress, BillIssuer, BillParty } from '../../../models/bill-content';
import type { BillAddressInput, BillPartyInput, BuildBillInput } from './inputs';
import { MAX_NOTIFY_PARTIES, MAX_PARTY_NAME } from './limits';
import { COUNTRY, type Problems, SCAC } from './problems';

/** Reads a party by id from the input's parties, each once (a party named twice is read once). */
export type PartyReader = (field: string[], id: string | null | undefined) => BillParty | undefined;

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

/** The parties by id (each listed once) and a reader that checks each the first time it is named. */
export function partyReader(p: Problems, input: BuildBillInput): { byId: ReadonlyMap<string, BillPartyInput>; readParty: PartyReader } {
  const byId = new Map<string, BillPartyInput>();
  input.parties.forEach((party, i) => {
    if (byId.has(party.id)) p.add(['parties', String(i), 'id'], 'unique', `party ${party.id} is listed twice`);
    byId.set(party.id, party);
  });
  const partyCache = new Map<string, BillParty | undefined>();
  const readParty: PartyReader = (field, id) => {
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
  return { byId, readParty };
}

/** The issuing multimodal transport operator (the shipment's forwarder), with its SCAC and address. */
export function readIssuer(p: Problems, input: BuildBillInput, byId: ReadonlyMap<string, BillPartyInput>, readParty: PartyReader): BillIssuer | undefined {
  const { shipment } = input;
  const issuerParty = readParty(['shipment', 'forwarderId'], shipment.forwarderId);
  if (issuerParty === undefined) return undefined;
  const raw = byId.get(shipment.forwarderId) as BillPartyInput;
  const at = ['parties', String(input.parties.indexOf(raw))];
  const scac = typeof raw.scac === 'string' ? raw.scac.trim().toUpperCase() : '';
  // DCSA carrierCode is required (EBL_v3.0.3.yaml:10131): the operator's SCAC from NMFTA.
  if (scac === '') p.add([...at, 'scac'], 'required', 'the issuing operator needs its SCAC (NMFTA) to be printed as the carrier code');
  else if (!SCAC.test(scac)) p.add([...at, 'scac'], 'scac-format', `a SCAC is 2 to 4 letters, got '${scac}'`);
  // DCSA IssuingParty requires an address (street, city, country; EBL_v3.0.3.yaml:7354).
  if (issuerParty.address === null) p.add([...at, 'address'], 'required', 'the issuing operator needs an address (street, city, country) to be printed on the bill');
  if (scac !== '' && SCAC.test(scac) && issuerParty.address !== null) {
    return { ...issuerParty, address: issuerParty.address, scac };
  }
  return undefined;
}

export interface BillAddressees {
  shipper: BillParty | undefined;
  consignee: BillParty | null | undefined;
  toOrderOf: BillParty | null | undefined;
  notifyParties: Array<BillParty | undefined>;
}

/** The shipper, and who the goods go to: the consignee of a straight bill, the order party and notify parties of a to-order one. */
export function readAddressees(p: Problems, input: BuildBillInput, readParty: PartyReader): BillAddressees {
  const { order } = input;
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
  return { shipper, consignee, toOrderOf, notifyParties };
}
