/**
 * Export tax refund applications (出口退税): one per closed export declaration, with its own
 * lifecycle (machines/refund.machine.ts) and the figures it was computed from.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import type { ExportRefundLine } from './customs-records';
import { lifecycleFields } from '../lifecycle/schema';
import type { LifecycleFields } from '../lifecycle/types';

export interface ExportRefundRecord extends LifecycleFields {
  _id: Types.ObjectId;
  declarationId: Types.ObjectId;
  declarationNumber: string;
  orderId: Types.ObjectId;
  exporterId: Types.ObjectId;
  /** the FOB value in the declared currency, and how it was derived */
  fobValue: { amount: string; currency: string };
  fobNotes: string[];
  /** CNY per unit of the declared currency */
  exchangeRate: string;
  /** per line, in CNY */
  lines: ExportRefundLine[];
  /** the refund applied for, in CNY */
  appliedAmount: string;
  parties: Types.ObjectId[];
  createdAt: Date;
}

const exportRefundSchema = new Schema<ExportRefundRecord>(
  {
    declarationId: { type: Schema.Types.ObjectId, required: true },
    declarationNumber: { type: String, required: true, index: true },
    orderId: { type: Schema.Types.ObjectId, required: true },
    exporterId: { type: Schema.Types.ObjectId, required: true },
    fobValue: { type: Schema.Types.Mixed, required: true },
    fobNotes: { type: [String], default: [] },
    exchangeRate: { type: String, required: true },
    lines: { type: Schema.Types.Mixed, required: true },
    appliedAmount: { type: String, required: true },
    parties: { type: [Schema.Types.ObjectId], required: true, index: true },
    createdAt: { type: Date, required: true },
    ...lifecycleFields(),
  },
  { collection: 'export_refunds', versionKey: false, minimize: false },
);

/** Applied, approved or paid: a declaration has at most one such application (no double refund). */
export const STANDING_REFUND_STATES = ['applied', 'approved', 'paid'];
exportRefundSchema.index({ declarationId: 1 }, { unique: true, name: 'one_refund_per_declaration', partialFilterExpression: { state: { $in: STANDING_REFUND_STATES } } });

export function exportRefundModel(connection: Connection): Model<ExportRefundRecord> {
  return (connection.models.ExportRefund as Model<ExportRefundRecord> | undefined) ?? connection.model<ExportRefundRecord>('ExportRefund', exportRefundSchema);
}
