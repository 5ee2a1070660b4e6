/** Public API of the trade financing rules (pure: no I/O, no clock, no randomness). */
export type { MoneyInput, DateInput } from '../../customs/rules/inputs';
export { matchDocuments, DEFAULT_MATCHING_OPTIONS } from './four-document-matching';
export type { MatchingDocuments, MatchingOptions, DocumentMismatch } from './four-document-matching';
export type { TradeDocumentName, GoodsLine, TradeDocument, OrderDocument, InvoiceDocument, BillDocument, DeclarationDocument } from './trade-documents';
export { accruedInterest, maturityDate, isOverdue } from './interest';
export type { PrincipalRepayment, AccruedInterestInput, InterestPeriod, AccruedInterest } from './interest';
export { rateAt, convert, assertRateTable, displayRate, DEFAULT_RATE_TABLE } from './fx';
export type { RateEntry, RateTable, AppliedRate, MoneyText, Conversion } from './fx';
export { approvalLimit, checkFinancingTerms } from './limits';
export type { ApprovalLimit, FinancingTerms } from './limits';
export { declareShipment, premium, claimPayout, DEFAULT_INDEMNITY_PERCENT } from './credit-insurance';
export type { BuyerCreditLimit, DeclaredShipment, ShipmentDeclaration, Premium, ClaimCover, ClaimPayout } from './credit-insurance';
