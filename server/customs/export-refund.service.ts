/**
 * Export tax refund (出口退税) for the exporter of a closed export declaration: the FOB value from
 * the order's Incoterm, converted at the customs exchange rate, times the refund rate of each
 * line's HS heading; then the tax authority approves, rejects or pays. In this simulator customs
 * plays the single window's tax-refund desk, so a party in the customs role decides.
 */
import type { Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import {
  REFUND_EVENTS,
  REFUND_MACHINE_VERSION,
  type RefundEvent,
  refundInputRefusal,
  refundMachine,
  refundRefusal,
} from '../../machines/refund.machine';
import type { Clock } from '../clock';
import { LifecycleEngine } from '../lifecycle/engine';
import type { Outbox } from '../lifecycle/outbox';
import type { DeclarationRecord } from '../models/declaration.model';
import { type ExportRefundRecord, exportRefundModel } from '../models/export-refund.model';
import type { OrderRecord } from '../models/order.model';
import { type Caller, hasRole } from '../parties/caller';
import { isObjectIdText } from '../shared/ids';
import { Decimal, formatMoney, roundMoney } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, forbidden, notFound } from '../shared/user-error';
import { type CustomsSettings, customsRate } from './customs-settings';
import { visibleDeclarations } from './declaration-access';
import type { DeclarationService } from './declaration.service';
import { type MoneyInput, exportRefund, fobValue } from './rules';
import { machineContext } from '../lifecycle/snapshot';

export interface ApplyForRefundInput {
  declaration: string;
  freight?: MoneyInput | null;
  insurance?: MoneyInput | null;
}

/**
 * A decision as the caller sends it: the service adds who acts and in which role. An approval
 * without an amount approves what was applied for.
 */
export type RefundAction =
  | (RefundEvent extends infer E ? (E extends { by: string; type: 'REJECT' | 'PAY' | 'WITHDRAW' } ? Omit<E, 'by' | 'role'> : never) : never)
  | { type: 'APPROVE'; amount?: string };

const FEN = 2;
const rule = (r: string, message: string): UserError => ({ code: 'BUSINESS_RULE', rule: r, message });

/**
 * Splits the FOB value over the lines in proportion to their declared values, each rounded to
 * the fen, the last line taking what rounding left so the lines add up to the whole exactly.
 */
function fobByLine(lines: DeclarationRecord['content']['lines'], fobCny: Decimal): Decimal[] {
  const total = lines.reduce((s, l) => s.plus(l.value), new Decimal(0));
  let left = fobCny;
  return lines.map((l, i) => {
    if (i === lines.length - 1) return left;
    const share = roundMoney(fobCny.times(l.value).dividedBy(total), FEN);
    left = left.minus(share);
    return share;
  });
}

const CNY_AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;
const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/** What each decision needs, by the field the caller sends it in. */
function decisionInputErrors(action: RefundAction): UserError[] {
  switch (action.type) {
    case 'APPROVE':
      if (action.amount === undefined) return [];
      if (!CNY_AMOUNT.test(action.amount)) return [fieldError(['input', 'amount'], 'cny-amount', `'${action.amount}' is not an amount in CNY with at most 2 decimals, such as 1234.50`)];
      return new Decimal(action.amount).isZero() ? [fieldError(['input', 'amount'], 'positive', 'approving nothing is a rejection: use REJECT with a reason')] : [];
    case 'PAY':
      return blank(action.reference) ? [fieldError(['input', 'reference'], 'required', 'a refund is paid with the reference of its transfer')] : [];
    default:
      return blank(action.reason) ? [fieldError(['input', 'reason'], 'required', `${action.type} must say why`)] : [];
  }
}

export class ExportRefundService {
  readonly model: Model<ExportRefundRecord>;
  readonly lifecycle: LifecycleEngine<typeof refundMachine, ExportRefundRecord>;

  constructor(
    connection: Connection,
    private readonly clock: Clock,
    outbox: Outbox,
    private readonly declarations: DeclarationService,
    private readonly settings: CustomsSettings,
  ) {
    this.model = exportRefundModel(connection);
    this.lifecycle = new LifecycleEngine(
      { name: 'exportRefund', machine: refundMachine, version: REFUND_MACHINE_VERSION, label: (doc) => `of declaration ${String(doc.declarationNumber)}` },
      this.model,
      { clock, outbox, connection },
    );
  }

  async apply(caller: Caller, input: ApplyForRefundInput): Promise<Result<ExportRefundRecord, UserError[]>> {
    const declaration = await this.declarations.find(caller, input.declaration);
    if (!declaration) return fail([notFound(`declaration '${input.declaration}' does not exist or is not yours to see`)]);
    if (!hasRole(caller, 'exporter') || String(declaration.ownerId) !== caller.partyId) {
      return fail([forbidden(`declaration ${declaration.number}: only the exporter of its goods applies for their tax refund`)]);
    }
    if (declaration.kind !== 'export') return fail([rule('refund-export-only', `declaration ${declaration.number} is an ${declaration.kind}: only exported goods are refunded`)]);
    if (declaration.state !== 'closed') {
      return fail([rule('refund-after-closure', `declaration ${declaration.number} is ${declaration.state}: a refund is applied for once the export is closed (结关)`)]);
    }
    const order = (await this.declarations.orderOf(declaration)) as OrderRecord;
    const computed = this.compute(declaration, order, input);
    if (!computed.ok) return computed;
    const refusal = refundInputRefusal({ appliedAmount: computed.value.appliedAmount, currency: 'CNY' });
    if (refusal) return fail([rule('refund-amount', `declaration ${declaration.number}: ${refusal}`)]);
    try {
      const created = await this.lifecycle.create(
        {
          _id: new Types.ObjectId(),
          declarationId: declaration._id,
          declarationNumber: declaration.number,
          orderId: declaration.orderId,
          exporterId: caller.party._id,
          ...computed.value,
          parties: [caller.party._id],
          createdAt: this.clock.now(),
        },
        { appliedAmount: computed.value.appliedAmount, currency: 'CNY' },
        { partyId: caller.partyId, role: 'exporter' },
      );
      return ok(created);
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err;
      return fail([{ code: 'DUPLICATE', rule: 'one-refund', message: `declaration ${declaration.number} already has a refund application: no declaration is refunded twice` }]);
    }
  }

  /** The refund of a declaration (by its number) or by the refund's id, if the caller may read it. */
  async find(caller: Caller, reference: string): Promise<ExportRefundRecord | null> {
    const ref = reference.trim();
    const key = isObjectIdText(ref) ? { _id: new Types.ObjectId(ref) } : { declarationNumber: ref };
    // A declaration may have a withdrawn or rejected application before its standing one: the newest.
    return this.model.findOne({ ...key, ...visibleDeclarations(caller) }).sort({ createdAt: -1, _id: -1 }).lean();
  }

  async decide(caller: Caller, reference: string, action: RefundAction, expectedVersion?: number): Promise<Result<ExportRefundRecord, UserError[]>> {
    const refund = await this.find(caller, reference);
    if (!refund) return fail([notFound(`refund '${reference}' does not exist or is not yours to see`)]);
    const bad = decisionInputErrors(action);
    if (bad.length > 0) return fail(bad);
    const eventRule = REFUND_EVENTS[action.type];
    if (eventRule.role === 'taxAuthority' && !hasRole(caller, 'customs')) return fail([forbidden(`refund of declaration ${refund.declarationNumber}: only the tax authority ${eventRule.does}`)]);
    if (eventRule.role === 'exporter' && String(refund.exporterId) !== caller.partyId) return fail([forbidden(`refund of declaration ${refund.declarationNumber}: only the exporter that applied ${eventRule.does}`)]);
    const context = machineContext(refundMachine, refund);
    const sent = action.type === 'APPROVE' ? { ...action, amount: action.amount ?? context.appliedAmount } : action;
    const event = { ...sent, by: caller.partyId, role: eventRule.role } as RefundEvent;
    const refusal = refundRefusal(refund.state as never, context, event);
    if (refusal) return fail([rule('refund-control', `refund of declaration ${refund.declarationNumber}: ${refusal}`)]);
    const r = await this.lifecycle.apply(refund._id, event, { partyId: caller.partyId, role: eventRule.role === 'exporter' ? 'exporter' : 'customs' }, {
      expectedVersion: expectedVersion ?? refund.version,
      current: refund,
    });
    if (!r.ok) return fail([{ code: r.error.code === 'NOT_FOUND' ? 'NOT_FOUND' : r.error.code === 'CONFLICT' ? 'CONFLICT' : 'EVENT_NOT_ACCEPTED', message: r.error.message }]);
    return ok(r.value.doc);
  }

  private compute(declaration: DeclarationRecord, order: OrderRecord, input: ApplyForRefundInput) {
    const lines = declaration.content.lines;
    const currency = lines[0]!.currency;
    const invoice = declaration.content.totals.value ?? lines.reduce((s, l) => s.plus(l.value), new Decimal(0)).toFixed();
    const fob = fobValue(order.incoterm, { amount: invoice, currency }, input.freight ?? undefined, input.insurance ?? undefined);
    if (!fob.ok) return fail(fob.error.map((e) => ({ ...e, field: ['input', ...(e.field ?? [])] })));
    const rate = customsRate(this.settings, currency);
    if (!rate) return fail([rule('customs-rate', `customs has no exchange rate for ${currency}: the refund cannot be converted to CNY`)]);
    const fobCny = roundMoney(new Decimal(fob.value.amount).times(rate), FEN);
    const shares = fobByLine(lines, fobCny);
    const refund = exportRefund({ currency: 'CNY', lines: lines.map((l, i) => ({ hsCode: l.hsCode, fobValue: formatMoney(shares[i]!, FEN) })) }, this.settings.refundRates);
    if (!refund.ok) return fail(refund.error.map((e) => ({ ...e, field: ['declaration', ...(e.field ?? [])] })));
    return ok({
      fobValue: { amount: fob.value.amount, currency },
      fobNotes: [...fob.value.notes],
      exchangeRate: rate.toFixed(),
      lines: [...refund.value.lines],
      appliedAmount: refund.value.totals.refund,
    });
  }
}
