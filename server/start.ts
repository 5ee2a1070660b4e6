/**
 * Storage, app and listening socket as one unit with one stop(): what main.ts runs and what the
 * e2e tests start on port 0.
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createApp } from './app';
import type { Clock } from './clock';
import { systemClock, type Config } from './config';
import type { ServerIdentity } from './health/server-registry';
import { DEMO_WARNING } from './demo-banner';
import { createLogger } from './logger';
import { type SeededParty, seedDemoParties } from './parties/demo-seed';
import { type Services, indexedModels } from './services';
import { openStorage } from './storage';
import type { Storage } from './storage/types';

export interface StartOptions {
  logger?: Logger;
  clock?: Clock;
  identity?: ServerIdentity;
}

export interface RunningServer {
  /** Origin the server answers on, e.g. http://127.0.0.1:4000 (GraphQL at `${url}/graphql`). */
  url: string;
  storage: Storage;
  /** The demo parties seeded at start with their public tokens (empty when seeding is off). */
  demoParties: SeededParty[];
  /** The services every request uses (tests count calls through them). */
  services: Services;
  /**
   * Graceful stop: drain in-flight requests (bounded by config.shutdownGraceMs), remove this
   * process from server_instances, close storage. Calling it again returns the same promise.
   */
  stop(): Promise<void>;
}

/**
 * With seeding off, the published demo tokens must stop working: a database that was once
 * seeded (a trial run against staging, a forced production seed) would otherwise keep
 * accepting 'demo-trainer' for ever. Seeding again re-enables them.
 */
async function retireDemoTokens(services: Services, logger: Logger): Promise<void> {
  const revoked = await services.tokens.revokeDemoTokens();
  if (revoked > 0) logger.warn({ revoked }, 'demo seeding is off: revoked the published demo tokens found in this database');
}

export async function startServer(config: Config, options: StartOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const clock = options.clock ?? systemClock;
  const storage = await openStorage(config.storage, logger);

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let demoParties: SeededParty[] = [];
  try {
    app = await createApp({ config, storage, logger, clock, identity: options.identity });
    const { services } = app;
    const prepareDemoData = async () => {
      if (config.demoSeed) demoParties = await seedDemo(services, logger, config.nodeEnv === 'production');
      else await retireDemoTokens(services, logger);
    };
    await prepareDemoData();
    // Should the database lose its data under the running server, readiness prepares it again.
    await app.incarnation.claim(async () => {
      await Promise.all(indexedModels(services).map((model) => model.createIndexes()));
      await prepareDemoData();
    });
    app.incarnation.watch(config.heartbeatMs);
    await listen(app.httpServer, config.port, config.host);
    await app.registry.register();
  } catch (error) {
    await app?.drain().catch(() => undefined);
    await storage.close();
    throw error;
  }

  const { drain, registry } = app;
  let stopping: Promise<void> | undefined;
  return {
    url: originOf(app.httpServer),
    storage,
    demoParties,
    services: app.services,
    stop: () => {
      stopping ??= (async () => {
        await drain();
        await registry.deregister();
        await storage.close();
      })();
      return stopping;
    },
  };
}

/**
 * Seeds before listening, so no request sees a half-seeded registry. Seeding is idempotent; a
 * second server seeding the same database at the same moment can lose a unique-index race,
 * after which one more pass finds everything in place.
 */
async function seedDemo(services: Services, logger: Logger, production: boolean): Promise<SeededParty[]> {
  const seed = () => seedDemoParties(services.parties, services.tokens);
  const seeded = await seed().catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 11000) return seed();
    throw error;
  });
  const demoParties = seeded.map(({ code, roles, token }) => ({ code, roles, token }));
  logger[production ? 'warn' : 'info']({ demoOnly: true, demoParties }, `demo parties seeded: ${DEMO_WARNING}`);
  return seeded;
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** A wildcard bind is reachable on loopback; a URL with 0.0.0.0 in it is not usable everywhere. */
function originOf(server: http.Server): string {
  const { address, port, family } = server.address() as AddressInfo;
  const wildcard = address === '0.0.0.0' || address === '::';
  const host = wildcard ? '127.0.0.1' : family === 'IPv6' ? `[${address}]` : address;
  return `http://${host}:${port}`;
}
