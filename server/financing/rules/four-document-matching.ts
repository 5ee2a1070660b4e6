/**
 * Four-document matching (四单对碰): the order, the invoice, the bill and the export declaration
 * must agree before a bank lends against them. Each of the others is compared with the order, the
 * document the trade starts from, field by field, and every disagreement is returned with both
 * values; an empty list means they agree.
 *
 *   parties   seller and buyer, ignoring case, spaces and punctuation (a to-order bill names no buyer)
 *   goods     line by line, in the order's order: HS code at the 6-digit subheading, since national
 *             tariff codes (China's 10 digits, the buyer's 8 or 10) differ only after the 6 digits
 *             all countries share; unit; quantity exactly, as a decimal, when the units agree
 *   value     currency exactly; amount within `valueTolerance` of the order's value, a fraction of
 *             it (boundary included); a bill that states no value is not compared
 *   route     origin and destination UN/LOCODEs, aliases normalised (CNYIU is CNYIW)
 *   dates     in UTC calendar days:
 *             - the invoice is not dated before the order: it bills an order that exists;
 *             - the invoice is not dated more than `invoiceDaysAfterShipment` days after the goods
 *               were shipped on board: an invoice follows the shipment promptly (21 days by
 *               default, the presentation period of UCP 600 art. 14(c));
 *             - the bill is not issued before the order: goods are shipped against an order;
 *             - the declaration is not dated before the order, nor after the shipped-on-board
 *               date: export goods are declared and released before they are loaded.
 *
 * A pre-shipment application has no bill or declaration yet: pass null, and only what is given is
 * compared. Which documents an application needs is the service's rule.
 * Exact decimals. Pure: no I/O, no clock; a malformed date throws RangeError.
 */
import type { Dayjs } from 'dayjs';
import { isoDay } from '../../customs/rules/inputs';
import { Decimal, parseDecimal } from '../../shared/money';
import { fail, ok, type Result } from '../../shared/result';
import type { UserError } from '../../shared/user-error';
import {
  readDay,
  readDocument,
  sameParty,
  type BillDocument,
  type DeclarationDocument,
  type InvoiceDocument,
  type OrderDocument,
  type ReadDocument,
  type TradeDocumentName,
} from './trade-documents';
import type { DocumentMismatch } from '../../models/financing-records';

export type { DocumentMismatch };

export interface MatchingDocuments {
  readonly order: OrderDocument;
  readonly invoice: InvoiceDocument;
  readonly bill?: BillDocument | null;
  readonly declaration?: DeclarationDocument | null;
}

export interface MatchingOptions {
  /** the largest difference in value, as a fraction of the order's value ('0.005' = 0.5 %) */
  readonly valueTolerance: string;
  readonly invoiceDaysAfterShipment: number;
}

export const DEFAULT_MATCHING_OPTIONS: MatchingOptions = Object.freeze({ valueTolerance: '0.005', invoiceDaysAfterShipment: 21 });

function assertOptions(options: MatchingOptions): void {
  const tolerance = parseDecimal(options.valueTolerance);
  const problems: string[] = [];
  if (tolerance === null || tolerance.isNegative() || tolerance.gte(1)) problems.push(`valueTolerance must be a fraction from 0 up to 1, got '${options.valueTolerance}'`);
  if (!Number.isInteger(options.invoiceDaysAfterShipment) || options.invoiceDaysAfterShipment < 0) {
    problems.push(`invoiceDaysAfterShipment must be a whole number of days, 0 or more, got ${options.invoiceDaysAfterShipment}`);
  }
  if (problems.length > 0) throw new RangeError(`invalid matching options: ${problems.join('; ')}`);
}

function mismatch(field: string, rule: string, documents: [TradeDocumentName, TradeDocumentName], values: [string, string], why: string): DocumentMismatch {
  return { field, rule, documents, values, message: `${field}: the ${documents[1]} says ${values[1]}, the ${documents[0]} ${values[0]}${why}` };
}

/** Every field in which `other` disagrees with the order. */
function againstOrder(order: ReadDocument, other: ReadDocument, tolerance: Decimal): DocumentMismatch[] {
  const found: DocumentMismatch[] = [];
  const pair: [TradeDocumentName, TradeDocumentName] = ['order', other.name];
  const differs = (field: string, rule: string, a: string, b: string, why = ''): void => {
    found.push(mismatch(field, rule, pair, [a, b], why));
  };
  if (!sameParty(order.seller, other.seller)) differs('parties.seller', 'party-differs', order.seller, other.seller);
  if (other.buyer !== null && !sameParty(order.buyer as string, other.buyer)) differs('parties.buyer', 'party-differs', order.buyer as string, other.buyer);

  if (order.goods.length !== other.goods.length) differs('goods', 'line-count-differs', `${order.goods.length} lines`, `${other.goods.length} lines`);
  order.goods.forEach((line, n) => {
    const theirs = other.goods[n];
    if (theirs === undefined) return;
    if (line.subheading !== theirs.subheading) {
      differs(`goods.${n}.hsCode`, 'hs-subheading-differs', line.hsCode, theirs.hsCode, ` (compared at the 6-digit subheading: ${line.subheading} and ${theirs.subheading})`);
    }
    if (line.unit !== theirs.unit) differs(`goods.${n}.unit`, 'unit-differs', line.unit, theirs.unit, ' (quantities in different units are not compared)');
    else if (!line.quantity.eq(theirs.quantity)) differs(`goods.${n}.quantity`, 'quantity-differs', line.quantityText, theirs.quantityText);
  });

  const ours = order.value as NonNullable<ReadDocument['value']>;
  if (other.value !== null) {
    if (ours.currency !== other.value.currency) differs('value.currency', 'currency-differs', ours.currency, other.value.currency);
    else if (other.value.amount.minus(ours.amount).abs().gt(ours.amount.times(tolerance))) {
      differs('value.amount', 'value-outside-tolerance', ours.text, other.value.text, ` (differs by more than ${tolerance.times(100).toFixed()} % of the order's value)`);
    }
  }

  if (order.origin !== other.origin) differs('route.origin', 'route-differs', order.origin, other.origin);
  if (order.destination !== other.destination) differs('route.destination', 'route-differs', order.destination, other.destination);
  return found;
}

/** `later` must not be before `earlier` (or, with `maxDays`, not more than that after it). */
function dateRule(
  field: string,
  rule: string,
  earlier: { document: TradeDocumentName; day: Dayjs },
  later: { document: TradeDocumentName; day: Dayjs },
  why: string,
  maxDays?: number,
): DocumentMismatch[] {
  const broken = maxDays === undefined ? later.day.isBefore(earlier.day) : later.day.diff(earlier.day, 'day') > maxDays;
  return broken ? [mismatch(field, rule, [earlier.document, later.document], [isoDay(earlier.day), isoDay(later.day)], ` (${why})`)] : [];
}

export function matchDocuments(documents: MatchingDocuments, options: Partial<MatchingOptions> = {}): Result<DocumentMismatch[], UserError[]> {
  const settings = { ...DEFAULT_MATCHING_OPTIONS, ...options };
  assertOptions(settings);
  const { order, invoice } = documents;
  const bill = documents.bill ?? null;
  const declaration = documents.declaration ?? null;
  const errors: UserError[] = [];
  const read = {
    order: readDocument(errors, 'order', order),
    invoice: readDocument(errors, 'invoice', invoice),
    bill: bill === null ? null : readDocument(errors, 'bill', bill),
    declaration: declaration === null ? null : readDocument(errors, 'declaration', declaration),
  };
  if (errors.length > 0) return fail(errors);

  const tolerance = new Decimal(settings.valueTolerance);
  const found = [read.invoice, read.bill, read.declaration].flatMap((doc) => (doc === null ? [] : againstOrder(read.order, doc, tolerance)));

  const ordered = { document: 'order' as const, day: readDay(order.orderDate, 'order', 'orderDate') };
  const invoiced = { document: 'invoice' as const, day: readDay(invoice.invoiceDate, 'invoice', 'invoiceDate') };
  const declared = declaration && { document: 'declaration' as const, day: readDay(declaration.declarationDate, 'declaration', 'declarationDate') };
  found.push(...dateRule('dates.invoiceDate', 'invoice-before-order', ordered, invoiced, 'an invoice cannot be dated before the order it bills'));
  if (bill !== null) {
    const issued = { document: 'bill' as const, day: readDay(bill.issueDate, 'bill', 'issueDate') };
    const shipped = { document: 'bill' as const, day: readDay(bill.shippedOnBoardDate, 'bill', 'shippedOnBoardDate') };
    const days = settings.invoiceDaysAfterShipment;
    found.push(
      ...dateRule('dates.invoiceDate', 'invoice-long-after-shipment', shipped, invoiced, `an invoice is dated at most ${days} days after the goods were shipped on board`, days),
      ...dateRule('dates.billIssueDate', 'bill-before-order', ordered, issued, 'goods are shipped against an order that exists'),
      ...(declared ? dateRule('dates.declarationDate', 'declaration-after-shipment', declared, shipped, 'export goods are declared before they are shipped on board') : []),
    );
  }
  if (declared) found.push(...dateRule('dates.declarationDate', 'declaration-before-order', ordered, declared, 'goods are declared for an order that exists'));
  return ok(found);
}
