/** Public API of the customs rules (pure: no I/O, no clock; randomness only from the Random given). */
export type { MoneyInput, DateInput } from './inputs';
export {
  selectLane,
  checkRiskProfile,
  DEFAULT_RISK_PROFILE,
  DEFAULT_MINIMUM_RATES,
  DEFAULT_AEO_TREATMENT,
  RANDOM_SELECTION,
  TARGETED,
} from './risk-selection';
export type {
  Lane,
  RuleLane,
  DeclarationKind,
  CreditRating,
  ValueBand,
  RiskCriteria,
  RiskRule,
  LaneRates,
  AeoTreatment,
  RiskProfile,
  SelectionDeclaration,
  SelectionOptions,
  Targeting,
  RuleHit,
  LaneSelection,
} from './risk-selection';
export { computeImportTaxes, assertTariffTable, DEFAULT_TARIFF_TABLE } from './duties';
export type { TariffEntry, TariffTable, ImportTaxInput, ImportTaxLine, ImportTaxes } from './duties';
export { completeDueBy, lateFee, CHINA_LATE_FEE_RULES } from './late-fee';
export type { LateFeeRules, DueOptions, LateFeeInput, LateFee } from './late-fee';
export { exportRefund, fobValue, assertRefundRateTable, DEFAULT_REFUND_RATES } from './export-refund';
export type { RefundRateEntry, RefundRateTable, FobValue, ExportRefundInput, ExportRefundLine, ExportRefund } from './export-refund';
export { transitDeadline, isOverdue, assertTransitTimeLimits, DEFAULT_TRANSIT_TIME_LIMITS } from './transit';
export type { TransitBand, TransitTimeLimits, TransitLeg, TransitDeadline } from './transit';
