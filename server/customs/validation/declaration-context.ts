/**
 * What validateDeclaration reads besides the input (the order and shipment as plain data, and
 * today's date), what it returns, and the limits it applies.
 */
import type { TransportMode } from '../../reference';
import { Decimal } from '../../shared/money';
import type { CustomsOffice } from './customs-offices';
import type { DeclarantRole, DeclarationKind, DeclarationMode, TwoStepStep } from './declaration-input';

// ---------------------------------------------------------------------------------------------
// Context: plain order and shipment data (not mongoose documents), and today's date
// ---------------------------------------------------------------------------------------------

export interface DeclarationOrderLine {
  /** default: the line's position + 1 */
  lineNo?: number;
  hsCode: string;
  /** decimal text */
  quantity: string;
  unit: string;
  /** decimal text, in the order's currency */
  amount: string;
}

export interface DeclarationOrderContext {
  number: string;
  currency: string;
  lines: DeclarationOrderLine[];
  /** UN/LOCODE */
  origin: string;
  /** UN/LOCODE */
  destination: string;
  /** when given, the declaration must use the same trade mode */
  tradeMode?: string;
}

export interface DeclarationShipmentContext {
  containers: string[];
  /** in route order */
  legs: Array<{ from: string; to: string; mode: string }>;
}

export interface DeclarationContext {
  /** yyyy-mm-dd */
  today: string;
  order?: DeclarationOrderContext;
  shipment?: DeclarationShipmentContext;
}

// ---------------------------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------------------------

/** Accepted, but worth telling the declarant (e.g. an 8-digit HS code where 10 are expected). */
export interface DeclarationWarning {
  field: string[];
  rule: string;
  message: string;
}

export interface ValidDeclarationLine {
  lineNo: number;
  orderLineNo: number;
  /** digits only */
  hsCode: string;
  heading: string;
  description: string;
  quantity: Decimal;
  unit: string;
  value: Decimal;
  currency: string;
  originCountry: string;
  /** null only in a two-step summary that left it out */
  destinationCountry: string | null;
}

export interface ValidDeclaration {
  kind: DeclarationKind;
  mode: DeclarationMode;
  /** two-step mode only */
  step: TwoStepStep | null;
  declarant: { role: DeclarantRole; customsCode: string };
  tradeMode: string;
  customsOffice: CustomsOffice;
  port: string;
  transportMode: TransportMode;
  conveyanceReference: string;
  /** normalised ISO 6346 numbers */
  containers: string[];
  lines: ValidDeclarationLine[];
  totals: { value: Decimal | null; currency: string | null; grossWeightKg: Decimal; packages: number | null };
  invoiceNumber: string | null;
  orderNumber: string;
  /** advance mode only */
  expectedDate: string | null;
  twoStep: { dutiable: boolean; guaranteeReference: string | null; summaryDeclarationNumber: string | null } | null;
  warnings: DeclarationWarning[];
}

// ---------------------------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------------------------

/** A Chinese declaration carries at most 50 goods lines (商品项). */
export const MAX_DECLARATION_LINES = 50;
export const MAX_DESCRIPTION = 255;
/** Simulator limit for "name / voyage" in one field. */
export const MAX_CONVEYANCE = 64;
export const MAX_REFERENCE = 35;
