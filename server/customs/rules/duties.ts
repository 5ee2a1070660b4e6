/**
 * Import duties and taxes for a declaration, per line, as China levies them:
 *   duty             = customs value × MFN duty rate
 *   consumption tax  = (customs value + duty) ÷ (1 − consumption tax rate) × consumption tax rate
 *                      (the "composite taxable price", 组成计税价格, for ad valorem consumption tax)
 *   VAT              = (customs value + duty + consumption tax) × VAT rate
 * (PRC Customs Law and the Regulations on Import and Export Duties; import-stage VAT and
 * consumption tax follow the VAT and Consumption Tax Laws.)
 *
 * Exact decimals throughout. Each amount is rounded once, when it is final: half-up to the
 * currency's minor units (分 for CNY). Later amounts use the rounded figures of earlier ones as
 * their basis, as the duty that is levied (not its unrounded value) is what enters the VAT basis.
 * Totals are sums of the rounded line amounts.
 *
 * Amounts are in the customs value's currency. China levies in CNY, converting a foreign-currency
 * customs value at the customs exchange rate; that conversion is the caller's. Not modelled:
 * preferential (FTA/RCEP) and provisional rates, specific and compound duties, the 50-yuan
 * exemption for a consignment's small tax amounts, anti-dumping duties.
 */
import { Decimal, formatMoney, roundMoney, sum } from '../../shared/money';
import { fail, ok, type Result } from '../../shared/result';
import { fieldError, type UserError } from '../../shared/user-error';
import {
  checkPercent,
  isHsPrefix,
  longestPrefixEntry,
  percentToFraction,
  readAmount,
  readCurrency,
  readHsCode,
  type MoneyInput,
} from './inputs';
import type { ImportTaxes, ImportTaxLine } from '../../models/customs-records';

export type { ImportTaxes, ImportTaxLine };

export interface TariffEntry {
  readonly description: string;
  /** MFN ad valorem duty, percent of the customs value ('15' = 15 %). */
  readonly dutyPercent: string;
  /** Import VAT, percent: 13 (general) or 9 (listed goods such as farm produce). */
  readonly vatPercent: string;
  /** Ad valorem consumption tax, percent; absent or '0' where none applies. */
  readonly consumptionTaxPercent?: string;
}

/** Keyed by HS prefix (a heading '8703' or a longer prefix '870380'); the longest matching key wins. */
export type TariffTable = Readonly<Record<string, TariffEntry>>;

/**
 * Illustrative rates, not a tariff to rely on: China's MFN column (2018 cuts: cars 25 → 15 %,
 * car parts to 6 %; computers and phones 0 % under the WTO Information Technology Agreement),
 * VAT at 13 % and 9 % (MOF/SAT/GACC announcement 2019 No. 39; 9 % for farm produce such as fresh
 * fruit), consumption tax for wine (10 %) and cars (1 % to 40 % by cylinder capacity; one band
 * here). Check the current 税则 for real figures.
 */
export const DEFAULT_TARIFF_TABLE: TariffTable = Object.freeze({
  // Assumption: a petrol car of 1.5–2.0 litres, consumption tax band 5 %.
  '8703': { description: 'Passenger cars (assumed 1.5–2.0 l engine)', dutyPercent: '15', vatPercent: '13', consumptionTaxPercent: '5' },
  // Battery-electric cars are outside the consumption tax on cars.
  '870380': { description: 'Battery-electric passenger cars', dutyPercent: '15', vatPercent: '13' },
  '8708': { description: 'Parts and accessories of motor vehicles', dutyPercent: '6', vatPercent: '13' },
  '8471': { description: 'Computers and units thereof (ITA)', dutyPercent: '0', vatPercent: '13' },
  '8517': { description: 'Telephone sets incl. smartphones (ITA)', dutyPercent: '0', vatPercent: '13' },
  // Still wine in containers of 2 litres or less; consumption tax on "other wine" 10 %.
  '2204': { description: 'Wine of fresh grapes (bottled)', dutyPercent: '14', vatPercent: '13', consumptionTaxPercent: '10' },
  // Fresh durians, e.g. from Thailand on the China–Laos railway; the ACFTA/RCEP rate (0 %) is not applied here.
  '081060': { description: 'Durians, fresh', dutyPercent: '20', vatPercent: '9' },
});

export interface ImportTaxInput {
  /** The declaration's customs (CIF) value; the lines must add up to it. */
  readonly customsValue: MoneyInput;
  /** `value`: the line's customs value in the customs value's currency. */
  readonly lines: readonly { readonly hsCode: string; readonly value: string }[];
}

/** Throws RangeError for a table that cannot be used (a configuration error). */
export function assertTariffTable(table: TariffTable): void {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(table)) {
    if (!isHsPrefix(key)) problems.push(`'${key}' is not an HS prefix of 2 to 10 digits`);
    if (!checkPercent(entry.dutyPercent, 1000)) problems.push(`${key}.dutyPercent: '${entry.dutyPercent}' is not a percentage`);
    if (!checkPercent(entry.vatPercent, 100)) problems.push(`${key}.vatPercent: '${entry.vatPercent}' is not a percentage below 100`);
    if (entry.consumptionTaxPercent !== undefined && !checkPercent(entry.consumptionTaxPercent, 100)) {
      problems.push(`${key}.consumptionTaxPercent: '${entry.consumptionTaxPercent}' is not a percentage below 100`);
    }
  }
  if (problems.length > 0) throw new RangeError(`invalid tariff table: ${problems.join('; ')}`);
}

export function computeImportTaxes(input: ImportTaxInput, table: TariffTable = DEFAULT_TARIFF_TABLE): Result<ImportTaxes, UserError[]> {
  assertTariffTable(table);
  const errors: UserError[] = [];
  const currency = readCurrency(errors, ['customsValue', 'currency'], input.customsValue.currency);
  const customsValue = readAmount(errors, ['customsValue', 'amount'], input.customsValue.amount, 'positive');
  if (input.lines.length === 0) errors.push(fieldError(['lines'], 'required', 'at least one line'));

  const read = input.lines.map((line, i) => {
    const at = (f: string) => ['lines', String(i), f];
    const hsCode = readHsCode(errors, at('hsCode'), line.hsCode);
    const value = readAmount(errors, at('value'), line.value, 'non-negative');
    const tariff = hsCode === undefined ? undefined : longestPrefixEntry(table, hsCode);
    if (hsCode !== undefined && tariff === undefined) {
      errors.push(fieldError(at('hsCode'), 'tariff-unknown', `no tariff entry for HS code ${hsCode} in the tariff table`));
    }
    return { hsCode, value, tariff };
  });
  if (customsValue && read.every((l) => l.value !== undefined)) {
    const lineSum = sum(read.map((l) => l.value as Decimal));
    if (!lineSum.eq(customsValue)) {
      errors.push(fieldError(['lines'], 'lines-total', `line values add up to ${lineSum.toFixed()}, not the customs value ${input.customsValue.amount}`));
    }
  }
  if (errors.length > 0 || !currency || !customsValue) return fail(errors);

  const units = currency.minorUnits;
  const money = (x: Decimal) => formatMoney(x, units);
  const lines = read.map(({ hsCode, value, tariff }) => {
    const { key, entry } = tariff as { key: string; entry: TariffEntry };
    const v = value as Decimal;
    const duty = roundMoney(v.times(percentToFraction(entry.dutyPercent)), units);
    const ctPercent = entry.consumptionTaxPercent ?? '0';
    const ctRate = percentToFraction(ctPercent);
    const ctBasis = v.plus(duty).dividedBy(new Decimal(1).minus(ctRate));
    const consumptionTax = roundMoney(ctBasis.times(ctRate), units);
    const vatBasis = v.plus(duty).plus(consumptionTax);
    const vat = roundMoney(vatBasis.times(percentToFraction(entry.vatPercent)), units);
    return {
      exact: { duty, consumptionTax, vat, vatBasis },
      line: {
        hsCode: hsCode as string,
        tariffKey: key,
        value: money(v),
        dutyPercent: entry.dutyPercent,
        duty: money(duty),
        consumptionTaxPercent: ctPercent,
        consumptionTaxBasis: money(ctBasis),
        consumptionTax: money(consumptionTax),
        vatPercent: entry.vatPercent,
        vatBasis: money(vatBasis),
        vat: money(vat),
        total: money(duty.plus(consumptionTax).plus(vat)),
      } satisfies ImportTaxLine,
    };
  });
  const total = (pick: (x: (typeof lines)[number]['exact']) => Decimal) => money(sum(lines.map((l) => pick(l.exact))));
  return ok({
    currency: currency.code,
    customsValue: money(customsValue),
    lines: lines.map((l) => l.line),
    totals: {
      duty: total((x) => x.duty),
      consumptionTax: total((x) => x.consumptionTax),
      vat: total((x) => x.vat),
      total: total((x) => x.duty.plus(x.consumptionTax).plus(x.vat)),
      vatBasis: total((x) => x.vatBasis),
    },
  });
}
