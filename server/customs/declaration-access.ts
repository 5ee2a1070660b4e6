/**
 * Who may do what with a declaration: the declarant files, corrects, pays and deletes; only
 * customs decides; the goods' owner, the other side of the order and the booked forwarder read;
 * customs, trainers and auditors read every declaration.
 */
import type { DeclarationKind } from '../../machines/declaration.machine';
import type { OrderRecord } from '../models/order.model';
import { type Caller, hasRole, readsAll } from '../parties/caller';
import type { DeclarantRole } from './validation/declaration-input';

/**
 * The role the caller declares in for this order, or null: an exporter its own exports, an
 * importer its own imports, the forwarder booked on the order as customs broker for any kind.
 */
export function declarantRoleFor(caller: Caller, order: OrderRecord, kind: DeclarationKind): DeclarantRole | null {
  if (kind === 'export' && hasRole(caller, 'exporter') && String(order.sellerId) === caller.partyId) return 'exporter';
  if (kind === 'import' && hasRole(caller, 'importer') && String(order.buyerId) === caller.partyId) return 'importer';
  if (hasRole(caller, 'forwarder') && order.forwarderId !== null && String(order.forwarderId) === caller.partyId) return 'customsBroker';
  return null;
}

export function describeDeclarants(kind: DeclarationKind): string {
  const own = kind === 'export' ? 'the exporter (the seller) or ' : kind === 'import' ? 'the importer (the buyer) or ' : '';
  return `${own}the forwarder booked on the order, as customs broker`;
}

/** A filter limiting declaration (and export refund) reads to those the caller may see. */
export function visibleDeclarations(caller: Caller): Record<string, unknown> {
  return readsAll(caller) || hasRole(caller, 'customs') ? {} : { parties: caller.party._id };
}
