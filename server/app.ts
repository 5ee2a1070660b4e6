/**
 * The HTTP application: probes, the GraphQL endpoint, and the offline IDE, wired to the services.
 * Building it does not listen; start.ts does that, so tests and main.ts share one assembly.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import express from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Clock } from './clock';
import type { Config } from './config';
import { createApolloServer } from './graphql/apollo';
import { graphqlRoute, type RoutedRequest } from './graphql/graphql-route';
import { TrackDocuments } from './graphql/track-documents';
import { TrackResponses } from './graphql/track-responses';
import { authenticate, bearerToken, unauthenticated } from './graphql/auth';
import { ClassroomService } from './classroom/classroom.service';
import { internalFailure } from './graphql/errors';
import { IDE_ASSET_PATH, ideAssetsRouter, idePageHandler } from './graphql/ide';
import { startLiveSocket } from './graphql/live-socket';
import { buildSchema } from './graphql/schema';
import { DatabaseIncarnation } from './health/database-incarnation';
import { probeRoutes } from './health/probe.routes';
import { ServerRegistry, type ServerIdentity } from './health/server-registry';
import { HttpDrain } from './http/drain';
import { errorHandler, notFound } from './http/errors';
import { webAppRouter } from './http/web-app';
import { demoPartiesRouter } from './parties/demo-parties.route';
import { requestIdOf, requestLogging } from './http/request-logging';
import { serverInstanceModel } from './models/server-instance.model';
import { createLoaders } from './graphql/loaders';
import { DEFAULT_CUSTOMS_SETTINGS } from './customs/customs-settings';
import { createServices, type Services } from './services';
import type { Storage } from './storage/types';

export interface AppDependencies {
  config: Config;
  storage: Storage;
  logger: Logger;
  clock: Clock;
  /** Defaults to a fresh random id with this host's name and pid. */
  identity?: ServerIdentity;
}

export interface App {
  app: express.Express;
  /** Not listening yet: the caller decides where. */
  httpServer: http.Server;
  /** This process's entry in server_instances; the caller registers it once listening. */
  registry: ServerRegistry;
  /** The services every request uses, with their indexes in place. */
  services: Services;
  /** Whether the database is still the one prepared at start; the caller claims it once prepared. */
  incarnation: DatabaseIncarnation;
  /**
   * Stops accepting connections and waits for in-flight requests (at most
   * config.shutdownGraceMs, then open connections are cut; see http/drain.ts), then stops
   * GraphQL and the background work. Readiness reports 503 from here on.
   */
  drain(): Promise<void>;
}

export const GRAPHQL_PATH = '/graphql';

/**
 * The context's `logger`: the request's own, made on first use (request-logging.ts), since most
 * requests never log. A getter on the prototype, because Apollo copies the context's own
 * properties per operation, which would call a getter on the object itself (and bind the logger
 * to the request's headers every time: 1.2 % of a transition's server CPU in issue 18's profile).
 */
class RequestLogger {
  constructor(private readonly req: express.Request) {}

  get logger(): Logger {
    return this.req.log;
  }
}

export async function createApp({ config, storage, logger, clock, identity }: AppDependencies): Promise<App> {
  const registry = new ServerRegistry({
    model: serverInstanceModel(storage.connection),
    clock,
    identity: identity ?? { id: randomUUID(), hostname: os.hostname(), pid: process.pid },
    heartbeatMs: config.heartbeatMs,
    logger,
  });
  const services = await createServices({ storage, clock, logger, registry, customs: { ...DEFAULT_CUSTOMS_SETTINGS, seed: config.seed }, live: config.live, trackingCacheEntries: config.trackingCacheEntries });

  // Each exercise gets the app's services on its own database and clock; queued effects are
  // retried as its clock moves, not on the wall clock.
  const classroom = new ClassroomService(
    storage.connection,
    storage.dbName,
    clock,
    // A world tracks from the database: its light load is not worth a client and two change streams per world.
    (world) => createServices({ storage: { ...storage, connection: world.connection, dbName: world.dbName }, clock: world.clock, logger, registry, customs: world.customs, fxTable: world.fxTable, outboxSweepMs: null, trackingCacheEntries: 0 }),
    () => services.scenarioRuns.scenarios(),
    logger,
  );
  // A class whose clock was running when the server stopped runs on.
  await classroom.resumeRunningClocks();

  const app = express();
  const httpServer = http.createServer(app);
  const httpDrain = new HttpDrain(httpServer);
  const incarnation = new DatabaseIncarnation(storage.connection, clock, logger);
  const schema = buildSchema();
  const apollo = createApolloServer({ schema, config });
  await apollo.start();
  // Subscriptions: a WebSocket on the same port and path (an upgrade request never reaches express).
  const liveSocket = startLiveSocket({ httpServer, path: GRAPHQL_PATH, schema, services, classroom, config, logger });

  // A bad token is the caller's error (401); a failed token lookup is ours, answered as
  // internal with the request id and logged here, since no Apollo plugin sees it.
  // A participant's token opens its exercise's world (services on its database and clock), and
  // only that; any other token opens the real-time world.
  const callerOf = async (req: express.Request): Promise<RoutedRequest> => {
    try {
      const token = bearerToken(req.headers.authorization);
      if (token !== undefined && classroom.isExerciseToken(token)) {
        const routed = await classroom.route(token);
        if (!routed) throw unauthenticated('the bearer token is unknown or has been revoked');
        return routed;
      }
      return { services, seat: null, caller: await authenticate(req.headers.authorization, services.tokens) };
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions?.code) throw error;
      req.log.error({ err: error }, 'authentication failed unexpectedly');
      throw internalFailure(requestIdOf(req), error);
    }
  };
  app.disable('x-powered-by');
  // res.send's ETag is a hash of every body it sends: GraphQL answers (never cached, see below)
  // and small JSON. No client revalidates those, and hashing them was 0.7 % of a transition's
  // server CPU (issue 18's profile). Static files (express.static, sendFile) keep their own ETags.
  app.set('etag', false);
  app.use(requestLogging(logger));
  app.use(probeRoutes({ connection: storage.connection, incarnation, isDraining: () => httpDrain.isDraining }));
  app.use(IDE_ASSET_PATH, ideAssetsRouter());
  // Before Apollo: its CSRF protection would reject a browser's plain GET of the IDE page.
  const listDemoTokens = config.demoSeed && config.nodeEnv !== 'production';
  app.get(GRAPHQL_PATH, idePageHandler({ demoTokens: listDemoTokens }));
  app.all(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    // An answer is the caller's own and current only now: no cache may keep it. (Apollo's cache
    // control plugin, off in apollo.ts, said the same for every answer after timing each field.)
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      res.setHeader('cache-control', 'no-store');
      next();
    },
    graphqlRoute({
      apollo,
      route: callerOf,
      context: (req, routed, trackAnswer) =>
        Object.assign(new RequestLogger(req), {
          requestId: requestIdOf(req),
          services: routed.services,
          classroom,
          seat: routed.seat,
          caller: routed.caller,
          loaders: createLoaders(routed.services),
          ...(trackAnswer ? { trackAnswer } : {}),
        }),
      services,
      documents: new TrackDocuments(schema),
      responses: new TrackResponses(config.trackResponseEntries),
    }),
  );
  app.use(demoPartiesRouter({ listTokens: listDemoTokens }));
  app.use(webAppRouter());
  app.use(notFound);
  app.use(errorHandler);

  return {
    app,
    httpServer,
    registry,
    services,
    incarnation,
    drain: async () => {
      // Sockets would hold the drain open for its whole grace period: they go first (1001).
      await liveSocket.close();
      // Requests finish on the whole stack (GraphQL, storage) before any of it stops.
      const graceful = await httpDrain.close(config.shutdownGraceMs);
      if (!graceful) logger.warn({ graceMs: config.shutdownGraceMs }, 'requests still running when the shutdown grace period ended were cut off');
      await apollo.stop();
      await incarnation.stop();
      await services.outbox.stopDispatcher();
      await services.tokens.callers?.stop();
      await services.tracking.cache?.stop();
      await services.scenarioRuns.stop();
      await classroom.stop();
    },
  };
}
