/**
 * Checks an order before it is created and reports every broken rule at once, each naming the
 * input field and the rule. Also computes the exact line amounts and totals.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { type Check, checkCurrency, checkHsCode, checkIncoterm, checkLocode, checkTradeMode, checkUnit } from '../reference';
import { Decimal, parseDecimal, roundMoney, sum } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError } from '../shared/user-error';

dayjs.extend(customParseFormat);

export interface OrderLineInput {
  hsCode: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  grossWeightKg: string;
}

export interface CreateOrderInput {
  buyerId: string;
  currency: string;
  lines: OrderLineInput[];
  incoterm: string;
  incotermPlace: string;
  origin: string;
  destination: string;
  tradeMode: string;
  /** yyyy-mm-dd */
  readyDate: string;
}

export interface ValidLine {
  lineNo: number;
  hsCode: string;
  description: string;
  quantity: Decimal;
  unit: string;
  unitPrice: Decimal;
  amount: Decimal;
  grossWeightKg: Decimal;
}

export interface ValidOrder {
  currency: string;
  lines: ValidLine[];
  total: Decimal;
  grossWeightKg: Decimal;
  incoterm: string;
  incotermPlace: string;
  origin: string;
  destination: string;
  tradeMode: string;
  readyDate: string;
}

export const MAX_LINES = 200;
/** Bounds of one order: amounts stay well inside what the API and Decimal128 carry exactly. */
export const MAX_AMOUNT = new Decimal('1e15');
const MAX_DESCRIPTION = 500;
const MAX_PRICE_DECIMALS = 4;

/** Collects errors while reading fields, so one pass reports them all. */
class Collector {
  readonly errors: UserError[] = [];

  code<T>(field: string[], check: Check<T>): T | undefined {
    if (check.ok) return check.value;
    this.errors.push(fieldError(field, check.rule, check.message));
    return undefined;
  }

  positive(field: string[], text: string, maxDecimals = 6): Decimal | undefined {
    const value = parseDecimal(text);
    if (!value) {
      this.errors.push(fieldError(field, 'decimal', `'${text}' is not a decimal number (digits, optional '.' and up to 6 decimals)`));
      return undefined;
    }
    if (value.lte(0)) {
      this.errors.push(fieldError(field, 'positive', `must be greater than zero, got ${text}`));
      return undefined;
    }
    if (value.decimalPlaces() > maxDecimals) {
      this.errors.push(fieldError(field, 'decimal-places', `allows at most ${maxDecimals} decimal places, got ${value.decimalPlaces()}`));
      return undefined;
    }
    return value;
  }
}

function readLine(c: Collector, line: OrderLineInput, i: number, minorUnits: number | undefined): ValidLine | undefined {
  const at = (f: string) => ['input', 'lines', String(i), f];
  const hs = c.code(at('hsCode'), checkHsCode(line.hsCode));
  const description = line.description.trim();
  if (description.length === 0) c.errors.push(fieldError(at('description'), 'required', 'must not be empty'));
  if (description.length > MAX_DESCRIPTION) c.errors.push(fieldError(at('description'), 'max-length', `must be at most ${MAX_DESCRIPTION} characters`));
  const quantity = c.positive(at('quantity'), line.quantity);
  const unit = c.code(at('unit'), checkUnit(line.unit));
  const unitPrice = c.positive(at('unitPrice'), line.unitPrice, MAX_PRICE_DECIMALS);
  const grossWeightKg = c.positive(at('grossWeightKg'), line.grossWeightKg, 3);
  if (!hs || !quantity || !unit || !unitPrice || !grossWeightKg || minorUnits === undefined || description.length === 0) return undefined;
  const amount = roundMoney(quantity.times(unitPrice), minorUnits);
  if (amount.gte(MAX_AMOUNT)) {
    c.errors.push(fieldError(at('quantity'), 'max-amount', `quantity × unit price must stay below ${MAX_AMOUNT.toFixed()} (got ${amount.toFixed()})`));
    return undefined;
  }
  return {
    lineNo: i + 1,
    hsCode: hs.code,
    description,
    quantity,
    unit: unit.code,
    unitPrice,
    amount,
    grossWeightKg,
  };
}

export function validateOrder(input: CreateOrderInput, today: dayjs.Dayjs): Result<ValidOrder, UserError[]> {
  const c = new Collector();
  const currency = c.code(['input', 'currency'], checkCurrency(input.currency));
  if (input.lines.length === 0) c.errors.push(fieldError(['input', 'lines'], 'required', 'an order needs at least one line'));
  if (input.lines.length > MAX_LINES) c.errors.push(fieldError(['input', 'lines'], 'max-items', `an order has at most ${MAX_LINES} lines`));
  const lines = input.lines.slice(0, MAX_LINES).map((l, i) => readLine(c, l, i, currency?.minorUnits));
  const incoterm = c.code(['input', 'incoterm'], checkIncoterm(input.incoterm));
  const place = c.code(['input', 'incotermPlace'], checkLocode(input.incotermPlace));
  const origin = c.code(['input', 'origin'], checkLocode(input.origin));
  const destination = c.code(['input', 'destination'], checkLocode(input.destination));
  if (origin && destination && origin.code === destination.code) {
    c.errors.push(fieldError(['input', 'destination'], 'differs-from-origin', `must differ from the origin ${origin.code}`));
  }
  const tradeMode = c.code(['input', 'tradeMode'], checkTradeMode(input.tradeMode));
  if (tradeMode && !tradeMode.directions.includes('export')) {
    c.errors.push(fieldError(['input', 'tradeMode'], 'export-trade-mode', `trade mode ${tradeMode.code} (${tradeMode.nameEn}) is not used for exports`));
  }
  const ready = dayjs(input.readyDate, 'YYYY-MM-DD', true);
  if (!ready.isValid()) c.errors.push(fieldError(['input', 'readyDate'], 'iso-date', `'${input.readyDate}' is not a date in the form yyyy-mm-dd`));
  else if (ready.isBefore(today, 'day')) c.errors.push(fieldError(['input', 'readyDate'], 'not-past', `must not be before today (${today.format('YYYY-MM-DD')})`));

  if (c.errors.length > 0) return fail(c.errors);
  const valid = lines as ValidLine[];
  const total = sum(valid.map((l) => l.amount));
  if (total.gte(MAX_AMOUNT)) return fail([fieldError(['input', 'lines'], 'max-total', `the order total must stay below ${MAX_AMOUNT.toFixed()} (got ${total.toFixed()})`)]);
  return ok({
    currency: currency!.code,
    lines: valid,
    total,
    grossWeightKg: sum(valid.map((l) => l.grossWeightKg)),
    incoterm: incoterm!.code,
    incotermPlace: place!.code,
    origin: origin!.code,
    destination: destination!.code,
    tradeMode: tradeMode!.code,
    readyDate: ready.format('YYYY-MM-DD'),
  });
}
