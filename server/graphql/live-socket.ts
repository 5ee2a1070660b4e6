/**
 * The WebSocket endpoint of live updates: `graphql-ws` (protocol graphql-transport-ws) on the
 * HTTP server's own port and path. A socket authenticates once, in connection_init, with
 * `{ authorization: 'Bearer <token>' }` (the HTTP header's form); each operation then runs with
 * that caller, under the same validation rules and limits as over HTTP.
 */
import { randomUUID } from 'node:crypto';
import type http from 'node:http';
import { type ExecutionArgs, GraphQLError, type GraphQLSchema, getOperationAST, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { Logger } from 'pino';
import { WebSocketServer } from 'ws';
import type { ClassroomService } from '../classroom/classroom.service';
import type { Config } from '../config';
import { CLOSE_CODES, type LiveConnection } from '../live/live-connection';
import { FrameOutput, nextPrefix } from './frame-output';
import { SharedPayloads, type SubscriptionOutlet, subscribeShared } from './live-delivery';
import type { Services } from '../services';
import type { GraphQLContext } from './context';
import { dateLiteralFieldsRule } from './date-scalars';
import { limitRules } from './limits';
import { createLoaders } from './loaders';

type SocketExtra = { connection?: LiveConnection; output?: FrameOutput };

export interface LiveSocketServer {
  /** Closes every socket (1001 going away) and stops accepting new ones. */
  close(): Promise<void>;
}

/** The bearer token in connectionParams.authorization ('Bearer <token>'), if any. */
function tokenOf(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const header = params?.authorization ?? params?.Authorization;
  if (typeof header !== 'string') return undefined;
  return /^Bearer +(\S+) *$/i.exec(header.trim())?.[1];
}

export function startLiveSocket(options: {
  httpServer: http.Server;
  path: string;
  schema: GraphQLSchema;
  services: Services;
  classroom: ClassroomService;
  config: Pick<Config, 'limits'>;
  logger: Logger;
}): LiveSocketServer {
  const { httpServer, path, schema, services, classroom, config, logger } = options;
  const { live } = services;
  const rules = [...specifiedRules, ...limitRules(config.limits), dateLiteralFieldsRule];
  const wss = new WebSocketServer({ server: httpServer, path });
  const payloads = new SharedPayloads(live.counts);
  /** Each subscription's outlet, by the execution arguments onSubscribe made for it (graphql-ws hands them to subscribe). */
  const outlets = new WeakMap<ExecutionArgs, SubscriptionOutlet>();

  // Counted before graphql-ws sees the socket, so sockets that never authenticate count too.
  wss.on('connection', (socket) => {
    if (live.connections.sockets >= live.connections.limits.maxConnections) {
      socket.close(CLOSE_CODES.TOO_MANY_CONNECTIONS, `this server holds ${live.connections.sockets} sockets, its maximum; try again later or another server`);
      return;
    }
    live.connections.sockets += 1;
    socket.once('close', () => (live.connections.sockets -= 1));
  });

  const server = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      onConnect: async (ctx) => {
        const { socket } = ctx.extra;
        const auth = await live.authenticate(tokenOf(ctx.connectionParams));
        if (!auth.ok) {
          socket.close(auth.code, auth.reason);
          return false;
        }
        ctx.extra.connection = live.connect(auth.caller, auth.tokenId, (code, reason) => socket.close(code, reason));
        ctx.extra.output = new FrameOutput(socket);
        return true;
      },
      onClose: (ctx) => {
        if (ctx.extra.connection) live.disconnect(ctx.extra.connection);
      },
      onSubscribe: (ctx, id, payload): ExecutionArgs | readonly GraphQLError[] => {
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [error as GraphQLError];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors;
        // Queries and mutations keep to HTTP, where every request guard of the API applies.
        if (getOperationAST(document, payload.operationName)?.operation !== 'subscription') {
          return [new GraphQLError('only subscriptions run over the WebSocket: send queries and mutations as HTTP POST to /graphql', { extensions: { code: 'BAD_REQUEST' } })];
        }
        const connection = ctx.extra.connection!;
        const requestId = randomUUID();
        const contextValue: GraphQLContext = {
          requestId,
          logger: logger.child({ requestId, socket: true }),
          services,
          // Subscriptions follow the real-time world: an exercise's participant token is not
          // accepted in connection_init (live.authenticate knows the real world's tokens only).
          classroom,
          seat: null,
          caller: connection.caller,
          loaders: createLoaders(services),
          socket: connection,
        };
        const args: ExecutionArgs = { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue };
        outlets.set(args, {
          prefix: nextPrefix(id),
          // Results are shared by callers of one access class sending the same operation and
          // variables. Only the document may hold a line break, so it goes last.
          audience: `${connection.accessClass}\n${payload.operationName ?? ''}\n${JSON.stringify(payload.variables ?? null)}\n${payload.query}`,
          output: ctx.extra.output!,
        });
        return args;
      },
      subscribe: (args) => subscribeShared(args, outlets.get(args)!, payloads, live.counts),
    },
    wss,
  );

  return {
    close: async () => {
      live.close();
      await server.dispose();
    },
  };
}
