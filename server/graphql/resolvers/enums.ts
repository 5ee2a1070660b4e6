/**
 * GraphQL enum names on the wire (IN_TRANSIT), the stored names inside (inTransit): one mapping
 * per enum, derived from the domain's own lists so the two cannot drift apart.
 */
import { ORDER_STATES, type OrderStateName } from '../../../machines/order.machine';
import { TRANSPORT_MODES, type TransportMode } from '../../reference';
import type { RankBy } from '../../routing';
import { MILESTONE_TYPES, type MilestoneType } from '../../tracking/milestones';

/** inTransit -> IN_TRANSIT */
export function screamingCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

function enumValues<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((v) => [screamingCase(v), v]));
}

export const orderStateEnum = enumValues<OrderStateName>(ORDER_STATES);
export const milestoneTypeEnum = enumValues<MilestoneType>(MILESTONE_TYPES);
export const transportModeEnum = enumValues<TransportMode>(TRANSPORT_MODES);
export const rankByEnum = enumValues<RankBy>(['time', 'cost', 'co2']);
