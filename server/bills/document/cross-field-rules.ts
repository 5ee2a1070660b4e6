/**
 * The rules of a DCSA eBL 3.0.3 TransportDocument that its JSON schema leaves to prose, checked on
 * an exported document (any plain JSON object, not only ours). Each problem is one string,
 * `[rule-id] json.path: what is wrong (where the spec says so)`; an empty list means none found.
 *
 * Line numbers cite schema/dcsa-ebl-3.0.3/EBL_v3.0.3.yaml (and EBL_SUR / EBL_END
 * for the endorsement chain). Rules marked "project" go beyond what DCSA states and say why.
 */
import { ISSUED_STATUSES, TRANSPORT_DOCUMENT_STATUSES } from './dcsa-export';
import { DCSA_ACTION_CODES, EBL_PLATFORMS, NO_RECIPIENT_ACTIONS } from './dcsa-endorsement-chain';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const present = (v: unknown): boolean => v !== undefined && v !== null;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** pre-/onCarriageBy "currently supported values" (EBL_v3.0.3.yaml:10297-10301, 10308-10312). */
export const DCSA_CARRIAGE_BY = ['VESSEL', 'RAIL', 'TRUCK', 'BARGE', 'MULTIMODAL'] as const;

function decimals(n: number): number {
  if (!Number.isFinite(n)) return Infinity;
  const text = String(n);
  if (text.includes('e-')) return Infinity;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** What every rule group reads of the document, worked out once. */
interface DocumentFacts {
  td: Json;
  status: unknown;
  isBol: boolean;
  isSwb: boolean;
  electronic: boolean;
  toOrder: boolean;
  parties: Json;
  /** the status is one of the issued ones */
  issued: boolean;
}

type Add = (rule: string, path: string, message: string) => void;

export function dcsaCrossFieldProblems(exported: unknown): string[] {
  const problems: string[] = [];
  const add: Add = (rule, path, message) => problems.push(`[${rule}] ${path}: ${message}`);
  if (!isObject(exported)) {
    add('document-object', '$', 'a transport document must be a JSON object');
    return problems;
  }
  const td = exported;
  const status = td.transportDocumentStatus;
  const type = td.transportDocumentTypeCode;
  const facts: DocumentFacts = {
    td,
    status,
    isBol: type === 'BOL',
    isSwb: type === 'SWB',
    electronic: td.isElectronic === true,
    toOrder: td.isToOrder === true,
    parties: isObject(td.documentParties) ? td.documentParties : {},
    issued: typeof status === 'string' && (ISSUED_STATUSES as readonly string[]).includes(status),
  };
  for (const rules of [statusAndOriginalsRules, datesAndValueRules, partyRules, carriageRules, chargeRules, equipmentRules]) rules(facts, add);
  return problems;
}

/** Status, sea waybill, originals, copies and rider pages. */
function statusAndOriginalsRules({ td, status, isBol, isSwb, electronic }: DocumentFacts, add: Add): void {
  // Status: one of the eight names the description lists (EBL_v3.0.3.yaml:9861-9873); the schema
  // only says "string, maxLength 50".
  if (typeof status !== 'string' || !(TRANSPORT_DOCUMENT_STATUSES as readonly string[]).includes(status)) {
    add('status-known', 'transportDocumentStatus', `'${String(status)}' is not one of ${TRANSPORT_DOCUMENT_STATUSES.join(', ')} (EBL_v3.0.3.yaml:9864-9873)`);
  }

  // A sea waybill is never to order (EBL_v3.0.3.yaml:9911).
  if (isSwb && td.isToOrder === true) {
    add('swb-not-to-order', 'isToOrder', "must be false when transportDocumentTypeCode is 'SWB' (EBL_v3.0.3.yaml:9911)");
  }

  // Originals: only for a BOL; an electronic BOL has 0 or 1 of each, together at most 1
  // (EBL_v3.0.3.yaml:9950, 9959).
  const withCharges = td.numberOfOriginalsWithCharges;
  const withoutCharges = td.numberOfOriginalsWithoutCharges;
  if (isSwb && (present(withCharges) || present(withoutCharges))) {
    add('originals-bol-only', 'numberOfOriginalsWithCharges', 'originals apply only to a bill of lading (BOL), not a sea waybill (EBL_v3.0.3.yaml:9950, 9959)');
  }
  if (isBol && electronic) {
    const a = typeof withCharges === 'number' ? withCharges : 0;
    const b = typeof withoutCharges === 'number' ? withoutCharges : 0;
    if (![0, 1].includes(a) || ![0, 1].includes(b) || a + b > 1) {
      add('electronic-originals', 'numberOfOriginalsWithCharges', `an electronic BOL accepts 0 or 1 original with and without charges, together at most 1; got ${a} + ${b} (EBL_v3.0.3.yaml:9950, 9959)`);
    } else if (a + b === 0) {
      // project: DCSA's "≤ 1" admits 0 (a request may leave it open); an issued electronic bill of
      // lading is itself the one original, so the export must say 1.
      add('electronic-one-original', 'numberOfOriginalsWithCharges', 'an electronic bill of lading has exactly one original (project rule on EBL_v3.0.3.yaml:9950, 9959, which allow at most 1)');
    }
    // Copies of an electronic BOL: "Not applicable, there are no copies" (EBL_v3.0.3.yaml:9924, 9939).
    for (const key of ['numberOfCopiesWithCharges', 'numberOfCopiesWithoutCharges']) {
      if (present(td[key])) add('electronic-bol-no-copies', key, 'an electronic BOL has no copies (EBL_v3.0.3.yaml:9924, 9939)');
    }
  }
  // Rider pages are "only applicable for physical transport documents" (EBL_v3.0.3.yaml:10164).
  if (electronic && present(td.numberOfRiderPages)) {
    add('rider-pages-physical-only', 'numberOfRiderPages', 'rider pages apply only to a physical document (EBL_v3.0.3.yaml:10164)');
  }
}

/** Shipped on board or received for shipment, the issue date, and the declared value. */
function datesAndValueRules({ td, status, issued }: DocumentFacts, add: Add): void {
  // Shipped on board / received for shipment: never both; exactly one once issued; the flag
  // follows the date (EBL_v3.0.3.yaml:10019-10021, 10095-10097).
  const onBoard = present(td.shippedOnBoardDate);
  const received = present(td.receivedForShipmentDate);
  if (onBoard && received) {
    add('one-of-onboard-received', 'shippedOnBoardDate', 'give shippedOnBoardDate or receivedForShipmentDate, not both (EBL_v3.0.3.yaml:10021, 10097)');
  } else if (issued && !onBoard && !received) {
    add('one-of-onboard-received', 'receivedForShipmentDate', 'an issued B/L needs exactly one of shippedOnBoardDate and receivedForShipmentDate (EBL_v3.0.3.yaml:10021, 10097)');
  }
  if (onBoard && !received && td.isShippedOnBoardType === false) {
    add('onboard-type-matches-date', 'isShippedOnBoardType', 'a shippedOnBoardDate makes the document a Shipped On Board B/L (EBL_v3.0.3.yaml:10019)');
  }
  if (received && !onBoard && td.isShippedOnBoardType === true) {
    add('onboard-type-matches-date', 'isShippedOnBoardType', 'a receivedForShipmentDate makes the document a Received For Shipment B/L (EBL_v3.0.3.yaml:10095)');
  }

  // Issue date: "can be omitted on draft transport documents, but must be provided when the
  // document has been issued" (EBL_v3.0.3.yaml:10087).
  if (issued && !present(td.issueDate)) {
    add('issue-date-when-issued', 'issueDate', `required once the document has been issued (status ${String(status)}; EBL_v3.0.3.yaml:10087)`);
  }

  // Declared value and its currency go together (EBL_v3.0.3.yaml:10129).
  if (present(td.declaredValue) !== present(td.declaredValueCurrency)) {
    add('declared-value-currency', 'declaredValueCurrency', 'required with declaredValue and empty without it (EBL_v3.0.3.yaml:10129)');
  }
}

/** The document parties by negotiability, their addresses or codes, and their eBL platforms. */
function partyRules({ toOrder, parties }: DocumentFacts, add: Add): void {
  // Parties by negotiability (EBL_v3.0.3.yaml:6119 consignee, 6488 endorsee, 11027 notify parties).
  const consignee = present(parties.consignee);
  const endorsee = present(parties.endorsee);
  if (!toOrder && !consignee) {
    add('straight-consignee', 'documentParties.consignee', 'mandatory for a non-negotiable (straight) BL, isToOrder=false (EBL_v3.0.3.yaml:6119)');
  }
  if (consignee && endorsee) {
    add('consignee-endorsee-exclusive', 'documentParties.endorsee', 'consignee and endorsee are mutually exclusive (EBL_v3.0.3.yaml:6119, 6488)');
  }
  if (endorsee && !toOrder) {
    add('endorsee-to-order-only', 'documentParties.endorsee', 'an endorsee can only be given on a negotiable BL, isToOrder=true (EBL_v3.0.3.yaml:6488)');
  }
  if (toOrder && consignee && !endorsee) {
    // project: DCSA makes the consignee mandatory only for straight bills and names the endorsee
    // as the party of a negotiable one (EBL_v3.0.3.yaml:6119, 6488, 9909); a to-order bill here
    // names its order party as endorsee, or none (blank endorsed), never a consignee.
    add('to-order-no-consignee', 'documentParties.consignee', 'a to-order bill names an endorsee (or none: blank endorsed), not a consignee (project rule on EBL_v3.0.3.yaml:6119, 6488, 9909)');
  }
  if (toOrder && arr(parties.notifyParties).length === 0) {
    add('to-order-notify-party', 'documentParties.notifyParties', 'mandatory for To Order BLs, isToOrder=true (EBL_v3.0.3.yaml:11027)');
  }
  // Shipper and notify parties: "either the address or a party identifyingCode must be provided"
  // (EBL_v3.0.3.yaml:5831 shipper, 6829 notify party).
  const identified = (party: unknown) => isObject(party) && (present(party.address) || arr(party.identifyingCodes).length > 0);
  if (present(parties.shipper) && !identified(parties.shipper)) {
    add('party-address-or-code', 'documentParties.shipper', 'needs an address or an identifying code (EBL_v3.0.3.yaml:5831)');
  }
  arr(parties.notifyParties).forEach((party, i) => {
    if (!identified(party)) add('party-address-or-code', `documentParties.notifyParties[${i}]`, 'needs an address or an identifying code (EBL_v3.0.3.yaml:6829)');
  });
  // eBL platform codes "MUST be one of" the list (EBL_v3.0.3.yaml:5766 shipper, 6135 consignee, 6504 endorsee).
  for (const [role, line] of [['shipper', 5766], ['consignee', 6135], ['endorsee', 6504]] as const) {
    const party = parties[role];
    if (isObject(party) && present(party.eblPlatform) && !(EBL_PLATFORMS as readonly string[]).includes(String(party.eblPlatform))) {
      add('ebl-platform-known', `documentParties.${role}.eblPlatform`, `'${String(party.eblPlatform)}' is not a DCSA eBL platform code (EBL_v3.0.3.yaml:${line})`);
    }
  }
}

/** Pre- and on-carriage: their places and modes. */
function carriageRules({ td }: DocumentFacts, add: Add): void {
  // Pre-/on-carriage need their place, and use the listed modes (EBL_v3.0.3.yaml:10296-10312).
  const transports = isObject(td.transports) ? td.transports : {};
  for (const [key, placeKey, line] of [['preCarriageBy', 'placeOfReceipt', 10296], ['onCarriageBy', 'placeOfDelivery', 10307]] as const) {
    const by = transports[key];
    if (!present(by)) continue;
    if (!present(transports[placeKey])) {
      add(`${key}-needs-place`, `transports.${placeKey}`, `must be defined when transports.${key} is populated (EBL_v3.0.3.yaml:${line})`);
    }
    if (!(DCSA_CARRIAGE_BY as readonly string[]).includes(String(by))) {
      add('carriage-by-known', `transports.${key}`, `'${String(by)}' is not one of ${DCSA_CARRIAGE_BY.join(', ')} (EBL_v3.0.3.yaml:${line + 1}-${line + 5})`);
    }
  }
}

/** Charges: two decimals, and one freight charge for all legs. */
function chargeRules({ td }: DocumentFacts, add: Add): void {
  // Charges: "a maximum of 2-digit decimals" (EBL_v3.0.3.yaml:10663).
  const charges = arr(td.charges);
  charges.forEach((charge, i) => {
    if (isObject(charge) && typeof charge.currencyAmount === 'number' && decimals(charge.currencyAmount) > 2) {
      add('charge-two-decimals', `charges[${i}].currencyAmount`, `${charge.currencyAmount} has more than 2 decimals (EBL_v3.0.3.yaml:10663)`);
    }
  });
  // project: 一单制 means one freight charge for all legs (DOMAIN.md); DCSA allows any number.
  if (charges.length > 1) {
    add('one-freight-charge', 'charges', `a 一单制 bill carries one freight charge for all legs, got ${charges.length} (project rule, DOMAIN.md)`);
  }
}

/** Equipment: each listed once, reefer flags on reefers, cargo items in listed equipment. */
function equipmentRules({ td }: DocumentFacts, add: Add): void {
  // Equipment: cargo items name equipment of the document (EBL_v3.0.3.yaml:8252, 9283, "the
  // unique identifier for the equipment"); isNonOperatingReefer only for a reefer ISO code
  // (EBL_v3.0.3.yaml:9154).
  const equipment = new Set<string>();
  arr(td.utilizedTransportEquipments).forEach((ute, i) => {
    if (!isObject(ute) || !isObject(ute.equipment)) return;
    const ref = ute.equipment.equipmentReference;
    if (typeof ref === 'string') {
      if (equipment.has(ref)) add('equipment-unique', `utilizedTransportEquipments[${i}].equipment.equipmentReference`, `${ref} is listed twice (EBL_v3.0.3.yaml:9283)`);
      equipment.add(ref);
    }
    const iso = ute.equipment.ISOEquipmentCode;
    if (present(ute.isNonOperatingReefer) && !(typeof iso === 'string' && iso.charAt(2) === 'R')) {
      add('non-operating-reefer', `utilizedTransportEquipments[${i}].isNonOperatingReefer`, 'only applicable to a reefer ISO equipment code (EBL_v3.0.3.yaml:9154)');
    }
  });
  arr(td.consignmentItems).forEach((item, i) => {
    if (!isObject(item)) return;
    arr(item.cargoItems).forEach((cargo, j) => {
      if (!isObject(cargo)) return;
      const ref = cargo.equipmentReference;
      if (typeof ref === 'string' && !equipment.has(ref)) {
        add('cargo-equipment-known', `consignmentItems[${i}].cargoItems[${j}].equipmentReference`, `${ref} is not among utilizedTransportEquipments (EBL_v3.0.3.yaml:8252)`);
      }
    });
  });
}

/**
 * Rules on an exported endorsement chain the END/SUR schemas leave to prose: the chain starts with
 * the issuance (EBL_END_v3.0.3.yaml:450), endorsements apply only to negotiable eBLs
 * (EBL_END_v3.0.3.yaml:453, 457, 458), the 'No Party' recipient only for SIGN, BLANK_ENDORSE and
 * SURRENDERED (EBL_SUR_v3.0.3.yaml:289), action codes from the list (EBL_END_v3.0.3.yaml:482-490).
 */
export function dcsaEndorsementChainProblems(isToOrder: boolean, chain: unknown): string[] {
  const problems: string[] = [];
  const add = (rule: string, path: string, message: string) => problems.push(`[${rule}] ${path}: ${message}`);
  const links = arr(chain);
  if (links.length > 0) {
    const first = links[0];
    if (!isObject(first) || first.actionCode !== 'ISSUE') {
      add('chain-starts-with-issue', 'endorsementChain[0].actionCode', 'the chain runs from the issuance onward: its first action is ISSUE (EBL_END_v3.0.3.yaml:450)');
    }
  }
  links.forEach((link, i) => {
    if (!isObject(link)) return;
    const code = String(link.actionCode);
    if (!(DCSA_ACTION_CODES as readonly string[]).includes(code)) {
      add('chain-action-known', `endorsementChain[${i}].actionCode`, `'${code}' is not a DCSA action code (EBL_END_v3.0.3.yaml:482-490)`);
    }
    if (!isToOrder && ['ENDORSE', 'BLANK_ENDORSE', 'ENDORSE_TO_ORDER'].includes(code)) {
      add('chain-endorse-negotiable-only', `endorsementChain[${i}].actionCode`, `${code} applies only to a negotiable eBL, isToOrder=true (EBL_END_v3.0.3.yaml:453, 457, 458)`);
    }
    const recipient = link.recipient;
    if (isObject(recipient) && recipient.partyName === 'NONE' && !(NO_RECIPIENT_ACTIONS as readonly string[]).includes(code)) {
      add('chain-no-party', `endorsementChain[${i}].recipient`, `the 'No Party' recipient is only for SIGN, BLANK_ENDORSE and SURRENDERED, not ${code} (EBL_SUR_v3.0.3.yaml:289)`);
    }
  });
  return problems;
}
