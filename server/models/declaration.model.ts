/**
 * Customs declarations (报关单) filed through the single window: export, import and transit, with
 * their lifecycle fields (machines/declaration.machine.ts), the checked content, the lane customs
 * selected and why, and what is payable.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import { DECLARATION_STATES, type DeclarationKind, type DeclarationMode, type Lane } from '../../machines/declaration.machine';
import type { DeclarantRole, ImportTaxes, LaneSelection, LateFee } from './customs-records';
import { lifecycleFields } from '../lifecycle/schema';
import type { LifecycleFields } from '../lifecycle/types';

/** A goods line as stored: decimals as exact text. */
export interface DeclarationLineRecord {
  lineNo: number;
  orderLineNo: number;
  hsCode: string;
  description: string;
  quantity: string;
  unit: string;
  value: string;
  currency: string;
  originCountry: string;
  destinationCountry: string | null;
}

/** What the declarant declared, after the single window's checks. */
export interface DeclarationContentRecord {
  tradeMode: string;
  customsOffice: string;
  port: string;
  transportMode: string;
  conveyanceReference: string;
  containers: string[];
  lines: DeclarationLineRecord[];
  totals: { value: string | null; currency: string | null; grossWeightKg: string; packages: number | null };
  invoiceNumber: string | null;
  expectedDate: string | null;
  twoStep: { step: 'summary' | 'complete'; dutiable: boolean; guaranteeReference: string | null; conveyanceDeclaredAt: string | null } | null;
  transit: { destinationOffice: string; distanceKm: number | null } | null;
}

/** What customs charges, in CNY: import duty and taxes, and a two-step late fee. */
export interface DeclarationChargesRecord {
  currency: 'CNY';
  /** the customs value in CNY and the customs exchange rate used */
  customsValue: string;
  exchangeRate: string;
  taxes: ImportTaxes | null;
  lateFee: LateFee | null;
  /** taxes + late fee */
  total: string;
}

export interface DeclarationRecord extends LifecycleFields {
  _id: Types.ObjectId;
  /** 18 digits: customs office (4), year (4), direction (1: 1 import, 0 export and transit), serial (9) */
  number: string;
  kind: DeclarationKind;
  mode: DeclarationMode;
  orderId: Types.ObjectId;
  orderNumber: string;
  shipmentId: Types.ObjectId | null;
  shipmentNumber: string | null;
  billNumber: string | null;
  declarantId: Types.ObjectId;
  declarantRole: DeclarantRole;
  declarantCustomsCode: string;
  /** the goods' owner: the seller of an export, the buyer of an import */
  ownerId: Types.ObjectId;
  content: DeclarationContentRecord;
  /** warnings the single window gave with the last accepted content */
  warnings: Array<{ field: string[]; rule: string; message: string }>;
  selection: LaneSelection | null;
  lane: Lane | null;
  charges: DeclarationChargesRecord | null;
  /** 转关: when the goods must be at the destination office (also in the machine's context) */
  transitDeadline: Date | null;
  /** every party that may read the declaration: declarant, owner, the order's other side, the booked forwarder */
  parties: Types.ObjectId[];
  createdAt: Date;
}

const declarationSchema = new Schema<DeclarationRecord>(
  {
    number: { type: String, required: true, unique: true },
    kind: { type: String, required: true },
    mode: { type: String, required: true },
    orderId: { type: Schema.Types.ObjectId, required: true, index: true },
    orderNumber: { type: String, required: true },
    shipmentId: { type: Schema.Types.ObjectId, default: null },
    shipmentNumber: { type: String, default: null },
    billNumber: { type: String, default: null },
    declarantId: { type: Schema.Types.ObjectId, required: true },
    declarantRole: { type: String, required: true },
    declarantCustomsCode: { type: String, required: true },
    ownerId: { type: Schema.Types.ObjectId, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    warnings: { type: Schema.Types.Mixed, default: [] },
    selection: { type: Schema.Types.Mixed, default: null },
    lane: { type: String, default: null },
    charges: { type: Schema.Types.Mixed, default: null },
    transitDeadline: { type: Date, default: null },
    parties: { type: [Schema.Types.ObjectId], required: true, index: true },
    createdAt: { type: Date, required: true },
    ...lifecycleFields(),
  },
  { collection: 'declarations', versionKey: false, minimize: false },
);

/** Every state but deleted, refused and recalled: the declaration still stands for its goods. */
export const LIVE_DECLARATION_STATES: readonly string[] = DECLARATION_STATES.filter((s) => !['deleted', 'refused', 'recalled'].includes(s));
// One live declaration of each kind per order: a second export declaration for the same goods
// would clear them twice. The database decides even for two filings at the same moment.
declarationSchema.index(
  { orderId: 1, kind: 1 },
  { unique: true, name: 'one_live_declaration_per_order_and_kind', partialFilterExpression: { state: { $in: LIVE_DECLARATION_STATES } } },
);

export function declarationModel(connection: Connection): Model<DeclarationRecord> {
  return (connection.models.Declaration as Model<DeclarationRecord> | undefined) ?? connection.model<DeclarationRecord>('Declaration', declarationSchema);
}
