/**
 * The 一单制 bill of lading as a document of title: the forwarder (multimodal transport operator)
 * drafts it from a booked shipment, the shipper approves, the operator issues; holders transfer,
 * endorse, pledge and surrender it under the control rules of machines/bill.control.ts. Every
 * action from issue on is a signed entry of a hash chain that starts at the document checksum.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { ClientSession, Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import {
  BILL_ACTING_ROLES,
  BILL_ACTION_CODES,
  BILL_HOLDER_ROLES,
  BILL_MACHINE_VERSION,
  type BillEvent,
  type BillStateName,
  billMachine,
  billRecipient,
  billRefusal,
} from '../../machines/bill.machine';
import type { Clock } from '../clock';
import { LifecycleEngine } from '../lifecycle/engine';
import { RecentCopies, onCopyOrRead } from '../lifecycle/recent-copies';
import type { Outbox } from '../lifecycle/outbox';
import { type BillRecord, billModel } from '../models/bill.model';
import { nextSequence } from '../models/counter.model';
import type { OrderRecord } from '../models/order.model';
import type { PartyRecord } from '../models/party.model';
import type { ShipmentRecord } from '../models/shipment.model';
import type { OrderService } from '../orders/order.service';
import { commonListFilter, lifecycleError } from '../orders/order.service';
import { type Caller, hasRole } from '../parties/caller';
import { visibleTo } from '../parties/visibility';
import type { Role } from '../models/roles';
import { isObjectIdText } from '../shared/ids';
import { type Connection as Page, type PageArgs, paginate } from '../shared/pagination';
import { type Result, fail, ok } from '../shared/result';
import { afterCommit } from '../shared/after-commit';
import { inTransaction } from '../shared/transaction';
import { type UserError, fieldError, forbidden, notFound } from '../shared/user-error';
import type { ShipmentService } from '../shipments/shipment.service';
import { type DraftBillOptions, billDocumentInput, unknownSealContainers } from './bill-document-input';
import { buildBillDocument } from './document/bill-document';
import { type ChainEntry, documentChecksum, sealEntry, verifyChain } from './integrity';
import { type PartyKeyOptions, PartyKeyService } from './party-keys.service';
import { machineContext } from '../lifecycle/snapshot';

dayjs.extend(utc);

/** An event as a caller sends it: the service adds who acts (`by`). */
export type BillAction = BillEvent extends infer E ? (E extends { by: string } ? Omit<E, 'by'> : never) : never;

/** A party's public key as the chain verifier takes it. */
type PublicJwk = NonNullable<ReturnType<Parameters<typeof verifyChain>[2]>>;

export type BillVerification = { ok: true; entries: number } | { ok: false; brokenAt: number; reason: string; message: string };

export interface BillActOptions {
  session?: ClientSession;
  expectedVersion?: number;
  /**
   * Parties the caller already holds as read for this request (e.g. the bank registering a pledge
   * is the bank the bill is pledged to): a party the action names among them is not read again.
   */
  knownParties?: readonly PartyRecord[];
}

export class BillService {
  readonly model: Model<BillRecord>;
  /** Bills as this process last wrote them, by id and number (lifecycle/recent-copies.ts). */
  private readonly recent = new RecentCopies<BillRecord>(undefined, (bill) => bill.number);
  readonly lifecycle: LifecycleEngine<typeof billMachine, BillRecord>;
  readonly keys: PartyKeyService;

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    outbox: Outbox,
    private readonly orders: OrderService,
    private readonly shipments: ShipmentService,
    keyOptions: PartyKeyOptions = {},
  ) {
    this.model = billModel(connection);
    this.keys = new PartyKeyService(connection, clock, keyOptions);
    this.lifecycle = new LifecycleEngine(
      {
        name: 'bill',
        machine: billMachine,
        version: BILL_MACHINE_VERSION,
        label: (doc) => String(doc.number),
        refusal: { rule: 'bill-control', explain: (state, context, event) => billRefusal(state as BillStateName, context, event) },
      },
      this.model,
      { clock, outbox, connection },
    );
  }

  async draft(caller: Caller, shipmentRef: string, options: DraftBillOptions): Promise<Result<BillRecord, UserError[]>> {
    if (!hasRole(caller, 'forwarder')) return fail([forbidden('only a forwarder (multimodal transport operator) drafts bills')]);
    const key = isObjectIdText(shipmentRef) ? { _id: new Types.ObjectId(shipmentRef) } : { number: shipmentRef.toUpperCase() };
    const shipment = await this.shipments.find(caller, key);
    if (!shipment) return fail([notFound(`shipment '${shipmentRef}' does not exist or is not yours to see`)]);
    if (String(shipment.forwarderId) !== caller.partyId) return fail([forbidden(`shipment ${shipment.number}: only its operator issues its bill`)]);
    const order = await this.orders.model.findById(shipment.orderId).lean();
    if (!order || ['cancelled', 'completed'].includes(order.state)) {
      return fail([{ code: 'BUSINESS_RULE', rule: 'order-state', message: `order ${shipment.orderNumber} is ${order?.state ?? 'gone'}: no bill can be drafted` }]);
    }
    const live = await this.model.findOne({ shipmentId: shipment._id, state: { $ne: 'VOIDED' } }, { number: 1 }).lean();
    if (live) return fail([{ code: 'DUPLICATE', rule: 'one-bill', message: `shipment ${shipment.number} already has bill ${live.number}: one bill covers all legs` }]);
    const now = this.clock.now();
    const number = `YDBL${now.getUTCFullYear()}${String(await nextSequence(this.connection, `bill-${now.getUTCFullYear()}`)).padStart(6, '0')}`;
    try {
      return await this.createDraft(caller, order, shipment, options, { number, amends: null, reissueToId: null });
    } catch (err) {
      // A concurrent draft for the same shipment won the unique index.
      if ((err as { code?: number }).code !== 11000) throw err;
      return fail([{ code: 'DUPLICATE', rule: 'one-bill', message: `shipment ${shipment.number} already has a bill: one bill covers all legs` }]);
    }
  }

  /**
   * After the issuer accepted a surrender for amendment: voids the bill and drafts its
   * replacement under a sub-reference (YDBL2026000001-1, -2 ...), in one transaction. The
   * replacement is approved and issued like any bill, and issue gives it to whoever surrendered
   * the old one.
   */
  async amend(caller: Caller, ref: string, changes: Omit<DraftBillOptions, 'billType'> & { billType?: DraftBillOptions['billType'] }): Promise<Result<BillRecord, UserError[]>> {
    const old = await this.find(caller, ref);
    if (!old) return fail([notFound(`bill '${ref}' does not exist or is not yours to see`)]);
    if (String(old.issuerId) !== caller.partyId) return fail([forbidden(`bill ${old.number}: only its issuer amends it`)]);
    if (old.state !== 'SURRENDERED_FOR_AMENDMENT') {
      return fail([{ code: 'BUSINESS_RULE', rule: 'bill-control', message: `bill ${old.number} is ${old.state}: only a bill surrendered for amendment is amended` }]);
    }
    const root = old.number.replace(/-\d+$/, '');
    const siblings = await this.model.countDocuments({ number: { $regex: `^${root}-\\d+$` } });
    const number = `${root}-${siblings + 1}`;
    const order = await this.orders.model.findById(old.orderId).lean();
    const shipment = await this.shipments.model.findById(old.shipmentId).lean();
    if (!order || !shipment) return fail([notFound(`the order or shipment of bill ${old.number} no longer exists`)]);
    const context = machineContext(billMachine, old);
    const options: DraftBillOptions = {
      billType: changes.billType ?? old.billType,
      consigneeId: changes.consigneeId ?? (old.consigneeId ? String(old.consigneeId) : undefined),
      toOrderOfId: changes.toOrderOfId,
      seals: changes.seals ?? old.document.containers.map((c) => ({ container: c.number, seals: c.seals.map((seal) => seal.number) })),
    };
    return inTransaction(this.connection, async (session) => {
      const voided = await this.act(caller, old.number, { type: 'VOID', reason: `amended: replaced by ${number}` }, { session, expectedVersion: old.version });
      if (!voided.ok) return voided;
      return this.createDraft(caller, order, shipment, options, { number, amends: old.number, reissueToId: context.surrenderRequestedBy }, session);
    });
  }

  private async createDraft(
    caller: Caller,
    order: OrderRecord,
    shipment: ShipmentRecord,
    options: DraftBillOptions,
    identity: { number: string; amends: string | null; reissueToId: string | null },
    session?: ClientSession,
  ): Promise<Result<BillRecord, UserError[]>> {
    const ids = [order.sellerId, order.buyerId, shipment.forwarderId, ...shipment.legs.flatMap((l) => (l.carrierId ? [l.carrierId] : []))];
    for (const extra of [options.consigneeId, options.toOrderOfId, identity.reissueToId]) if (extra && isObjectIdText(extra)) ids.push(new Types.ObjectId(extra));
    // Through the directory orders keep (party-directory.ts): the parties as a read now finds them.
    const parties = await this.orders.parties.byIds(ids.map(String));
    const now = this.clock.now();
    const built = buildBillDocument(billDocumentInput(identity.number, dayjs.utc(now).format('YYYY-MM-DD'), order, shipment, parties, options));
    const problems = [...unknownSealContainers(shipment, options), ...(built.ok ? [] : built.error)];
    if (problems.length > 0 || !built.ok) return fail(problems.map((p) => ({ code: 'VALIDATION' as const, field: ['input', ...p.field], rule: p.rule, message: p.message })));
    const document = built.value;
    const consigneeId = document.consignee ? new Types.ObjectId(document.consignee.partyId) : null;
    const readers = [
      shipment.forwarderId,
      order.sellerId,
      ...(consigneeId ? [consigneeId] : []),
      ...document.notifyParties.map((p) => new Types.ObjectId(p.partyId)),
      ...(identity.reissueToId ? [new Types.ObjectId(identity.reissueToId)] : []),
    ];
    const created = await this.lifecycle.create(
      {
        _id: new Types.ObjectId(),
        number: identity.number,
        amends: identity.amends,
        orderId: order._id,
        orderNumber: order.number,
        shipmentId: shipment._id,
        shipmentNumber: shipment.number,
        billType: options.billType,
        issuerId: shipment.forwarderId,
        shipperId: order.sellerId,
        consigneeId,
        document,
        documentChecksum: null,
        chain: [],
        parties: [...new Map(readers.map((id) => [String(id), id])).values()],
        createdAt: now,
      },
      {
        billType: options.billType,
        issuerId: String(shipment.forwarderId),
        shipperId: String(order.sellerId),
        consigneeId: consigneeId ? String(consigneeId) : undefined,
        reissueToId: identity.reissueToId,
      },
      { partyId: caller.partyId, role: 'forwarder' },
      session,
    );
    if (!session) this.recent.remember(created);
    else afterCommit(session, () => this.recent.remember(created));
    return ok(created);
  }

  /** A bill the caller may read, by number or id. */
  async find(caller: Caller, ref: string): Promise<BillRecord | null> {
    const key = isObjectIdText(ref) ? { _id: new Types.ObjectId(ref) } : { number: ref.toUpperCase() };
    return this.model.findOne({ ...key, ...visibleTo(caller) }).lean();
  }

  /** One page of the bills the caller may read (as in find), oldest first, or what is wrong with the filter. */
  async list(caller: Caller, filter: { partyId?: string; status?: string; order?: string }, page: PageArgs): Promise<Result<Page<BillRecord>, UserError[]>> {
    const common = commonListFilter({ partyId: filter.partyId });
    if (!common.ok) return common;
    const q: Record<string, unknown> = { ...visibleTo(caller), ...common.value };
    if (filter.status) q.state = filter.status;
    if (filter.order !== undefined) {
      // Only a party to the order names it: a bank holding the bill lists bills by status or party.
      const order = await this.orders.find(caller, filter.order.trim());
      if (!order) return fail([fieldError(['filter', 'order'], 'known-order', `order '${filter.order}' does not exist or is not yours to see`)]);
      q.orderId = order._id;
    }
    return ok(await paginate(this.model, q, page, { sortBy: 'createdAt' }));
  }

  /**
   * Applies an action of the caller to the bill. `session` runs it inside the caller's own
   * transaction (financing pledges the bill together with its loan).
   */
  async act(caller: Caller, ref: string, action: BillAction, options: BillActOptions = {}): Promise<Result<BillRecord, UserError[]>> {
    const read = async (): Promise<Result<BillRecord, UserError[]>> => {
      const bill = await this.find(caller, ref);
      if (!bill) return fail([notFound(`bill '${ref}' does not exist or is not yours to see`)]);
      return this.actOn(caller, bill, action, options);
    };
    // The bill as this process last wrote it, checked here and written only if it is still that
    // version and still the caller's to see (issue 18: one read less per bill action); a failure
    // is answered from the bill as read (lifecycle/recent-copies.ts). Inside a caller's
    // transaction too: the copy is a committed version, and the write is conditional all the same.
    const key = isObjectIdText(ref) ? ref : ref.toUpperCase();
    return onCopyOrRead(this.recent, key, options.expectedVersion, (copy) => this.actOn(caller, copy, action, options, visibleTo(caller)), read);
  }

  private async actOn(caller: Caller, bill: Omit<BillRecord, 'history'>, action: BillAction, options: BillActOptions, where?: Record<string, unknown>): Promise<Result<BillRecord, UserError[]>> {
    const role = caller.roles.find((r) => (BILL_ACTING_ROLES as readonly string[]).includes(r));
    if (!role) return fail([forbidden(`bill ${bill.number}: a ${caller.roles.join('/')} reads bills but does not act on them`)]);
    const event = { ...action, by: caller.partyId } as BillEvent;
    const context = machineContext(billMachine, bill);
    const named = await this.checkNamedParty(action, options.knownParties ?? []);
    if (named) return fail([named]);
    const set: Record<string, unknown> = {};
    const recipient = billRecipient(event, context);
    if (recipient && isObjectIdText(recipient) && !bill.parties.some((p) => String(p) === recipient)) {
      set.parties = [...bill.parties, new Types.ObjectId(recipient)];
    }
    let checksum = bill.documentChecksum;
    if (event.type === 'ISSUE') {
      // The content is fixed now: the issue date is today's, and its checksum starts the chain.
      const document = { ...bill.document, issueDate: dayjs.utc(this.clock.now()).format('YYYY-MM-DD') };
      checksum = documentChecksum(document);
      Object.assign(set, { document, documentChecksum: checksum });
    }
    const code = BILL_ACTION_CODES[event.type];
    const push: Record<string, unknown> = {};
    if (code && checksum) {
      const { type: _t, by: _b, ...payload } = event as Record<string, unknown>;
      const entry = await sealEntry(
        bill.chain.at(-1)?.hash ?? checksum,
        { seq: bill.chain.length + 1, actionCode: code, actor: { partyId: caller.partyId, role }, recipient, at: this.clock.now().toISOString(), payload },
        await this.keys.signerFor(caller.partyId),
      );
      push.chain = entry;
    }
    // Conditional on the version read (or the one the caller expects): the sealed entry links to
    // the chain as it was read. The engine refuses a stale version (CONFLICT) and an event the
    // control rules refuse (BUSINESS_RULE 'bill-control'), before anything is written.
    const expectedVersion = options.expectedVersion ?? bill.version;
    const r = await this.lifecycle.apply(bill._id, event, { partyId: caller.partyId, role }, { session: options.session, expectedVersion, set, push, current: bill as BillRecord, where });
    if (!r.ok) return fail([lifecycleError(r.error)]);
    const written = r.value.doc;
    if (options.session) {
      // A write inside a transaction may still roll back: it is remembered once the transaction
      // committed, and the copy it replaces is no longer the bill meanwhile.
      this.recent.forget(bill._id);
      afterCommit(options.session, () => this.recent.remember(written));
    } else {
      this.recent.remember(written);
      await r.value.runEffects();
    }
    return ok(written);
  }

  /** The party an action names (`to`, `bank`) must exist and be able to hold the bill. */
  private async checkNamedParty(action: BillAction, known: readonly PartyRecord[]): Promise<UserError | null> {
    const field = 'to' in action ? 'to' : 'bank' in action ? 'bank' : null;
    if (!field) return null;
    const id = (action as Record<string, string>)[field];
    const held = known.find((p) => String(p._id) === id);
    const party = held ?? (isObjectIdText(id) ? await this.orders.parties.byId(id) : null);
    if (!party) return fieldError([field], 'known-party', `party ${id} does not exist`);
    const allowed: readonly Role[] = field === 'bank' ? ['bank'] : BILL_HOLDER_ROLES;
    if (!party.roles.some((r) => allowed.includes(r))) {
      return fieldError([field], field === 'bank' ? 'bank-party' : 'holder-party', `party ${party.code} (${party.roles.join('/')}) cannot ${field === 'bank' ? 'take a pledge: only a bank can' : 'hold a bill of lading'}`);
    }
    return null;
  }

  /**
   * Checks the bill from its content on: the stored document must still hash to the checksum
   * fixed at issue, every chain entry must link, hash and verify, and the chain must hold one
   * entry for each chained event of the lifecycle history (a truncated chain shows).
   */
  async verify(caller: Caller, ref: string): Promise<Result<BillVerification, UserError[]>> {
    const bill = await this.find(caller, ref);
    if (!bill) return fail([notFound(`bill '${ref}' does not exist or is not yours to see`)]);
    const chain = bill.chain as ChainEntry[];
    const issued = bill.history.some((h) => h.event === 'ISSUE');
    if (!issued && chain.length === 0 && !bill.documentChecksum) return ok({ ok: true, entries: 0 });
    const broken = (brokenAt: number, reason: string, message: string) => ok<BillVerification>({ ok: false, brokenAt, reason, message: `bill ${bill.number}: ${message}` });
    if (!bill.documentChecksum) return broken(1, 'document', 'the document checksum fixed at issue is missing');
    if (documentChecksum(bill.document) !== bill.documentChecksum) {
      return broken(0, 'document', 'the document content no longer matches the checksum fixed at issue — the content was altered');
    }
    const chainedEvents = bill.history.filter((h) => BILL_ACTION_CODES[h.event as keyof typeof BILL_ACTION_CODES]).length;
    const keys = await this.keys.publicKeys([...new Set(chain.map((e) => e.actor.partyId))]);
    const result = await verifyChain(bill.documentChecksum, chain, (partyId, kid) => (keys.get(kid)?.partyId === partyId ? (keys.get(kid)!.jwk as PublicJwk) : undefined), {
      partyOfKey: (kid) => keys.get(kid)?.partyId,
    });
    if (!result.ok) return broken(result.brokenAt, result.reason, result.message);
    if (chainedEvents !== chain.length) {
      return broken(chain.length + 1, 'truncated', `the history records ${chainedEvents} chained actions but the chain holds ${chain.length}: entries were removed`);
    }
    return ok({ ok: true, entries: result.entries });
  }
}
