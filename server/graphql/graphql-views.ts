/** Shapes that field resolvers hand to nested types (when no stored record fits as is). */
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
