/**
 * Work to do once a transaction has committed, such as remembering the documents it wrote as
 * the versions now stored (lifecycle/recent-copies.ts): until the commit they may still roll back.
 * Only transactions run by `inTransaction` (shared/transaction.ts) keep such work; in any other
 * session `afterCommit` does nothing, which only costs the caller what the work would have saved.
 */
import type { ClientSession } from 'mongoose';

const pending = new WeakMap<ClientSession, Array<() => void>>();

/** Called by inTransaction as each run of its work starts: a run that was retried leaves nothing behind. */
export function startCommitWork(session: ClientSession): void {
  pending.set(session, []);
}

/** Runs `work` after `session`'s transaction commits (never if it aborts or is not inTransaction's). */
export function afterCommit(session: ClientSession, work: () => void): void {
  pending.get(session)?.push(work);
}

/** Called by inTransaction once the transaction committed (`committed`) or did not. */
export function endCommitWork(session: ClientSession | undefined, committed: boolean): void {
  if (!session) return;
  const work = pending.get(session) ?? [];
  pending.delete(session);
  if (committed) for (const w of work) w();
}
