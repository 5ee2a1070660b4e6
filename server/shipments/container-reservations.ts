/**
 * A container travels on one live shipment at a time. The booking's own check (containersInUse
 * in shipment.service.ts) answers a sequential second booking with the field at fault; this is
 * what decides a race: each booking claims its containers in its transaction, keyed by container
 * number, so of concurrent bookings of one container the database lets exactly one commit.
 */
import type { ClientSession, Connection, Model } from 'mongoose';
import { type ContainerReservationRecord, containerReservationModel } from '../models/container-reservation.model';
import type { OrderRecord } from '../models/order.model';
import type { ShipmentRecord } from '../models/shipment.model';
import { type UserError, fieldError } from '../shared/user-error';

/** The message does not name the holder: it may be another party's shipment. */
export function containerInUse(index: number, number: string): UserError {
  return fieldError(['input', 'containers', String(index), 'number'], 'container-in-use', `container ${number} is on another shipment that is neither delivered nor cancelled`);
}

export class ContainerReservations {
  readonly model: Model<ContainerReservationRecord>;

  constructor(
    connection: Connection,
    private readonly shipments: Model<ShipmentRecord>,
    private readonly orders: Model<OrderRecord>,
  ) {
    this.model = containerReservationModel(connection);
  }

  /**
   * Claims the shipment's containers inside the booking's transaction; the errors name each
   * container a live shipment holds. A claim whose shipment was delivered or whose order was
   * cancelled is taken over. A concurrent booking writing the same claim makes one of the two
   * transactions fail with a write conflict; its rerun then finds the winner's claim.
   */
  async reserve(shipment: ShipmentRecord, at: Date, session: ClientSession): Promise<UserError[]> {
    const numbers = shipment.containers.map((c) => c.number);
    if (numbers.length === 0) return [];
    const held = await this.model.find({ _id: { $in: numbers } }).session(session).lean();
    const live = await this.liveShipments(held, session);
    const errors = held.filter((r) => live.has(String(r.shipmentId))).map((r) => containerInUse(numbers.indexOf(r._id), r._id));
    if (errors.length > 0) return errors;
    // Conditional on the old holder, so two takeovers of one stale claim conflict.
    for (const stale of held) await this.model.deleteOne({ _id: stale._id, shipmentId: stale.shipmentId }, { session });
    await this.model.insertMany(
      numbers.map((number) => ({ _id: number, shipmentId: shipment._id, orderId: shipment.orderId, reservedAt: at })),
      { session },
    );
    return [];
  }

  /** Frees the shipment's containers (on delivery), in the caller's transaction. */
  async release(shipment: Pick<ShipmentRecord, '_id'>, session: ClientSession): Promise<void> {
    await this.model.deleteMany({ shipmentId: shipment._id }, { session });
  }

  /** Of the claims' shipments, those still live: not delivered, and their order not cancelled. */
  private async liveShipments(held: ContainerReservationRecord[], session: ClientSession): Promise<Set<string>> {
    if (held.length === 0) return new Set();
    const undelivered = await this.shipments
      .find({ _id: { $in: held.map((r) => r.shipmentId) }, 'milestones.type': { $ne: 'delivered' } }, { orderId: 1 })
      .session(session)
      .lean();
    const cancelled = await this.orders
      .find({ _id: { $in: undelivered.map((s) => s.orderId) }, state: 'cancelled' }, { _id: 1 })
      .session(session)
      .lean();
    const cancelledIds = new Set(cancelled.map((o) => String(o._id)));
    return new Set(undelivered.filter((s) => !cancelledIds.has(String(s.orderId))).map((s) => String(s._id)));
  }
}
