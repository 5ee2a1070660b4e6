import type { MilestoneRecord, ShipmentRecord } from '../../models/shipment.model';
import type { RouteLeg } from '../../routing';
import type { PlannedOption } from '../../shipments/shipment.service';
import { planRoutes } from '../../shipments/shipment.service';
import type { Resolvers } from '../__generated__/resolvers-types';
import { requireCaller } from '../auth';
import { checkedFilter, payload } from '../payload';
import { milestoneTypeEnum, rankByEnum, transportModeEnum } from './enums';
import { location, money, partyOf } from './order.resolvers';

function optionView(o: PlannedOption) {
  return {
    ...o,
    legs: o.legs.map((l: RouteLeg) => ({ ...l, from: location(l.from), to: location(l.to) })),
    mainCarriageModes: [...o.mainCarriageModes],
    rankByTime: o.ranks.time,
    rankByCost: o.ranks.cost,
    rankByCo2: o.ranks.co2,
  };
}

/**
 * A tracking view's lists in their GraphQL shape, made once per view: the tracking cache hands
 * the same view to every request until the shipment or its order changes.
 */
const viewShapes = new WeakMap<object, Map<string, unknown>>();

function perView<T>(view: object, field: string, shape: () => T): T {
  let shapes = viewShapes.get(view);
  if (!shapes) viewShapes.set(view, (shapes = new Map()));
  if (!shapes.has(field)) shapes.set(field, shape());
  return shapes.get(field) as T;
}

export function milestoneView(m: MilestoneRecord) {
  return { ...m, at: m.at.toISOString(), recordedAt: m.recordedAt.toISOString(), location: location(m.location) };
}

export const shipmentResolvers: Resolvers = {
  Query: {
    routeOptions: async (_root, { input }, context) => {
      requireCaller(context);
      const { cargo, incoterm, ...rest } = input;
      const request = {
        ...rest,
        rankBy: rest.rankBy ?? undefined,
        cargo: { grossWeightKg: cargo.grossWeightKg, volumeM3: cargo.volumeM3 ?? undefined, teu: cargo.teu ?? undefined, containers: cargo.containers ?? undefined },
      };
      return payload(planRoutes(request, incoterm ?? undefined), (options) => ({ options: options.map(optionView) }));
    },
    orderRouteOptions: (_root, { orderId, rankBy, teu }, context) =>
      payload(context.services.shipments.routeOptions(requireCaller(context), { orderId, rankBy: rankBy ?? undefined, teu: teu ?? undefined }), (options) => ({
        options: options.map(optionView),
      })),
    shipment: (_root, { reference }, context) => context.services.tracking.findShipment(requireCaller(context), reference),
    shipments: (_root, { first, after, filter }, context) => {
      const filterArgs = { corridorId: filter?.corridorId ?? undefined, partyId: filter?.partyId ?? undefined };
      return context.services.shipments.list(requireCaller(context), filterArgs, { first, after }).then(checkedFilter);
    },
    track: async (_root, { reference }, context) => {
      const { result, fromMemory } = await context.services.tracking.answer(requireCaller(context), reference);
      if (!fromMemory && context.trackAnswer) context.trackAnswer.fromMemory = false;
      return result.ok ? result.value : null;
    },
  },
  Mutation: {
    bookRoute: (_root, { input }, context) =>
      payload(
        context.services.shipments.book(requireCaller(context), {
          ...input,
          carriers: input.carriers ?? undefined,
          expectedVersion: input.expectedVersion ?? undefined,
        }),
        (shipment) => ({ shipment }),
      ),
    rerouteShipment: (_root, { input }, context) =>
      payload(
        context.services.shipments.reroute(requireCaller(context), {
          ...input,
          carriers: input.carriers ?? undefined,
          expectedVersion: input.expectedVersion ?? undefined,
        }),
        'shipment',
      ),
    recordMilestone: (_root, { input }, context) =>
      payload(
        context.services.tracking.recordMilestone(requireCaller(context), {
          ...input,
          at: input.at ?? undefined,
          location: input.location ?? undefined,
          note: input.note ?? undefined,
          expectedVersion: input.expectedVersion ?? undefined,
        }),
        'shipment',
      ),
  },
  BookRoutePayload: {
    order: (p, _a, context) => (p.shipment ? context.services.orders.find(requireCaller(context), String((p.shipment as ShipmentRecord).orderId)) : null),
  },
  Shipment: {
    id: (s) => String(s._id),
    order: (s, _a, context) => context.services.orders.find(requireCaller(context), String(s.orderId)),
    forwarder: (s, _a, { loaders }) => partyOf(s.forwarderId, loaders),
    legs: (s) =>
      s.legs.map((l) => ({
        ...l,
        from: location(l.from),
        to: location(l.to),
        cost: money(l.cost, s.costCurrency),
        co2Kg: l.co2Kg.toString(),
        carrierId: l.carrierId,
      })),
    cost: (s) => money(s.cost, s.costCurrency),
    co2Kg: (s) => s.co2Kg.toString(),
    milestones: (s) => s.milestones.map(milestoneView),
    // Shipments booked before reroutes existed have no such field.
    reroutes: (s) => (s.reroutes ?? []).map((r) => ({ ...r, at: r.at.toISOString() })),
  },
  ShipmentLeg: {
    carrier: (l, _a, { loaders }) => (l.carrierId ? partyOf(l.carrierId, loaders) : null),
  },
  Tracking: {
    timeline: (t) => perView(t, 'timeline', () => t.timeline.map(milestoneView)),
    legs: (t) =>
      perView(t, 'legs', () =>
        t.legs.map((l) => ({
          ...l,
          from: location(l.from),
          to: location(l.to),
          actualDeparture: l.actualDeparture?.toISOString() ?? null,
          actualArrival: l.actualArrival?.toISOString() ?? null,
        })),
      ),
    position: (t) => perView(t, 'position', () => ({ ...t.position, location: location(t.position.location) })),
  },
  MilestoneType: milestoneTypeEnum,
  TransportMode: transportModeEnum,
  RankBy: rankByEnum,
};
