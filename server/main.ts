/**
 * `npm start`: configuration from the environment, then storage, app and listening socket.
 * SIGINT/SIGTERM stop gracefully; a second signal exits at once. Run by an npm script, the
 * server also stops gracefully when npm exits (see parent-watch.ts).
 */
import { loadConfig, systemClock } from './config';
import { demoBanner } from './demo-banner';
import { createLogger } from './logger';
import { watchParent } from './parent-watch';
import { startServer } from './start';

/** Beyond the drain grace period, time allowed for deregistering and closing storage. */
const CLEANUP_ALLOWANCE_MS = 5_000;

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, { logger, clock: systemClock });

  let shuttingDown = false;
  const shutDown = (signal: NodeJS.Signals | 'parent exited'): void => {
    if (shuttingDown) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    shuttingDown = true;
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down');
    // Drain is bounded by the grace period, but a database that stops answering could hold
    // deregistration or close forever; an orchestrator's kill would then be the only way out.
    setTimeout(() => {
      logger.error({}, 'shutdown did not finish in time: exiting');
      process.exit(1);
    }, config.shutdownGraceMs + CLEANUP_ALLOWANCE_MS).unref();
    server.stop().then(
      () => {
        logger.info({}, 'stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutDown);
  process.on('SIGTERM', shutDown);
  // npm sets npm_lifecycle_event for its scripts. Started any other way (a supervisor, nohup) the
  // server outlives whoever launched it, as a server should.
  if (process.env.npm_lifecycle_event) {
    watchParent((parentPid) => {
      // npm may pass its signal on and exit before the drain is done: no reason to cut it short.
      if (shuttingDown) return;
      logger.warn({ parentPid }, 'npm, the parent process, exited without stopping the server');
      shutDown('parent exited');
    });
  }

  // Announced only once the signal handlers are in place: whoever waits for this line (an
  // orchestrator, a test) may send SIGTERM at once and must get a graceful stop.
  if (server.demoParties.length > 0) process.stdout.write(demoBanner(server.demoParties));
  logger.info({ url: `${server.url}/graphql`, pid: process.pid }, 'Yidan listening');
}

main().catch((error: unknown) => {
  // The logger may not exist yet (bad configuration), so this goes to stderr directly.
  process.stderr.write(`Yidan failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
