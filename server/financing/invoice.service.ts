/**
 * Commercial invoices: the seller of an order issues one and may correct it (a reissue under the
 * same number, the next revision). The seller and the buyer read it, and so does every bank the
 * seller applied to for financing against it. Once a loan is approved on it, it is fixed: the bank
 * lent on what it matched.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { ClientSession, Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { type Copy, RecentCopies, onCopyOrRead } from '../lifecycle/recent-copies';
import { LENDING_STATES, financingModel } from '../models/financing.model';
import { type InvoiceRecord, invoiceModel } from '../models/invoice.model';
import type { OrderService } from '../orders/order.service';
import { type Caller, hasRole } from '../parties/caller';
import { visibleTo } from '../parties/visibility';
import { isObjectIdText } from '../shared/ids';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, forbidden, notFound } from '../shared/user-error';
import { type InvoiceContentInput, checkInvoiceContent, checkInvoiceNumber } from './invoice.validation';

dayjs.extend(utc);

export interface IssueInvoiceInput extends InvoiceContentInput {
  /** the order's number or id */
  order: string;
  number: string;
}

/** Orders that have been agreed and not called off: only those are invoiced. */
const INVOICEABLE_ORDER_STATES = ['confirmed', 'booked', 'inTransit', 'arrived', 'delivered', 'completed', 'onHold'];

const rule = (r: string, message: string): UserError => ({ code: 'BUSINESS_RULE', rule: r, message });

export class InvoiceService {
  readonly model: Model<InvoiceRecord>;
  /** Invoices as this process last wrote them, by id and number (lifecycle/recent-copies.ts). */
  private readonly recent = new RecentCopies<InvoiceRecord>(undefined, (invoice) => invoice.number);

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    private readonly orders: OrderService,
  ) {
    this.model = invoiceModel(connection);
  }

  async issue(caller: Caller, input: IssueInvoiceInput): Promise<Result<InvoiceRecord, UserError[]>> {
    const order = await this.orders.find(caller, input.order);
    if (!order) return fail([notFound(`order '${input.order}' does not exist or is not yours to see`)]);
    if (!hasRole(caller, 'exporter') || String(order.sellerId) !== caller.partyId) return fail([forbidden(`order ${order.number}: only its seller issues its commercial invoice`)]);
    if (!INVOICEABLE_ORDER_STATES.includes(order.state)) return fail([rule('order-state', `order ${order.number} is ${order.state}: only a confirmed order is invoiced`)]);
    const errors: UserError[] = [];
    const number = checkInvoiceNumber(errors, ['input', 'number'], input.number);
    const content = checkInvoiceContent(input, { origin: order.origin, destination: order.destination, today: this.today() }, ['input']);
    if (!content.ok) errors.push(...content.error);
    if (errors.length > 0 || !number || !content.ok) return fail(errors);
    const now = this.clock.now();
    try {
      const [created] = await this.model.create([
        {
          _id: new Types.ObjectId(),
          number,
          orderId: order._id,
          orderNumber: order.number,
          sellerId: order.sellerId,
          buyerId: order.buyerId,
          revision: 1,
          content: content.value,
          previous: [],
          parties: [order.sellerId, order.buyerId],
          version: 1,
          issuedAt: now,
          updatedAt: now,
        },
      ]);
      const issued = created!.toObject() as InvoiceRecord;
      this.recent.remember(issued);
      return ok(issued);
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
      const perOrder = JSON.stringify((err as { keyPattern?: unknown }).keyPattern ?? '').includes('orderId');
      return fail([
        perOrder
          ? { code: 'DUPLICATE', rule: 'one-invoice-per-order', message: `order ${order.number} already has a commercial invoice: correct it instead of issuing another` }
          : { code: 'DUPLICATE', rule: 'invoice-number', field: ['input', 'number'], message: `you already issued an invoice numbered ${number}` },
      ]);
    }
  }

  /**
   * Reissues the invoice with corrected content, keeping the revision it replaces. Refused once a
   * loan was approved on it, since the bank's matching and limit stand on that revision.
   */
  async correct(caller: Caller, ref: string, content: InvoiceContentInput, reason: string, expectedVersion?: number): Promise<Result<InvoiceRecord, UserError[]>> {
    const read = async (): Promise<Result<InvoiceRecord, UserError[]>> => {
      const invoice = await this.find(caller, ref);
      if (!invoice) return fail([notFound(`invoice '${ref}' does not exist or is not yours to see`)]);
      return this.correctOn(caller, invoice, content, reason, expectedVersion);
    };
    // The invoice as this process last wrote it (issue 18): its content and revision move only
    // with its version, and the write is conditional on that version and on the caller's
    // visibility, so a stale copy writes nothing and every failure is answered from a read
    // (lifecycle/recent-copies.ts). A bank shown the invoice does not move the version, and
    // nothing here reads who may see it but through the write's condition.
    const key = isObjectIdText(ref) ? ref : ref.trim().toUpperCase();
    const corrected = await onCopyOrRead(this.recent, key, expectedVersion, (copy) => this.correctOn(caller, copy, content, reason, expectedVersion, visibleTo(caller)), read);
    if (corrected.ok) this.recent.remember(corrected.value);
    return corrected;
  }

  private async correctOn(
    caller: Caller,
    invoice: Copy<InvoiceRecord>,
    content: InvoiceContentInput,
    reason: string,
    expectedVersion?: number,
    where: Record<string, unknown> = {},
  ): Promise<Result<InvoiceRecord, UserError[]>> {
    if (!hasRole(caller, 'exporter') || String(invoice.sellerId) !== caller.partyId) return fail([forbidden(`invoice ${invoice.number}: only its seller corrects it`)]);
    const errors: UserError[] = [];
    if (typeof reason !== 'string' || reason.trim() === '') errors.push(fieldError(['reason'], 'required', 'say why the invoice is corrected'));
    // The order's places are terms of sale, never changed: a remembered copy serves them as stored.
    const order = (await this.orders.termsOfSale(invoice.orderId))!;
    const checked = checkInvoiceContent(content, { origin: order.origin, destination: order.destination, today: this.today() }, ['content']);
    if (!checked.ok) errors.push(...checked.error);
    if (errors.length > 0 || !checked.ok) return fail(errors);
    const lending = await financingModel(this.connection).findOne({ invoiceId: invoice._id, state: { $in: LENDING_STATES } }, { number: 1, state: 1 }).lean();
    if (lending) {
      return fail([rule('invoice-financed', `invoice ${invoice.number}: financing ${lending.number} is ${lending.state} on it, so it can no longer be corrected`)]);
    }
    const version = expectedVersion ?? invoice.version;
    const now = this.clock.now();
    const replaced = { ...invoice.content, revision: invoice.revision, replacedAt: now, reason: reason.trim() };
    const updated = await this.model
      .findOneAndUpdate(
        { _id: invoice._id, version, ...where },
        { $set: { content: checked.value, revision: invoice.revision + 1, updatedAt: now }, $push: { previous: replaced }, $inc: { version: 1 } },
        { returnDocument: 'after' },
      )
      .lean();
    if (!updated) return fail([{ code: 'CONFLICT', message: `invoice ${invoice.number} is no longer at version ${version}: reload it and try again` }]);
    return ok(updated);
  }

  /** An invoice the caller may read, by id or number. */
  async find(caller: Caller, ref: string): Promise<InvoiceRecord | null> {
    const key = isObjectIdText(ref) ? { _id: new Types.ObjectId(ref) } : { number: ref.trim().toUpperCase() };
    return this.model.findOne({ ...key, ...visibleTo(caller) }).lean();
  }

  /** The invoice of an order, for a service that has already checked who asks (financing). */
  forOrder(orderId: Types.ObjectId, session?: ClientSession): Promise<InvoiceRecord | null> {
    return this.model.findOne({ orderId }).session(session ?? null).lean();
  }

  /** Lets a bank the seller applied to read the invoice; in the caller's transaction. */
  async showTo(invoiceId: Types.ObjectId, partyId: Types.ObjectId, session: ClientSession): Promise<void> {
    await this.model.updateOne({ _id: invoiceId }, { $addToSet: { parties: partyId } }, { session });
  }

  private today(): string {
    return dayjs.utc(this.clock.now()).format('YYYY-MM-DD');
  }
}
