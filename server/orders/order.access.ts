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

/** What the policy reads of an order: its parties and its machine (for a hold's source). */
export type OrderAccessFields = Pick<OrderRecord, 'sellerId' | 'buyerId' | 'forwarderId' | 'machine'>;

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

function holdSourceOf(order: OrderAccessFields): HoldSource {
  return machineContext(orderMachine, order).holdSource ?? 'party';
}

function rulesFor(order: OrderAccessFields, action: OrderAction): readonly Rule[] {
  return action === 'resume' ? RESUME_POLICY[holdSourceOf(order)] : ORDER_POLICY[action];
}

const RELATION_FIELD = { seller: 'sellerId', buyer: 'buyerId', forwarder: 'forwarderId' } as const;

function related(order: OrderAccessFields, relation: OrderRelation, partyId: string): boolean {
  if (relation === 'authority') return true;
  const id = order[RELATION_FIELD[relation]];
  return id !== null && String(id) === partyId;
}

function grantingRule(caller: Caller, order: OrderAccessFields, action: OrderAction): Rule | undefined {
  return rulesFor(order, action).find((r) => hasRole(caller, r.role) && related(order, r.relation, caller.partyId));
}

/** The role the caller acts in for this action, or null when it may not act. */
export function actingRoleFor(caller: Caller, order: OrderAccessFields, action: OrderAction): Role | null {
  return grantingRule(caller, order, action)?.role ?? null;
}

/**
 * The role the caller acts in on this copy of the order, with what made it so as a database
 * filter: the order is still one the caller may see and still names the caller in the relation
 * that grants the action. A conditional update carrying the filter (and the copy's version, which
 * fixes the state and the hold's source) lands only where the check still holds. Null when the
 * copy does not let the caller act.
 */
export function actingAccessFor(caller: Caller, order: OrderAccessFields, action: OrderAction): { role: Role; where: Record<string, unknown> } | null {
  const rule = grantingRule(caller, order, action);
  if (!rule) return null;
  const visible = visibleOrders(caller);
  if (rule.relation === 'authority') return { role: rule.role, where: visible };
  const field = RELATION_FIELD[rule.relation];
  return { role: rule.role, where: { ...visible, [field]: order[field] } };
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
