import { type BuildBillInput, buildBillDocument } from '../../../server/bills/document/bill-document';
import { dcsaCrossFieldProblems } from '../../../server/bills/document/cross-field-rules';
import { ISSUED_STATUSES, toDcsaTransportDocument, type TransportDocumentStatus } from '../../../server/bills/document/dcsa-export';
import { EBL, schemaErrors } from './dcsa-schema';
import { railSeaStraight, roadRailSeaToOrder } from './fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function exported(input: BuildBillInput, status: TransportDocumentStatus = 'ISSUED'): Json {
  const result = buildBillDocument(input);
  if (!result.ok) throw new Error(result.error.map((p) => p.message).join('\n'));
  return JSON.parse(JSON.stringify(toDcsaTransportDocument(result.value, status))) as Json;
}

const straight = (status?: TransportDocumentStatus) => exported(railSeaStraight(), status);
const toOrder = (status?: TransportDocumentStatus) => exported(roadRailSeaToOrder(), status);

/** The rule ids reported, e.g. ['swb-not-to-order']. */
function rules(td: unknown): string[] {
  return dcsaCrossFieldProblems(td).map((p) => /^\[([^\]]+)\]/.exec(p)![1]!);
}

describe('dcsaCrossFieldProblems', () => {
  it('finds nothing wrong with the exported bills', () => {
    expect(dcsaCrossFieldProblems(straight())).toEqual([]);
    expect(dcsaCrossFieldProblems(toOrder())).toEqual([]);
  });

  // Each case breaks one prose rule. `schemaPasses`: the JSON schema alone lets it through, which
  // is why the rule is checked here.
  const cases: Array<[rule: string, make: () => Json, schemaPasses: boolean]> = [
    ['status-known', () => ({ ...straight(), transportDocumentStatus: 'SHIPPED' }), true],
    [
      'swb-not-to-order',
      () => {
        const td = toOrder();
        td.transportDocumentTypeCode = 'SWB';
        delete td.numberOfOriginalsWithCharges;
        delete td.numberOfOriginalsWithoutCharges;
        return td;
      },
      true,
    ],
    ['originals-bol-only', () => ({ ...straight(), transportDocumentTypeCode: 'SWB' }), true],
    ['electronic-originals', () => ({ ...straight(), numberOfOriginalsWithCharges: 3 }), true],
    ['electronic-originals', () => ({ ...straight(), numberOfOriginalsWithCharges: 1, numberOfOriginalsWithoutCharges: 1 }), true],
    ['electronic-one-original', () => ({ ...straight(), numberOfOriginalsWithCharges: 0, numberOfOriginalsWithoutCharges: 0 }), true],
    ['electronic-bol-no-copies', () => ({ ...straight(), numberOfCopiesWithCharges: 2 }), true],
    ['rider-pages-physical-only', () => ({ ...straight(), numberOfRiderPages: 1 }), true],
    ['one-of-onboard-received', () => ({ ...straight(), shippedOnBoardDate: '2025-07-05' }), true],
    [
      'one-of-onboard-received',
      () => {
        const td = straight();
        delete td.receivedForShipmentDate;
        return td;
      },
      true,
    ],
    ['onboard-type-matches-date', () => ({ ...straight(), isShippedOnBoardType: true }), true],
    [
      'issue-date-when-issued',
      () => {
        const td = straight();
        delete td.issueDate;
        return td;
      },
      true,
    ],
    ['declared-value-currency', () => ({ ...straight(), declaredValue: 1000 }), true],
    [
      'straight-consignee',
      () => {
        const td = straight();
        delete td.documentParties.consignee;
        return td;
      },
      true,
    ],
    [
      'consignee-endorsee-exclusive',
      () => {
        const td = toOrder();
        td.documentParties.consignee = td.documentParties.endorsee;
        return td;
      },
      true,
    ],
    [
      'endorsee-to-order-only',
      () => {
        const td = straight();
        td.documentParties.endorsee = td.documentParties.consignee;
        delete td.documentParties.consignee;
        return td;
      },
      true,
    ],
    [
      'to-order-no-consignee',
      () => {
        const td = toOrder();
        td.documentParties.consignee = td.documentParties.endorsee;
        delete td.documentParties.endorsee;
        return td;
      },
      true,
    ],
    [
      'to-order-notify-party',
      () => {
        const td = toOrder();
        delete td.documentParties.notifyParties;
        return td;
      },
      true,
    ],
    [
      'party-address-or-code',
      () => {
        const td = straight();
        delete td.documentParties.shipper.identifyingCodes;
        return td;
      },
      true,
    ],
    [
      'party-address-or-code',
      () => {
        const td = toOrder();
        td.documentParties.notifyParties = [{ partyName: 'Thames Cycle Imports Ltd.' }];
        return td;
      },
      true,
    ],
    [
      'ebl-platform-known',
      () => {
        const td = straight();
        td.documentParties.shipper.eblPlatform = 'YDAN';
        return td;
      },
      true,
    ],
    [
      'preCarriageBy-needs-place',
      () => {
        const td = straight();
        delete td.transports.placeOfReceipt;
        return td;
      },
      true,
    ],
    [
      'onCarriageBy-needs-place',
      () => {
        const td = straight();
        td.transports.onCarriageBy = 'TRUCK';
        return td;
      },
      true,
    ],
    [
      'carriage-by-known',
      () => {
        const td = straight();
        td.transports.preCarriageBy = 'AIR';
        return td;
      },
      true,
    ],
    [
      'charge-two-decimals',
      () => {
        const td = straight();
        td.charges[0].currencyAmount = 1720.125;
        return td;
      },
      true,
    ],
    [
      'one-freight-charge',
      () => {
        const td = straight();
        td.charges.push({ ...td.charges[0], chargeName: 'Documentation fee' });
        return td;
      },
      true,
    ],
    [
      'equipment-unique',
      () => {
        const td = straight();
        td.utilizedTransportEquipments.push(td.utilizedTransportEquipments[0]);
        return td;
      },
      true,
    ],
    [
      'cargo-equipment-known',
      () => {
        const td = straight();
        td.consignmentItems[0].cargoItems[0].equipmentReference = 'TGHU1234567';
        return td;
      },
      true,
    ],
    [
      'non-operating-reefer',
      () => {
        const td = straight();
        td.utilizedTransportEquipments[0].isNonOperatingReefer = true;
        return td;
      },
      true,
    ],
  ];

  it.each(cases)('reports %s', (rule, make, schemaPasses) => {
    const td = make();
    expect(rules(td)).toContain(rule);
    if (schemaPasses) expect(schemaErrors(EBL, 'TransportDocument', td)).toEqual([]);
  });

  it('cites the yaml line the rule comes from', () => {
    const [problem] = dcsaCrossFieldProblems({ ...toOrder(), transportDocumentTypeCode: 'SWB', numberOfOriginalsWithCharges: undefined, numberOfOriginalsWithoutCharges: undefined });
    expect(problem).toBe("[swb-not-to-order] isToOrder: must be false when transportDocumentTypeCode is 'SWB' (EBL_v3.0.3.yaml:9911)");
  });

  it.each(ISSUED_STATUSES.map((s) => [s]))('needs the issue date when %s, not on a draft', (status) => {
    const td = straight(status);
    delete td.issueDate;
    expect(rules(td)).toEqual(['issue-date-when-issued']);
    expect(rules(straight('DRAFT'))).toEqual([]);
    expect(straight('DRAFT').issueDate).toBeUndefined();
  });

  it('lets a draft go without a received-for-shipment or on-board date, not an issued bill', () => {
    const draft = straight('DRAFT');
    delete draft.receivedForShipmentDate;
    expect(rules(draft)).toEqual([]);
  });

  it('reports several problems at once', () => {
    const td = toOrder();
    td.transportDocumentStatus = 'ISSUED';
    delete td.issueDate;
    delete td.documentParties.notifyParties;
    td.numberOfOriginalsWithCharges = 2;
    expect(rules(td).sort()).toEqual(['electronic-originals', 'issue-date-when-issued', 'to-order-notify-party']);
  });

  it('answers a non-object plainly', () => {
    expect(dcsaCrossFieldProblems(null)).toEqual(['[document-object] $: a transport document must be a JSON object']);
    expect(rules([])).toEqual(['document-object']);
  });
});
