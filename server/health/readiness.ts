/**
 * Readiness: can this process serve requests that need the database right now? A load balancer
 * stops routing to a process whose check fails, without restarting it (that is liveness).
 */
import type { Connection } from 'mongoose';

/**
 * `reason` is public (the probe needs no token), so it names what failed, never the driver's
 * message, which carries the database's address; `detail` is that message, for the log.
 */
export type Readiness = { ready: true } | { ready: false; reason: string; detail?: string };

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const CONNECTED = 1;

/** A ping that hangs is as bad as one that fails, and the probe must answer either way. */
const PING_TIMEOUT_MS = 2_000;

export async function checkReadiness(connection: Connection): Promise<Readiness> {
  if (connection.readyState !== CONNECTED || connection.db === undefined) {
    return { ready: false, reason: `database connection state is ${connection.readyState}` };
  }
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`ping took longer than ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
  });
  try {
    await Promise.race([connection.db.command({ ping: 1 }), timeout]);
    return { ready: true };
  } catch (error) {
    return { ready: false, reason: 'database ping failed', detail: errorText(error) };
  } finally {
    clearTimeout(timer);
  }
}
