/**
 * What a financing and a credit policy store of the financing rules' results: money as decimal
 * text, the FX rate a conversion applied, and the mismatches four-document matching found. The
 * rules (financing/rules) compute them; the models store them, so the shapes live here.
 */

/** One unit of `base` is worth `rate` units of `quote` from the instant `from` on. */
export interface RateEntry {
  readonly base: string;
  readonly quote: string;
  readonly rate: string;
  readonly from: string;
}

export interface AppliedRate {
  readonly from: string;
  readonly to: string;
  /** the moment of the conversion, ISO 8601 UTC */
  readonly at: string;
  /** units of `to` for one unit of `from`, exact */
  readonly rate: string;
  readonly via: 'same' | 'direct' | 'inverse' | 'cross';
  /** the table entries used: one, or two for a cross rate */
  readonly entries: readonly RateEntry[];
}

export interface MoneyText {
  readonly amount: string;
  readonly currency: string;
}

export type TradeDocumentName = 'order' | 'invoice' | 'bill' | 'declaration';

export interface DocumentMismatch {
  /** e.g. 'parties.buyer', 'goods.0.hsCode', 'value.amount', 'dates.invoiceDate' */
  readonly field: string;
  readonly rule: string;
  readonly documents: readonly [TradeDocumentName, TradeDocumentName];
  readonly values: readonly [string, string];
  readonly message: string;
}
