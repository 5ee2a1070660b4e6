/**
 * 一单制 multimodal bills of lading: one document of title for all legs of a shipment, with its
 * lifecycle (DCSA statuses), control layer (in the machine's context) and signed history chain.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import type { BillType } from '../../machines/bill.machine';
import type { BillDocument } from './bill-content';
import { lifecycleFields } from '../lifecycle/schema';
import type { LifecycleFields } from '../lifecycle/types';

/**
 * One action in a bill's history (DCSA action codes: ISSUE, TRANSFER, ENDORSE, ..., SURRENDERED,
 * plus the pledge actions). The action vocabulary and who may do what belong to the bill's
 * lifecycle; this layer only makes the record tamper-evident, so `actionCode` is any non-empty
 * string here.
 *
 * `hash` = SHA-256 hex over the RFC 8785 form of
 * `{ seq, actionCode, actor, recipient, at, payload, previousHash }`; the first entry's
 * `previousHash` is the document checksum fixed at issue, each later one the previous `hash`.
 *
 * `signature` is a compact JWS (alg EdDSA, protected header `{ alg, kid, typ }`) whose payload is
 * the UTF-8 of the RFC 8785 form of `{ hash }`, i.e. `{"hash":"<64 hex>"}`. An object rather than
 * the bare hash so the signed statement says what it is and can gain members (bill number, chain
 * id) later without a format break; verification requires this exact text, no extra members.
 */
export interface ChainEntry {
  seq: number;
  actionCode: string;
  actor: { partyId: string; role: string };
  recipient: string | null;
  /** ISO 8601, supplied by the caller (this layer never reads a clock). */
  at: string;
  payload: Record<string, unknown>;
  previousHash: string;
  hash: string;
  signature: string;
}

export interface BillRecord extends LifecycleFields {
  _id: Types.ObjectId;
  /** the transport document reference, e.g. YDBL2026000001; an amended bill adds -1, -2 ... */
  number: string;
  /** the bill this one replaces after an amendment */
  amends: string | null;
  orderId: Types.ObjectId;
  orderNumber: string;
  shipmentId: Types.ObjectId;
  shipmentNumber: string;
  billType: BillType;
  issuerId: Types.ObjectId;
  shipperId: Types.ObjectId;
  consigneeId: Types.ObjectId | null;
  /** the content; fixed at issue, when its checksum starts the chain */
  document: BillDocument;
  documentChecksum: string | null;
  chain: ChainEntry[];
  /** every party that may read the bill: issuer, shipper, consignee, notify parties, and each holder, nominee or bank it reached */
  parties: Types.ObjectId[];
  createdAt: Date;
}

const billSchema = new Schema<BillRecord>(
  {
    number: { type: String, required: true, unique: true },
    amends: { type: String, default: null },
    orderId: { type: Schema.Types.ObjectId, required: true, index: true },
    orderNumber: { type: String, required: true },
    shipmentId: { type: Schema.Types.ObjectId, required: true },
    shipmentNumber: { type: String, required: true },
    billType: { type: String, enum: ['straight', 'toOrder'], required: true },
    issuerId: { type: Schema.Types.ObjectId, required: true },
    shipperId: { type: Schema.Types.ObjectId, required: true },
    consigneeId: { type: Schema.Types.ObjectId, default: null },
    document: { type: Schema.Types.Mixed, required: true },
    documentChecksum: { type: String, default: null },
    chain: { type: Schema.Types.Mixed, default: [] },
    parties: { type: [Schema.Types.ObjectId], required: true, index: true },
    createdAt: { type: Date, required: true },
    ...lifecycleFields(),
  },
  { collection: 'bills', versionKey: false, minimize: false },
);

/** Every status but VOIDED: a shipment has at most one bill in these at any time. */
export const LIVE_BILL_STATES = ['DRAFT', 'APPROVED', 'ISSUED', 'PENDING_SURRENDER_FOR_AMENDMENT', 'SURRENDERED_FOR_AMENDMENT', 'PENDING_SURRENDER_FOR_DELIVERY', 'SURRENDERED_FOR_DELIVERY'];
// One bill for all legs, enforced by the database even for two drafts at the same moment.
billSchema.index({ shipmentId: 1 }, { unique: true, name: 'one_live_bill_per_shipment', partialFilterExpression: { state: { $in: LIVE_BILL_STATES } } });
// The partial index above cannot serve `{ shipmentId, state: { $ne: 'VOIDED' } }` (the filter does
// not imply its partial filter), and tracking asks that for every milestone: without this it scans.
billSchema.index({ shipmentId: 1, createdAt: 1 }, { name: 'bills_by_shipment' });

export function billModel(connection: Connection): Model<BillRecord> {
  return (connection.models.Bill as Model<BillRecord> | undefined) ?? connection.model<BillRecord>('Bill', billSchema);
}
