import * as rules from '../../../server/financing/rules';

describe('financing rules index', () => {
  it('re-exports every public function and default table', () => {
    expect(Object.keys(rules).sort()).toEqual(
      [
        'DEFAULT_INDEMNITY_PERCENT',
        'DEFAULT_MATCHING_OPTIONS',
        'DEFAULT_RATE_TABLE',
        'accruedInterest',
        'approvalLimit',
        'assertRateTable',
        'checkFinancingTerms',
        'claimPayout',
        'convert',
        'declareShipment',
        'displayRate',
        'isOverdue',
        'matchDocuments',
        'maturityDate',
        'premium',
        'rateAt',
      ].sort(),
    );
  });

  it('ships a default rate table that passes its own check', () => {
    expect(() => rules.assertRateTable(rules.DEFAULT_RATE_TABLE)).not.toThrow();
    expect(rules.DEFAULT_RATE_TABLE.map((e) => e.base + e.quote)).toEqual(expect.arrayContaining(['USDCNY', 'EURUSD', 'USDTHB', 'USDSGD']));
  });
});
