/**
 * Who may do what on an order: each action names the (role, relation to the order) pairs allowed
 * to take it. Acting in a role the party does not hold, or on someone else's order, is refused.
 */
import type { OrderRecord } from '../models/order.model';
import type { Caller } from '../parties/caller';
import { hasRole, readsAll } from '../parties/caller';
import type { Role } from '../parties/roles';

export type OrderRelation = 'seller' | 'buyer' | 'forwarder';
export type OrderAction = 'confirm' | 'cancel' | 'hold' | 'resume' | 'complete' | 'book';

export const ORDER_POLICY: Readonly<Record<OrderAction, ReadonlyArray<{ role: Role; relation: OrderRelation }>>> = {
  confirm: [
    { role: 'exporter', relation: 'seller' },
    { role: 'importer', relation: 'buyer' },
  ],
  cancel: [
    { role: 'exporter', relation: 'seller' },
    { role: 'importer', relation: 'buyer' },
  ],
  hold: [
    { role: 'exporter', relation: 'seller' },
    { role: 'forwarder', relation: 'forwarder' },
  ],
  resume: [
    { role: 'exporter', relation: 'seller' },
    { role: 'forwarder', relation: 'forwarder' },
  ],
  complete: [
    { role: 'exporter', relation: 'seller' },
    { role: 'importer', relation: 'buyer' },
  ],
  book: [{ role: 'exporter', relation: 'seller' }],
};

function related(order: OrderRecord, relation: OrderRelation, partyId: string): boolean {
  const id = relation === 'seller' ? order.sellerId : relation === 'buyer' ? order.buyerId : order.forwarderId;
  return id !== null && String(id) === partyId;
}

/** The role the caller acts in for this action, or null when it may not act. */
export function actingRoleFor(caller: Caller, order: OrderRecord, action: OrderAction): Role | null {
  const rule = ORDER_POLICY[action].find((r) => hasRole(caller, r.role) && related(order, r.relation, caller.partyId));
  return rule?.role ?? null;
}

export function describePolicy(action: OrderAction): string {
  return ORDER_POLICY[action].map((r) => `the ${r.relation} (as ${r.role})`).join(' or ');
}

/** A filter limiting order reads to the orders the caller is party to. */
export function visibleOrders(caller: Caller): Record<string, unknown> {
  return readsAll(caller) ? {} : { parties: caller.party._id };
}
