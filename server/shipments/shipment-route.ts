/**
 * The route part of a shipment, built from a planned option: its legs (with their carriers),
 * totals and planned dates. Booking writes it into a new shipment; a reroute replaces it.
 */
import type { Types } from 'mongoose';
import type { ShipmentRecord } from '../models/shipment.model';
import type { RouteOption } from '../routing';
import { Decimal, toDecimal128 } from '../shared/money';

/** A route option as booking offers it: marked with whether the order's Incoterm fits its main carriage and its named place. */
export interface PlannedOption extends RouteOption {
  incotermFits: boolean;
  incotermNote: string | null;
  /** the rule that does not fit: incoterm-mode or incoterm-place; null when it fits */
  incotermRule: string | null;
}

export type ShipmentRoute = Pick<ShipmentRecord, 'corridorId' | 'routeOptionId' | 'routeName' | 'legs' | 'cost' | 'costCurrency' | 'co2Kg' | 'plannedEtd' | 'plannedEta'>;

export function shipmentRoute(option: RouteOption, carriers: ReadonlyMap<number, Types.ObjectId>): ShipmentRoute {
  return {
    corridorId: option.corridorId,
    routeOptionId: option.id,
    routeName: option.name,
    legs: option.legs.map((l) => ({
      seq: l.seq,
      from: l.from,
      to: l.to,
      mode: l.mode,
      carrierId: carriers.get(l.seq) ?? null,
      plannedEtd: l.etd,
      plannedEta: l.eta,
      distanceKm: l.distanceKm,
      cost: toDecimal128(new Decimal(l.cost.amount)),
      co2Kg: toDecimal128(new Decimal(l.co2Kg)),
    })),
    cost: toDecimal128(new Decimal(option.cost.amount)),
    costCurrency: option.cost.currency,
    co2Kg: toDecimal128(new Decimal(option.co2Kg)),
    plannedEtd: option.etd,
    plannedEta: option.eta,
  };
}

/** The distinct carriers of a leg assignment. */
export function carrierIdsOf(carriers: ReadonlyMap<number, Types.ObjectId>): Types.ObjectId[] {
  const seen = new Map<string, Types.ObjectId>();
  for (const id of carriers.values()) if (!seen.has(String(id))) seen.set(String(id), id);
  return [...seen.values()];
}
