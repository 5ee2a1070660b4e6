/**
 * The input of a customs declaration (报关单) lodged through the single window (DOMAIN.md
 * "Documents": 报关单 via the single window, with the 提前申报 advance and 两步申报 two-step
 * reforms). Plain data as a GraphQL mutation or a scenario would pass it; `validateDeclaration`
 * checks it and reports every broken rule at once.
 *
 * Which fields each mode requires:
 *
 * | field                                    | standard / advance / two-step complete | two-step summary |
 * |------------------------------------------|----------------------------------------|------------------|
 * | declarant, trade mode, customs office    | required                               | required         |
 * | port, transport mode, conveyance         | required                               | required         |
 * | containers (when the shipment has some)  | required                               | required         |
 * | line: HS code                            | 8-10 digits (10 expected)              | 6-10 digits      |
 * | line: description, quantity + unit       | required                               | required         |
 * | line: value + currency, origin country   | required                               | required         |
 * | line: destination country                | required                               | optional         |
 * | totals: gross weight                     | required                               | required         |
 * | totals: value + currency, packages       | required                               | optional         |
 * | invoice number                           | required                               | optional         |
 * | order number                             | required                               | required         |
 *
 * Why the summary keeps what it keeps: the first step of 两步申报 exists so customs can decide
 * on release and target risk before the full declaration. That needs what identifies the goods and
 * their duty (HS subheading, description, origin, quantity, value), and what security and
 * logistics control use (the conveyance, port, containers and gross weight). Goods that owe duty or
 * tax must also give a guarantee in the summary (税款担保). The 8-10 digit national code, the
 * destination, the totals' value, the package count and the invoice come with the complete step,
 * which carries the summary's declaration number. Two-step declaration is an import procedure.
 */
import { DECLARANT_ROLES, type DeclarantRole } from '../../models/customs-records';

export { DECLARANT_ROLES, type DeclarantRole };

export const DECLARATION_KINDS = ['export', 'import', 'transit'] as const;
/** transit: 转关, goods moved under customs control between two Chinese offices (e.g. 空空转关). */
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

export const DECLARATION_MODES = ['standard', 'twoStep', 'advance'] as const;
/** advance: 提前申报, declared before arrival (imports) or before loading (exports). */
export type DeclarationMode = (typeof DECLARATION_MODES)[number];

export const TWO_STEP_STEPS = ['summary', 'complete'] as const;
/** summary: 概要申报 (goods released on it); complete: 完整申报. */
export type TwoStepStep = (typeof TWO_STEP_STEPS)[number];

export interface DeclarantInput {
  role: DeclarantRole;
  /** the enterprise's 10-character customs registration code (海关编码) */
  customsCode: string;
}

export interface DeclarationLineInput {
  /** 项号: 1, 2, 3 ... in order */
  lineNo: number;
  /** the order line this goods line declares; default: the same number as lineNo */
  orderLineNo?: number | null;
  /** 商品编号: China declares 10 digits (8-digit tariff code + 2 supervision digits) */
  hsCode: string;
  description: string;
  /** decimal text */
  quantity?: string | null;
  /** UN/ECE Rec 20 code; must be the order line's unit */
  unit?: string | null;
  /** the line's total declared value, decimal text with at most the currency's minor units */
  value: string;
  /** ISO 4217; must be the order's currency */
  currency: string;
  /** ISO 3166-1 alpha-2 */
  originCountry: string;
  /** ISO 3166-1 alpha-2, the final destination (最终目的国) */
  destinationCountry?: string | null;
}

export interface DeclarationTotalsInput {
  /** decimal text: the sum of the lines' values, exactly */
  value?: string | null;
  /** ISO 4217; the lines' currency */
  currency?: string | null;
  /** decimal text, kg, at most 3 decimals (毛重) */
  grossWeightKg: string;
  /** number of packages (件数) */
  packages?: number | null;
}

export interface TwoStepInput {
  step: TwoStepStep;
  /** the goods owe duty or import taxes (涉税): the summary then needs a guarantee */
  dutiable: boolean;
  /** the tax guarantee (税款担保) reference, required in a dutiable summary */
  guaranteeReference?: string | null;
  /** complete step: the 18-digit number customs gave the summary declaration */
  summaryDeclarationNumber?: string | null;
}

export interface DeclarationInput {
  kind: DeclarationKind;
  mode: DeclarationMode;
  declarant: DeclarantInput;
  /** 监管方式, 4 digits (0110 general trade ...) */
  tradeMode: string;
  /** 申报地海关, 4-digit 关区代码 */
  customsOffice: string;
  /** port of exit (export), entry (import) or the Chinese place of the transit, UN/LOCODE */
  port: string;
  /** sea, rail, road, air or river: the mode of the leg leaving (export) or reaching (import) the port */
  transportMode: string;
  /** conveyance name and voyage, train or flight number */
  conveyanceReference: string;
  /** ISO 6346 numbers; each must be on the shipment */
  containers: string[];
  lines: DeclarationLineInput[];
  totals: DeclarationTotalsInput;
  invoiceNumber?: string | null;
  /** the order's number, ORD-yyyy-nnnnnn */
  orderNumber: string;
  /** advance mode only: expected arrival (import) or loading (export), yyyy-mm-dd, after today */
  expectedDate?: string | null;
  /** two-step mode only */
  twoStep?: TwoStepInput | null;
}
