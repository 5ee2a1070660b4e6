/**
 * Commercial invoices (商业发票): the seller bills the buyer for an order. One invoice per order;
 * a correction reissues it under the same number with the next revision, and the revisions it
 * replaced are kept, so a bank can see what changed between two four-document matchings.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';

/** A goods line as stored: decimals as exact text. */
export interface InvoiceLineRecord {
  lineNo: number;
  hsCode: string;
  description: string;
  quantity: string;
  /** UN/ECE Rec 20 code */
  unit: string;
  unitPrice: string;
  /** quantity × unit price, rounded half-up to the currency's minor units */
  amount: string;
}

/** What the invoice states; replaced as a whole by a correction. */
export interface InvoiceContentRecord {
  /** 'YYYY-MM-DD' */
  invoiceDate: string;
  currency: string;
  lines: InvoiceLineRecord[];
  /** the sum of the line amounts */
  total: string;
  /** UN/LOCODEs of where the goods are shipped from and to, as the invoice states them */
  origin: string;
  destination: string;
}

export interface InvoiceRevisionRecord extends InvoiceContentRecord {
  revision: number;
  replacedAt: Date;
  /** why the seller corrected it */
  reason: string;
}

export interface InvoiceRecord {
  _id: Types.ObjectId;
  /** the seller's own invoice number, unique per seller */
  number: string;
  orderId: Types.ObjectId;
  orderNumber: string;
  sellerId: Types.ObjectId;
  buyerId: Types.ObjectId;
  /** 1 at issue, +1 for each correction */
  revision: number;
  content: InvoiceContentRecord;
  /** the revisions a correction replaced, oldest first */
  previous: InvoiceRevisionRecord[];
  /** who may read it: seller, buyer, and each bank a financing application showed it to */
  parties: Types.ObjectId[];
  /** incremented by every write; corrections are conditional on it */
  version: number;
  issuedAt: Date;
  updatedAt: Date;
}

const invoiceSchema = new Schema<InvoiceRecord>(
  {
    number: { type: String, required: true },
    orderId: { type: Schema.Types.ObjectId, required: true },
    orderNumber: { type: String, required: true },
    sellerId: { type: Schema.Types.ObjectId, required: true },
    buyerId: { type: Schema.Types.ObjectId, required: true },
    revision: { type: Number, required: true },
    content: { type: Schema.Types.Mixed, required: true },
    previous: { type: Schema.Types.Mixed, default: [] },
    parties: { type: [Schema.Types.ObjectId], required: true, index: true },
    version: { type: Number, required: true },
    issuedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'invoices', versionKey: false, minimize: false },
);

// One invoice per order: a second one for the same goods would bill them twice, and a bank
// matching the order's documents must know which invoice is meant. Corrections reissue it.
invoiceSchema.index({ orderId: 1 }, { unique: true, name: 'one_invoice_per_order' });
invoiceSchema.index({ sellerId: 1, number: 1 }, { unique: true, name: 'invoice_number_per_seller' });
// Readers look an invoice up by number alone (and their visibility): without this, by party.
invoiceSchema.index({ number: 1 }, { name: 'invoice_by_number' });

export function invoiceModel(connection: Connection): Model<InvoiceRecord> {
  return (connection.models.Invoice as Model<InvoiceRecord> | undefined) ?? connection.model<InvoiceRecord>('Invoice', invoiceSchema);
}
