import {
  DEFAULT_MATCHING_OPTIONS,
  matchDocuments,
  type DocumentMismatch,
  type MatchingDocuments,
  type MatchingOptions,
} from '../../../server/financing/rules/four-document-matching';
import type { BillDocument, DeclarationDocument, InvoiceDocument, OrderDocument, TradeDocument } from '../../../server/financing/rules/trade-documents';

const COMMON: TradeDocument = {
  seller: 'Yiwu Bright Trading Co., Ltd.',
  buyer: 'Bangkok Home Imports Co., Ltd.',
  goods: [
    { hsCode: '8711.60.90', quantity: '200', unit: 'H87' },
    { hsCode: '8507.60.00', quantity: '1250.5', unit: 'KGM' },
  ],
  value: { amount: '100000.00', currency: 'USD' },
  origin: 'CNYIW',
  destination: 'THBKK',
};

const ORDER: OrderDocument = { ...COMMON, orderDate: '2025-03-01' };
const INVOICE: InvoiceDocument = { ...COMMON, invoiceDate: '2025-03-20' };
const BILL: BillDocument = { ...COMMON, value: null, issueDate: '2025-03-18', shippedOnBoardDate: '2025-03-18' };
const DECLARATION: DeclarationDocument = { ...COMMON, declarationDate: '2025-03-15' };
const AGREEING: MatchingDocuments = { order: ORDER, invoice: INVOICE, bill: BILL, declaration: DECLARATION };

function mismatches(documents: Partial<MatchingDocuments>, options?: Partial<MatchingOptions>): DocumentMismatch[] {
  const result = matchDocuments({ ...AGREEING, ...documents }, options);
  if (!result.ok) throw new Error(`expected a matching, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const fields = (found: DocumentMismatch[]): string[][] => found.map((m) => [m.field, m.rule, ...m.documents]);
const withValue = (amount: string, currency = 'USD') => ({ value: { amount, currency } });
const withGoods = (...goods: TradeDocument['goods']) => ({ goods });

describe('matchDocuments (四单对碰)', () => {
  it('finds nothing when the four documents agree', () => {
    expect(mismatches({})).toEqual([]);
    expect(DEFAULT_MATCHING_OPTIONS).toEqual({ valueTolerance: '0.005', invoiceDaysAfterShipment: 21 });
  });

  it('compares parties ignoring case, spaces and punctuation', () => {
    expect(mismatches({ invoice: { ...INVOICE, seller: 'YIWU BRIGHT TRADING CO LTD' }, bill: { ...BILL, buyer: ' bangkok home imports co., ltd ' } })).toEqual([]);
    expect(mismatches({ invoice: { ...INVOICE, buyer: 'Bangkok Home Exports Co., Ltd.' } })).toEqual([
      {
        field: 'parties.buyer',
        rule: 'party-differs',
        documents: ['order', 'invoice'],
        values: ['Bangkok Home Imports Co., Ltd.', 'Bangkok Home Exports Co., Ltd.'],
        message: 'parties.buyer: the invoice says Bangkok Home Exports Co., Ltd., the order Bangkok Home Imports Co., Ltd.',
      },
    ]);
    expect(fields(mismatches({ bill: { ...BILL, seller: 'Jinhua Freight Forwarding' } }))).toEqual([['parties.seller', 'party-differs', 'order', 'bill']]);
  });

  it('does not compare the buyer of a to-order bill, which names none', () => {
    expect(mismatches({ bill: { ...BILL, buyer: null } })).toEqual([]);
  });

  it('compares HS codes at the 6-digit subheading, where national codes agree', () => {
    expect(mismatches({ declaration: { ...DECLARATION, ...withGoods({ hsCode: '8711600010', quantity: '200', unit: 'H87' }, COMMON.goods[1]!) } })).toEqual([]);
    expect(mismatches({ declaration: { ...DECLARATION, ...withGoods({ hsCode: '8711.90.00', quantity: '200', unit: 'H87' }, COMMON.goods[1]!) } })).toEqual([
      {
        field: 'goods.0.hsCode',
        rule: 'hs-subheading-differs',
        documents: ['order', 'declaration'],
        values: ['87116090', '87119000'],
        message: 'goods.0.hsCode: the declaration says 87119000, the order 87116090 (compared at the 6-digit subheading: 871160 and 871190)',
      },
    ]);
  });

  it('compares quantities exactly, as decimals, when the units agree', () => {
    const line = (quantity: string, unit = 'KGM') => ({ ...INVOICE, ...withGoods(COMMON.goods[0]!, { hsCode: '850760', quantity, unit }) });
    expect(mismatches({ invoice: line('1250.500') })).toEqual([]);
    expect(mismatches({ invoice: line('1250.51') })).toEqual([
      {
        field: 'goods.1.quantity',
        rule: 'quantity-differs',
        documents: ['order', 'invoice'],
        values: ['1250.5', '1250.51'],
        message: 'goods.1.quantity: the invoice says 1250.51, the order 1250.5',
      },
    ]);
    // a legacy code is the same unit
    expect(mismatches({ bill: { ...BILL, ...withGoods({ hsCode: '871160', quantity: '200', unit: 'pce' }, COMMON.goods[1]!) } })).toEqual([]);
    // another unit: reported, and the quantity is not compared
    expect(fields(mismatches({ invoice: line('1.2505', 'TNE') }))).toEqual([['goods.1.unit', 'unit-differs', 'order', 'invoice']]);
  });

  it('reports a different number of lines, and still compares the lines both have', () => {
    const found = mismatches({ bill: { ...BILL, ...withGoods({ hsCode: '871160', quantity: '199', unit: 'H87' }) } });
    expect(fields(found)).toEqual([
      ['goods', 'line-count-differs', 'order', 'bill'],
      ['goods.0.quantity', 'quantity-differs', 'order', 'bill'],
    ]);
    expect(found[0]?.values).toEqual(['2 lines', '1 lines']);
  });

  describe('value, within a tolerance relative to the order’s value', () => {
    // 0.5 % of 100,000.00 is 500.00: 99,500.00 to 100,500.00 agree.
    it.each([
      ['100500.00', true],
      ['99500', true],
      ['100500.01', false],
      ['99499.99', false],
    ])('an invoice of %s agrees: %s', (amount, agrees) => {
      const found = mismatches({ invoice: { ...INVOICE, ...withValue(amount) } });
      expect(found.length === 0).toBe(agrees);
    });

    it('reports a declared value off the order’s with both values', () => {
      expect(mismatches({ declaration: { ...DECLARATION, ...withValue('95000.00') } })).toEqual([
        {
          field: 'value.amount',
          rule: 'value-outside-tolerance',
          documents: ['order', 'declaration'],
          values: ['100000.00', '95000.00'],
          message: "value.amount: the declaration says 95000.00, the order 100000.00 (differs by more than 0.5 % of the order's value)",
        },
      ]);
    });

    it('takes the tolerance from the options', () => {
      expect(fields(mismatches({ invoice: { ...INVOICE, ...withValue('100000.01') } }, { valueTolerance: '0' }))).toEqual([['value.amount', 'value-outside-tolerance', 'order', 'invoice']]);
      expect(mismatches({ invoice: { ...INVOICE, ...withValue('101000.00') } }, { valueTolerance: '0.01' })).toEqual([]);
      expect(mismatches({ invoice: { ...INVOICE, ...withValue('101000.01') } }, { valueTolerance: '0.01' })[0]?.message).toContain('more than 1 %');
    });

    it('reports another currency, without comparing amounts across currencies', () => {
      expect(mismatches({ invoice: { ...INVOICE, ...withValue('720000.00', 'CNY') } })).toEqual([
        {
          field: 'value.currency',
          rule: 'currency-differs',
          documents: ['order', 'invoice'],
          values: ['USD', 'CNY'],
          message: 'value.currency: the invoice says CNY, the order USD',
        },
      ]);
    });

    it('compares a value the bill states, and skips one it does not', () => {
      expect(fields(mismatches({ bill: { ...BILL, ...withValue('90000') } }))).toEqual([['value.amount', 'value-outside-tolerance', 'order', 'bill']]);
      expect(mismatches({ bill: { ...BILL, value: null } })).toEqual([]);
    });
  });

  it('compares the route by UN/LOCODE, aliases and spacing normalised', () => {
    expect(mismatches({ bill: { ...BILL, origin: 'CNYIU', destination: 'th bkk' } })).toEqual([]);
    expect(mismatches({ bill: { ...BILL, destination: 'THLCH' } })).toEqual([
      {
        field: 'route.destination',
        rule: 'route-differs',
        documents: ['order', 'bill'],
        values: ['THBKK', 'THLCH'],
        message: 'route.destination: the bill says THLCH, the order THBKK',
      },
    ]);
    expect(fields(mismatches({ declaration: { ...DECLARATION, origin: 'CNCKG' } }))).toEqual([['route.origin', 'route-differs', 'order', 'declaration']]);
  });

  describe('dates', () => {
    it('refuses an invoice dated before the order', () => {
      expect(mismatches({ invoice: { ...INVOICE, invoiceDate: '2025-02-28' } })).toEqual([
        {
          field: 'dates.invoiceDate',
          rule: 'invoice-before-order',
          documents: ['order', 'invoice'],
          values: ['2025-03-01', '2025-02-28'],
          message: 'dates.invoiceDate: the invoice says 2025-02-28, the order 2025-03-01 (an invoice cannot be dated before the order it bills)',
        },
      ]);
    });

    it('allows an invoice up to 21 days after shipment on board, not later', () => {
      expect(mismatches({ invoice: { ...INVOICE, invoiceDate: '2025-04-08' } })).toEqual([]);
      expect(mismatches({ invoice: { ...INVOICE, invoiceDate: '2025-04-09' } })).toEqual([
        {
          field: 'dates.invoiceDate',
          rule: 'invoice-long-after-shipment',
          documents: ['bill', 'invoice'],
          values: ['2025-03-18', '2025-04-09'],
          message: 'dates.invoiceDate: the invoice says 2025-04-09, the bill 2025-03-18 (an invoice is dated at most 21 days after the goods were shipped on board)',
        },
      ]);
      expect(fields(mismatches({ invoice: { ...INVOICE, invoiceDate: '2025-03-26' } }, { invoiceDaysAfterShipment: 7 }))).toEqual([
        ['dates.invoiceDate', 'invoice-long-after-shipment', 'bill', 'invoice'],
      ]);
    });

    it('refuses a bill issued before the order', () => {
      expect(fields(mismatches({ bill: { ...BILL, issueDate: '2025-02-27', shippedOnBoardDate: '2025-03-18' } }))).toEqual([
        ['dates.billIssueDate', 'bill-before-order', 'order', 'bill'],
      ]);
    });

    it('refuses a declaration dated after the goods were shipped on board, or before the order', () => {
      expect(mismatches({ declaration: { ...DECLARATION, declarationDate: '2025-03-18' } })).toEqual([]);
      expect(mismatches({ declaration: { ...DECLARATION, declarationDate: '2025-03-19T01:00:00Z' } })).toEqual([
        {
          field: 'dates.declarationDate',
          rule: 'declaration-after-shipment',
          documents: ['declaration', 'bill'],
          values: ['2025-03-19', '2025-03-18'],
          message: 'dates.declarationDate: the bill says 2025-03-18, the declaration 2025-03-19 (export goods are declared before they are shipped on board)',
        },
      ]);
      expect(fields(mismatches({ declaration: { ...DECLARATION, declarationDate: '2025-02-20' } }))).toEqual([
        ['dates.declarationDate', 'declaration-before-order', 'order', 'declaration'],
      ]);
    });
  });

  it('returns every mismatch at once, field by field', () => {
    const found = mismatches({
      invoice: { ...INVOICE, seller: 'Someone Else', ...withValue('120000.00') },
      declaration: { ...DECLARATION, destination: 'LAVTE', declarationDate: '2025-03-25' },
    });
    expect(fields(found)).toEqual([
      ['parties.seller', 'party-differs', 'order', 'invoice'],
      ['value.amount', 'value-outside-tolerance', 'order', 'invoice'],
      ['route.destination', 'route-differs', 'order', 'declaration'],
      ['dates.declarationDate', 'declaration-after-shipment', 'declaration', 'bill'],
    ]);
  });

  it('compares only the order and the invoice before shipment, when there is no bill or declaration yet', () => {
    expect(matchDocuments({ order: ORDER, invoice: INVOICE })).toEqual({ ok: true, value: [] });
    // without a bill, no shipment date to hold the invoice to; the order and the invoice are still compared
    const late = matchDocuments({ order: ORDER, invoice: { ...INVOICE, invoiceDate: '2025-12-31' }, bill: null, declaration: null });
    expect(late).toEqual({ ok: true, value: [] });
    const priced = matchDocuments({ order: ORDER, invoice: { ...INVOICE, ...withValue('120000.00') }, bill: null });
    expect(priced.ok && fields(priced.value)).toEqual([['value.amount', 'value-outside-tolerance', 'order', 'invoice']]);
  });

  it('names every malformed field, document first', () => {
    const result = matchDocuments({
      ...AGREEING,
      invoice: { ...INVOICE, seller: ' ', goods: [{ hsCode: '8711', quantity: 'two hundred', unit: '' }], value: { amount: '-1', currency: 'USX' } },
      bill: { ...BILL, goods: [], origin: 'Yiwu' },
    });
    expect(!result.ok && result.error.map((e) => [e.field?.join('.'), e.rule])).toEqual([
      ['invoice.seller', 'required'],
      ['invoice.goods.0.hsCode', 'hs-format'],
      ['invoice.goods.0.quantity', 'decimal'],
      ['invoice.goods.0.unit', 'required'],
      ['invoice.value.currency', 'currency-unknown'],
      ['invoice.value.amount', 'positive'],
      ['bill.goods', 'required'],
      ['bill.origin', 'locode-format'],
    ]);
  });

  it('throws on malformed options or dates', () => {
    expect(() => matchDocuments(AGREEING, { valueTolerance: '1' })).toThrow(/valueTolerance/);
    expect(() => matchDocuments(AGREEING, { valueTolerance: '-0.01' })).toThrow(RangeError);
    expect(() => matchDocuments(AGREEING, { invoiceDaysAfterShipment: -1 })).toThrow(/invoiceDaysAfterShipment/);
    expect(() => matchDocuments({ ...AGREEING, invoice: { ...INVOICE, invoiceDate: '2025-02-30' } })).toThrow(RangeError);
  });
});
