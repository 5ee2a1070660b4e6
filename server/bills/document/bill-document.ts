/**
 * The content of a 一单制 multimodal bill of lading, fixed at issue (DOMAIN.md "Documents": one
 * contract, one document, one freight charge and one liable operator for all legs; issued by the
 * multimodal transport operator; electronic, so a single original).
 *
 * `buildBillDocument` turns plain order, shipment and party objects (not mongoose documents) into a
 * frozen `BillDocument`, or reports every broken rule at once as `{ field, rule, message }`, `field`
 * being the path of the input at fault (['shipment', 'containers', '0', 'number']).
 *
 * Pure: no I/O, no clock, no randomness. Reference checks come from `server/reference`. Each
 * section has its reader in build/ (parties, route, equipment, goods, terms); the inputs and limits
 * are there too.
 * Some rules exist because the DCSA eBL 3.0.3 TransportDocument needs the data (the issuer's
 * address and carrier code, at least one equipment unit, packages per cargo item); those say so.
 */
import type {
  BillContainer,
  BillDocument,
  BillFreight,
  BillGoodsLine,
  BillIssuer,
  BillLeg,
  BillMoney,
  BillParty,
  BillPlaces,
  BillTakenInCharge,
  BillUld,
} from '../../models/bill-content';
import { checkLocode } from '../../reference';
import { fail, ok, type Result } from '../../shared/result';
import { readEquipment } from './build/equipment';
import { readGoods } from './build/goods';
import type { BillProblem, BuildBillInput } from './build/inputs';
import { MAX_BOOKING_REFERENCE, MAX_REFERENCE } from './build/limits';
import { partyReader, readAddressees, readIssuer } from './build/parties';
import { FREEZE, Problems } from './build/problems';
import { placesOf, readIncoterm, readLegs } from './build/route';
import { readDeclaredValue, readFreight, readService, readTakenInCharge, readTermsAndConditions } from './build/terms';

export * from '../../models/bill-content';
export * from './build/inputs';
export * from './build/limits';
export { checkUldId, isIsoDate } from './build/problems';

/**
 * Reads every section of the bill (each reader adds what is wrong to one list), then assembles the
 * frozen document only when nothing is.
 */
export function buildBillDocument(input: BuildBillInput): Result<BillDocument, BillProblem[]> {
  const p = new Problems();
  const { order, shipment } = input;

  const reference = p.text(['reference'], input.reference, MAX_REFERENCE);
  if (input.type !== 'straight' && input.type !== 'toOrder') {
    p.add(['type'], 'bill-type', `must be 'straight' or 'toOrder', got '${String(input.type)}'`);
  }
  const issueDate = p.date(['issueDate'], input.issueDate);
  const bookingReference = p.text(['shipment', 'number'], shipment.number, MAX_BOOKING_REFERENCE);
  const orderReference = p.text(['order', 'number'], order.number, 35);

  const { byId, readParty } = partyReader(p, input);
  const issuer = readIssuer(p, input, byId, readParty);
  const { shipper, consignee, toOrderOf, notifyParties } = readAddressees(p, input, readParty);

  const legs = readLegs(p, shipment.legs, order, readParty);
  const places = placesOf(legs);
  const placeOfIssue = input.placeOfIssue == null ? places?.receipt : p.code(['placeOfIssue'], checkLocode(input.placeOfIssue))?.code;
  const { incoterm, incotermPlace, incotermRule } = readIncoterm(p, order, legs);

  const equipment = readEquipment(p, shipment);
  const goods = readGoods(p, order, equipment);

  const freight = readFreight(p, input, places, incotermRule);
  const declaredValue = readDeclaredValue(p, input);
  const takenInCharge = readTakenInCharge(p, input, issueDate);
  const service = readService(p, input);
  const termsAndConditions = readTermsAndConditions(p, input);

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
    containers: equipment.containers as BillContainer[],
    ulds: equipment.ulds as BillUld[],
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
