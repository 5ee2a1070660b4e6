/**
 * Exports a `BillDocument` as a DCSA eBL 3.0.3 `TransportDocument` (EBL_v3.0.3.yaml,
 * components.schemas.TransportDocument) and a bill's action history as a DCSA `endorsementChain`
 * (EBL_END_v3.0.3.yaml / EBL_SUR_v3.0.3.yaml, EndorsementChainLink).
 *
 * Pure and deterministic: the same document, status and options give the same JSON, key for key.
 * This module never reads the DCSA yaml; the tests validate its output against it.
 *
 * Representation choices (DCSA 3.0.3 describes a maritime document; a 一单制 bill is multimodal):
 *
 * - carrierCode: the issuing operator's SCAC, carrierCodeListProvider 'NMFTA'. NMFTA issues SCACs
 *   to forwarders and NVOCCs as well as carriers; SMDG's liner code list covers container shipping
 *   lines only, so it does not fit a multimodal transport operator. The party registry code goes
 *   in identifyingCodes (codeListProvider 'ZZZ', mutually defined) instead.
 * - transports: DCSA's portOfLoading / portOfDischarge are where cargo is loaded onto / discharged
 *   from the sea-going vessel (EBL_v3.0.3.yaml:10316). When the route has sea legs, the span from the
 *   first to the last sea leg is DCSA's port-to-port part, each sea leg one vesselVoyage, and the
 *   legs before and after are pre- and on-carriage, whatever the bill calls its main carriage
 *   (a rail main carriage followed by a sea leg exports as pre-carriage by rail, port-to-port by sea).
 *   With no sea leg (air, rail-only, road, river-only) the bill's main-carriage legs take that place:
 *   portOfLoading/portOfDischarge are the main carriage's terminals (e.g. airports), and each
 *   main-carriage leg is a vesselVoyage whose vesselName carries a mode prefix ('AIR CA1049',
 *   'RAIL X8001', 'TRUCK ...', 'BARGE ...') so no reader takes it for a ship. A conveyance not
 *   yet known is 'TBN' (to be nominated), as carriers print it.
 * - preCarriageBy / onCarriageBy use DCSA's listed values (EBL_v3.0.3.yaml:10296-10301):
 *   sea VESSEL, rail RAIL, road TRUCK, river BARGE, several modes MULTIMODAL. Air has no listed
 *   value, so a pre- or on-carriage by air alone leaves the field out (placeOfReceipt /
 *   placeOfDelivery still say where the operator's responsibility starts and ends).
 * - Every leg, whatever its mode, is also printed as a routing clause in carrierClauses, with the
 *   liable operator and the Incoterm (which has no DCSA field), so nothing of the route is lost.
 * - Contacts: the registry holds no contact people, so each party gets a generated placeholder,
 *   name 'Operations' and e-mail operations@<party-code>.example (RFC 2606 reserved domain), unless
 *   `opts.contacts` gives real ones.
 * - ULDs (air unit load devices) are exported as equipment with the ULD id as equipmentReference
 *   and no ISOEquipmentCode (they have no ISO 6346 size-type).
 * - issueDate is left out while the document is DRAFT or APPROVED (not yet issued), present from
 *   ISSUED on and when VOIDED.
 */
import { getLocation } from '../../reference';
import type { BillDocument, BillLeg, BillParty, BillSeal, FreightPayment, SealSource } from './bill-document';
import {
  type DcsaContact,
  type DcsaDocumentParties,
  DcsaExportError,
  type DcsaExportOptions,
  type DcsaIdentifyingCode,
  type DcsaParty,
  type DcsaPartyAddress,
  type DcsaSeal,
  type DcsaTransportDocument,
  type DcsaTransports,
  type DcsaVesselVoyage,
  TRANSPORT_DOCUMENT_STATUSES,
  type TransportDocumentStatus,
} from './dcsa-shapes';

export * from './dcsa-shapes';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** DCSA pre-/onCarriageBy for each mode; air has no listed value (EBL_v3.0.3.yaml:10296-10301). */
const CARRIAGE_BY: Readonly<Record<BillLeg['mode'], string | null>> = {
  sea: 'VESSEL',
  rail: 'RAIL',
  road: 'TRUCK',
  river: 'BARGE',
  air: null,
};

/** Prefix of vesselName for a non-sea conveyance standing in the vesselVoyages list. */
const CONVEYANCE_PREFIX: Readonly<Record<BillLeg['mode'], string>> = {
  sea: '',
  rail: 'RAIL ',
  road: 'TRUCK ',
  river: 'BARGE ',
  air: 'AIR ',
};

const SEAL_SOURCE: Readonly<Record<SealSource, DcsaSeal['source']>> = {
  carrier: 'CAR',
  shipper: 'SHI',
  veterinary: 'VET',
  customs: 'CUS',
};

const PAYMENT_TERM: Readonly<Record<FreightPayment, 'PRE' | 'COL'>> = { prepaid: 'PRE', collect: 'COL' };

const STAGE_WORDS: Readonly<Record<BillLeg['stage'], string>> = {
  preCarriage: 'pre-carriage',
  mainCarriage: 'main carriage',
  onCarriage: 'on-carriage',
};

/** Placeholder when the conveyance is not yet known: "to be nominated". */
export const TO_BE_NOMINATED = 'TBN';

/** The generated placeholder contact of a party (documented in the module comment). */
export function placeholderContact(party: Pick<BillParty, 'code'>): DcsaContact {
  const slug = party.code.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'party';
  return { name: 'Operations', email: `operations@${slug}.example` };
}

/** Splits text into lines of at most `width` characters, at spaces where possible, none blank. */
export function wrapLines(text: string, width = 35): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    let w = word;
    while (w.length > width) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      lines.push(w.slice(0, width));
      w = w.slice(width);
    }
    if (w === '') continue;
    if (line === '') line = w;
    else if (line.length + 1 + w.length <= width) line = `${line} ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** A decimal string as a JSON number (DCSA amounts and weights are numbers). */
function num(decimal: string): number {
  return Number(decimal);
}

function place(code: string): string {
  const name = getLocation(code)?.name;
  return name === undefined ? code : `${code} (${name})`;
}

function identifyingCodes(party: BillParty): DcsaIdentifyingCode[] {
  return [{ codeListProvider: 'ZZZ', partyCode: party.code, codeListName: 'YIDAN-PARTY-REGISTRY' }];
}

function dcsaAddress(party: BillParty): DcsaPartyAddress | undefined {
  const a = party.address;
  if (a === null) return undefined;
  return {
    street: a.street,
    ...(a.streetNumber === null ? {} : { streetNumber: a.streetNumber }),
    ...(a.postCode === null ? {} : { postCode: a.postCode }),
    city: a.city,
    countryCode: a.countryCode,
  };
}

function dcsaParty(party: BillParty, contacts: DcsaExportOptions['contacts']): DcsaParty {
  const address = dcsaAddress(party);
  return {
    partyName: party.name,
    ...(address === undefined ? {} : { address }),
    identifyingCodes: identifyingCodes(party),
    partyContactDetails: contactsOf(party, contacts),
  };
}

function contactsOf(party: BillParty, contacts: DcsaExportOptions['contacts']): DcsaContact[] {
  const given = contacts?.[party.partyId];
  return given !== undefined && given.length > 0 ? given.map((c) => ({ ...c })) : [placeholderContact(party)];
}

function carriageBy(legs: readonly BillLeg[]): string | undefined {
  if (legs.length === 0) return undefined;
  const modes = new Set(legs.map((l) => l.mode));
  if (modes.size > 1) return 'MULTIMODAL';
  return CARRIAGE_BY[legs[0]!.mode] ?? undefined;
}

/**
 * DCSA's port-to-port part of the route: first to last sea leg when there is one, else the bill's
 * main carriage. Returns leg indexes [start, end].
 */
export function dcsaPortToPortSpan(legs: readonly BillLeg[]): { start: number; end: number; bySea: boolean } {
  const sea = legs.map((l, i) => (l.mode === 'sea' ? i : -1)).filter((i) => i >= 0);
  if (sea.length > 0) return { start: sea[0]!, end: sea[sea.length - 1]!, bySea: true };
  const main = legs.map((l, i) => (l.stage === 'mainCarriage' ? i : -1)).filter((i) => i >= 0);
  return { start: main[0]!, end: main[main.length - 1]!, bySea: false };
}

function vesselVoyage(leg: BillLeg): DcsaVesselVoyage {
  return {
    vesselName: `${CONVEYANCE_PREFIX[leg.mode]}${leg.conveyance?.name ?? TO_BE_NOMINATED}`,
    carrierExportVoyageNumber: leg.conveyance?.reference ?? TO_BE_NOMINATED,
  };
}

function routingClauses(doc: BillDocument): string[] {
  const n = doc.legs.length;
  const legClauses = doc.legs.map((leg) => {
    const by = leg.carrier === null ? 'carrier to be appointed by the operator' : `performed by ${leg.carrier.name} (${leg.carrier.code})`;
    const conveyance = leg.conveyance === null ? '' : `, conveyance ${leg.conveyance.name} ${leg.conveyance.reference}`;
    return (
      `Leg ${leg.seq} of ${n}, ${STAGE_WORDS[leg.stage]} by ${leg.mode}: ${place(leg.from)} to ${place(leg.to)}, ` +
      `planned ${leg.plannedDeparture} to ${leg.plannedArrival}, ${by}${conveyance}.`
    );
  });
  const op = doc.liableOperator;
  return [
    `Through transport from ${place(doc.places.receipt)} to ${place(doc.places.delivery)} under one contract: ` +
      `${op.name} (${op.code}) is the multimodal transport operator liable for all ${n} leg${n === 1 ? '' : 's'}, ` +
      `and one freight charge covers them.`,
    ...legClauses,
    `Incoterms 2020 rule of the sale as stated by the shipper: ${doc.incoterm.code} ${place(doc.incoterm.place)}.`,
  ];
}

function seals(list: readonly BillSeal[]): DcsaSeal[] {
  return list.map((s) => (s.source === null ? { number: s.number } : { number: s.number, source: SEAL_SOURCE[s.source] }));
}

/** What stops the bill from being a valid DCSA document; empty when it can be exported. */
export function dcsaExportBlockers(doc: BillDocument): string[] {
  const problems: string[] = [];
  // UtilizedTransportEquipment.seals is required with minItems 1 (EBL_v3.0.3.yaml:9171).
  for (const c of doc.containers) if (c.seals.length === 0) problems.push(`container ${c.number} has no seal number (DCSA requires at least one seal per equipment)`);
  for (const u of doc.ulds) if (u.seals.length === 0) problems.push(`ULD ${u.id} has no seal number (DCSA requires at least one seal per equipment)`);
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The transport document
// ---------------------------------------------------------------------------------------------

/** Where and how the goods travel: the port-to-port span as vessel voyages, pre- and on-carriage around it. */
function transportsOf(doc: BillDocument): DcsaTransports {
  const span = dcsaPortToPortSpan(doc.legs);
  const pre = doc.legs.slice(0, span.start);
  const on = doc.legs.slice(span.end + 1);
  const portToPort = doc.legs.slice(span.start, span.end + 1);
  const first = portToPort[0]!;
  const last = portToPort[portToPort.length - 1]!;

  const transports: DcsaTransports = {
    plannedDepartureDate: first.plannedDeparture,
    plannedArrivalDate: last.plannedArrival,
  } as DcsaTransports;
  const preBy = carriageBy(pre);
  const onBy = carriageBy(on);
  if (preBy !== undefined) transports.preCarriageBy = preBy;
  if (onBy !== undefined) transports.onCarriageBy = onBy;
  if (pre.length > 0) transports.placeOfReceipt = { UNLocationCode: doc.places.receipt };
  transports.portOfLoading = { UNLocationCode: first.from };
  transports.portOfDischarge = { UNLocationCode: last.to };
  if (on.length > 0) transports.placeOfDelivery = { UNLocationCode: doc.places.delivery };
  transports.vesselVoyages = (span.bySea ? portToPort.filter((l) => l.mode === 'sea') : portToPort).map(vesselVoyage);
  return transports;
}

/** Shipper, consignee or endorsee, the issuing party and the notify parties. */
function documentPartiesOf(doc: BillDocument, contacts: DcsaExportOptions['contacts']): DcsaDocumentParties {
  const issuingParty = dcsaParty(doc.issuer, contacts) as DcsaParty & { address: DcsaPartyAddress };
  const documentParties: DcsaDocumentParties = { shipper: dcsaParty(doc.shipper, contacts) } as DcsaDocumentParties;
  if (doc.type === 'straight' && doc.consignee !== null) documentParties.consignee = dcsaParty(doc.consignee, contacts);
  if (doc.type === 'toOrder' && doc.toOrderOf !== null) documentParties.endorsee = dcsaParty(doc.toOrderOf, contacts);
  documentParties.issuingParty = issuingParty;
  if (doc.notifyParties.length > 0) documentParties.notifyParties = doc.notifyParties.map((p) => dcsaParty(p, contacts));
  return documentParties;
}

/** One freight amount for the whole transport (一单制): a lump sum per bill. */
function throughFreight(doc: BillDocument): DcsaTransportDocument['charges'][number] {
  return {
    chargeName: 'Multimodal through freight',
    currencyAmount: num(doc.freight.amount),
    currencyCode: doc.freight.currency,
    paymentTermCode: PAYMENT_TERM[doc.freight.payment],
    calculationBasis: 'Lump sum per bill of lading',
    unitPrice: num(doc.freight.amount),
    quantity: 1,
  };
}

/** Each goods line with its cargo items, one per piece of equipment it is stowed in. */
function consignmentItemsOf(doc: BillDocument): DcsaTransportDocument['consignmentItems'] {
  return doc.goods.map((line) => ({
    carrierBookingReference: doc.bookingReference,
    descriptionOfGoods: wrapLines(line.description),
    HSCodes: [line.hsCode],
    cargoItems: line.stowage.map((s) => ({
      equipmentReference: s.equipment,
      cargoGrossWeight: { value: num(s.grossWeightKg), unit: 'KGM' as const },
      outerPackaging: {
        ...(line.packages.code === null ? {} : { packageCode: line.packages.code }),
        numberOfPackages: s.packages,
        description: line.packages.description,
      },
    })),
  }));
}

/** The containers and ULDs with their seals. */
function equipmentOf(doc: BillDocument): DcsaTransportDocument['utilizedTransportEquipments'] {
  return [
    ...doc.containers.map((c) => ({
      equipment: { equipmentReference: c.number, ISOEquipmentCode: c.isoSizeType },
      isShipperOwned: c.shipperOwned,
      seals: seals(c.seals),
    })),
    ...doc.ulds.map((u) => ({
      equipment: { equipmentReference: u.id },
      isShipperOwned: false,
      seals: seals(u.seals),
    })),
  ];
}

export function toDcsaTransportDocument(
  doc: BillDocument,
  status: TransportDocumentStatus,
  opts: DcsaExportOptions = {},
): DcsaTransportDocument {
  if (!(TRANSPORT_DOCUMENT_STATUSES as readonly string[]).includes(status)) {
    throw new RangeError(`unknown transport document status '${String(status)}' (expected one of ${TRANSPORT_DOCUMENT_STATUSES.join(', ')})`);
  }
  const blockers = dcsaExportBlockers(doc);
  if (blockers.length > 0) throw new DcsaExportError(blockers);

  const contacts = opts.contacts;
  const withCharges = opts.originalWithCharges ?? true;
  const issuer = doc.issuer;
  const out = {
    transportDocumentReference: doc.reference,
    transportDocumentStatus: status,
    transportDocumentTypeCode: 'BOL',
    isShippedOnBoardType: doc.takenInCharge.kind === 'shippedOnBoard',
    freightPaymentTermCode: PAYMENT_TERM[doc.freight.payment],
    isElectronic: true,
    isToOrder: doc.type === 'toOrder',
    numberOfOriginalsWithCharges: withCharges ? 1 : 0,
    numberOfOriginalsWithoutCharges: withCharges ? 0 : 1,
  } as DcsaTransportDocument;
  if (doc.takenInCharge.kind === 'shippedOnBoard') out.shippedOnBoardDate = doc.takenInCharge.date;
  else out.receivedForShipmentDate = doc.takenInCharge.date;
  out.termsAndConditions = doc.termsAndConditions;
  out.receiptTypeAtOrigin = doc.service.receiptAtOrigin;
  out.deliveryTypeAtDestination = doc.service.deliveryAtDestination;
  out.cargoMovementTypeAtOrigin = doc.service.cargoMovementAtOrigin;
  out.cargoMovementTypeAtDestination = doc.service.cargoMovementAtDestination;
  if (status !== 'DRAFT' && status !== 'APPROVED') out.issueDate = doc.issueDate;
  if (doc.declaredValue !== null) {
    out.declaredValue = num(doc.declaredValue.amount);
    out.declaredValueCurrency = doc.declaredValue.currency;
  }
  out.carrierCode = issuer.scac;
  out.carrierCodeListProvider = 'NMFTA';
  out.carrierClauses = routingClauses(doc);
  out.transports = transportsOf(doc);
  out.charges = [throughFreight(doc)];
  out.placeOfIssue = { UNLocationCode: doc.placeOfIssue };
  out.invoicePayableAt = { UNLocationCode: doc.freight.payableAt };
  out.partyContactDetails = contactsOf(issuer, contacts);
  out.documentParties = documentPartiesOf(doc, contacts);
  out.consignmentItems = consignmentItemsOf(doc);
  out.utilizedTransportEquipments = equipmentOf(doc);
  out.references = [{ type: 'CR', value: doc.orderReference }];
  return out;
}
