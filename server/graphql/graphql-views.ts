/** Shapes that field resolvers hand to nested types (when no stored record fits as is). */
import type { LoanPosition } from '../financing/loan-servicing';
import type { AppliedRate } from '../financing/rules';
import type { BuyerLimitRecord, InsuredShipmentRecord, PolicyClaimRecord } from '../models/credit-policy.model';
import type { Location, TransportMode } from '../reference';

export interface ShipmentLegView {
  seq: number;
  from: Location;
  to: Location;
  mode: TransportMode;
  carrierId: unknown;
  plannedEtd: string;
  plannedEta: string;
  distanceKm: number;
  cost: { amount: string; currency: string };
  co2Kg: string;
}

/** A lane selection with the note a stored declaration may add (a red selection after pickup). */
export interface LaneSelectionView {
  lane: 'green' | 'yellow' | 'red';
  reasons: readonly string[];
  hits: ReadonlyArray<{ ruleId: string; weight: number; ruleLane: 'yellow' | 'red'; lane: 'green' | 'yellow' | 'red' }>;
  randomLane: 'green' | 'yellow' | 'red';
  note?: string | null;
}

/** The two-step details of a declaration, from its content and its machine context. */
export interface TwoStepView {
  dutiable: boolean;
  guaranteeReference: string | null;
  conveyanceDeclaredAt: string | null;
  completeDueBy: string | null;
  completeDeclaredAt: string | null;
}

/** The transit details of a declaration. */
export interface TransitView {
  originOffice: string;
  destinationOffice: string;
  deadline: string | null;
  overdue: boolean;
  flaggedOverdue: boolean;
}

// Trade financing (schema/financing.graphql)

/** A policy's buyer limit, shipment or claim with the policy currency its amounts are in. */
export type BuyerLimitView = BuyerLimitRecord & { currency: string };
export type InsuredShipmentView = InsuredShipmentRecord & { currency: string };
export type PolicyClaimView = PolicyClaimRecord & { currency: string };

/** The interest part of a loan position, once the loan is disbursed. */
export type LoanInterestView = NonNullable<LoanPosition['interest']>;

/** How an exchange rate was found in the rate table: the FxRateVia enum inside. */
export type FxRateVia = AppliedRate['via'];
