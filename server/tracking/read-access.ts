/**
 * The read filters `track` queries the database with, as tests of a document in memory, so an
 * answer from the tracking cache is limited exactly as a database read would be. The filters
 * are the very ones the queries use (visibleTo, visibleOrders), evaluated by mingo, the query
 * engine the embedded database itself runs on (and the live updates' filters use).
 */
import { Query } from 'mingo';
import type { OrderRecord } from '../models/order.model';
import type { ShipmentRecord } from '../models/shipment.model';
import { visibleOrders } from '../orders/order.access';
import type { Caller } from '../parties/caller';
import { visibleTo } from '../parties/visibility';

export interface ReadAccess {
  shipment(shipment: ShipmentRecord): boolean;
  order(order: OrderRecord): boolean;
}

/** Compiled tests kept at most for this many callers (party and roles) at once. */
const MAX_CALLERS = 1_000;

function test(filter: Record<string, unknown>): (doc: object) => boolean {
  if (Object.keys(filter).length === 0) return () => true;
  const query = new Query(filter);
  return (doc) => query.test(doc as Record<string, unknown>);
}

/**
 * What the read filters depend on: the party and its roles, nothing else of the caller. Two
 * callers with the same class see exactly the same documents.
 */
export function accessClass(caller: Caller): string {
  return `${caller.partyId}:${caller.roles.join(',')}`;
}

export class ReadAccessTests {
  private readonly byCaller = new Map<string, ReadAccess>();

  of(caller: Caller): ReadAccess {
    const key = accessClass(caller);
    let access = this.byCaller.get(key);
    if (!access) {
      if (this.byCaller.size >= MAX_CALLERS) this.byCaller.clear();
      access = { shipment: test(visibleTo(caller)), order: test(visibleOrders(caller)) };
      this.byCaller.set(key, access);
    }
    return access;
  }
}
