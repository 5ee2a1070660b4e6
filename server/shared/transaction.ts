/**
 * Runs a unit of work in one MongoDB transaction and lets it end in a business failure: a failed
 * Result aborts the transaction (nothing it wrote stays) and is returned as the outcome.
 */
import type { ClientSession, Connection } from 'mongoose';
import { endCommitWork, startCommitWork } from './after-commit';
import type { Result } from './result';

class Refused extends Error {}

export async function inTransaction<T, E>(connection: Connection, work: (session: ClientSession) => Promise<Result<T, E>>): Promise<Result<T, E>> {
  let outcome: Result<T, E> | undefined;
  let last: ClientSession | undefined;
  try {
    // mongoose re-runs `work` on a transient error (e.g. a write conflict): the last run decides.
    await connection.transaction(async (session) => {
      last = session;
      startCommitWork(session);
      outcome = await work(session);
      if (!outcome.ok) throw new Refused();
    });
  } catch (err) {
    endCommitWork(last, false);
    if (!(err instanceof Refused)) throw err;
    return outcome!;
  }
  endCommitWork(last, true);
  return outcome!;
}
