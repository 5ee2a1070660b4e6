/**
 * Short-term export credit insurance policies (出口信用保险, 出口信保): issued by an insurer to one
 * exporter, with a credit limit on each buyer, the shipments the exporter declared under it
 * (出运申报) with their premiums, and the claims paid (理赔), each to whom it was assigned.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import type { MoneyText } from './financing-records';

export interface BuyerLimitRecord {
  buyerId: Types.ObjectId;
  /** in the policy currency, decimals as exact text */
  approved: string;
  /** the insured value of declared shipments to this buyer */
  used: string;
}

export interface InsuredShipmentRecord {
  orderId: Types.ObjectId;
  orderNumber: string;
  buyerId: Types.ObjectId;
  /** the order's value as invoiced, in its own currency */
  goodsValue: MoneyText;
  /** the insured value in the policy currency, and the rate it was converted at ('1' if none) */
  insuredValue: string;
  fxRate: string;
  premium: string;
  declaredAt: Date;
  claimed: boolean;
}

export interface PolicyClaimRecord {
  orderId: Types.ObjectId;
  financingNumber: string;
  loss: string;
  coveredLoss: string;
  payout: string;
  retained: string;
  /** the financing bank the claim rights were assigned to (赔款转让) */
  payeeId: string;
  paidAt: Date;
}

export interface CreditPolicyRecord {
  _id: Types.ObjectId;
  /** CP-<year>-<sequence> */
  number: string;
  insurerId: Types.ObjectId;
  /** the insured */
  exporterId: Types.ObjectId;
  currency: string;
  premiumRatePercent: string;
  indemnityPercent: string;
  buyerLimits: BuyerLimitRecord[];
  shipments: InsuredShipmentRecord[];
  claims: PolicyClaimRecord[];
  /** who may read it: insurer, exporter, and each bank the exporter applied to with it */
  parties: Types.ObjectId[];
  /** incremented by every write; declarations and claims are conditional on it */
  version: number;
  issuedAt: Date;
}

const creditPolicySchema = new Schema<CreditPolicyRecord>(
  {
    number: { type: String, required: true, unique: true },
    insurerId: { type: Schema.Types.ObjectId, required: true },
    exporterId: { type: Schema.Types.ObjectId, required: true, index: true },
    currency: { type: String, required: true },
    premiumRatePercent: { type: String, required: true },
    indemnityPercent: { type: String, required: true },
    buyerLimits: { type: Schema.Types.Mixed, required: true },
    shipments: { type: Schema.Types.Mixed, default: [] },
    claims: { type: Schema.Types.Mixed, default: [] },
    parties: { type: [Schema.Types.ObjectId], required: true, index: true },
    version: { type: Number, required: true },
    issuedAt: { type: Date, required: true },
  },
  { collection: 'credit_policies', versionKey: false, minimize: false },
);

export function creditPolicyModel(connection: Connection): Model<CreditPolicyRecord> {
  return (connection.models.CreditPolicy as Model<CreditPolicyRecord> | undefined) ?? connection.model<CreditPolicyRecord>('CreditPolicy', creditPolicySchema);
}
