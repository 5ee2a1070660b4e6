/**
 * Is the database the one this server prepared? A server prepares its database at start
 * (indexes, demo parties and tokens) and then relies on it. If the database loses its data
 * under the running server (a memory-only engine restarted on the same port, a dropped
 * database), the connection comes back and ping answers, yet every token is refused and no
 * unique index guards a rule any more. Readiness must not report that as ready.
 *
 * So the prepared database carries a marker, written last when preparing, with an id this
 * server remembers. A missing or different marker means another incarnation: the server
 * prepares it again (the same idempotent steps as at start) and adopts its marker, or reports
 * not ready with the reason. Several servers sharing one database converge on one marker: it is
 * created once ($setOnInsert) and adopted by the rest.
 */
import { randomUUID } from 'node:crypto';
import type { Connection } from 'mongoose';
import type { Clock } from '../clock';
import { type Readiness, errorText } from './readiness';

interface MarkerDoc {
  _id: string;
  id: string;
  createdAt: Date;
}

export interface IncarnationLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

const MARKER_COLLECTION = 'database_incarnation';
const MARKER_ID = 'prepared';

export class DatabaseIncarnation {
  private prepared: { id: string; prepare: () => Promise<void> } | undefined;
  private repairing: Promise<Readiness> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    private readonly logger: IncarnationLogger,
  ) {}

  /**
   * Call once the database is prepared; `prepare` is how to prepare it again (it must be
   * idempotent, another server may run it at the same time).
   */
  async claim(prepare: () => Promise<void>): Promise<void> {
    this.prepared = { id: await this.adoptMarker(), prepare };
  }

  /** Ready when the marker is the one this server prepared, or after preparing anew. */
  async verify(): Promise<Readiness> {
    if (!this.prepared) return { ready: false, reason: 'the database is not prepared yet' };
    const found = (await this.markers().findOne({ _id: MARKER_ID }))?.id ?? null;
    if (found === this.prepared.id) return { ready: true };
    this.repairing ??= this.prepareAgain(found).finally(() => {
      this.repairing = undefined;
    });
    return this.repairing;
  }

  /** Checks every `intervalMs` as well, so the server recovers even if nothing probes it. */
  watch(intervalMs: number): void {
    clearInterval(this.timer);
    this.timer = setInterval(() => {
      this.verify().catch((error: unknown) => this.logger.warn({ err: error }, 'database incarnation check failed'));
    }, intervalMs);
    this.timer.unref();
  }

  /** Stops the watch and waits for a preparation in progress. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.repairing;
  }

  private async prepareAgain(found: string | null): Promise<Readiness> {
    const { id, prepare } = this.prepared!;
    const what = found === null ? 'lost its data (its preparation marker is gone)' : 'was replaced by another one';
    this.logger.warn({ expected: id, found }, `the database ${what} under the running server: preparing it again (indexes, demo data)`);
    try {
      await prepare();
      this.prepared = { id: await this.adoptMarker(), prepare };
      this.logger.info({ marker: this.prepared.id }, 'database prepared again: ready');
      return { ready: true };
    } catch (error) {
      const reason = `the database ${what} and preparing it again failed`;
      this.logger.error({ err: error }, reason);
      return { ready: false, reason, detail: errorText(error) };
    }
  }

  /** The database's marker, created by whichever server gets there first. */
  private async adoptMarker(): Promise<string> {
    const marker = await this.markers().findOneAndUpdate(
      { _id: MARKER_ID },
      { $setOnInsert: { id: randomUUID(), createdAt: this.clock.now() } },
      { upsert: true, returnDocument: 'after' },
    );
    return marker!.id;
  }

  private markers() {
    return this.connection.collection<MarkerDoc>(MARKER_COLLECTION);
  }
}
