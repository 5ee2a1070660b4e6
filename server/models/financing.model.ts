/**
 * Trade financing applications and loans (贸易融资): the lifecycle of machines/financing.machine.ts,
 * the documents the loan stands on, the last four-document matching (四单对碰) with every
 * mismatch, the approved terms with the cargo value in both currencies, and an insurance claim.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import { FINAL_FINANCING_STATES, FINANCING_STATES, type FinancingKind, type MatchingResult } from '../../machines/financing.machine';
import type { AppliedRate, DocumentMismatch, MoneyText, TradeDocumentName } from './financing-records';
import { lifecycleFields } from '../lifecycle/schema';
import type { LifecycleFields } from '../lifecycle/types';

export interface MatchingRecord {
  at: Date;
  result: MatchingResult;
  /** the documents compared, as the kind of financing requires them */
  documents: TradeDocumentName[];
  /** the invoice revision matched: a correction after it makes the result stale */
  invoiceRevision: number;
  declarationNumber: string | null;
  mismatches: DocumentMismatch[];
  /** when passed: the lowest value the documents state, the value the bank lends against */
  cargoValue: MoneyText | null;
}

export interface FinancingTermsRecord {
  advanceRatePercent: string;
  annualRatePercent: string;
  tenorDays: number;
  /** the lowest value the matched documents state, in the goods' currency */
  verifiedCargoValue: MoneyText;
  /** the same value in the loan currency, at the rate of the clock's time of approval */
  cargoValueInLoanCurrency: MoneyText;
  fxRate: AppliedRate;
  limit: MoneyText;
  /** the limit converted back at the same rate, so both sides see it in their currency */
  limitInGoodsCurrency: MoneyText;
}

export interface ClaimRecord {
  policyNumber: string;
  /** in the policy's currency */
  loss: MoneyText;
  payout: MoneyText;
  /** the payout in the loan currency, as recorded on the loan */
  payoutInLoanCurrency: MoneyText;
  payeeId: string;
  paidAt: Date;
}

export interface FinancingRecord extends LifecycleFields {
  _id: Types.ObjectId;
  /** FIN-<year>-<sequence> */
  number: string;
  kind: FinancingKind;
  exporterId: Types.ObjectId;
  bankId: Types.ObjectId;
  insurerId: Types.ObjectId | null;
  policyId: Types.ObjectId | null;
  policyNumber: string | null;
  /** every loan stands on an order: its own (pre-shipment) or the bill's */
  orderId: Types.ObjectId;
  orderNumber: string;
  billId: Types.ObjectId | null;
  billNumber: string | null;
  invoiceId: Types.ObjectId;
  invoiceNumber: string;
  /** the currency the exporter borrows in, and the currency of the goods */
  currency: string;
  goodsCurrency: string;
  matching: MatchingRecord | null;
  terms: FinancingTermsRecord | null;
  claim: ClaimRecord | null;
  /** who may read it: the exporter, the bank and the insurer of the policy behind it */
  parties: Types.ObjectId[];
  createdAt: Date;
}

const financingSchema = new Schema<FinancingRecord>(
  {
    number: { type: String, required: true, unique: true },
    kind: { type: String, required: true },
    exporterId: { type: Schema.Types.ObjectId, required: true },
    bankId: { type: Schema.Types.ObjectId, required: true },
    insurerId: { type: Schema.Types.ObjectId, default: null },
    policyId: { type: Schema.Types.ObjectId, default: null },
    policyNumber: { type: String, default: null },
    orderId: { type: Schema.Types.ObjectId, required: true },
    orderNumber: { type: String, required: true },
    billId: { type: Schema.Types.ObjectId, default: null },
    billNumber: { type: String, default: null },
    invoiceId: { type: Schema.Types.ObjectId, required: true, index: true },
    invoiceNumber: { type: String, required: true },
    currency: { type: String, required: true },
    goodsCurrency: { type: String, required: true },
    matching: { type: Schema.Types.Mixed, default: null },
    terms: { type: Schema.Types.Mixed, default: null },
    claim: { type: Schema.Types.Mixed, default: null },
    parties: { type: [Schema.Types.ObjectId], required: true, index: true },
    createdAt: { type: Date, required: true },
    ...lifecycleFields(),
  },
  { collection: 'financings', versionKey: false, minimize: false },
);

/** Every state but rejected, withdrawn and closed: the application or loan still stands on its documents. */
export const OPEN_FINANCING_STATES: readonly string[] = FINANCING_STATES.filter((s) => !FINAL_FINANCING_STATES.includes(s));

/** From approval on, the bank lends on the documents as matched: the invoice may no longer change. */
export const LENDING_STATES: readonly string[] = ['approved', 'pledgeRegistered', 'disbursed', 'overdue', 'defaulted', 'repaid', 'claimPaid', 'collateralReleased', 'enforced'];

// No double financing: the same goods never back two open loans, whichever bank is asked. The
// database decides, even for two applications at the same moment. Every loan names its order, so
// the order index also keeps a pre-shipment loan and a later bill pledge loan on it apart.
financingSchema.index(
  { orderId: 1 },
  { unique: true, name: 'one_open_financing_per_order', partialFilterExpression: { state: { $in: OPEN_FINANCING_STATES } } },
);
financingSchema.index(
  { billId: 1 },
  { unique: true, name: 'one_open_financing_per_bill', partialFilterExpression: { state: { $in: OPEN_FINANCING_STATES }, billId: { $type: 'objectId' } } },
);

// The partial indexes above cannot serve lookups of an order's or a bill's loans (a filter must
// imply their partial filter); the double-financing check asks for both on every application.
financingSchema.index({ orderId: 1 }, { name: 'financings_by_order' });
financingSchema.index({ billId: 1 }, { name: 'financings_by_bill' });

export function financingModel(connection: Connection): Model<FinancingRecord> {
  return (connection.models.Financing as Model<FinancingRecord> | undefined) ?? connection.model<FinancingRecord>('Financing', financingSchema);
}
