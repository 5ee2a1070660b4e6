import * as rules from '../../server/customs/rules';

describe('customs rules index', () => {
  it('re-exports every public function and default table', () => {
    expect(Object.keys(rules).sort()).toEqual(
      [
        'CHINA_LATE_FEE_RULES',
        'DEFAULT_AEO_TREATMENT',
        'DEFAULT_MINIMUM_RATES',
        'DEFAULT_REFUND_RATES',
        'DEFAULT_RISK_PROFILE',
        'DEFAULT_TARIFF_TABLE',
        'DEFAULT_TRANSIT_TIME_LIMITS',
        'RANDOM_SELECTION',
        'TARGETED',
        'assertRefundRateTable',
        'assertTariffTable',
        'assertTransitTimeLimits',
        'checkRiskProfile',
        'completeDueBy',
        'computeImportTaxes',
        'exportRefund',
        'fobValue',
        'isOverdue',
        'lateFee',
        'selectLane',
        'transitDeadline',
      ].sort(),
    );
  });

  it('ships default tables that pass their own checks', () => {
    expect(rules.checkRiskProfile(rules.DEFAULT_RISK_PROFILE).ok).toBe(true);
    expect(() => rules.assertTariffTable(rules.DEFAULT_TARIFF_TABLE)).not.toThrow();
    expect(() => rules.assertRefundRateTable(rules.DEFAULT_REFUND_RATES)).not.toThrow();
    expect(() => rules.assertTransitTimeLimits(rules.DEFAULT_TRANSIT_TIME_LIMITS)).not.toThrow();
  });
});
