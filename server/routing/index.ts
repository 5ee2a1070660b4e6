/** Public API of the routing module (pure: no I/O, no clock). */
export { routeOptions } from './route-options';
export type { RankBy, RouteRequest, RouteOption, RouteLeg, RouteError, RouteErrorCode, Money } from './route-options';
export { CORRIDORS, corridorNodes, corridorStarts } from './corridors';
export type { Corridor } from './corridors';
export {
  DAILY, DETOUR_FACTOR, AIR_DISTANCE_ADDITION_KM, ROAD_KM_PER_DAY, ROAD_USD_PER_TEU_KM, MAX_FEEDER_ROAD_GC_KM,
  estimatedDistance, roadLeg, transshipmentDays,
} from './legs';
export type { LegSpec, Tariff, Weekday } from './legs';
export { CO2_G_PER_TONNE_KM, CO2_FACTOR_SOURCE, co2Kg } from './emission-factors';
export { VOLUMETRIC_KG_PER_M3, M3_PER_TEU, teuFor, chargeableWeightKg } from './cargo';
export type { CargoInput } from './cargo';
export type { TransportMode } from './places';
