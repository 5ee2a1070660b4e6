/**
 * The documents trade financing stands on, over GraphQL: commercial invoices (issued and corrected
 * by the seller) and export credit insurance policies (issued by an insurer, shipments declared by
 * the exporter). Each mutation is one service call; field resolvers give amounts their currency.
 */
import type { CreditPolicyRecord } from '../../models/credit-policy.model';
import { Decimal } from '../../shared/money';
import type { Resolvers } from '../__generated__/resolvers-types';
import { requireCaller } from '../auth';
import { payload } from '../payload';
import { location, money, partyOf } from './order.resolvers';

/** The policy's entries with the currency their amounts are in. */
const inPolicyCurrency = <T extends object>(policy: CreditPolicyRecord, entries: T[]) => entries.map((e) => ({ ...e, currency: policy.currency }));

export const invoicePolicyResolvers: Resolvers = {
  Query: {
    invoice: (_root, { reference }, context) => context.services.invoices.find(requireCaller(context), reference),
    creditPolicy: (_root, { reference }, context) => context.services.policies.find(requireCaller(context), reference),
  },
  Mutation: {
    issueInvoice: (_root, { input }, context) => payload(context.services.invoices.issue(requireCaller(context), input), 'invoice'),
    correctInvoice: (_root, { number, content, reason, expectedVersion }, context) =>
      payload(context.services.invoices.correct(requireCaller(context), number, content, reason, expectedVersion ?? undefined), 'invoice'),
    issueCreditPolicy: (_root, { input }, context) =>
      payload(context.services.policies.issue(requireCaller(context), { ...input, indemnityPercent: input.indemnityPercent ?? undefined }), 'policy'),
    declareInsuredShipment: (_root, { number, order }, context) => payload(context.services.policies.declareShipment(requireCaller(context), number, order), 'policy'),
  },
  Invoice: {
    id: (i) => String(i._id),
    order: (i, _a, context) => context.services.orders.find(requireCaller(context), String(i.orderId)),
    seller: (i, _a, { loaders }) => partyOf(i.sellerId, loaders),
    buyer: (i, _a, { loaders }) => partyOf(i.buyerId, loaders),
    invoiceDate: (i) => i.content.invoiceDate,
    lines: (i) => i.content.lines,
    total: (i) => money(i.content.total, i.content.currency),
    origin: (i) => location(i.content.origin),
    destination: (i) => location(i.content.destination),
    issuedAt: (i) => i.issuedAt.toISOString(),
    updatedAt: (i) => i.updatedAt.toISOString(),
  },
  InvoiceRevision: {
    total: (r) => money(r.total, r.currency),
    replacedAt: (r) => new Date(r.replacedAt).toISOString(),
  },
  CreditPolicy: {
    id: (p) => String(p._id),
    insurer: (p, _a, { loaders }) => partyOf(p.insurerId, loaders),
    exporter: (p, _a, { loaders }) => partyOf(p.exporterId, loaders),
    buyerLimits: (p) => inPolicyCurrency(p, p.buyerLimits),
    shipments: (p) => inPolicyCurrency(p, p.shipments),
    claims: (p) => inPolicyCurrency(p, p.claims),
    issuedAt: (p) => p.issuedAt.toISOString(),
  },
  BuyerCreditLimit: {
    buyer: (l, _a, { loaders }) => partyOf(l.buyerId, loaders),
    approved: (l) => money(l.approved, l.currency),
    used: (l) => money(l.used, l.currency),
    available: (l) => money(new Decimal(l.approved).minus(l.used), l.currency),
  },
  InsuredShipment: {
    buyer: (s, _a, { loaders }) => partyOf(s.buyerId, loaders),
    goodsValue: (s) => money(s.goodsValue.amount, s.goodsValue.currency),
    insuredValue: (s) => money(s.insuredValue, s.currency),
    premium: (s) => money(s.premium, s.currency),
    declaredAt: (s) => new Date(s.declaredAt).toISOString(),
  },
  PolicyClaim: {
    loss: (c) => money(c.loss, c.currency),
    coveredLoss: (c) => money(c.coveredLoss, c.currency),
    payout: (c) => money(c.payout, c.currency),
    retained: (c) => money(c.retained, c.currency),
    payee: (c, _a, { loaders }) => partyOf(c.payeeId, loaders),
    paidAt: (c) => new Date(c.paidAt).toISOString(),
  },
};
