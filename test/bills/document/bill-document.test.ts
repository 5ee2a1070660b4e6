import {
  type BillDocument,
  type BillProblem,
  type BuildBillInput,
  buildBillDocument,
  checkUldId,
  DEFAULT_TERMS_AND_CONDITIONS,
} from '../../../server/bills/document/bill-document';
import { airYiwuChongqingLosAngeles, railSeaStraight, roadRailSeaToOrder } from './fixtures';

function built(input: BuildBillInput): BillDocument {
  const result = buildBillDocument(input);
  if (!result.ok) throw new Error(`expected a bill, got problems:\n${result.error.map((p) => p.message).join('\n')}`);
  return result.value;
}

function problems(input: BuildBillInput): BillProblem[] {
  const result = buildBillDocument(input);
  if (result.ok) throw new Error('expected problems, got a bill');
  return result.error;
}

/** `field.rule` of each problem, for compact assertions. */
function keys(list: readonly BillProblem[]): string[] {
  return list.map((p) => `${p.field.join('.')}#${p.rule}`);
}

describe('buildBillDocument: the rail-sea straight bill', () => {
  const doc = built(railSeaStraight());

  it('is an electronic straight bill with one original, issued by the operator who is also the one liable', () => {
    expect(doc).toMatchObject({
      reference: 'YDB-2025-000101',
      type: 'straight',
      isElectronic: true,
      numberOfOriginals: 1,
      issueDate: '2025-07-01',
      issuer: { partyId: 'p-landsea', code: 'CQ-LANDSEA', scac: 'YDLS', country: 'CN' },
      liableOperator: { partyId: 'p-landsea' },
      shipper: { partyId: 'p-moto', name: 'Chongqing Moto Parts Co.' },
      consignee: { partyId: 'p-lion', country: 'SG' },
      toOrderOf: null,
      notifyParties: [],
      bookingReference: 'SHP-2025-000101',
      orderReference: 'ORD-2025-000101',
    });
  });

  it('derives the stages (the first border-crossing leg is the main carriage) and the four places', () => {
    expect(doc.legs.map((l) => [l.seq, l.stage, l.mode, l.from, l.to])).toEqual([
      [1, 'preCarriage', 'rail', 'CNCKG', 'CNQZH'],
      [2, 'mainCarriage', 'sea', 'CNQZH', 'SGSIN'],
    ]);
    expect(doc.places).toEqual({ receipt: 'CNCKG', loading: 'CNQZH', discharge: 'SGSIN', delivery: 'SGSIN' });
    expect(doc.legs[0]!.carrier).toMatchObject({ code: 'CQ-RAIL' });
  });

  it('normalises container numbers, keeps seals and stows the goods lines', () => {
    expect(doc.containers.map((c) => [c.number, c.isoSizeType, c.seals.map((s) => s.number)])).toEqual([
      ['CSQU3054383', '45G1', ['CQ1234567']],
      ['MSKU0000006', '42G1', ['CQ1234568']],
    ]);
    expect(doc.goods[0]).toMatchObject({ lineNo: 1, hsCode: '871120', unit: 'H87', packages: { count: 40, code: 'CR', description: 'crate' } });
    expect(doc.goods[1]).toMatchObject({ hsCode: '871410', unit: 'XCT', grossWeightKg: '1800.5', packages: { count: 120, code: 'CT', description: 'carton' } });
  });

  it('takes one freight amount from the shipment cost, prepaid under CIF and payable at the place of receipt', () => {
    expect(doc.freight).toEqual({ amount: '1720', currency: 'USD', payment: 'prepaid', payableAt: 'CNCKG' });
    expect(doc.incoterm).toEqual({ code: 'CIF', place: 'SGSIN' });
  });

  it('defaults to received for shipment on the issue date, CY/CY FCL service and the default terms', () => {
    expect(doc.takenInCharge).toEqual({ kind: 'receivedForShipment', date: '2025-07-01' });
    expect(doc.service).toEqual({ receiptAtOrigin: 'CY', deliveryAtDestination: 'CY', cargoMovementAtOrigin: 'FCL', cargoMovementAtDestination: 'FCL' });
    expect(doc.termsAndConditions).toBe(DEFAULT_TERMS_AND_CONDITIONS);
    expect(doc.placeOfIssue).toBe('CNCKG');
  });

  it('is frozen all the way down: the content is fixed at issue', () => {
    expect(Object.isFrozen(doc)).toBe(true);
    expect(Object.isFrozen(doc.legs[0])).toBe(true);
    expect(Object.isFrozen(doc.goods[0]!.stowage[0])).toBe(true);
    expect(() => {
      (doc as { reference: string }).reference = 'CHANGED';
    }).toThrow(TypeError);
  });
});

describe('buildBillDocument: the to-order road-rail-sea bill', () => {
  const doc = built(roadRailSeaToOrder());

  it('has no consignee, is made out to the order of the bank and notifies the buyer', () => {
    expect(doc.type).toBe('toOrder');
    expect(doc.consignee).toBeNull();
    expect(doc.toOrderOf).toMatchObject({ code: 'CQ-BANK' });
    expect(doc.notifyParties.map((p) => p.code)).toEqual(['GB-THAMES']);
  });

  it('makes the rail leg the main carriage, the road first mile pre-carriage and the sea leg on-carriage', () => {
    expect(doc.legs.map((l) => l.stage)).toEqual(['preCarriage', 'mainCarriage', 'onCarriage']);
    expect(doc.places).toEqual({ receipt: 'CNCTU', loading: 'CNCKG', discharge: 'DEHAM', delivery: 'GBFXT' });
  });

  it('puts the single line in the single container, with packages from the carton unit', () => {
    expect(doc.goods[0]!.stowage).toEqual([{ equipment: 'MSCU1234566', packages: 300, grossWeightKg: '4500' }]);
    expect(doc.containers[0]!.seals).toEqual([{ number: 'CNEL2025000777', source: 'customs' }]);
  });

  it('keeps a blank to-order bill (to order of the shipper) without an order party', () => {
    const input = roadRailSeaToOrder();
    delete input.toOrderOfId;
    expect(built(input).toOrderOf).toBeNull();
  });

  it('accepts explicit stages given for every leg', () => {
    const input = roadRailSeaToOrder();
    input.shipment.legs.forEach((l, i) => (l.stage = (['preCarriage', 'mainCarriage', 'mainCarriage'] as const)[i]));
    expect(built(input).places).toMatchObject({ loading: 'CNCKG', discharge: 'GBFXT' });
  });
});

describe('buildBillDocument: the air bill', () => {
  const doc = built(airYiwuChongqingLosAngeles());

  it('carries the goods in ULDs and makes the international flight the main carriage', () => {
    expect(doc.containers).toEqual([]);
    expect(doc.ulds.map((u) => [u.id, u.type])).toEqual([
      ['AKE12345CA', 'AKE'],
      ['AKE23456CA', 'AKE'],
    ]);
    expect(doc.legs.map((l) => l.stage)).toEqual(['preCarriage', 'mainCarriage']);
    expect(doc.places).toEqual({ receipt: 'CNYIW', loading: 'CNCKG', discharge: 'USLAX', delivery: 'USLAX' });
  });

  it('maps the legacy carton unit CT to XCT', () => {
    expect(doc.goods[0]).toMatchObject({ unit: 'XCT', packages: { count: 200, code: 'CT' } });
  });
});

describe('buildBillDocument: freight defaults', () => {
  it('is collect, payable at the place of delivery, when the buyer pays the main carriage (FCA)', () => {
    const input = roadRailSeaToOrder();
    input.order.incoterm = 'FCA';
    input.order.incotermPlace = 'CNCTU';
    expect(built(input).freight).toEqual({ amount: '4950', currency: 'USD', payment: 'collect', payableAt: 'GBFXT' });
  });

  it('takes an explicit freight amount, currency, payment term and place', () => {
    const input = railSeaStraight();
    input.freight = { amount: '12000.50', currency: 'CNY', payment: 'collect', payableAt: 'SGSIN' };
    expect(built(input).freight).toEqual({ amount: '12000.5', currency: 'CNY', payment: 'collect', payableAt: 'SGSIN' });
  });
});

describe('buildBillDocument: broken rules, each reported by field', () => {
  it('reports a wrong ISO 6346 check digit', () => {
    const input = railSeaStraight();
    input.shipment.containers[0]!.number = 'CSQU3054384';
    const list = problems(input);
    expect(keys(list)).toContain('shipment.containers.0.number#container-check-digit');
    expect(list.find((p) => p.rule === 'container-check-digit')!.message).toBe('shipment.containers.0.number: ISO 6346 check digit is 3, not 4');
  });

  it('reports an unknown size-type code', () => {
    const input = railSeaStraight();
    input.shipment.containers[1]!.type = '45X9';
    expect(keys(problems(input))).toContain('shipment.containers.1.type#container-type-unknown');
  });

  it('reports an unknown UN/LOCODE on a leg, and a badly formed one on the Incoterm place', () => {
    const input = railSeaStraight();
    input.shipment.legs[1]!.to = 'SGXXX';
    input.order.destination = 'SGXXX';
    input.order.incotermPlace = 'SG-SIN1';
    const k = keys(problems(input));
    expect(k).toContain('shipment.legs.1.to#locode-unknown');
    expect(k).toContain('order.incotermPlace#locode-format');
  });

  it('reports an unknown HS heading and a too-short HS code', () => {
    const input = railSeaStraight();
    input.order.lines[0]!.hsCode = '9999.10';
    input.order.lines[1]!.hsCode = '8714';
    const k = keys(problems(input));
    expect(k).toContain('order.lines.0.hsCode#hs-unknown-heading');
    expect(k).toContain('order.lines.1.hsCode#hs-length');
  });

  it('reports an unknown freight currency and one with more decimals than it has', () => {
    const input = railSeaStraight();
    input.freight = { currency: 'XYZ' };
    expect(keys(problems(input))).toContain('freight.currency#currency-unknown');
    const jpy = railSeaStraight();
    jpy.freight = { amount: '150000.5', currency: 'JPY' };
    expect(keys(problems(jpy))).toContain('freight.amount#decimal-places');
  });

  it('limits freight to 2 decimals even for a 3-decimal currency (DCSA charges)', () => {
    const input = railSeaStraight();
    input.freight = { amount: '100.125', currency: 'KWD' };
    expect(keys(problems(input))).toContain('freight.amount#decimal-places');
  });

  it('reports every broken rule at once, not only the first', () => {
    const input = railSeaStraight();
    input.reference = '';
    input.issueDate = '2025-02-30';
    input.shipment.containers[0]!.number = 'CSQU3054384';
    input.order.lines[0]!.hsCode = 'abc';
    input.order.lines[1]!.unit = 'BOX';
    input.shipment.legs[0]!.mode = 'teleport';
    expect(keys(problems(input))).toEqual(
      expect.arrayContaining([
        'reference#required',
        'issueDate#iso-date',
        'shipment.containers.0.number#container-check-digit',
        'order.lines.0.hsCode#hs-format',
        'order.lines.1.unit#unit-unknown',
        'shipment.legs.0.mode#transport-mode',
      ]),
    );
  });

  it('still reports an unknown Incoterm when the legs are broken too', () => {
    const input = railSeaStraight();
    input.order.incoterm = 'XYZ';
    input.shipment.legs[0]!.from = 'CNXXX';
    const k = keys(problems(input));
    expect(k).toContain('order.incoterm#incoterm-unknown');
    expect(k).toContain('shipment.legs.0.from#locode-unknown');
  });

  it('rejects a sea-only Incoterm on an air route, as the order service does', () => {
    const input = airYiwuChongqingLosAngeles();
    input.order.incoterm = 'FOB';
    expect(keys(problems(input))).toContain('order.incoterm#incoterm-mode');
  });

  it('reports legs that do not join up, that leave the order route, or are out of sequence', () => {
    const input = roadRailSeaToOrder();
    input.shipment.legs[2]!.from = 'NLRTM';
    expect(keys(problems(input))).toContain('shipment.legs.2.from#legs-contiguous');
    const wrongStart = railSeaStraight();
    wrongStart.order.origin = 'CNCTU';
    expect(keys(problems(wrongStart))).toContain('shipment.legs.0.from#route-origin');
    const gap = railSeaStraight();
    gap.shipment.legs[1]!.seq = 3;
    expect(keys(problems(gap))).toContain('shipment.legs.1.seq#leg-seq');
  });

  it('reports planned dates that run backwards, within a leg and between legs', () => {
    const within = railSeaStraight();
    within.shipment.legs[0]!.plannedEta = '2025-06-30';
    expect(keys(problems(within))).toContain('shipment.legs.0.plannedEta#arrival-after-departure');
    const between = railSeaStraight();
    between.shipment.legs[1]!.plannedEtd = '2025-07-02';
    expect(keys(problems(between))).toContain('shipment.legs.1.plannedEtd#departure-after-previous-arrival');
  });

  it('needs stages for all legs or none, in pre/main/on order', () => {
    const some = railSeaStraight();
    some.shipment.legs[0]!.stage = 'preCarriage';
    expect(keys(problems(some))).toContain('shipment.legs#leg-stage-all-or-none');
    const backwards = railSeaStraight();
    backwards.shipment.legs[0]!.stage = 'onCarriage';
    backwards.shipment.legs[1]!.stage = 'mainCarriage';
    expect(keys(problems(backwards))).toContain('shipment.legs#leg-stage-order');
  });

  it('refuses a consignee on a to-order bill and an order party on a straight bill', () => {
    const toOrder = roadRailSeaToOrder();
    toOrder.consigneeId = 'p-thames';
    expect(keys(problems(toOrder))).toContain('consigneeId#to-order-no-consignee');
    const straight = railSeaStraight();
    straight.toOrderOfId = 'p-bank';
    expect(keys(problems(straight))).toContain('toOrderOfId#straight-no-order-party');
  });

  it('needs a notify party on a to-order bill, and at most three', () => {
    const none = roadRailSeaToOrder();
    none.notifyPartyIds = [];
    expect(keys(problems(none))).toContain('notifyPartyIds#to-order-notify-party');
    const four = roadRailSeaToOrder();
    four.notifyPartyIds = ['p-thames', 'p-bank', 'p-lion', 'p-moto'];
    expect(keys(problems(four))).toContain('notifyPartyIds#max-items');
  });

  it('reports a party id that is not among the parties', () => {
    const input = railSeaStraight();
    input.shipment.legs[0]!.carrierId = 'p-nobody';
    expect(keys(problems(input))).toContain('shipment.legs.0.carrierId#party-unknown');
  });

  it("needs the issuer's SCAC and address (DCSA carrierCode and IssuingParty.address)", () => {
    const input = railSeaStraight();
    input.parties = input.parties.map((p) => (p.id === 'p-landsea' ? { ...p, scac: null, address: null } : p));
    const index = String(input.parties.findIndex((p) => p.id === 'p-landsea'));
    expect(keys(problems(input))).toEqual(expect.arrayContaining([`parties.${index}.scac#required`, `parties.${index}.address#required`]));
    const bad = railSeaStraight();
    bad.parties = bad.parties.map((p) => (p.id === 'p-landsea' ? { ...p, scac: 'YD-1' } : p));
    expect(keys(problems(bad))).toContain(`parties.${index}.scac#scac-format`);
  });

  it('needs to know which container carries a line when there are several', () => {
    const input = railSeaStraight();
    delete input.order.lines[1]!.stowage;
    expect(keys(problems(input))).toContain('order.lines.1.stowage#stowage-required');
  });

  it('checks that stowage adds up and names equipment of the bill', () => {
    const input = railSeaStraight();
    input.order.lines[0]!.stowage![1]!.packages = 15;
    input.order.lines[1]!.stowage![0]!.equipment = 'TGHU1234567';
    const k = keys(problems(input));
    expect(k).toContain('order.lines.0.stowage#stowage-packages');
    expect(k).toContain('order.lines.1.stowage.0.equipment#equipment-unknown');
    const weight = railSeaStraight();
    weight.order.lines[0]!.stowage![0]!.grossWeightKg = '3840.001';
    expect(keys(problems(weight))).toContain('order.lines.0.stowage#stowage-weight');
  });

  it('needs packages when the unit is a mass or the quantity is not whole', () => {
    const input = roadRailSeaToOrder();
    input.order.lines[0]!.unit = 'KGM';
    input.order.lines[0]!.quantity = '4500';
    expect(keys(problems(input))).toContain('order.lines.0.packages#packages-required');
  });

  it('needs at least one container or ULD', () => {
    const input = airYiwuChongqingLosAngeles();
    input.shipment.ulds = [];
    input.order.lines.forEach((l) => delete l.stowage);
    expect(keys(problems(input))).toContain('shipment.containers#equipment-required');
  });

  it('reports a malformed ULD id, a duplicate container and an over-long seal', () => {
    const air = airYiwuChongqingLosAngeles();
    air.shipment.ulds![0]!.id = 'AK12345';
    expect(keys(problems(air))).toContain('shipment.ulds.0.id#uld-format');
    const dup = railSeaStraight();
    dup.shipment.containers[1]!.number = 'CSQU3054383';
    expect(keys(problems(dup))).toContain('shipment.containers.1.number#unique');
    const seal = railSeaStraight();
    seal.shipment.containers[0]!.seals = ['SEAL-NUMBER-TOO-LONG'];
    expect(keys(problems(seal))).toContain('shipment.containers.0.seals.0#max-length');
  });

  it('refuses both taken-in-charge dates, and one after the issue date', () => {
    const both = railSeaStraight();
    both.receivedForShipmentDate = '2025-07-01';
    both.shippedOnBoardDate = '2025-07-05';
    expect(keys(problems(both))).toContain('shippedOnBoardDate#one-taken-in-charge-date');
    const late = railSeaStraight();
    late.shippedOnBoardDate = '2025-07-05';
    expect(keys(problems(late))).toContain('shippedOnBoardDate#not-after-issue');
  });

  it('reports a declared value in an unknown currency and a bill number longer than DCSA allows', () => {
    const input = railSeaStraight();
    input.declaredValue = { amount: '80000', currency: 'ABC' };
    input.reference = 'YDB-2025-000101-AMENDED';
    const k = keys(problems(input));
    expect(k).toContain('declaredValue.currency#currency-unknown');
    expect(k).toContain('reference#max-length');
  });
});

describe('checkUldId', () => {
  it.each(['AKE12345CA', 'ake 1234 mu', 'PMC54321X9'])('accepts %s', (id) => {
    expect(checkUldId(id).ok).toBe(true);
  });
  it.each(['AKE123CA', 'AK12345CA', 'AKE123456CA', 'CSQU3054383'])('rejects %s', (id) => {
    expect(checkUldId(id)).toMatchObject({ ok: false, rule: 'uld-format' });
  });
});
