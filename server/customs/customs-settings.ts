/**
 * What a customs administration decides and a trainer may change: the risk profile, the tariff,
 * refund rates, the two-step late-fee rule, transit time limits and the customs exchange rates.
 * The server runs on the defaults; a scenario passes its own.
 */
import { checkCurrency } from '../reference';
import { type Decimal, parseDecimal } from '../shared/money';
import {
  DEFAULT_REFUND_RATES,
  DEFAULT_RISK_PROFILE,
  DEFAULT_TARIFF_TABLE,
  DEFAULT_TRANSIT_TIME_LIMITS,
  CHINA_LATE_FEE_RULES,
  type LateFeeRules,
  type RefundRateTable,
  type RiskProfile,
  type TariffTable,
  type TransitTimeLimits,
} from './rules';

export interface CustomsSettings {
  riskProfile: RiskProfile;
  tariff: TariffTable;
  refundRates: RefundRateTable;
  lateFee: LateFeeRules;
  transitLimits: TransitTimeLimits;
  /** 海关汇率: CNY per one unit of each currency, as decimal text */
  exchangeRates: Readonly<Record<string, string>>;
  /** the seed lane selection draws from; the same seed gives the same lanes */
  seed: number;
}

/**
 * The simulator's late fee: GACC's 0.05 % of the customs value per day after 14 days with its
 * 50-yuan threshold, but to the fen rather than GACC's whole yuan (a trainee checks the fee to the
 * cent). CHINA_LATE_FEE_RULES is GACC's rule as published, one setting away.
 */
export const SIMULATOR_LATE_FEE_RULES: LateFeeRules = Object.freeze({ ...CHINA_LATE_FEE_RULES, rounding: 'minor-units' as const });

/**
 * Indicative customs exchange rates (GACC publishes them monthly); not live rates and not to be
 * relied on. A scenario sets its own.
 */
export const DEFAULT_CUSTOMS_EXCHANGE_RATES: Readonly<Record<string, string>> = Object.freeze({
  CNY: '1',
  USD: '7.1000',
  EUR: '7.7000',
  SGD: '5.3000',
  THB: '0.2000',
  JPY: '0.0470',
  LAK: '0.000330',
});

export const DEFAULT_CUSTOMS_SETTINGS: CustomsSettings = Object.freeze({
  riskProfile: DEFAULT_RISK_PROFILE,
  tariff: DEFAULT_TARIFF_TABLE,
  refundRates: DEFAULT_REFUND_RATES,
  lateFee: SIMULATOR_LATE_FEE_RULES,
  transitLimits: DEFAULT_TRANSIT_TIME_LIMITS,
  exchangeRates: DEFAULT_CUSTOMS_EXCHANGE_RATES,
  seed: 1,
});

/** The customs rate for `currency` (CNY per unit), or undefined when the table has none. */
export function customsRate(settings: CustomsSettings, currency: string): Decimal | undefined {
  const text = settings.exchangeRates[currency];
  const rate = text === undefined ? null : parseDecimal(text);
  return rate && rate.gt(0) ? rate : undefined;
}

/** Throws RangeError for rates that cannot be used (a configuration error, not a user's). */
export function assertExchangeRates(rates: Readonly<Record<string, string>>): void {
  const problems = Object.entries(rates).flatMap(([code, text]) => {
    if (!checkCurrency(code).ok) return [`'${code}' is not an ISO 4217 currency`];
    const rate = parseDecimal(text);
    return rate && rate.gt(0) ? [] : [`${code}: '${text}' is not a positive decimal`];
  });
  const yuan = rates.CNY === undefined ? null : parseDecimal(rates.CNY);
  if (yuan && !yuan.eq(1)) problems.push('CNY: the rate of the yuan to itself is 1');
  if (problems.length > 0) throw new RangeError(`invalid customs exchange rates: ${problems.join('; ')}`);
}
