/**
 * The four documents of a financing (四单对碰) as the matching rules read them, taken from the
 * stored order, invoice, bill and export declaration. Parties are compared by party id on all
 * four, so a name typed differently never hides who a document names.
 */
import type { FinancingKind } from '../../machines/financing.machine';
import type { BillRecord } from '../models/bill.model';
import type { DeclarationRecord } from '../models/declaration.model';
import type { InvoiceRecord } from '../models/invoice.model';
import type { OrderTerms } from '../models/order.model';
import { Decimal, fromDecimal128 } from '../shared/money';
import type { BillDocument, DeclarationDocument, InvoiceDocument, MoneyText, OrderDocument, TradeDocumentName } from './rules';

/** Customs states in which an export declaration stands for goods customs let go. */
export const RELEASED_EXPORT_STATES = ['released', 'closed'];

/**
 * Which documents the bank matches for each kind: a bill pledge stands on shipped, cleared goods;
 * a pre-shipment loan comes before there is a bill or a declaration; a policy financing is matched
 * against whatever its insured shipment has, the bill and declaration once the goods shipped.
 */
export function requiredDocuments(kind: FinancingKind, hasBill: boolean): TradeDocumentName[] {
  if (kind === 'billPledge' || (kind === 'policyFinancing' && hasBill)) return ['order', 'invoice', 'bill', 'declaration'];
  return ['order', 'invoice'];
}

export function orderDocument(order: OrderTerms): OrderDocument {
  return {
    seller: String(order.sellerId),
    buyer: String(order.buyerId),
    goods: order.lines.map((l) => ({ hsCode: l.hsCode, quantity: fromDecimal128(l.quantity).toFixed(), unit: l.unit })),
    value: { amount: fromDecimal128(order.total).toFixed(), currency: order.currency },
    origin: order.origin,
    destination: order.destination,
    orderDate: order.createdAt,
  };
}

export function invoiceDocument(invoice: InvoiceRecord): InvoiceDocument {
  const c = invoice.content;
  return {
    seller: String(invoice.sellerId),
    buyer: String(invoice.buyerId),
    goods: c.lines.map((l) => ({ hsCode: l.hsCode, quantity: l.quantity, unit: l.unit })),
    value: { amount: c.total, currency: c.currency },
    origin: c.origin,
    destination: c.destination,
    invoiceDate: c.invoiceDate,
  };
}

/**
 * The bill: shipper and consignee (none on a to-order bill), the places of receipt and delivery,
 * and the date the operator took the goods in charge, which on a multimodal bill stands for the
 * shipped-on-board date of a port-to-port one.
 */
export function billDocument(bill: BillRecord): BillDocument {
  const d = bill.document;
  return {
    seller: d.shipper.partyId,
    buyer: d.consignee?.partyId ?? null,
    goods: d.goods.map((g) => ({ hsCode: g.hsCode, quantity: g.quantity, unit: g.unit })),
    value: d.declaredValue ? { amount: d.declaredValue.amount, currency: d.declaredValue.currency } : null,
    origin: d.places.receipt,
    destination: d.places.delivery,
    issueDate: d.issueDate,
    shippedOnBoardDate: d.takenInCharge.date,
  };
}

/**
 * The export declaration: the goods' owner is the domestic consignor; the overseas consignee is
 * the order's buyer, since the single window files the declaration against the order and stores
 * no other. The declaration states the country of destination (运抵国), not the place: a country
 * other than the order's shows as that country's unlisted place (XXZZZ), so the route mismatches.
 */
export function declarationDocument(declaration: Omit<DeclarationRecord, 'history'>, order: OrderTerms): DeclarationDocument {
  const c = declaration.content;
  const country = c.lines[0]?.destinationCountry ?? order.destination.slice(0, 2);
  const value = c.totals.value ?? c.lines.reduce((s, l) => s.plus(l.value), new Decimal(0)).toFixed();
  return {
    seller: String(declaration.ownerId),
    buyer: String(order.buyerId),
    goods: c.lines.map((l) => ({ hsCode: l.hsCode, quantity: l.quantity, unit: l.unit })),
    value: { amount: value, currency: c.totals.currency ?? c.lines[0]?.currency ?? order.currency },
    origin: c.port,
    destination: country === order.destination.slice(0, 2) ? order.destination : `${country}ZZZ`,
    declarationDate: declaration.createdAt,
  };
}

/**
 * The cargo value a bank lends against once the documents agree: the lowest value any of them
 * states (they may differ within the matching tolerance), so no document overstates the security.
 */
export function verifiedCargoValue(documents: Array<{ value: { amount: string; currency: string } | null }>): MoneyText {
  const values = documents.flatMap((d) => (d.value ? [d.value] : []));
  const lowest = values.reduce((a, b) => (new Decimal(b.amount).lt(a.amount) ? b : a));
  return { amount: new Decimal(lowest.amount).toFixed(), currency: lowest.currency };
}
