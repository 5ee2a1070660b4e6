/**
 * GraphQL enum names on the wire (IN_TRANSIT), the stored names inside (inTransit): one mapping
 * per enum, derived from the domain's own lists so the two cannot drift apart.
 */
import { ORDER_STATES, type OrderStateName } from '../../../machines/order.machine';
import { TRANSPORT_MODES, type TransportMode } from '../../reference';
import type { RankBy } from '../../routing';
import { screamingCase } from '../../shared/names';
import { MILESTONE_TYPES, type MilestoneType } from '../../tracking/milestones';


/** Wire names (SCREAMING_CASE) to stored names, for any enum whose values are a domain list. */
export function enumValues<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((v) => [screamingCase(v), v]));
}

export const orderStateEnum = enumValues<OrderStateName>(ORDER_STATES);
export const milestoneTypeEnum = enumValues<MilestoneType>(MILESTONE_TYPES);
export const transportModeEnum = enumValues<TransportMode>(TRANSPORT_MODES);
export const rankByEnum = enumValues<RankBy>(['time', 'cost', 'co2']);
