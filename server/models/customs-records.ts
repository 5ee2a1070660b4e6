/**
 * What a declaration and an export refund store of the customs rules' results: the lane
 * selection, the import taxes, the late fee and the refund lines, and who may declare. The rules
 * (customs/rules, customs/validation) compute them; the models store them, so the shapes live here.
 */
import type { Lane } from '../../machines/declaration.machine';

export type RuleLane = 'yellow' | 'red';

/**
 * A targeting (control) instruction, 布控指令: customs, acting on intelligence, orders the
 * physical inspection of one consignment whatever the risk profile and the random draw say.
 */
export interface Targeting {
  /** Why it is targeted (the intelligence or instruction), as the officer recorded it. */
  readonly reason: string;
}

export interface RuleHit {
  readonly ruleId: string;
  readonly weight: number;
  /** The rule's own lane. */
  readonly ruleLane: RuleLane;
  /** The lane it gives after AEO treatment: 'green' when waived. */
  readonly lane: Lane;
  /** Set when the value band could not be compared (another currency, no converter): matched to be safe. */
  readonly note?: string;
}

export interface LaneSelection {
  readonly lane: Lane;
  /**
   * TARGETED first when a targeting instruction sent it red, then the ids of the rules that
   * raised the lane, heaviest first (ties in profile order), then RANDOM_SELECTION if the draw picked it.
   */
  readonly reasons: readonly string[];
  /** Every matched rule, in profile order, including waived ones. */
  readonly hits: readonly RuleHit[];
  /** The lane the random draw alone gave. */
  readonly randomLane: Lane;
  /** The targeting instruction that sent it red, with its reason; absent when there was none. */
  readonly targeting?: Targeting;
}

export interface ImportTaxLine {
  readonly hsCode: string;
  /** The tariff table key that applied. */
  readonly tariffKey: string;
  /** The duty basis: the line's customs value. */
  readonly value: string;
  readonly dutyPercent: string;
  readonly duty: string;
  readonly consumptionTaxPercent: string;
  /** The composite taxable price, rounded for display; the tax is computed from the exact figure. */
  readonly consumptionTaxBasis: string;
  readonly consumptionTax: string;
  readonly vatPercent: string;
  /** Duty-paid value: value + duty + consumption tax. */
  readonly vatBasis: string;
  readonly vat: string;
  /** duty + consumption tax + VAT */
  readonly total: string;
}

export interface ImportTaxes {
  readonly currency: string;
  readonly customsValue: string;
  readonly lines: readonly ImportTaxLine[];
  readonly totals: {
    readonly duty: string;
    readonly consumptionTax: string;
    readonly vat: string;
    readonly total: string;
    /** Sum of the lines' VAT bases. */
    readonly vatBasis: string;
  };
}

export interface LateFee {
  readonly dueBy: string;
  readonly daysLate: number;
  readonly ratePerDay: string;
  readonly currency: string;
  /** customs value × rate × days, unrounded. */
  readonly exact: string;
  /** The fee levied, with the currency's minor units. */
  readonly fee: string;
  /** Why the fee differs from the rounded exact figure (threshold or floor), if it does. */
  readonly note?: string;
}

export interface ExportRefundLine {
  readonly hsCode: string;
  readonly tableKey: string;
  readonly fobValue: string;
  readonly ratePercent: string;
  readonly refund: string;
}

export const DECLARANT_ROLES = ['exporter', 'importer', 'customsBroker'] as const;

/**
 * exporter / importer: the consignor or consignee declaring its own goods (进出口货物收发货人);
 * customsBroker: a forwarder acting as customs broker (报关企业) for the goods' owner.
 */
export type DeclarantRole = (typeof DECLARANT_ROLES)[number];
