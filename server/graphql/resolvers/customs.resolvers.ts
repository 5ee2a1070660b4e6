/**
 * Customs declarations and export refunds over GraphQL: each mutation is one call of the
 * declaration or refund service; field resolvers turn the stored record and its machine context
 * into the schema's shapes (money in its currency, offices by code, the Chinese status).
 */
import {
  CHINESE_RECEIPTS,
  type ConformityAction,
  DECLARATION_KINDS,
  DECLARATION_MODES,
  DECLARATION_STATES,
  type DeclarationContext,
  type DeclarationKind,
  type DeclarationMode,
  type DeclarationStateName,
  LANES,
  type Lane,
  declarationMachine,
} from '../../../machines/declaration.machine';
import { REFUND_STATES, refundMachine, type RefundStateName } from '../../../machines/refund.machine';
import { decisionAction } from '../../customs/customs-decision';
import { getCustomsOffice } from '../../customs/validation/customs-offices';
import { DECLARANT_ROLES, type DeclarantRole } from '../../customs/validation/declaration-input';
import type { Targeting } from '../../customs/rules';
import type { DeclarationRecord } from '../../models/declaration.model';
import { screamingCase } from '../../shared/names';
import { fail } from '../../shared/result';
import type { Resolvers } from '../__generated__/resolvers-types';
import { enumValues } from './enums';
import { requireCaller } from '../auth';
import type { GraphQLContext } from '../context';
import { checkedFilter, payload } from '../payload';
import { historyOf, location, money, partyOf } from './order.resolvers';
import { machineContext } from '../../lifecycle/snapshot';

const CNY = 'CNY';

function contextOf(d: DeclarationRecord): DeclarationContext {
  return machineContext(declarationMachine, d);
}

/** An office by code; a code the table no longer lists still shows, with its code as its name. */
function office(code: string) {
  return getCustomsOffice(code) ?? { code, district: `${code.slice(0, 2)}00`, nameZh: code, nameEn: code, isDistrict: false };
}

const version = (v: number | null | undefined): number | undefined => v ?? undefined;

function declare(context: GraphQLContext) {
  return { caller: requireCaller(context), declarations: context.services.declarations };
}

export const customsResolvers: Resolvers = {
  Query: {
    declaration: (_root, { number }, context) => context.services.declarations.find(requireCaller(context), number),
    declarations: async (_root, { first, after, filter }, context) => {
      const { caller, declarations } = declare(context);
      const filterArgs = {
        kind: filter?.kind ?? undefined,
        state: filter?.state ?? undefined,
        order: filter?.order ?? undefined,
        lane: filter?.lane ?? undefined,
        withoutLane: filter?.withoutLane ?? undefined,
      };
      return checkedFilter(await declarations.list(caller, filterArgs, { first, after }));
    },
    exportRefund: (_root, { reference }, context) => context.services.exportRefunds.find(requireCaller(context), reference),
  },
  Mutation: {
    fileDeclaration: (_root, { input }, context) => {
      const { caller, declarations } = declare(context);
      return payload(
        declarations.file(caller, {
          order: input.order,
          kind: input.kind,
          mode: input.mode,
          content: input.content,
          twoStep: input.twoStep,
          transit: input.transit,
        }),
        'declaration',
      );
    },
    submitDeclaration: (_root, { number, expectedVersion }, context) => {
      const { caller, declarations } = declare(context);
      return payload(declarations.submit(caller, number, version(expectedVersion)), 'declaration');
    },
    correctDeclaration: (_root, { number, content, expectedVersion }, context) => {
      const { caller, declarations } = declare(context);
      return payload(declarations.correct(caller, number, content, version(expectedVersion)), 'declaration');
    },
    completeDeclaration: (_root, { number, content, expectedVersion }, context) => {
      const { caller, declarations } = declare(context);
      return payload(declarations.complete(caller, number, content, version(expectedVersion)), 'declaration');
    },
    payDeclarationCharges: (_root, { number, expectedVersion }, context) => {
      const { caller, declarations } = declare(context);
      return payload(declarations.act(caller, number, { type: 'PAY' }, version(expectedVersion)), 'declaration');
    },
    guaranteeDeclarationCharges: (_root, { number, expectedVersion }, context) => {
      const { caller, declarations } = declare(context);
      return payload(declarations.act(caller, number, { type: 'GUARANTEE' }, version(expectedVersion)), 'declaration');
    },
    deleteDeclaration: (_root, { number, reason, expectedVersion }, context) => {
      const { caller, declarations } = declare(context);
      return payload(declarations.act(caller, number, { type: 'DELETE', reason }, version(expectedVersion)), 'declaration');
    },
    assessDeclarationRisk: (_root, { number, expectedVersion, targeting }, context) => {
      const { caller, declarations } = declare(context);
      const options = { expectedVersion: version(expectedVersion), ...(targeting ? { targeting: { reason: targeting.reason } } : {}) };
      return payload(declarations.assessRisk(caller, number, options), 'declaration');
    },
    recordCustomsDecision: (_root, { input }, context) => {
      const { caller, declarations } = declare(context);
      const action = decisionAction({ ...input, conformityAction: input.conformityAction as ConformityAction | null | undefined });
      return payload(action.ok ? declarations.act(caller, input.declaration, action.value, version(input.expectedVersion)) : fail(action.error), 'declaration');
    },
    flagOverdueTransits: (_root, _args, context) => {
      const { caller, declarations } = declare(context);
      return payload(declarations.flagOverdueTransits(caller), 'flagged').then((p) => ({ flagged: p.flagged ?? [], userErrors: p.userErrors }));
    },
    applyForExportRefund: (_root, { input }, context) =>
      payload(context.services.exportRefunds.apply(requireCaller(context), { declaration: input.declaration, freight: input.freight, insurance: input.insurance }), 'refund'),
    decideExportRefund: (_root, { input }, context) => {
      const caller = requireCaller(context);
      const { decision } = input;
      const action =
        decision === 'APPROVE'
          ? { type: decision, amount: input.amount ?? undefined }
          : decision === 'PAY'
            ? { type: decision, reference: input.reference ?? '' }
            : { type: decision, reason: input.reason ?? '' };
      return payload(context.services.exportRefunds.decide(caller, input.refund, action, version(input.expectedVersion)), 'refund');
    },
  },
  Declaration: {
    id: (d) => String(d._id),
    state: (d) => d.state as DeclarationStateName,
    chineseStatus: (d) => CHINESE_RECEIPTS[d.state as DeclarationStateName],
    order: (d, _a, context) => context.services.orders.find(requireCaller(context), String(d.orderId)),
    declarant: (d, _a, { loaders }) => partyOf(d.declarantId, loaders),
    owner: (d, _a, { loaders }) => partyOf(d.ownerId, loaders),
    customsOffice: (d) => office(d.content.customsOffice),
    port: (d) => location(d.content.port),
    transportMode: (d) => d.content.transportMode as never,
    conveyanceReference: (d) => d.content.conveyanceReference,
    tradeMode: (d) => d.content.tradeMode,
    containers: (d) => d.content.containers,
    lines: (d) => d.content.lines,
    totalValue: (d) => (d.content.totals.value && d.content.totals.currency ? money(d.content.totals.value, d.content.totals.currency) : null),
    grossWeightKg: (d) => d.content.totals.grossWeightKg,
    packages: (d) => d.content.totals.packages,
    invoiceNumber: (d) => d.content.invoiceNumber,
    expectedDate: (d) => d.content.expectedDate,
    inspectThenStuff: (d) => contextOf(d).inspectThenStuff,
    lane: (d) => d.lane,
    selection: (d) => d.selection,
    charges: (d) => d.charges,
    chargesSettlement: (d) => (contextOf(d).taxSettlement ? screamingCase(contextOf(d).taxSettlement!) : null),
    twoStep: (d) => {
      const two = d.content.twoStep;
      if (!two) return null;
      const c = contextOf(d);
      return { dutiable: two.dutiable, guaranteeReference: two.guaranteeReference, conveyanceDeclaredAt: two.conveyanceDeclaredAt, completeDueBy: c.completeDueBy, completeDeclaredAt: c.completeDeclaredAt };
    },
    transit: (d, _a, { services }) => {
      const transit = d.content.transit;
      if (d.kind !== 'transit' || !transit) return null;
      return {
        originOffice: d.content.customsOffice,
        destinationOffice: transit.destinationOffice,
        deadline: d.transitDeadline?.toISOString() ?? null,
        overdue: services.declarations.isOverdue(d),
        flaggedOverdue: contextOf(d).overdue,
      };
    },
    manifestOnFile: (d) => contextOf(d).manifestOnFile,
    arrived: (d) => contextOf(d).arrived,
    elockId: (d) => contextOf(d).elockId,
    alarm: (d) => contextOf(d).alarm,
    rejectionReason: (d) => (d.state === 'rejected' ? contextOf(d).rejectionReason : null),
    inspectionFinding: (d) => contextOf(d).inspectionFinding,
    refusalReason: (d) => contextOf(d).refusalReason,
    deletionReason: (d) => contextOf(d).deletionReason,
    conformityFinding: (d) => contextOf(d).conformityFinding,
    allowedEvents: (d, _a, { services }) => services.declarations.lifecycle.allowedEvents(d),
    history: (d) => historyOf(d.history),
    createdAt: (d) => d.createdAt.toISOString(),
  },
  DeclarationLine: {
    value: (l) => money(l.value, l.currency),
  },
  DeclarationCharges: {
    customsValue: (c) => money(c.customsValue, CNY),
    taxLines: (c) => [...(c.taxes?.lines ?? [])],
    duty: (c) => money(c.taxes?.totals.duty ?? '0', CNY),
    consumptionTax: (c) => money(c.taxes?.totals.consumptionTax ?? '0', CNY),
    vat: (c) => money(c.taxes?.totals.vat ?? '0', CNY),
    lateFee: (c) => c.lateFee,
    total: (c) => money(c.total, CNY),
  },
  LateFee: {
    fee: (f) => money(f.fee, f.currency),
  },
  LaneSelection: {
    reasons: (s) => [...s.reasons],
    hits: (s) => [...s.hits],
    note: (s) => s.note ?? null,
    // Stored selections carry the targeting instruction (LaneSelection.targeting) when there was one.
    targeting: (s) => (s as { targeting?: Targeting | null }).targeting ?? null,
  },
  TransitDetails: {
    originOffice: (t) => office(t.originOffice),
    destinationOffice: (t) => office(t.destinationOffice),
  },
  ExportRefund: {
    id: (r) => String(r._id),
    declaration: (r, _a, context) => context.services.declarations.find(requireCaller(context), String(r.declarationId)),
    exporter: (r, _a, { loaders }) => partyOf(r.exporterId, loaders),
    state: (r) => r.state as RefundStateName,
    fobValue: (r) => money(r.fobValue.amount, r.fobValue.currency),
    lines: (r) => [...r.lines],
    appliedAmount: (r) => money(r.appliedAmount, CNY),
    approvedAmount: (r) => {
      const approved = machineContext(refundMachine, r).approvedAmount;
      return approved === null ? null : money(approved, CNY);
    },
    rejectionReason: (r) => machineContext(refundMachine, r).rejectionReason,
    withdrawalReason: (r) => machineContext(refundMachine, r).withdrawalReason,
    paymentReference: (r) => machineContext(refundMachine, r).paymentReference,
    history: (r) => historyOf(r.history),
    createdAt: (r) => r.createdAt.toISOString(),
  },
  DeclarationKind: enumValues<DeclarationKind>(DECLARATION_KINDS),
  DeclarationMode: enumValues<DeclarationMode>(DECLARATION_MODES),
  DeclarationState: enumValues<DeclarationStateName>(DECLARATION_STATES),
  DeclarantRole: enumValues<DeclarantRole>(DECLARANT_ROLES),
  Lane: enumValues<Lane>(LANES),
  ConformityAction: enumValues<ConformityAction>(['recall', 'hold']),
  RefundState: enumValues<RefundStateName>(REFUND_STATES),
};
