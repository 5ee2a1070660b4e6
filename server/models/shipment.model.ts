/**
 * Shipments: the capacity chain's document. Booking a route option creates one, with its legs
 * (planned from the option) and containers; carriers and the forwarder record milestones on it.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import { announcesLocalWrites } from '../shared/local-writes';
import type { TransportMode } from '../reference';

/** The milestones a shipment leg can record; their order rules are tracking/milestones.ts. */
export const MILESTONE_TYPES = [
  'gateIn',
  'loaded',
  'departed',
  'arrived',
  'discharged',
  'transshipped',
  'delivered',
  'customsHold',
  'elockAlarm',
] as const;

export type MilestoneType = (typeof MILESTONE_TYPES)[number];

export interface ShipmentLegRecord {
  seq: number;
  from: string;
  to: string;
  mode: TransportMode;
  carrierId: Types.ObjectId | null;
  /** planned dates from the booked option, yyyy-mm-dd */
  plannedEtd: string;
  plannedEta: string;
  distanceKm: number;
  cost: Types.Decimal128;
  co2Kg: Types.Decimal128;
}

export interface ContainerRecord {
  number: string;
  type: string;
  teu: number;
}

export interface MilestoneRecord {
  seq: number;
  legSeq: number;
  type: MilestoneType;
  /** when it happened, as reported */
  at: Date;
  /** when it was recorded in the window */
  recordedAt: Date;
  location: string;
  recordedBy: { partyId: string; role: string };
  note: string | null;
}

/** Which route a shipment was on, or moved to, in a reroute. */
export interface RouteRefRecord {
  corridorId: string;
  routeOptionId: string;
  /** planned arrival of the last leg, yyyy-mm-dd */
  plannedEta: string;
}

/** A change of route before departure, as the forwarder or the seller made it. */
export interface RerouteRecord {
  at: Date;
  by: { partyId: string; role: string };
  reason: string;
  from: RouteRefRecord;
  to: RouteRefRecord;
}

export interface ShipmentRecord {
  _id: Types.ObjectId;
  number: string;
  orderId: Types.ObjectId;
  orderNumber: string;
  sellerId: Types.ObjectId;
  buyerId: Types.ObjectId;
  forwarderId: Types.ObjectId;
  parties: Types.ObjectId[];
  corridorId: string;
  routeOptionId: string;
  routeName: string;
  legs: ShipmentLegRecord[];
  containers: ContainerRecord[];
  cost: Types.Decimal128;
  costCurrency: string;
  co2Kg: Types.Decimal128;
  plannedEtd: string;
  plannedEta: string;
  milestones: MilestoneRecord[];
  /** every change of route before departure, oldest first */
  reroutes: RerouteRecord[];
  /** incremented by every milestone and reroute; the guard of concurrent changes */
  version: number;
  createdAt: Date;
}

const legSchema = new Schema<ShipmentLegRecord>(
  {
    seq: { type: Number, required: true },
    from: { type: String, required: true },
    to: { type: String, required: true },
    mode: { type: String, required: true },
    carrierId: { type: Schema.Types.ObjectId, default: null },
    plannedEtd: { type: String, required: true },
    plannedEta: { type: String, required: true },
    distanceKm: { type: Number, required: true },
    cost: { type: Schema.Types.Decimal128, required: true },
    co2Kg: { type: Schema.Types.Decimal128, required: true },
  },
  { _id: false },
);

// `type` must be spelled as { type: String }: a bare `type: String` key declares the path's type.
const containerSchema = new Schema<ContainerRecord>(
  { number: { type: String, required: true }, type: { type: String, required: true }, teu: { type: Number, required: true } },
  { _id: false },
);

const milestoneSchema = new Schema<MilestoneRecord>(
  {
    seq: { type: Number, required: true },
    legSeq: { type: Number, required: true },
    type: { type: String, enum: MILESTONE_TYPES, required: true },
    at: { type: Date, required: true },
    recordedAt: { type: Date, required: true },
    location: { type: String, required: true },
    recordedBy: { partyId: { type: String, required: true }, role: { type: String, required: true } },
    note: { type: String, default: null },
  },
  { _id: false },
);

const routeRefSchema = new Schema<RouteRefRecord>(
  { corridorId: { type: String, required: true }, routeOptionId: { type: String, required: true }, plannedEta: { type: String, required: true } },
  { _id: false },
);

const rerouteSchema = new Schema<RerouteRecord>(
  {
    at: { type: Date, required: true },
    by: { partyId: { type: String, required: true }, role: { type: String, required: true } },
    reason: { type: String, required: true },
    from: { type: routeRefSchema, required: true },
    to: { type: routeRefSchema, required: true },
  },
  { _id: false },
);

const shipmentSchema = new Schema<ShipmentRecord>(
  {
    number: { type: String, required: true, unique: true },
    orderId: { type: Schema.Types.ObjectId, required: true, unique: true },
    orderNumber: { type: String, required: true },
    sellerId: { type: Schema.Types.ObjectId, required: true },
    buyerId: { type: Schema.Types.ObjectId, required: true },
    forwarderId: { type: Schema.Types.ObjectId, required: true },
    parties: { type: [Schema.Types.ObjectId], required: true, index: true },
    corridorId: { type: String, required: true },
    routeOptionId: { type: String, required: true },
    routeName: { type: String, required: true },
    legs: { type: [legSchema], required: true },
    containers: { type: [containerSchema], default: [] },
    cost: { type: Schema.Types.Decimal128, required: true },
    costCurrency: { type: String, required: true },
    co2Kg: { type: Schema.Types.Decimal128, required: true },
    plannedEtd: { type: String, required: true },
    plannedEta: { type: String, required: true },
    milestones: { type: [milestoneSchema], default: [] },
    reroutes: { type: [rerouteSchema], default: [] },
    version: { type: Number, required: true, default: 1 },
    createdAt: { type: Date, required: true },
  },
  { collection: 'shipments', versionKey: false, minimize: false },
);
shipmentSchema.index({ 'containers.number': 1 });
// The tracking cache holds shipments: a write through this process must reach it at once.
shipmentSchema.plugin(announcesLocalWrites);

export function shipmentModel(connection: Connection): Model<ShipmentRecord> {
  return (connection.models.Shipment as Model<ShipmentRecord> | undefined) ?? connection.model<ShipmentRecord>('Shipment', shipmentSchema);
}
