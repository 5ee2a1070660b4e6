/**
 * Trade financing over GraphQL (贸易融资): each mutation is one call of the financing service;
 * field resolvers turn the stored record and its machine context into the schema's shapes (the
 * Chinese state, the four-document mismatches with both values, every amount in both currencies).
 */
import { GraphQLError } from 'graphql';
import {
  CHINESE_FINANCING_STATES,
  FINANCING_KINDS,
  FINANCING_STATES,
  type FinancingContext,
  type FinancingKind,
  type FinancingStateName,
  MATCHING_RESULTS,
  type MatchingResult,
  financingMachine,
} from '../../../machines/financing.machine';
import { loanPosition } from '../../financing/loan-servicing';
import { type TradeDocumentName, displayRate } from '../../financing/rules';
import type { FinancingRecord } from '../../models/financing.model';
import type { Resolvers } from '../__generated__/resolvers-types';
import { enumValues } from './enums';
import { requireCaller } from '../auth';
import type { GraphQLContext } from '../context';
import type { FxRateVia } from '../graphql-views';
import { payload } from '../payload';
import { historyOf, money, partyOf } from './order.resolvers';
import { machineContext } from '../../lifecycle/snapshot';

const TRADE_DOCUMENTS: readonly TradeDocumentName[] = ['order', 'invoice', 'bill', 'declaration'];
const FX_RATE_VIA: readonly FxRateVia[] = ['same', 'direct', 'inverse', 'cross'];

function contextOf(f: FinancingRecord): FinancingContext {
  return machineContext(financingMachine, f);
}

function finance(context: GraphQLContext) {
  return { caller: requireCaller(context), financings: context.services.financings };
}

const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);

export const financingResolvers: Resolvers = {
  Query: {
    financing: (_root, { reference }, context) => context.services.financings.find(requireCaller(context), reference),
    financings: (_root, { first, after, filter }, context) => {
      const { caller, financings } = finance(context);
      return financings.list(caller, { state: filter?.state ?? undefined, kind: filter?.kind ?? undefined }, { first, after });
    },
  },
  Mutation: {
    applyForFinancing: (_root, { input }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.apply(caller, input), 'financing');
    },
    startFinancingReview: (_root, { number }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.startReview(caller, number), 'financing');
    },
    matchFinancingDocuments: (_root, { number }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.matchDocuments(caller, number), 'financing');
    },
    approveFinancing: (_root, { input: { financing, ...terms } }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.approve(caller, financing, terms), 'financing');
    },
    rejectFinancing: (_root, { number, reason }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.reject(caller, number, reason), 'financing');
    },
    registerFinancingPledge: (_root, { number }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.registerPledge(caller, number), 'financing');
    },
    disburseFinancing: (_root, { number, amount }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.disburse(caller, number, amount), 'financing');
    },
    repayFinancing: (_root, { input }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.repay(caller, input.financing, input.amount), 'financing');
    },
    withdrawFinancing: (_root, { number, reason }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.withdraw(caller, number, reason), 'financing');
    },
    flagFinancingOverdue: (_root, { number }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.flagOverdue(caller, number), 'financing');
    },
    declareFinancingDefault: (_root, { number, reason }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.declareDefault(caller, number, reason), 'financing');
    },
    enforceFinancingPledge: (_root, { number }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.enforce(caller, number), 'financing');
    },
    writeOffFinancing: (_root, { number, reason }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.writeOff(caller, number, reason), 'financing');
    },
    releaseFinancingCollateral: (_root, { number }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.releaseCollateral(caller, number), 'financing');
    },
    closeFinancing: (_root, { number }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.close(caller, number), 'financing');
    },
    payFinancingClaim: (_root, { number }, context) => {
      const { caller, financings } = finance(context);
      return payload(financings.payClaim(caller, number), 'financing');
    },
  },
  Financing: {
    id: (f) => String(f._id),
    state: (f) => f.state as FinancingStateName,
    chineseState: (f) => CHINESE_FINANCING_STATES[f.state as FinancingStateName],
    exporter: (f, _a, { loaders }) => partyOf(f.exporterId, loaders),
    bank: (f, _a, { loaders }) => partyOf(f.bankId, loaders),
    insurer: (f, _a, { loaders }) => (f.insurerId ? partyOf(f.insurerId, loaders) : null),
    policy: (f, _a, context) => (f.policyId ? context.services.policies.find(requireCaller(context), String(f.policyId)) : null),
    order: (f, _a, context) => context.services.orders.find(requireCaller(context), String(f.orderId)),
    bill: (f, _a, context) => (f.billId ? context.services.bills.find(requireCaller(context), String(f.billId)) : null),
    invoice: (f, _a, context) => context.services.invoices.find(requireCaller(context), String(f.invoiceId)),
    mismatches: (f) => f.matching?.mismatches ?? [],
    position: async (f, _a, { services }) => {
      const position = await loanPosition(services.financings, f);
      if (position.ok) return position.value;
      const [why] = position.error;
      throw new GraphQLError(`financing ${f.number}: ${why.message}`, { extensions: { code: why.code, rule: why.rule } });
    },
    disbursedAt: (f) => contextOf(f).disbursedAt,
    maturityDate: (f) => contextOf(f).maturityDate,
    overdueSince: (f) => contextOf(f).overdueSince,
    repayments: (f) => contextOf(f).repayments.map((r) => ({ at: r.at, principal: money(r.principal, f.currency), interest: money(r.interest, f.currency) })),
    rejectionReason: (f) => contextOf(f).rejectionReason,
    withdrawalReason: (f) => contextOf(f).withdrawalReason,
    defaultReason: (f) => contextOf(f).defaultReason,
    writeOffReason: (f) => contextOf(f).writeOffReason,
    allowedEvents: (f, _a, { services }) => services.financings.lifecycle.allowedEvents(f),
    history: (f) => historyOf(f.history),
    createdAt: (f) => f.createdAt.toISOString(),
  },
  FinancingMatching: {
    at: (m) => iso(m.at)!,
    cargoValue: (m) => (m.cargoValue ? money(m.cargoValue.amount, m.cargoValue.currency) : null),
  },
  DocumentMismatch: {
    documents: (m) => [...m.documents],
    values: (m) => [...m.values],
  },
  FinancingTerms: {
    cargoValue: (t) => ({ loan: t.cargoValueInLoanCurrency, goods: t.verifiedCargoValue }),
    limit: (t) => ({ loan: t.limit, goods: t.limitInGoodsCurrency }),
  },
  FinancingClaim: {
    payee: (c, _a, { loaders }) => partyOf(c.payeeId, loaders),
    paidAt: (c) => iso(c.paidAt)!,
  },
  FinancingInterest: {
    periods: (i) => [...i.periods],
  },
  FxRate: {
    rate: (r) => displayRate(r.rate),
    exactRate: (r) => r.rate,
    entries: (r) => [...r.entries],
  },
  FinancingKind: enumValues<FinancingKind>(FINANCING_KINDS),
  FinancingState: enumValues<FinancingStateName>(FINANCING_STATES),
  MatchingResult: enumValues<MatchingResult>(MATCHING_RESULTS),
  TradeDocument: enumValues<TradeDocumentName>(TRADE_DOCUMENTS),
  FxRateVia: enumValues<FxRateVia>(FX_RATE_VIA),
};
