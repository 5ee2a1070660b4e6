/**
 * Orchestrator probes. Liveness says the process is up (restart it if not); readiness says it
 * can serve now (stop routing to it if not, e.g. while the database is unreachable, has lost
 * the data this server prepared and could not be prepared again, or the process is shutting
 * down).
 */
import express from 'express';
import type { Connection } from 'mongoose';
import type { DatabaseIncarnation } from './database-incarnation';
import { type Readiness, checkReadiness, errorText } from './readiness';

export interface ProbeOptions {
  connection: Connection;
  /** whether the database is still the one this server prepared (its data, indexes, demo parties) */
  incarnation: Pick<DatabaseIncarnation, 'verify'>;
  /** True once shutdown has begun: in-flight requests finish, new traffic should go elsewhere. */
  isDraining(): boolean;
}

export function probeRoutes({ connection, incarnation, isDraining }: ProbeOptions): express.Router {
  const router = express.Router();

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (req, res) => {
    if (isDraining()) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    const readiness = await readinessOf(connection, incarnation);
    if (readiness.ready) {
      res.json({ status: 'ready' });
    } else {
      if (readiness.detail) req.log.warn({ reason: readiness.reason, detail: readiness.detail }, 'not ready');
      res.status(503).json({ status: 'unavailable', reason: readiness.reason });
    }
  });

  return router;
}

/** The connection answers, and it is to the database this server prepared (or prepared anew). */
async function readinessOf(connection: Connection, incarnation: ProbeOptions['incarnation']): Promise<Readiness> {
  const reachable = await checkReadiness(connection);
  if (!reachable.ready) return reachable;
  return incarnation.verify().catch((error: unknown): Readiness => ({ ready: false, reason: 'database check failed', detail: errorText(error) }));
}
