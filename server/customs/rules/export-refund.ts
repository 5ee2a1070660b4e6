/**
 * Export tax refund (出口退(免)税; electronic refund certificates, 001:141): the VAT refunded on
 * exported goods, modelled as a manufacturer's refund, FOB value × refund rate by HS heading
 * (the 免抵退 method's ceiling; a trading company's refund is based on its purchase invoices
 * instead, which the simulator does not model). Exact decimals; each line's refund is rounded
 * half-up once to the currency's minor units and the total is the sum of the rounded lines.
 *
 * The FOB value comes from the invoice by its Incoterm (Incoterms 2020): FOB = CIF − freight −
 * insurance, CFR − freight, the same for their any-mode twins CIP and CPT; EXW, FCA and FAS prices
 * are taken as they stand, with a note. The D rules are refused: their price also holds costs
 * in the country of destination (unloading, for DDP import duties) that the inputs do not give.
 */
import { getIncoterm, type IncotermCode } from '../../reference/incoterms';
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
import type { ExportRefundLine } from '../../models/customs-records';

export type { ExportRefundLine };

export interface RefundRateEntry {
  readonly description: string;
  /** Refund rate, percent of the FOB value ('13' = 13 %); '0' for goods whose refund was cancelled. */
  readonly ratePercent: string;
}

/** Keyed by HS prefix; the longest matching key wins. */
export type RefundRateTable = Readonly<Record<string, RefundRateEntry>>;

/**
 * Illustrative, not the current rates: China's refund rates have been 13 %, 9 %, 6 % and 0 %
 * since the VAT cut of April 2019, 13 % for most machinery, electronics and consumer goods and
 * 9 % for farm produce; MOF/SAT announcement 2024 No. 15 lowered batteries and photovoltaic
 * products to 9 % from 1 December 2024. Rates change often; check the SAT's refund-rate library.
 */
export const DEFAULT_REFUND_RATES: RefundRateTable = Object.freeze({
  '0810': { description: 'Fresh fruit (e.g. durians)', ratePercent: '9' },
  '4202': { description: 'Trunks, suitcases, handbags', ratePercent: '13' },
  '6109': { description: 'T-shirts, knitted', ratePercent: '13' },
  '6110': { description: 'Jerseys, pullovers, knitted', ratePercent: '13' },
  '6204': { description: "Women's suits, dresses, not knitted", ratePercent: '13' },
  '6403': { description: 'Footwear, leather uppers', ratePercent: '13' },
  '7308': { description: 'Steel structures', ratePercent: '13' },
  '7318': { description: 'Screws, bolts, nuts', ratePercent: '13' },
  '8415': { description: 'Air conditioners', ratePercent: '13' },
  '8418': { description: 'Refrigerators and freezers', ratePercent: '13' },
  '8450': { description: 'Washing machines', ratePercent: '13' },
  '8471': { description: 'Computers', ratePercent: '13' },
  '8501': { description: 'Electric motors and generators', ratePercent: '13' },
  '8504': { description: 'Transformers and converters', ratePercent: '13' },
  '8507': { description: 'Accumulators (batteries), 9 % since December 2024', ratePercent: '9' },
  '8516': { description: 'Electro-thermic domestic appliances', ratePercent: '13' },
  '8517': { description: 'Telephones incl. smartphones', ratePercent: '13' },
  '8528': { description: 'Monitors and televisions', ratePercent: '13' },
  '8541': { description: 'Semiconductor devices and LEDs', ratePercent: '13' },
  '854142': { description: 'Photovoltaic cells, 9 % since December 2024', ratePercent: '9' },
  '854143': { description: 'Photovoltaic modules and panels, 9 % since December 2024', ratePercent: '9' },
  '8544': { description: 'Insulated wire and cable', ratePercent: '13' },
  '8703': { description: 'Passenger cars', ratePercent: '13' },
  '8708': { description: 'Parts of motor vehicles', ratePercent: '13' },
  '8711': { description: 'Motorcycles, incl. electric', ratePercent: '13' },
  '8712': { description: 'Bicycles', ratePercent: '13' },
  '8714': { description: 'Parts of motorcycles and cycles', ratePercent: '13' },
  '9401': { description: 'Seats', ratePercent: '13' },
  '9403': { description: 'Other furniture', ratePercent: '13' },
  '9405': { description: 'Luminaires', ratePercent: '13' },
  '9503': { description: 'Toys', ratePercent: '13' },
});

export interface FobValue {
  readonly incoterm: IncotermCode;
  readonly amount: string;
  readonly currency: string;
  readonly deducted: { readonly freight: string; readonly insurance: string };
  readonly notes: readonly string[];
}

const DEDUCTS: Readonly<Partial<Record<IncotermCode, { freight: boolean; insurance: boolean; note?: string }>>> = {
  FOB: { freight: false, insurance: false },
  FAS: { freight: false, insurance: false, note: 'FAS price taken as the FOB value (loading on board not added)' },
  EXW: { freight: false, insurance: false, note: 'EXW price taken as the FOB value (export clearance and carriage to the ship not added)' },
  FCA: { freight: false, insurance: false, note: 'FCA price taken as the FOB value (delivery to the carrier, not on board)' },
  CFR: { freight: true, insurance: false },
  CPT: { freight: true, insurance: false, note: 'CPT treated like CFR: carriage deducted' },
  CIF: { freight: true, insurance: true },
  CIP: { freight: true, insurance: true, note: 'CIP treated like CIF: carriage and insurance deducted' },
};

/**
 * The FOB value of an invoice. Freight and insurance must be in the invoice currency (convert
 * them first); those a rule does not deduct may be left out and are ignored if given.
 */
export function fobValue(incoterm: string, invoiceValue: MoneyInput, freight?: MoneyInput, insurance?: MoneyInput): Result<FobValue, UserError[]> {
  const errors: UserError[] = [];
  const term = getIncoterm(typeof incoterm === 'string' ? incoterm : '');
  const rule = term === undefined ? undefined : DEDUCTS[term.code];
  if (term === undefined) {
    errors.push(fieldError(['incoterm'], 'incoterm-unknown', `unknown Incoterms 2020 rule '${String(incoterm)}'`));
  } else if (rule === undefined) {
    errors.push(
      fieldError(['incoterm'], 'incoterm-fob-unsupported', `${term.code} includes costs in the country of destination; give the value on an F or C basis`),
    );
  }
  const currency = readCurrency(errors, ['invoiceValue', 'currency'], invoiceValue.currency);
  const invoice = readAmount(errors, ['invoiceValue', 'amount'], invoiceValue.amount, 'positive');
  const charge = (name: 'freight' | 'insurance', given: MoneyInput | undefined, needed: boolean): Decimal | undefined => {
    if (!needed) return new Decimal(0);
    if (given === undefined) {
      errors.push(fieldError([name], 'required', `${term?.code} prices include ${name}; give it to deduct`));
      return undefined;
    }
    const other = readCurrency(errors, [name, 'currency'], given.currency);
    if (other && currency && other.code !== currency.code) {
      errors.push(fieldError([name, 'currency'], 'currency-mismatch', `must be in the invoice currency ${currency.code}, got ${other.code}`));
    }
    return readAmount(errors, [name, 'amount'], given.amount, 'non-negative');
  };
  const f = charge('freight', freight, rule?.freight ?? false);
  const i = charge('insurance', insurance, rule?.insurance ?? false);
  if (errors.length > 0 || !term || !rule || !currency || !invoice || !f || !i) return fail(errors);

  const amount = invoice.minus(f).minus(i);
  if (!amount.gt(0)) {
    return fail([fieldError(['invoiceValue', 'amount'], 'fob-not-positive', `freight and insurance (${f.plus(i).toFixed()}) leave no FOB value from ${invoiceValue.amount}`)]);
  }
  const units = currency.minorUnits;
  const notes: string[] = [];
  if (rule.note) notes.push(rule.note);
  // What was taken off, so the FOB value can be checked against the invoice by reading the notes.
  const taken = [...(rule.freight ? [`freight ${formatMoney(f, units)}`] : []), ...(rule.insurance ? [`insurance ${formatMoney(i, units)}`] : [])];
  if (taken.length > 0) notes.push(`${term.code} price ${formatMoney(invoice, units)} ${currency.code} less ${taken.join(' and ')}: FOB value ${formatMoney(amount, units)} ${currency.code}`);
  const ignored = [
    ...(!rule.freight && freight !== undefined ? ['freight'] : []),
    ...(!rule.insurance && insurance !== undefined ? ['insurance'] : []),
  ];
  if (ignored.length > 0) notes.push(`${ignored.join(' and ')} not part of a ${term.code} price: ignored`);
  return ok({
    incoterm: term.code,
    amount: formatMoney(amount, units),
    currency: currency.code,
    deducted: { freight: formatMoney(f, units), insurance: formatMoney(i, units) },
    notes,
  });
}

export interface ExportRefundInput {
  readonly currency: string;
  /** `fobValue`: the line's FOB value in `currency`. */
  readonly lines: readonly { readonly hsCode: string; readonly fobValue: string }[];
}

export interface ExportRefund {
  readonly currency: string;
  readonly lines: readonly ExportRefundLine[];
  readonly totals: { readonly fobValue: string; readonly refund: string };
}

export function assertRefundRateTable(table: RefundRateTable): void {
  const problems: string[] = [];
  for (const [key, entry] of Object.entries(table)) {
    if (!isHsPrefix(key)) problems.push(`'${key}' is not an HS prefix of 2 to 10 digits`);
    if (!checkPercent(entry.ratePercent, 100)) problems.push(`${key}.ratePercent: '${entry.ratePercent}' is not a percentage below 100`);
  }
  if (problems.length > 0) throw new RangeError(`invalid refund rate table: ${problems.join('; ')}`);
}

export function exportRefund(input: ExportRefundInput, table: RefundRateTable = DEFAULT_REFUND_RATES): Result<ExportRefund, UserError[]> {
  assertRefundRateTable(table);
  const errors: UserError[] = [];
  const currency = readCurrency(errors, ['currency'], input.currency);
  if (input.lines.length === 0) errors.push(fieldError(['lines'], 'required', 'at least one line'));
  const read = input.lines.map((line, n) => {
    const at = (f: string) => ['lines', String(n), f];
    const hsCode = readHsCode(errors, at('hsCode'), line.hsCode);
    const fob = readAmount(errors, at('fobValue'), line.fobValue, 'non-negative');
    const rate = hsCode === undefined ? undefined : longestPrefixEntry(table, hsCode);
    if (hsCode !== undefined && rate === undefined) {
      errors.push(fieldError(at('hsCode'), 'refund-rate-unknown', `no refund rate for HS code ${hsCode} in the refund rate table`));
    }
    return { hsCode, fob, rate };
  });
  if (errors.length > 0 || !currency) return fail(errors);

  const units = currency.minorUnits;
  const lines = read.map(({ hsCode, fob, rate }) => {
    const { key, entry } = rate as { key: string; entry: RefundRateEntry };
    const value = fob as Decimal;
    const refund = roundMoney(value.times(percentToFraction(entry.ratePercent)), units);
    return {
      value,
      refund,
      line: {
        hsCode: hsCode as string,
        tableKey: key,
        fobValue: formatMoney(value, units),
        ratePercent: entry.ratePercent,
        refund: formatMoney(refund, units),
      } satisfies ExportRefundLine,
    };
  });
  return ok({
    currency: currency.code,
    lines: lines.map((l) => l.line),
    totals: {
      fobValue: formatMoney(sum(lines.map((l) => l.value)), units),
      refund: formatMoney(sum(lines.map((l) => l.refund)), units),
    },
  });
}
