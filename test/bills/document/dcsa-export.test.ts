import { type BillDocument, type BuildBillInput, buildBillDocument } from '../../../server/bills/document/bill-document';
import { dcsaCrossFieldProblems } from '../../../server/bills/document/cross-field-rules';
import {
  DcsaExportError,
  dcsaExportBlockers,
  placeholderContact,
  toDcsaTransportDocument,
  TRANSPORT_DOCUMENT_STATUSES,
  type TransportDocumentStatus,
  wrapLines,
} from '../../../server/bills/document/dcsa-export';
import { EBL, loadSpec, schemaErrors, undeclaredProperties } from './dcsa-schema';
import { airYiwuChongqingLosAngeles, FIXTURES, railSeaStraight, roadRailSeaToOrder } from './fixtures';

function bill(input: BuildBillInput): BillDocument {
  const result = buildBillDocument(input);
  if (!result.ok) throw new Error(result.error.map((p) => p.message).join('\n'));
  return result.value;
}

describe('the DCSA schema as loaded for these tests', () => {
  it('fails with a clear message, not a skip, when a reference file is missing', () => {
    expect(() => loadSpec('EBL_v9.9.9.yaml')).toThrow(/DCSA reference file not found: .*schema\/dcsa-ebl-3\.0\.3\/EBL_v9\.9\.9\.yaml/);
  });

  it('compiles components.schemas.TransportDocument and rejects an empty object', () => {
    const validate = loadSpec(EBL).validator('TransportDocument');
    expect(validate({})).toBe(false);
    expect(schemaErrors(EBL, 'TransportDocument', {})).toEqual(
      expect.arrayContaining([expect.stringContaining("'transportDocumentReference'"), expect.stringContaining("'transports'")]),
    );
  });

  it('applies the rewritten exclusiveMinimum: a zero cargo weight is refused', () => {
    const td = toDcsaTransportDocument(bill(railSeaStraight()), 'ISSUED') as unknown as { consignmentItems: Array<{ cargoItems: Array<{ cargoGrossWeight: { value: number } }> }> };
    td.consignmentItems[0]!.cargoItems[0]!.cargoGrossWeight.value = 0;
    expect(schemaErrors(EBL, 'TransportDocument', td)).toEqual([expect.stringContaining('must be > 0')]);
  });
  it('lists a property the schema does not define (it has no additionalProperties: false)', () => {
    const td = { ...toDcsaTransportDocument(bill(railSeaStraight()), 'ISSUED'), transportDocumentRefrence: 'typo' };
    expect(schemaErrors(EBL, 'TransportDocument', td)).toEqual([]);
    expect(undeclaredProperties(EBL, 'TransportDocument', td)).toEqual(['$.transportDocumentRefrence']);
  });
});

describe.each(Object.entries(FIXTURES))('%s', (_name, fixture) => {
  const doc = bill(fixture());

  it.each(TRANSPORT_DOCUMENT_STATUSES.map((s) => [s]))('is a valid DCSA TransportDocument when %s', (status: TransportDocumentStatus) => {
    const td = toDcsaTransportDocument(doc, status);
    expect(schemaErrors(EBL, 'TransportDocument', td)).toEqual([]);
    expect(undeclaredProperties(EBL, 'TransportDocument', td)).toEqual([]);
    expect(dcsaCrossFieldProblems(td)).toEqual([]);
    expect(td.transportDocumentStatus).toBe(status);
  });

  it('carries the issue date from ISSUED on, not while DRAFT or APPROVED', () => {
    expect(toDcsaTransportDocument(doc, 'DRAFT').issueDate).toBeUndefined();
    expect(toDcsaTransportDocument(doc, 'APPROVED').issueDate).toBeUndefined();
    for (const status of ['ISSUED', 'SURRENDERED_FOR_DELIVERY', 'VOIDED'] as const) {
      expect(toDcsaTransportDocument(doc, status).issueDate).toBe(doc.issueDate);
    }
  });

  it('is an electronic BOL with exactly one original, the MTO SCAC as NMFTA carrier code and one freight charge', () => {
    const td = toDcsaTransportDocument(doc, 'ISSUED');
    expect(td).toMatchObject({
      transportDocumentReference: doc.reference,
      transportDocumentTypeCode: 'BOL',
      isElectronic: true,
      isShippedOnBoardType: false,
      receivedForShipmentDate: doc.takenInCharge.date,
      numberOfOriginalsWithCharges: 1,
      numberOfOriginalsWithoutCharges: 0,
      carrierCode: 'YDLS',
      carrierCodeListProvider: 'NMFTA',
      freightPaymentTermCode: 'PRE',
    });
    expect(td.shippedOnBoardDate).toBeUndefined();
    expect(td.charges).toEqual([
      expect.objectContaining({ currencyAmount: Number(doc.freight.amount), currencyCode: 'USD', paymentTermCode: 'PRE', unitPrice: Number(doc.freight.amount), quantity: 1 }),
    ]);
    expect(td.numberOfOriginalsWithCharges + td.numberOfOriginalsWithoutCharges).toBe(1);
  });

  it('prints every leg as a routing clause, with the liable operator and the Incoterm', () => {
    const td = toDcsaTransportDocument(doc, 'ISSUED');
    expect(td.carrierClauses[0]).toContain(`${doc.liableOperator.name} (${doc.liableOperator.code}) is the multimodal transport operator liable for all ${doc.legs.length} leg`);
    for (const leg of doc.legs) {
      expect(td.carrierClauses.some((c) => c.startsWith(`Leg ${leg.seq} of ${doc.legs.length}`) && c.includes(`by ${leg.mode}: ${leg.from}`))).toBe(true);
    }
    expect(td.carrierClauses[td.carrierClauses.length - 1]).toContain(`${doc.incoterm.code} ${doc.incoterm.place}`);
  });

  it('is deterministic: the same bill gives the same JSON, byte for byte', () => {
    const a = JSON.stringify(toDcsaTransportDocument(doc, 'ISSUED'));
    const b = JSON.stringify(toDcsaTransportDocument(bill(fixture()), 'ISSUED'));
    expect(b).toBe(a);
  });

  it('does not depend on the order legs and parties come in', () => {
    const input = fixture();
    input.shipment.legs.reverse();
    input.parties.reverse();
    const shuffled = toDcsaTransportDocument(bill(input), 'ISSUED');
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(toDcsaTransportDocument(doc, 'ISSUED')));
  });
});

describe('transports: how each route is represented', () => {
  it('rail-sea: rail pre-carriage from the place of receipt, the sea leg port to port with its vessel', () => {
    const td = toDcsaTransportDocument(bill(railSeaStraight()), 'ISSUED');
    expect(td.transports).toEqual({
      plannedDepartureDate: '2025-07-05',
      plannedArrivalDate: '2025-07-10',
      preCarriageBy: 'RAIL',
      placeOfReceipt: { UNLocationCode: 'CNCKG' },
      portOfLoading: { UNLocationCode: 'CNQZH' },
      portOfDischarge: { UNLocationCode: 'SGSIN' },
      vesselVoyages: [{ vesselName: 'BEIBU GULF STAR', carrierExportVoyageNumber: '2527S' }],
    });
  });

  it('road-rail-sea: truck and rail before the sea leg make a MULTIMODAL pre-carriage; an unnamed vessel is TBN', () => {
    const td = toDcsaTransportDocument(bill(roadRailSeaToOrder()), 'ISSUED');
    expect(td.transports).toEqual({
      plannedDepartureDate: '2025-08-25',
      plannedArrivalDate: '2025-08-27',
      preCarriageBy: 'MULTIMODAL',
      placeOfReceipt: { UNLocationCode: 'CNCTU' },
      portOfLoading: { UNLocationCode: 'DEHAM' },
      portOfDischarge: { UNLocationCode: 'GBFXT' },
      vesselVoyages: [{ vesselName: 'TBN', carrierExportVoyageNumber: 'TBN' }],
    });
  });

  it('rail main carriage with truck on-carriage and no sea leg: the train stands in the vessel list with a RAIL prefix', () => {
    const input = roadRailSeaToOrder();
    input.shipment.legs = [
      { seq: 1, from: 'CNCTU', to: 'CNCKG', mode: 'road', plannedEtd: '2025-08-01', plannedEta: '2025-08-02' },
      { seq: 2, from: 'CNCKG', to: 'DEDUI', mode: 'rail', plannedEtd: '2025-08-05', plannedEta: '2025-08-19', conveyance: { name: 'X8001', reference: '20250805' } },
      { seq: 3, from: 'DEDUI', to: 'NLRTM', mode: 'road', plannedEtd: '2025-08-20', plannedEta: '2025-08-21' },
    ];
    input.order.destination = 'NLRTM';
    input.order.incotermPlace = 'NLRTM';
    const td = toDcsaTransportDocument(bill(input), 'ISSUED');
    expect(td.transports).toEqual({
      plannedDepartureDate: '2025-08-05',
      plannedArrivalDate: '2025-08-19',
      preCarriageBy: 'TRUCK',
      onCarriageBy: 'TRUCK',
      placeOfReceipt: { UNLocationCode: 'CNCTU' },
      portOfLoading: { UNLocationCode: 'CNCKG' },
      portOfDischarge: { UNLocationCode: 'DEDUI' },
      placeOfDelivery: { UNLocationCode: 'NLRTM' },
      vesselVoyages: [{ vesselName: 'RAIL X8001', carrierExportVoyageNumber: '20250805' }],
    });
    expect(schemaErrors(EBL, 'TransportDocument', td)).toEqual([]);
    expect(dcsaCrossFieldProblems(td)).toEqual([]);
  });

  it('air: no DCSA value for air pre-carriage, so preCarriageBy is left out; the flight stands in the vessel list', () => {
    const td = toDcsaTransportDocument(bill(airYiwuChongqingLosAngeles()), 'ISSUED');
    expect(td.transports).toEqual({
      plannedDepartureDate: '2025-09-02',
      plannedArrivalDate: '2025-09-02',
      placeOfReceipt: { UNLocationCode: 'CNYIW' },
      portOfLoading: { UNLocationCode: 'CNCKG' },
      portOfDischarge: { UNLocationCode: 'USLAX' },
      vesselVoyages: [{ vesselName: 'AIR YD8802', carrierExportVoyageNumber: '2025-09-02' }],
    });
    expect(td.carrierClauses[1]).toBe(
      'Leg 1 of 2, pre-carriage by air: CNYIW (Yiwu) to CNCKG (Chongqing), planned 2025-09-01 to 2025-09-01, performed by Western Skies Cargo Airline (CQ-AIR), conveyance YD8801 2025-09-01.',
    );
  });

  it('river-sea (Yangtze): the river leg is BARGE pre-carriage to the sea-going vessel at Shanghai', () => {
    const input = railSeaStraight();
    input.shipment.legs = [
      { seq: 1, from: 'CNCKG', to: 'CNSHA', mode: 'river', plannedEtd: '2025-07-01', plannedEta: '2025-07-09' },
      { seq: 2, from: 'CNSHA', to: 'SGSIN', mode: 'sea', plannedEtd: '2025-07-12', plannedEta: '2025-07-18' },
    ];
    const td = toDcsaTransportDocument(bill(input), 'ISSUED');
    expect(td.transports).toMatchObject({ preCarriageBy: 'BARGE', portOfLoading: { UNLocationCode: 'CNSHA' } });
    expect(schemaErrors(EBL, 'TransportDocument', td)).toEqual([]);
  });
});

describe('document parties', () => {
  it('straight: shipper, consignee and the issuing operator with its address; party codes as mutually defined identifying codes', () => {
    const td = toDcsaTransportDocument(bill(railSeaStraight()), 'ISSUED');
    expect(td.documentParties.consignee).toMatchObject({
      partyName: 'Lion City Motors Pte. Ltd.',
      identifyingCodes: [{ codeListProvider: 'ZZZ', partyCode: 'SG-LION', codeListName: 'YIDAN-PARTY-REGISTRY' }],
    });
    expect(td.documentParties.endorsee).toBeUndefined();
    expect(td.documentParties.notifyParties).toBeUndefined();
    expect(td.documentParties.issuingParty.address).toEqual({
      street: 'Tuanjiecun Rail Port Road', streetNumber: '1', postCode: '400000', city: 'Chongqing', countryCode: 'CN',
    });
    expect(td.isToOrder).toBe(false);
  });

  it('to order: no consignee, the bank as endorsee, the buyer notified', () => {
    const td = toDcsaTransportDocument(bill(roadRailSeaToOrder()), 'ISSUED');
    expect(td.isToOrder).toBe(true);
    expect(td.documentParties.consignee).toBeUndefined();
    expect(td.documentParties.endorsee).toMatchObject({ partyName: 'Chongqing Trade Finance Bank' });
    expect(td.documentParties.notifyParties).toEqual([
      expect.objectContaining({ partyName: 'Thames Cycle Imports Ltd.', address: { street: 'Dock Road', city: 'Felixstowe', countryCode: 'GB' } }),
    ]);
  });

  it('blank to order (no order party): no endorsee and still valid', () => {
    const input = roadRailSeaToOrder();
    delete input.toOrderOfId;
    const td = toDcsaTransportDocument(bill(input), 'ISSUED');
    expect(td.documentParties.endorsee).toBeUndefined();
    expect(schemaErrors(EBL, 'TransportDocument', td)).toEqual([]);
    expect(dcsaCrossFieldProblems(td)).toEqual([]);
  });

  it('gives every party a generated placeholder contact, unless real contacts are passed', () => {
    const doc = bill(railSeaStraight());
    const td = toDcsaTransportDocument(doc, 'ISSUED');
    expect(td.partyContactDetails).toEqual([{ name: 'Operations', email: 'operations@cq-landsea.example' }]);
    expect(td.documentParties.shipper.partyContactDetails).toEqual([placeholderContact({ code: 'CQ-MOTO' })]);
    const withReal = toDcsaTransportDocument(doc, 'ISSUED', { contacts: { 'p-landsea': [{ name: 'Li Wei', phone: '+86 23 6000 0000' }] } });
    expect(withReal.partyContactDetails).toEqual([{ name: 'Li Wei', phone: '+86 23 6000 0000' }]);
    expect(schemaErrors(EBL, 'TransportDocument', withReal)).toEqual([]);
  });
});

describe('goods and equipment', () => {
  it('one consignment item per goods line, one cargo item per container it is stowed in', () => {
    const td = toDcsaTransportDocument(bill(railSeaStraight()), 'ISSUED');
    expect(td.consignmentItems).toHaveLength(2);
    expect(td.consignmentItems[0]).toEqual({
      carrierBookingReference: 'SHP-2025-000101',
      descriptionOfGoods: ['Motorcycles with 150 cc petrol', 'engine, crated, with tool kit and', 'owner manual'],
      HSCodes: ['871120'],
      cargoItems: [
        { equipmentReference: 'CSQU3054383', cargoGrossWeight: { value: 3840, unit: 'KGM' }, outerPackaging: { packageCode: 'CR', numberOfPackages: 24, description: 'crate' } },
        { equipmentReference: 'MSKU0000006', cargoGrossWeight: { value: 2560, unit: 'KGM' }, outerPackaging: { packageCode: 'CR', numberOfPackages: 16, description: 'crate' } },
      ],
    });
    expect(td.utilizedTransportEquipments).toEqual([
      { equipment: { equipmentReference: 'CSQU3054383', ISOEquipmentCode: '45G1' }, isShipperOwned: false, seals: [{ number: 'CQ1234567', source: 'CAR' }] },
      { equipment: { equipmentReference: 'MSKU0000006', ISOEquipmentCode: '42G1' }, isShipperOwned: false, seals: [{ number: 'CQ1234568' }] },
    ]);
    expect(td.references).toEqual([{ type: 'CR', value: 'ORD-2025-000101' }]);
  });

  it('ULDs are equipment without an ISO size-type code', () => {
    const td = toDcsaTransportDocument(bill(airYiwuChongqingLosAngeles()), 'ISSUED');
    expect(td.utilizedTransportEquipments.map((u) => u.equipment)).toEqual([{ equipmentReference: 'AKE12345CA' }, { equipmentReference: 'AKE23456CA' }]);
    expect(td.utilizedTransportEquipments[0]!.seals).toEqual([{ number: 'CQCUS000123', source: 'CUS' }]);
  });

  it('refuses to export a container with no seal (DCSA needs at least one), naming it', () => {
    const input = railSeaStraight();
    input.shipment.containers[1]!.seals = [];
    const doc = bill(input);
    expect(dcsaExportBlockers(doc)).toEqual([expect.stringContaining('container MSKU0000006 has no seal number')]);
    expect(() => toDcsaTransportDocument(doc, 'DRAFT')).toThrow(DcsaExportError);
  });

  it('refuses an unknown status', () => {
    expect(() => toDcsaTransportDocument(bill(railSeaStraight()), 'SHIPPED' as TransportDocumentStatus)).toThrow(RangeError);
  });
});

describe('other options and values', () => {
  it('a shipped-on-board bill carries shippedOnBoardDate and the on-board flag', () => {
    const input = railSeaStraight();
    input.issueDate = '2025-07-06';
    input.shippedOnBoardDate = '2025-07-05';
    const td = toDcsaTransportDocument(bill(input), 'ISSUED');
    expect(td).toMatchObject({ isShippedOnBoardType: true, shippedOnBoardDate: '2025-07-05' });
    expect(td.receivedForShipmentDate).toBeUndefined();
    expect(dcsaCrossFieldProblems(td)).toEqual([]);
  });

  it('a declared value goes with its currency; an original without charges is still exactly one', () => {
    const input = railSeaStraight();
    input.declaredValue = { amount: '86500.00', currency: 'USD' };
    const td = toDcsaTransportDocument(bill(input), 'ISSUED', { originalWithCharges: false });
    expect(td).toMatchObject({ declaredValue: 86500, declaredValueCurrency: 'USD', numberOfOriginalsWithCharges: 0, numberOfOriginalsWithoutCharges: 1 });
    expect(schemaErrors(EBL, 'TransportDocument', td)).toEqual([]);
    expect(dcsaCrossFieldProblems(td)).toEqual([]);
  });

  it('wrapLines keeps lines within 35 characters, never blank', () => {
    expect(wrapLines('  a  b ')).toEqual(['a b']);
    const long = wrapLines(`${'x'.repeat(80)} tail`);
    expect(long).toEqual(['x'.repeat(35), 'x'.repeat(35), 'x'.repeat(10) + ' tail']);
    expect(long.every((l) => l.length <= 35 && l.trim() === l && l !== '')).toBe(true);
  });
});
