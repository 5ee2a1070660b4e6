import { claimPayout, declareShipment, DEFAULT_INDEMNITY_PERCENT, premium, type BuyerCreditLimit } from '../../../server/financing/rules/credit-insurance';

const LIMIT: BuyerCreditLimit = { buyer: 'BANGKOK-IMPORTS', currency: 'USD', approved: '500000.00', used: '320000.00' };
const shipment = (amount: string, currency = 'USD', buyer = 'BANGKOK-IMPORTS') => ({ buyer, value: { amount, currency } });

describe('declareShipment (出运申报)', () => {
  it('fits a shipment in what is left of the buyer’s credit limit, up to the last cent', () => {
    expect(declareShipment(LIMIT, shipment('100000.00'))).toEqual({
      ok: true,
      value: { buyer: 'BANGKOK-IMPORTS', currency: 'USD', value: '100000.00', remainingBefore: '180000.00', remainingAfter: '80000.00' },
    });
    expect(declareShipment(LIMIT, shipment('180000'))).toMatchObject({ ok: true, value: { remainingAfter: '0.00' } });
  });

  it('refuses a shipment above the remaining limit', () => {
    expect(declareShipment(LIMIT, shipment('180000.01'))).toEqual({
      ok: false,
      error: [
        {
          code: 'BUSINESS_RULE',
          rule: 'credit-limit-exceeded',
          field: ['shipment', 'value', 'amount'],
          message: 'a shipment of 180000.01 USD exceeds the 180000.00 USD left of the credit limit on buyer BANGKOK-IMPORTS',
        },
      ],
    });
    const overdrawn = declareShipment({ ...LIMIT, used: '520000' }, shipment('1'));
    expect(!overdrawn.ok && overdrawn.error[0]?.message).toBe('a shipment of 1.00 USD exceeds the 0.00 USD left of the credit limit on buyer BANGKOK-IMPORTS');
  });

  it('refuses another currency or another buyer', () => {
    const result = declareShipment(LIMIT, shipment('1000.00', 'EUR', 'SINGAPORE-TRADING'));
    expect(!result.ok && result.error.map((e) => [e.field?.join('.'), e.rule])).toEqual([
      ['shipment.value.currency', 'currency-mismatch'],
      ['shipment.buyer', 'buyer-mismatch'],
    ]);
  });
});

describe('premium', () => {
  // 1,234,567.89 × 0.35 % = 4,320.987615
  it('is the insured value × the premium rate: 0.35 % of USD 1,234,567.89 is 4,320.99', () => {
    expect(premium({ amount: '1234567.89', currency: 'USD' }, '0.35')).toEqual({
      ok: true,
      value: { currency: 'USD', insuredValue: '1234567.89', premiumRatePercent: '0.35', premium: '4320.99' },
    });
  });

  it('refuses a rate of 0 % or 100 % and more', () => {
    for (const rate of ['0', '100']) {
      const result = premium({ amount: '1000', currency: 'USD' }, rate);
      expect(!result.ok && result.error.map((e) => e.rule)).toEqual(['premium-rate']);
    }
  });
});

describe('claimPayout', () => {
  const cover = { creditLimit: '500000.00', insuredId: 'YIWU-EXPORTER', assignedToBankId: 'CQ-BANK' };

  it('pays 90 % of the loss to the bank the claim was assigned to', () => {
    expect(DEFAULT_INDEMNITY_PERCENT).toBe('90');
    expect(claimPayout({ amount: '400000.00', currency: 'USD' }, DEFAULT_INDEMNITY_PERCENT, cover)).toEqual({
      ok: true,
      value: {
        currency: 'USD',
        loss: '400000.00',
        coveredLoss: '400000.00',
        indemnityPercent: '90',
        payout: '360000.00',
        retained: '40000.00',
        payeeId: 'CQ-BANK',
        payee: 'bank',
      },
    });
  });

  it('covers the loss only up to the credit limit', () => {
    // 500,000.00 × 90 % = 450,000.00; the exporter keeps 600,000.00 − 450,000.00
    expect(claimPayout({ amount: '600000.00', currency: 'USD' }, '90', cover)).toMatchObject({
      ok: true,
      value: { coveredLoss: '500000.00', payout: '450000.00', retained: '150000.00' },
    });
  });

  // 123,456.79 × 90 % = 111,111.111
  it('rounds the payout half-up to the cent, and pays the insured when nothing was assigned', () => {
    expect(claimPayout({ amount: '123456.79', currency: 'USD' }, '90', { creditLimit: '500000', insuredId: 'YIWU-EXPORTER' })).toMatchObject({
      ok: true,
      value: { payout: '111111.11', retained: '12345.68', payeeId: 'YIWU-EXPORTER', payee: 'insured' },
    });
  });

  it('names every bad input', () => {
    const result = claimPayout({ amount: '0', currency: 'USD' }, '100.5', { creditLimit: 'none', insuredId: ' ' });
    expect(!result.ok && result.error.map((e) => [e.field?.join('.'), e.rule])).toEqual([
      ['loss.amount', 'positive'],
      ['cover.creditLimit', 'decimal'],
      ['indemnityPercent', 'indemnity-percent'],
      ['cover.insuredId', 'required'],
    ]);
    expect(claimPayout({ amount: '10', currency: 'USD' }, '100', cover)).toMatchObject({ ok: true, value: { payout: '10.00', retained: '0.00' } });
  });
});
