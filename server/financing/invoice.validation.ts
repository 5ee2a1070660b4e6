/**
 * The form of a commercial invoice, every broken rule listed with its field. Whether the invoice
 * agrees with the order, the bill and the declaration is not checked here: that is the bank's
 * four-document matching (四单对碰), which must be able to see a disagreeing invoice.
 * Pure: no I/O; `today` comes from the service's clock.
 */
import { readAmount, readCurrency, readHsCode } from '../customs/rules/inputs';
import type { InvoiceContentRecord, InvoiceLineRecord } from '../models/invoice.model';
import { checkLocode } from '../reference/locations';
import { checkUnit } from '../reference/units';
import { Decimal, formatMoney, sum } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError } from '../shared/user-error';

export interface InvoiceLineInput {
  hsCode: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
}

export interface InvoiceContentInput {
  /** 'YYYY-MM-DD'; today by the clock when left out */
  invoiceDate?: string | null;
  currency: string;
  lines: InvoiceLineInput[];
  /** UN/LOCODEs; the order's when left out */
  origin?: string | null;
  destination?: string | null;
}

export const MAX_INVOICE_LINES = 99;
const MAX_DESCRIPTION = 512;
/** A seller's invoice number: letters, digits and the separators invoices use. */
const INVOICE_NUMBER = /^[A-Z0-9][A-Z0-9/._-]{2,34}$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function realDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function checkInvoiceNumber(errors: UserError[], field: string[], raw: string): string | undefined {
  const number = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  if (INVOICE_NUMBER.test(number)) return number;
  errors.push(fieldError(field, 'invoice-number', `an invoice number has 3 to 35 letters, digits, '/', '.', '_' or '-', got '${String(raw)}'`));
  return undefined;
}

function readLocation(errors: UserError[], field: string[], raw: string): string | undefined {
  const checked = checkLocode(typeof raw === 'string' ? raw : '');
  if (checked.ok) return checked.value.code;
  errors.push(fieldError(field, checked.rule, checked.message));
  return undefined;
}

function readLine(errors: UserError[], at: string[], line: InvoiceLineInput, lineNo: number, minorUnits: number | undefined): InvoiceLineRecord | undefined {
  const hsCode = readHsCode(errors, [...at, 'hsCode'], line.hsCode);
  const description = typeof line.description === 'string' ? line.description.trim() : '';
  if (description === '' || description.length > MAX_DESCRIPTION) {
    errors.push(fieldError([...at, 'description'], 'description', `describe the goods in 1 to ${MAX_DESCRIPTION} characters`));
  }
  const quantity = readAmount(errors, [...at, 'quantity'], line.quantity, 'positive');
  const unit = checkUnit(typeof line.unit === 'string' ? line.unit : '');
  if (!unit.ok) errors.push(fieldError([...at, 'unit'], unit.rule, unit.message));
  const unitPrice = readAmount(errors, [...at, 'unitPrice'], line.unitPrice, 'positive');
  if (!hsCode || !quantity || !unit.ok || !unitPrice || minorUnits === undefined || description === '') return undefined;
  return {
    lineNo,
    hsCode,
    description,
    quantity: quantity.toFixed(),
    unit: unit.value.code,
    unitPrice: unitPrice.toFixed(),
    amount: formatMoney(quantity.times(unitPrice), minorUnits),
  };
}

/**
 * The invoice content to store, or every rule the input breaks (fields under `root`).
 * An invoice is not dated after today: it bills goods already sold, not a future sale.
 */
export function checkInvoiceContent(
  input: InvoiceContentInput,
  defaults: { origin: string; destination: string; today: string },
  root: string[],
): Result<InvoiceContentRecord, UserError[]> {
  const errors: UserError[] = [];
  const invoiceDate = input.invoiceDate ?? defaults.today;
  if (!realDay(invoiceDate)) errors.push(fieldError([...root, 'invoiceDate'], 'iso-date', `expected a date 'YYYY-MM-DD', got '${invoiceDate}'`));
  else if (invoiceDate > defaults.today) errors.push(fieldError([...root, 'invoiceDate'], 'not-future', `${invoiceDate} is after today, ${defaults.today}`));
  const currency = readCurrency(errors, [...root, 'currency'], input.currency);
  const rawLines = Array.isArray(input.lines) ? input.lines : [];
  if (rawLines.length === 0 || rawLines.length > MAX_INVOICE_LINES) {
    errors.push(fieldError([...root, 'lines'], 'line-count', `an invoice has 1 to ${MAX_INVOICE_LINES} goods lines, got ${rawLines.length}`));
  }
  const lines = rawLines.map((line, i) => readLine(errors, [...root, 'lines', String(i)], line, i + 1, currency?.minorUnits));
  const origin = readLocation(errors, [...root, 'origin'], input.origin ?? defaults.origin);
  const destination = readLocation(errors, [...root, 'destination'], input.destination ?? defaults.destination);
  if (errors.length > 0 || !currency || !origin || !destination) return fail(errors);
  const stored = lines as InvoiceLineRecord[];
  const total = sum(stored.map((l) => new Decimal(l.amount)));
  return ok({ invoiceDate, currency: currency.code, lines: stored, total: formatMoney(total, currency.minorUnits), origin, destination });
}
