/**
 * Subscriptions: each unpacks its arguments, asks the live service for the event stream, and
 * turns a refusal into a GraphQL error with its code. They run only over the WebSocket, whose
 * context carries the socket's connection (see ../live-socket.ts).
 */
import { GraphQLError } from 'graphql';
import type { LiveRefusal } from '../../live/live.service';
import type { LiveConnection } from '../../live/live-connection';
import type { Result } from '../../shared/result';
import type { Resolvers } from '../__generated__/resolvers-types';
import type { GraphQLContext } from '../context';
import { unauthenticated } from '../auth';
import { historyOf } from './order.resolvers';
import { milestoneView } from './shipment.resolvers';

function socketOf(context: GraphQLContext): LiveConnection {
  if (!context.socket) throw unauthenticated('subscriptions run over the WebSocket at /graphql, with the token in connection_init');
  return context.socket;
}

async function stream<E>(opened: Promise<Result<AsyncIterableIterator<E>, LiveRefusal>>): Promise<AsyncIterableIterator<E>> {
  const r = await opened;
  if (r.ok) return r.value;
  throw new GraphQLError(r.error.message, { extensions: { code: r.error.code, ...(r.error.field ? { field: r.error.field } : {}) } });
}

const entryOf = (e: { entry: Parameters<typeof historyOf>[0][number] }) => historyOf([e.entry])[0];

/** Each field's event is the value its stream yields. */
const itself = <E>(event: E): E => event;

export const liveResolvers: Resolvers = {
  Subscription: {
    shipmentTracked: {
      subscribe: (_root, { reference, after }, context) => stream(context.services.live.shipmentTracked(socketOf(context), reference, after ?? null)),
      resolve: itself,
    },
    billEvents: {
      subscribe: (_root, { bill, after }, context) => stream(context.services.live.billEvents(socketOf(context), bill, after ?? null)),
      resolve: itself,
    },
    declarationReceipts: {
      subscribe: (_root, { filter, after }, context) => stream(context.services.live.declarationReceipts(socketOf(context), filter ?? {}, after ?? null)),
      resolve: itself,
    },
    financingEvents: {
      subscribe: (_root, { filter, after }, context) => stream(context.services.live.financingEvents(socketOf(context), filter ?? {}, after ?? null)),
      resolve: itself,
    },
    scenarioRunProgress: {
      subscribe: (_root, { run, after }, context) => stream(context.services.live.scenarioRunProgress(socketOf(context), run, after ?? null)),
      resolve: itself,
    },
  },
  ShipmentTrackedEvent: {
    milestone: (e) => (e.milestone ? milestoneView(e.milestone) : null),
  },
  BillLiveEvent: {
    entry: entryOf,
    bill: (e) => e.document,
  },
  DeclarationReceiptEvent: {
    entry: entryOf,
    state: (e) => e.entry.to as never,
    declaration: (e) => e.document,
  },
  FinancingLiveEvent: {
    entry: entryOf,
    state: (e) => e.entry.to as never,
    financing: (e) => e.document,
  },
  ScenarioRunProgressEvent: {
    ordersDone: (e) => e.run.progress.ordersDone,
    ordersTotal: (e) => e.run.progress.ordersTotal,
    simulatedAt: (e) => e.run.progress.simulatedAt,
    finished: (e) => e.run.status !== 'running',
    run: (e) => e.run,
  },
};
