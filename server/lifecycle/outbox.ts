/**
 * Runs queued effects. Each effect runs in a transaction that also flips its outbox row from
 * pending to done: if the process dies half-way, the transaction never commits, the row stays
 * pending, and the next dispatcher (after restart) runs it — once.
 */
import type { ClientSession, Connection, Model } from 'mongoose';
import type { Clock } from '../clock';
import { type OutboxRecord, outboxModel } from './outbox.model';
import type { EffectRequest } from './types';

/** What an effect handler gets: only the session, so every write it makes commits with the done mark. */
export interface EffectContext {
  session: ClientSession;
  clock: Clock;
}

export interface QueuedEffect {
  aggregate: string;
  aggregateId: string;
  seq: number;
  type: string;
  params: Record<string, unknown>;
}

/**
 * An effect's writes must go through `ctx.session`, so they commit with the done mark: that is
 * what makes it run once. Anything outside the database (a message to another system) runs at
 * least once, because a transaction that hits a transient error is run again.
 */
export type EffectHandler = (effect: QueuedEffect, ctx: EffectContext) => Promise<void>;

export interface OutboxLogger {
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** After this many failed attempts an effect is parked as 'failed' for an operator to inspect. */
export const MAX_ATTEMPTS = 5;

export class Outbox {
  readonly model: Model<OutboxRecord>;
  private readonly handlers = new Map<string, EffectHandler>();
  /**
   * The rows this process queued inside a transaction and has not run yet, by the transaction's
   * session: what `runCommitted` runs once that transaction has committed. Knowing them spares a
   * lookup of pending rows after every transaction that queued none, which is nearly all of them.
   */
  private readonly queued = new Map<ClientSession, unknown[]>();

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    private readonly logger: OutboxLogger = { warn: () => undefined, error: () => undefined },
  ) {
    this.model = outboxModel(connection);
  }

  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  /**
   * Runs pending effects every `intervalMs`: effects queued inside a caller's transaction and
   * effects whose last attempt failed are picked up without waiting for a restart.
   */
  startDispatcher(intervalMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.runSafely(), intervalMs);
    this.timer.unref();
  }

  async stopDispatcher(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs pending effects and never throws: the writes that queued them are already committed. */
  async runSafely(ids?: unknown[]): Promise<void> {
    if (this.running && !ids) return; // one sweep at a time
    const sweep = this.run(ids).catch((err: unknown) => {
      this.logger.error({ error: err instanceof Error ? err.message : String(err) }, 'outbox dispatch failed; pending effects stay queued');
    });
    if (!ids) this.running = sweep.finally(() => (this.running = null));
    await sweep;
  }

  register(type: string, handler: EffectHandler): void {
    if (this.handlers.has(type)) throw new Error(`an effect handler for '${type}' is already registered`);
    this.handlers.set(type, handler);
  }

  handles(type: string): boolean {
    return this.handlers.has(type);
  }

  /** Queues effects inside the caller's transaction; returns the new rows' ids. */
  async enqueue(origin: { aggregate: string; aggregateId: string; seq: number }, effects: EffectRequest[], session: ClientSession): Promise<unknown[]> {
    if (effects.length === 0) return [];
    const createdAt = this.clock.now();
    const rows = effects.map((e, index) => ({ ...origin, index, type: e.type, params: e.params, status: 'pending', attempts: 0, createdAt }));
    const inserted = await this.model.insertMany(rows, { session });
    const ids = inserted.map((r) => r._id);
    this.queued.set(session, [...(this.queued.get(session) ?? []), ...ids]);
    return ids;
  }

  /**
   * Runs the effects this process queued in transactions that have ended since (a service calls
   * it after its own transaction, in which another service's event queued effects); asks the
   * database nothing when there are none. A transaction's session ends as it commits or aborts:
   * the rows of an aborted one were never written, so looking them up finds nothing to run. Rows
   * queued by other processes, or left by a crash, are the dispatcher's.
   */
  async runCommitted(): Promise<void> {
    const ids: unknown[] = [];
    for (const [session, queued] of this.queued) {
      if (!session.hasEnded) continue;
      ids.push(...queued);
      this.queued.delete(session);
    }
    if (ids.length > 0) await this.runSafely(ids);
  }

  /** These rows are being run: `runCommitted` need not run them again. */
  private forget(ids: unknown[]): void {
    if (this.queued.size === 0) return;
    const running = new Set(ids.map(String));
    for (const [session, queued] of this.queued) {
      const left = queued.filter((id) => !running.has(String(id)));
      if (left.length === 0) this.queued.delete(session);
      else this.queued.set(session, left);
    }
  }

  /** Runs the given pending effects (or all pending ones) in the order they were queued. */
  async run(ids?: unknown[]): Promise<{ ran: number; failed: number }> {
    // Most transitions queue no effect: asking the database for none of them is a wasted round trip.
    if (ids && ids.length === 0) return { ran: 0, failed: 0 };
    if (ids) this.forget(ids);
    const pendingOnly = { status: 'pending' as const };
    const query = ids ? this.model.find({ ...pendingOnly, _id: { $in: ids } }) : this.model.find(pendingOnly);
    const pending = (await query.sort({ createdAt: 1, aggregateId: 1, seq: 1, index: 1 }).lean()) as OutboxRecord[];
    let ran = 0;
    let failed = 0;
    for (const row of pending) (await this.runOne(row)) ? ran++ : failed++;
    return { ran, failed };
  }

  /** On start: effects left pending by a crash run now. */
  recover(): Promise<{ ran: number; failed: number }> {
    return this.run();
  }

  private async runOne(row: OutboxRecord): Promise<boolean> {
    const handler = this.handlers.get(row.type);
    try {
      if (!handler) throw new Error(`no effect handler is registered for '${row.type}'`);
      await this.connection.transaction(async (session) => {
        const claimed = await this.model.findOneAndUpdate(
          { _id: row._id, status: 'pending' },
          { $set: { status: 'done', doneAt: this.clock.now() }, $inc: { attempts: 1 } },
          { session },
        );
        if (!claimed) return; // another dispatcher ran it first
        await handler({ aggregate: row.aggregate, aggregateId: row.aggregateId, seq: row.seq, type: row.type, params: row.params }, { session, clock: this.clock });
      });
      return true;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const attempts = row.attempts + 1;
      await this.model.updateOne(
        { _id: row._id, status: 'pending' },
        { $set: { lastError: message, ...(attempts >= MAX_ATTEMPTS ? { status: 'failed' } : {}) }, $inc: { attempts: 1 } },
      );
      this.logger.warn({ effect: row.type, aggregate: row.aggregate, aggregateId: row.aggregateId, attempts, error: message }, 'effect failed');
      return false;
    }
  }
}
