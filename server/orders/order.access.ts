/**
 * Who may do what on an order: each action names the (role, relation to the order) pairs allowed
 * to take it. Acting in a role the party does not hold, or on someone else's order, is refused.
 * A hold is lifted by whoever may impose that kind of hold: a customs hold or an e-lock alarm
 * only by customs, a commercial hold by the seller or the forwarder.
 */
import { type HoldSource, orderMachine } from '../../machines/order.machine';
import type { OrderRecord } from '../models/order.model';
import type { Caller } from '../parties/caller';
import { hasRole } from '../parties/caller';
import type { Role } from '../models/roles';
import { visibleTo } from '../parties/visibility';
import { machineContext } from '../lifecycle/snapshot';

/** 'authority': a party acting for the state (customs), whatever its relation to the order. */
export type OrderRelation = 'seller' | 'buyer' | 'forwarder' | 'authority';
export type OrderAction = 'confirm' | 'cancel' | 'hold' | 'resume' | 'complete' | 'book';

type Rule = { role: Role; relation: OrderRelation };

const SELLER_OR_BUYER: readonly Rule[] = [
  { role: 'exporter', relation: 'seller' },
  { role: 'importer', relation: 'buyer' },
];
const SELLER_OR_FORWARDER: readonly Rule[] = [
  { role: 'exporter', relation: 'seller' },
  { role: 'forwarder', relation: 'forwarder' },
];
const CUSTOMS: readonly Rule[] = [{ role: 'customs', relation: 'authority' }];

export const ORDER_POLICY: Readonly<Record<Exclude<OrderAction, 'resume'>, readonly Rule[]>> = {
  confirm: SELLER_OR_BUYER,
  cancel: SELLER_OR_BUYER,
  hold: SELLER_OR_FORWARDER,
  complete: SELLER_OR_BUYER,
  book: [{ role: 'exporter', relation: 'seller' }],
};

export const RESUME_POLICY: Readonly<Record<HoldSource, readonly Rule[]>> = {
  party: SELLER_OR_FORWARDER,
  customsHold: CUSTOMS,
  elockAlarm: CUSTOMS,
};

/** Holds that only customs lifts; customs sees the orders they hold. */
export const CUSTOMS_HOLD_SOURCES: readonly HoldSource[] = ['customsHold', 'elockAlarm'];

function holdSourceOf(order: OrderRecord): HoldSource {
  return machineContext(orderMachine, order).holdSource ?? 'party';
}

function rulesFor(order: OrderRecord, action: OrderAction): readonly Rule[] {
  return action === 'resume' ? RESUME_POLICY[holdSourceOf(order)] : ORDER_POLICY[action];
}

function related(order: OrderRecord, relation: OrderRelation, partyId: string): boolean {
  if (relation === 'authority') return true;
  const id = relation === 'seller' ? order.sellerId : relation === 'buyer' ? order.buyerId : order.forwarderId;
  return id !== null && String(id) === partyId;
}

/** The role the caller acts in for this action, or null when it may not act. */
export function actingRoleFor(caller: Caller, order: OrderRecord, action: OrderAction): Role | null {
  const rule = rulesFor(order, action).find((r) => hasRole(caller, r.role) && related(order, r.relation, caller.partyId));
  return rule?.role ?? null;
}

/**
 * The events of `allowedEvents` the caller may send itself, e.g. ['CONFIRM', 'CANCEL'] for the
 * buyer of a draft: the state accepts them and the policy lets this party act. Events the
 * single window applies for milestones (DEPART, ARRIVE, DELIVER) are nobody's to send.
 */
const ACTION_OF_EVENT: Readonly<Record<string, OrderAction>> = {
  CONFIRM: 'confirm', CANCEL: 'cancel', HOLD: 'hold', RESUME: 'resume', COMPLETE: 'complete', BOOK: 'book',
};

export function callerEvents(caller: Caller, order: OrderRecord, allowedEvents: readonly string[]): string[] {
  return allowedEvents.filter((event) => {
    const action = ACTION_OF_EVENT[event];
    return action !== undefined && actingRoleFor(caller, order, action) !== null;
  });
}

export function describePolicy(order: OrderRecord, action: OrderAction): string {
  return rulesFor(order, action)
    .map((r) => (r.relation === 'authority' ? `${r.role}` : `the ${r.relation} (as ${r.role})`))
    .join(' or ');
}

/** A filter limiting order reads to the orders the caller is party to (customs: also those it holds). */
export function visibleOrders(caller: Caller): Record<string, unknown> {
  const own = visibleTo(caller);
  if (!hasRole(caller, 'customs') || Object.keys(own).length === 0) return own;
  return { $or: [own, { state: 'onHold', 'machine.snapshot.context.holdSource': { $in: CUSTOMS_HOLD_SOURCES } }] };
}
