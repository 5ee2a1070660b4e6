/**
 * What an import declaration owes, in yuan: duty, consumption tax and VAT on the customs value
 * converted at the customs exchange rate, and for a late complete two-step declaration the late
 * fee (滞报金). Exports owe nothing here (China's few export duties are not modelled).
 *
 * The customs value is the declared value: the simulator takes import prices as CIF, the basis
 * China values imports on (freight and insurance to the place of import are in the price).
 * Each line is converted and rounded to the fen, and the customs value is the sum of the lines, so
 * the tax rules see lines that add up exactly. Days late are counted on Beijing calendar days.
 */
import type { DeclarationChargesRecord, DeclarationContentRecord } from '../models/declaration.model';
import { Decimal, formatMoney, roundMoney, sum } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError } from '../shared/user-error';
import { type CustomsSettings, customsRate } from './customs-settings';
import { computeImportTaxes, lateFee } from './rules';
import { beijingDay } from './rules/inputs';

const FEN = 2;

export interface ChargeTiming {
  /** 两步申报: when the conveyance declared entry and when the complete declaration was filed */
  twoStep?: { conveyanceDeclaredAt: string; completedAt: Date };
}

/** Charges of an import's (complete) declaration; null for exports and transits. */
export function declarationCharges(
  kind: string,
  content: DeclarationContentRecord,
  settings: CustomsSettings,
  timing: ChargeTiming = {},
): Result<DeclarationChargesRecord | null, UserError[]> {
  if (kind !== 'import') return ok(null);
  const currency = content.lines[0]?.currency ?? 'CNY';
  const rate = customsRate(settings, currency);
  if (!rate) {
    return fail([fieldError(['content', 'lines', '0', 'currency'], 'customs-rate', `customs has no exchange rate for ${currency} this month: declare in a currency it publishes (${Object.keys(settings.exchangeRates).join(', ')})`)]);
  }
  const lines = content.lines.map((l) => ({ hsCode: l.hsCode, value: formatMoney(roundMoney(new Decimal(l.value).times(rate), FEN), FEN) }));
  const customsValue = formatMoney(sum(lines.map((l) => new Decimal(l.value))), FEN);
  const taxes = computeImportTaxes({ customsValue: { amount: customsValue, currency: 'CNY' }, lines }, settings.tariff);
  if (!taxes.ok) return fail(taxes.error.map((e) => ({ ...e, field: ['content', ...(e.field ?? [])] })));
  let fee = null;
  if (timing.twoStep) {
    const computed = lateFee(
      {
        customsValue: { amount: customsValue, currency: 'CNY' },
        conveyanceDeclaredAt: beijingDay(timing.twoStep.conveyanceDeclaredAt, 'conveyanceDeclaredAt'),
        declaredAt: beijingDay(timing.twoStep.completedAt, 'completedAt'),
      },
      settings.lateFee,
    );
    if (!computed.ok) return fail(computed.error);
    fee = computed.value;
  }
  const total = new Decimal(taxes.value.totals.total).plus(fee ? fee.fee : 0);
  return ok({
    currency: 'CNY',
    customsValue,
    exchangeRate: rate.toFixed(),
    taxes: taxes.value,
    lateFee: fee,
    total: formatMoney(total, FEN),
  });
}

/** Whether anything is payable before release: the machine's taxPayable. */
export function payable(charges: DeclarationChargesRecord | null): boolean {
  return charges !== null && new Decimal(charges.total).gt(0);
}
