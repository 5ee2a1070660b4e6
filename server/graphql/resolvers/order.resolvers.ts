import type { HistoryEntry } from '../../lifecycle/types';
import type { PartyRecord } from '../../models/party.model';
import { getLocation, minorUnits } from '../../reference';
import { formatMoney, fromDecimal128 } from '../../shared/money';
import type { Resolvers } from '../__generated__/resolvers-types';
import { requireCaller } from '../auth';
import { checkedFilter, payload } from '../payload';
import { orderStateEnum } from './enums';
import { orderMachine } from '../../../machines/order.machine';
import { machineContext } from '../../lifecycle/snapshot';

/** A place code as the Location type; codes in stored documents were checked on the way in. */
export function location(code: string) {
  const found = getLocation(code);
  if (!found) throw new Error(`stored UN/LOCODE ${code} is not in the reference table`);
  return found;
}

/** A stored amount with its currency's minor units, e.g. 22020 USD -> "22020.00". */
export function money(amount: { toString(): string }, currency: string) {
  return { amount: formatMoney(fromDecimal128(amount), minorUnits(currency) ?? 2), currency };
}

/** A party every stored reference points to; a missing one is a broken reference, not "none". */
export async function partyOf(id: unknown, loaders: { party: { load(id: string): Promise<PartyRecord | null> } }): Promise<PartyRecord> {
  const party = await loaders.party.load(String(id));
  if (!party) throw new Error(`stored party reference ${String(id)} points to no party`);
  return party;
}

/** A lifecycle history as the HistoryEntry type shows it: ISO times, the payload as JSON text. */
export function historyOf(history: readonly HistoryEntry[]) {
  return history.map((h) => ({ ...h, at: h.at.toISOString(), payload: JSON.stringify(h.payload) }));
}

export const orderResolvers: Resolvers = {
  Query: {
    order: async (_root, { id, number }, context) => {
      const caller = requireCaller(context);
      const key = id ?? number;
      return key ? context.services.orders.find(caller, key) : null;
    },
    orders: (_root, { first, after, filter }, context) => {
      const caller = requireCaller(context);
      const filterArgs = {
        state: filter?.state ?? undefined,
        partyId: filter?.partyId ?? undefined,
        corridorId: filter?.corridorId ?? undefined,
        createdFrom: filter?.createdFrom ?? undefined,
        createdTo: filter?.createdTo ?? undefined,
      };
      return context.services.orders.list(caller, filterArgs, { first, after }).then(checkedFilter);
    },
  },
  Mutation: {
    createOrder: (_root, { input }, context) => payload(context.services.orders.create(requireCaller(context), input), 'order'),
    confirmOrder: (_root, { id, expectedVersion }, context) =>
      payload(context.services.orders.confirm(requireCaller(context), id, expectedVersion ?? undefined), 'order'),
    cancelOrder: (_root, { id, reason, expectedVersion }, context) =>
      payload(context.services.orders.cancel(requireCaller(context), id, reason, expectedVersion ?? undefined), 'order'),
    holdOrder: (_root, { id, reason, expectedVersion }, context) =>
      payload(context.services.orders.hold(requireCaller(context), id, reason, expectedVersion ?? undefined), 'order'),
    resumeOrder: (_root, { id, expectedVersion }, context) =>
      payload(context.services.orders.resume(requireCaller(context), id, expectedVersion ?? undefined), 'order'),
    completeOrder: (_root, { id, expectedVersion }, context) =>
      payload(context.services.orders.complete(requireCaller(context), id, expectedVersion ?? undefined), 'order'),
  },
  Order: {
    id: (o) => String(o._id),
    seller: (o, _a, { loaders }) => partyOf(o.sellerId, loaders),
    buyer: (o, _a, { loaders }) => partyOf(o.buyerId, loaders),
    forwarder: (o, _a, { loaders }) => (o.forwarderId ? partyOf(o.forwarderId, loaders) : null),
    total: (o) => money(o.total, o.currency),
    grossWeightKg: (o) => o.grossWeightKg.toString(),
    lines: (o) =>
      o.lines.map((l) => ({
        ...l,
        quantity: l.quantity.toString(),
        unitPrice: l.unitPrice.toString(),
        amount: money(l.amount, o.currency).amount,
        grossWeightKg: l.grossWeightKg.toString(),
      })),
    incotermPlace: (o) => location(o.incotermPlace),
    origin: (o) => location(o.origin),
    destination: (o) => location(o.destination),
    shipment: (o, _a, context) => (o.shipmentId ? context.services.shipments.find(requireCaller(context), { _id: o.shipmentId }) : null),
    holdReason: (o) => machineContext(orderMachine, o).holdReason,
    cancelReason: (o) => machineContext(orderMachine, o).cancelReason,
    allowedEvents: (o, _a, { services }) => services.orders.lifecycle.allowedEvents(o),
    callerEvents: (o, _a, context) => context.services.orders.eventsFor(requireCaller(context), o),
    history: (o) => historyOf(o.history),
    createdAt: (o) => o.createdAt.toISOString(),
  },
  OrderState: orderStateEnum,
};
