/**
 * The four documents a bank matches before it lends (四单对碰): the order (or contract), the
 * commercial invoice, the bill of lading and the export customs declaration, as plain data the
 * service extracts from each. Reading them checks the form of every field (decimals, HS codes,
 * UN/LOCODEs) and puts each into the form it is compared in.
 * Pure: no I/O, no clock. A malformed date throws RangeError, like every rule module's dates.
 */
import type { Dayjs } from 'dayjs';
import { checkLocode, LOCODE_ALIASES, normaliseLocode } from '../../reference/locations';
import { normaliseHsCode } from '../../reference/hs-codes';
import { getUnit } from '../../reference/units';
import { readAmount, readCurrency, utcDay, type DateInput, type MoneyInput } from '../../customs/rules/inputs';
import type { Decimal } from '../../shared/money';
import { fieldError, type UserError } from '../../shared/user-error';
import type { TradeDocumentName } from '../../models/financing-records';

export type { TradeDocumentName };

export interface GoodsLine {
  readonly hsCode: string;
  readonly quantity: string;
  /** UN/ECE Rec 20 code (legacy codes accepted: PCE, CT, PK, PX) */
  readonly unit: string;
}

/** What every document states; parties are names or party ids, used the same way on all four. */
export interface TradeDocument {
  readonly seller: string;
  readonly buyer: string;
  readonly goods: readonly GoodsLine[];
  readonly value: MoneyInput;
  /** UN/LOCODE of where the goods leave from and go to, as the document states them */
  readonly origin: string;
  readonly destination: string;
}

export interface OrderDocument extends TradeDocument {
  readonly orderDate: DateInput;
}

export interface InvoiceDocument extends TradeDocument {
  readonly invoiceDate: DateInput;
}

/**
 * The bill: seller = shipper, buyer = consignee. A to-order bill names no consignee (buyer null)
 * and a bill rarely states a value (null): neither is then compared.
 */
export interface BillDocument extends Omit<TradeDocument, 'buyer' | 'value'> {
  readonly buyer: string | null;
  readonly value: MoneyInput | null;
  readonly issueDate: DateInput;
  readonly shippedOnBoardDate: DateInput;
}

/** The export declaration: seller = domestic consignor (境内发货人), buyer = overseas consignee (境外收货人). */
export interface DeclarationDocument extends TradeDocument {
  readonly declarationDate: DateInput;
}

export interface ReadLine {
  readonly hsCode: string;
  readonly subheading: string;
  readonly quantity: Decimal;
  readonly quantityText: string;
  readonly unit: string;
}

export interface ReadDocument {
  readonly name: TradeDocumentName;
  readonly seller: string;
  readonly buyer: string | null;
  readonly goods: readonly ReadLine[];
  readonly value: { readonly amount: Decimal; readonly text: string; readonly currency: string } | null;
  readonly origin: string;
  readonly destination: string;
}

/** Names typed by different parties differ in case, spaces and punctuation, not in who they name. */
export function sameParty(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFKC').toUpperCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return key(a) === key(b);
}

export function readDay(input: DateInput, document: TradeDocumentName, field: string): Dayjs {
  return utcDay(input, `${document}.${field}`);
}

function readLine(errors: UserError[], at: (f: string) => string[], line: GoodsLine): ReadLine | undefined {
  const hsCode = typeof line.hsCode === 'string' ? normaliseHsCode(line.hsCode) : '';
  if (!/^\d{6,10}$/.test(hsCode)) errors.push(fieldError(at('hsCode'), 'hs-format', `an HS code has 6 to 10 digits, got '${String(line.hsCode)}'`));
  const quantity = readAmount(errors, at('quantity'), line.quantity, 'positive');
  const raw = typeof line.unit === 'string' ? line.unit.trim().toUpperCase() : '';
  if (raw === '') errors.push(fieldError(at('unit'), 'required', 'give the unit of measure'));
  if (!/^\d{6,10}$/.test(hsCode) || !quantity || raw === '') return undefined;
  // Legacy and current codes for one unit (PCE and H87) are the same unit.
  return { hsCode, subheading: hsCode.slice(0, 6), quantity, quantityText: line.quantity.trim(), unit: getUnit(raw)?.code ?? raw };
}

function readLocode(errors: UserError[], field: string[], raw: string): string {
  const checked = checkLocode(typeof raw === 'string' ? raw : '');
  if (!checked.ok && checked.rule === 'locode-format') errors.push(fieldError(field, checked.rule, checked.message));
  // A well-formed code outside the reference table is still a place: it is compared as written.
  const code = normaliseLocode(typeof raw === 'string' ? raw : '');
  return LOCODE_ALIASES[code] ?? code;
}

type AnyDocument = OrderDocument | InvoiceDocument | BillDocument | DeclarationDocument;

/** The document in the form it is compared in; errors name the field as `<document>.<field>`. */
export function readDocument(errors: UserError[], name: TradeDocumentName, doc: AnyDocument): ReadDocument {
  const at = (...path: string[]) => [name, ...path];
  const party = (role: 'seller' | 'buyer', value: string | null): string | null => {
    if (value === null && role === 'buyer' && name === 'bill') return null;
    if (typeof value !== 'string' || value.trim() === '') errors.push(fieldError(at(role), 'required', `name the ${role}`));
    return typeof value === 'string' ? value.trim() : '';
  };
  const seller = party('seller', doc.seller) ?? '';
  const buyer = party('buyer', doc.buyer);
  if (!Array.isArray(doc.goods) || doc.goods.length === 0) errors.push(fieldError(at('goods'), 'required', 'at least one goods line'));
  const goods = (doc.goods ?? []).map((line, n) => readLine(errors, (f) => at('goods', String(n), f), line));
  let value: ReadDocument['value'] = null;
  if (doc.value !== null) {
    const currency = readCurrency(errors, at('value', 'currency'), doc.value.currency);
    const amount = readAmount(errors, at('value', 'amount'), doc.value.amount, 'positive');
    if (currency && amount) value = { amount, text: doc.value.amount.trim(), currency: currency.code };
  }
  return {
    name,
    seller,
    buyer,
    goods: goods.filter((l): l is ReadLine => l !== undefined),
    value,
    origin: readLocode(errors, at('origin'), doc.origin),
    destination: readLocode(errors, at('destination'), doc.destination),
  };
}
