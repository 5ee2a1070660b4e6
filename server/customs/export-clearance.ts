/**
 * The gate between customs and transport: goods leaving China depart only once customs released
 * their export declaration (放行), or released them for pickup under two-step declaration.
 */
import type { ClientSession, Connection } from 'mongoose';
import { declarationModel, LIVE_DECLARATION_STATES } from '../models/declaration.model';
import type { OrderRecord } from '../models/order.model';

/** The declaration states in which the goods may leave: released, closed, released for pickup. */
export const CLEARED_FOR_DEPARTURE: readonly string[] = ['released', 'closed', 'releasedForPickup'];

const inChina = (locode: string): boolean => locode.startsWith('CN');

/** Why the order's goods may not depart yet, or null when customs let them go. */
export async function exportClearanceRefusal(connection: Connection, order: OrderRecord, session?: ClientSession): Promise<string | null> {
  if (!inChina(order.origin) || inChina(order.destination)) return null;
  const declaration = await declarationModel(connection)
    .findOne({ orderId: order._id, kind: 'export', state: { $in: LIVE_DECLARATION_STATES } }, { number: 1, state: 1 })
    .session(session ?? null)
    .lean();
  if (!declaration) {
    return `order ${order.number} has no export declaration: its goods leave China only once customs has released them (file one with fileDeclaration)`;
  }
  if (CLEARED_FOR_DEPARTURE.includes(declaration.state)) return null;
  return `export declaration ${declaration.number} of order ${order.number} is ${declaration.state}: the goods may depart only once customs has released them`;
}
