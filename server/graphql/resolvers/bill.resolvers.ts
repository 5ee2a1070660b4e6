/**
 * The 一单制 bill of lading over GraphQL: each mutation is one call of the bill service
 * (draft, or act with the event it names); field resolvers turn the stored record, its control
 * context and its signed chain into the schema's shapes, and export the bill as DCSA eBL 3.0.3.
 */
import { GraphQLError } from 'graphql';
import { type BillContext, billMachine, type BillStateName, type BillType } from '../../../machines/bill.machine';
import type { BillAction } from '../../bills/bill.service';
import { endorsementChainJson } from '../../bills/document/dcsa-chain';
import { dcsaExportBlockers, toDcsaTransportDocument } from '../../bills/document/dcsa-export';
import { LEG_STAGES, type LegStage } from '../../bills/document/bill-document';
import type { BillRecord } from '../../models/bill.model';
import type { PartyRecord } from '../../models/party.model';
import { isObjectIdText } from '../../shared/ids';
import type { Resolvers } from '../__generated__/resolvers-types';
import { enumValues } from './enums';
import { requireCaller } from '../auth';
import type { GraphQLContext } from '../context';
import { checkedFilter, payload } from '../payload';
import { historyOf, location, money, partyOf } from './order.resolvers';
import { machineContext } from '../../lifecycle/snapshot';

type Loaders = GraphQLContext['loaders'];

/** The control layer of the bill: owner, holder, nominee, pledge (machines/bill.control.ts). */
function control(bill: BillRecord): BillContext {
  return machineContext(billMachine, bill);
}

/** A party a control field or chain entry names, or null when it names none. */
function partyOrNull(id: string | null | undefined, loaders: Loaders): Promise<PartyRecord> | null {
  return id ? partyOf(id, loaders) : null;
}

/** One service call for one mutation: the caller acts on the bill by number or id. */
function act(context: GraphQLContext, number: string, action: BillAction, expectedVersion: number | null | undefined) {
  return payload(context.services.bills.act(requireCaller(context), number, action, { expectedVersion: expectedVersion ?? undefined }), 'bill');
}

/** The bill's DCSA endorsement chain as JSON; an unknown platform or an unreadable chain is an argument error. */
async function endorsementChain(bill: BillRecord, eblPlatform: string, loaders: Loaders): Promise<string> {
  const r = await endorsementChainJson(bill, eblPlatform, (id) => loaders.party.load(id));
  if (r.ok) return r.value;
  const extensions = r.error.rule === 'ebl-platform' ? { code: 'BAD_USER_INPUT', field: ['eblPlatform'], rule: r.error.rule } : { code: 'BAD_REQUEST', rule: r.error.rule };
  throw new GraphQLError(r.error.message, { extensions });
}

// ---------------------------------------------------------------------------------------------
// Resolvers
// ---------------------------------------------------------------------------------------------

export const billResolvers: Resolvers = {
  Query: {
    bill: (_root, { number }, context) => context.services.bills.find(requireCaller(context), number),
    bills: (_root, { first, after, filter }, context) => {
      const filterArgs = { partyId: filter?.partyId ?? undefined, status: filter?.status ?? undefined, order: filter?.order ?? undefined };
      return context.services.bills.list(requireCaller(context), filterArgs, { first, after }).then(checkedFilter);
    },
    verifyBill: async (_root, { number }, context) => {
      const r = await context.services.bills.verify(requireCaller(context), number);
      return r.ok ? r.value : null;
    },
    partyPublicKeys: async (_root, { partyId }, context) => {
      requireCaller(context);
      if (!isObjectIdText(partyId)) {
        throw new GraphQLError(`partyId: '${partyId}' is not a party id`, { extensions: { code: 'BAD_USER_INPUT', field: ['partyId'], rule: 'party-id' } });
      }
      const keys = await context.services.bills.keys.publicKeys([partyId]);
      return [...keys].map(([kid, key]) => ({ partyId: key.partyId, kid, jwk: JSON.stringify(key.jwk) }));
    },
  },
  Mutation: {
    draftBill: (_root, { input }, context) =>
      payload(
        context.services.bills.draft(requireCaller(context), input.shipment, {
          billType: input.billType,
          consigneeId: input.consigneeId ?? undefined,
          toOrderOfId: input.toOrderOfId ?? undefined,
          seals: input.seals ?? undefined,
        }),
        'bill',
      ),
    amendBill: (_root, { input }, context) =>
      payload(
        context.services.bills.amend(requireCaller(context), input.number, {
          billType: input.billType ?? undefined,
          consigneeId: input.consigneeId ?? undefined,
          toOrderOfId: input.toOrderOfId ?? undefined,
          seals: input.seals ?? undefined,
        }),
        'bill',
      ),
    approveBill: (_root, { number, expectedVersion }, context) => act(context, number, { type: 'APPROVE' }, expectedVersion),
    issueBill: (_root, { number, expectedVersion }, context) => act(context, number, { type: 'ISSUE' }, expectedVersion),
    transferBill: (_root, { number, to, expectedVersion }, context) => act(context, number, { type: 'TRANSFER', to }, expectedVersion),
    endorseBill: (_root, { number, to, toOrder, expectedVersion }, context) =>
      act(context, number, { type: toOrder ? 'ENDORSE_TO_ORDER' : 'ENDORSE', to }, expectedVersion),
    acceptEndorsement: (_root, { number, expectedVersion }, context) => act(context, number, { type: 'ACCEPT_ENDORSEMENT' }, expectedVersion),
    rejectEndorsement: (_root, { number, expectedVersion }, context) => act(context, number, { type: 'REJECT_ENDORSEMENT' }, expectedVersion),
    blankEndorseBill: (_root, { number, expectedVersion }, context) => act(context, number, { type: 'BLANK_ENDORSE' }, expectedVersion),
    pledgeBill: (_root, { number, bank, expectedVersion }, context) => act(context, number, { type: 'PLEDGE', bank }, expectedVersion),
    releasePledge: (_root, { number, expectedVersion }, context) => act(context, number, { type: 'RELEASE_PLEDGE' }, expectedVersion),
    enforcePledge: (_root, { number, expectedVersion }, context) => act(context, number, { type: 'ENFORCE_PLEDGE' }, expectedVersion),
    surrenderBill: (_root, { number, purpose, expectedVersion }, context) =>
      act(context, number, { type: purpose === 'DELIVERY' ? 'SURRENDER_FOR_DELIVERY' : 'SURRENDER_FOR_AMENDMENT' }, expectedVersion),
    acceptSurrender: (_root, { number, expectedVersion }, context) => act(context, number, { type: 'ACCEPT_SURRENDER' }, expectedVersion),
    rejectSurrender: (_root, { number, reason, expectedVersion }, context) => act(context, number, { type: 'REJECT_SURRENDER', reason }, expectedVersion),
    voidBill: (_root, { number, reason, expectedVersion }, context) => act(context, number, { type: 'VOID', reason }, expectedVersion),
  },
  Bill: {
    id: (b) => String(b._id),
    status: (b) => b.state as BillStateName,
    order: (b, _a, context) => context.services.orders.find(requireCaller(context), String(b.orderId)),
    shipment: (b, _a, context) => context.services.shipments.find(requireCaller(context), { _id: b.shipmentId }),
    issuer: (b, _a, { loaders }) => partyOf(b.issuerId, loaders),
    shipper: (b, _a, { loaders }) => partyOf(b.shipperId, loaders),
    consignee: (b, _a, { loaders }) => (b.consigneeId ? partyOf(b.consigneeId, loaders) : null),
    beneficiary: (b, _a, { loaders }) => partyOrNull(control(b).beneficiaryId, loaders),
    holder: (b, _a, { loaders }) => partyOrNull(control(b).holderId, loaders),
    nominee: (b, _a, { loaders }) => partyOrNull(control(b).nomineeId, loaders),
    pledgee: (b, _a, { loaders }) => partyOrNull(control(b).pledgeeId, loaders),
    pledgor: (b, _a, { loaders }) => partyOrNull(control(b).pledgorId, loaders),
    surrenderRequestedBy: (b, _a, { loaders }) => partyOrNull(control(b).surrenderRequestedBy, loaders),
    blankEndorsed: (b) => control(b).blankEndorsed,
    voidReason: (b) => control(b).voidReason,
    issueDate: (b) => (b.documentChecksum ? b.document.issueDate : null),
    placeOfReceipt: (b) => location(b.document.places.receipt),
    placeOfDelivery: (b) => location(b.document.places.delivery),
    legs: (b) => [...b.document.legs],
    containers: (b) => [...b.document.containers],
    goods: (b) => [...b.document.goods],
    freight: (b) => money(b.document.freight.amount, b.document.freight.currency),
    chain: (b) => b.chain,
    allowedEvents: (b, _a, { services }) => services.bills.lifecycle.allowedEvents(b),
    history: (b) => historyOf(b.history),
    dcsaTransportDocument: (b) => (dcsaExportBlockers(b.document).length > 0 ? null : JSON.stringify(toDcsaTransportDocument(b.document, b.state as BillStateName))),
    dcsaExportBlockers: (b) => dcsaExportBlockers(b.document),
    dcsaEndorsementChain: (b, { eblPlatform }, { loaders }) => endorsementChain(b, eblPlatform, loaders),
    createdAt: (b) => b.createdAt.toISOString(),
  },
  BillLeg: {
    from: (l) => location(l.from),
    to: (l) => location(l.to),
    carrier: (l, _a, { loaders }) => (l.carrier ? partyOf(l.carrier.partyId, loaders) : null),
  },
  BillContainer: {
    seals: (c) => [...c.seals],
  },
  BillGoodsLine: {
    stowage: (g) => [...g.stowage],
  },
  BillChainEntry: {
    recipient: (e, _a, { loaders }) => (e.recipient && isObjectIdText(e.recipient) ? loaders.party.load(e.recipient) : null),
    recipientId: (e) => e.recipient,
    payload: (e) => JSON.stringify(e.payload),
  },
  BillType: enumValues<BillType>(['straight', 'toOrder']),
  BillLegStage: enumValues<LegStage>(LEG_STAGES),
};
