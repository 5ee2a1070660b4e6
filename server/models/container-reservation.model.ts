/**
 * Container reservations: which live shipment holds a container. The container number is the
 * document's _id, so the database itself refuses a second holder however many bookings race,
 * as the partial unique index does for one open loan per order. (A unique partial index on
 * shipments.containers.number would need a "live" flag on the shipment kept in step with the
 * order's cancellation, which happens where shipments are not written.) A reservation is
 * written in the booking's transaction and removed in delivery's; one whose order was cancelled
 * is taken over by the next booking of that container, in that booking's transaction.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface ContainerReservationRecord {
  /** the ISO 6346 container number, normalised (no spaces) */
  _id: string;
  shipmentId: Types.ObjectId;
  orderId: Types.ObjectId;
  reservedAt: Date;
}

const containerReservationSchema = new Schema<ContainerReservationRecord>(
  {
    _id: { type: String, required: true },
    shipmentId: { type: Schema.Types.ObjectId, required: true, index: true },
    orderId: { type: Schema.Types.ObjectId, required: true },
    reservedAt: { type: Date, required: true },
  },
  { collection: 'container_reservations', versionKey: false },
);

export function containerReservationModel(connection: Connection): Model<ContainerReservationRecord> {
  return (
    (connection.models.ContainerReservation as Model<ContainerReservationRecord> | undefined) ??
    connection.model<ContainerReservationRecord>('ContainerReservation', containerReservationSchema)
  );
}
