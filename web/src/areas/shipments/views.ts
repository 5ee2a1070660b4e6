/** The shapes pages of this area pass to one another, as the API's typed answers give them. */
import type { OrderQuery, OrderRouteOptionsQuery } from '../../gql/graphql';

export type OrderView = NonNullable<OrderQuery['order']>;
export type RouteOptionView = NonNullable<OrderRouteOptionsQuery['orderRouteOptions']['options']>[number];
export type OrderOfRoutes = NonNullable<OrderRouteOptionsQuery['order']>;
export type PartyOption = OrderRouteOptionsQuery['carriers']['edges'][number]['node'];
