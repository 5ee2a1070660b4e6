/**
 * Orchestrator probes. Liveness says the process is up (restart it if not); readiness says it
 * can serve now (stop routing to it if not, e.g. while the database is unreachable or the
 * process is shutting down).
 */
import express from 'express';
import type { Connection } from 'mongoose';
import { checkReadiness } from './readiness';

export interface ProbeOptions {
  connection: Connection;
  /** True once shutdown has begun: in-flight requests finish, new traffic should go elsewhere. */
  isDraining(): boolean;
}

export function probeRoutes({ connection, isDraining }: ProbeOptions): express.Router {
  const router = express.Router();

  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/readyz', async (_req, res) => {
    if (isDraining()) {
      res.status(503).json({ status: 'unavailable', reason: 'shutting down' });
      return;
    }
    const readiness = await checkReadiness(connection);
    if (readiness.ready) {
      res.json({ status: 'ready' });
    } else {
      res.status(503).json({ status: 'unavailable', reason: readiness.reason });
    }
  });

  return router;
}
