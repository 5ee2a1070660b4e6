/** Export orders: the trade chain's document, with its lifecycle fields. */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import { announcesLocalWrites } from '../shared/local-writes';
import { lifecycleFields } from '../lifecycle/schema';
import type { LifecycleFields } from '../lifecycle/types';

export interface OrderLineRecord {
  lineNo: number;
  hsCode: string;
  description: string;
  quantity: Types.Decimal128;
  unit: string;
  unitPrice: Types.Decimal128;
  amount: Types.Decimal128;
  grossWeightKg: Types.Decimal128;
}

export interface OrderRecord extends LifecycleFields {
  _id: Types.ObjectId;
  /** ORD-<year>-<sequence>, unique */
  number: string;
  sellerId: Types.ObjectId;
  buyerId: Types.ObjectId;
  currency: string;
  lines: OrderLineRecord[];
  total: Types.Decimal128;
  grossWeightKg: Types.Decimal128;
  incoterm: string;
  /** the named place of the Incoterm, a UN/LOCODE */
  incotermPlace: string;
  origin: string;
  destination: string;
  tradeMode: string;
  /** when the goods are ready to ship (a calendar date, ISO yyyy-mm-dd) */
  readyDate: string;
  shipmentId: Types.ObjectId | null;
  /** the multimodal transport operator booked for the shipment */
  forwarderId: Types.ObjectId | null;
  corridorId: string | null;
  /** every party that may read the order: seller, buyer, then the booked operators */
  parties: Types.ObjectId[];
  createdBy: Types.ObjectId;
  createdAt: Date;
}

/**
 * The order's terms of sale: written when the order is created and never after (its events write
 * the state, the history and the shipment's links; a reroute writes the corridor), so every
 * version of an order carries them as stored.
 */
export const ORDER_TERMS_FIELDS = ['number', 'sellerId', 'buyerId', 'currency', 'lines', 'total', 'origin', 'destination', 'createdAt'] as const;
export type OrderTerms = Pick<OrderRecord, '_id' | (typeof ORDER_TERMS_FIELDS)[number]>;

const lineSchema = new Schema<OrderLineRecord>(
  {
    lineNo: { type: Number, required: true },
    hsCode: { type: String, required: true },
    description: { type: String, required: true },
    quantity: { type: Schema.Types.Decimal128, required: true },
    unit: { type: String, required: true },
    unitPrice: { type: Schema.Types.Decimal128, required: true },
    amount: { type: Schema.Types.Decimal128, required: true },
    grossWeightKg: { type: Schema.Types.Decimal128, required: true },
  },
  { _id: false },
);

const orderSchema = new Schema<OrderRecord>(
  {
    number: { type: String, required: true, unique: true },
    sellerId: { type: Schema.Types.ObjectId, required: true, index: true },
    buyerId: { type: Schema.Types.ObjectId, required: true, index: true },
    currency: { type: String, required: true },
    lines: { type: [lineSchema], required: true },
    total: { type: Schema.Types.Decimal128, required: true },
    grossWeightKg: { type: Schema.Types.Decimal128, required: true },
    incoterm: { type: String, required: true },
    incotermPlace: { type: String, required: true },
    origin: { type: String, required: true },
    destination: { type: String, required: true },
    tradeMode: { type: String, required: true },
    readyDate: { type: String, required: true },
    shipmentId: { type: Schema.Types.ObjectId, default: null },
    forwarderId: { type: Schema.Types.ObjectId, default: null },
    corridorId: { type: String, default: null },
    parties: { type: [Schema.Types.ObjectId], required: true, index: true },
    createdBy: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
    ...lifecycleFields(),
  },
  { collection: 'orders', versionKey: false, minimize: false },
);
orderSchema.index({ state: 1, createdAt: -1 });
// The tracking cache holds orders: a write through this process must reach it at once.
orderSchema.plugin(announcesLocalWrites);

export function orderModel(connection: Connection): Model<OrderRecord> {
  return (connection.models.Order as Model<OrderRecord> | undefined) ?? connection.model<OrderRecord>('Order', orderSchema);
}
