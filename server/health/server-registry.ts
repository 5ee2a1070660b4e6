/**
 * Keeps this process's entry in server_instances current: registered at start, refreshed on a
 * heartbeat, removed on graceful shutdown. Peers read the same collection, so a list of live
 * entries is a list of the processes sharing the database.
 */
import type { Clock } from '../clock';
import type { ServerInstanceModel } from '../models/server-instance.model';

export interface ServerIdentity {
  id: string;
  hostname: string;
  pid: number;
}

export interface ServerInstanceRecord extends ServerIdentity {
  startedAt: Date;
  lastSeenAt: Date;
}

export interface RegistryLogger {
  warn(fields: object, message: string): void;
}

export interface ServerRegistryOptions {
  model: ServerInstanceModel;
  clock: Clock;
  identity: ServerIdentity;
  heartbeatMs: number;
  logger: RegistryLogger;
}

/** An entry that missed this many heartbeats belongs to a process that is gone or hung. */
const MISSED_HEARTBEATS_BEFORE_STALE = 3;

export class ServerRegistry {
  private startedAt: Date | undefined;
  private timer: NodeJS.Timeout | undefined;
  private beatInFlight: Promise<void> | undefined;

  constructor(private readonly options: ServerRegistryOptions) {}

  /** Writes this process's entry and starts the heartbeat. */
  async register(): Promise<void> {
    const { model, clock, heartbeatMs, logger } = this.options;
    if (this.startedAt !== undefined) throw new Error('server instance is already registered');
    this.startedAt = clock.now();
    // Crashed processes never deregister; clearing their stale entries here keeps the
    // collection from growing with every crash.
    try {
      await model.deleteMany({ lastSeenAt: { $lt: this.staleBefore() } });
      await this.writeEntry();
    } catch (error) {
      this.startedAt = undefined;
      throw error;
    }
    this.timer = setInterval(() => {
      this.heartbeat().catch((error: unknown) => logger.warn({ err: error }, 'server heartbeat failed'));
    }, heartbeatMs);
    // The heartbeat alone must not keep the process alive.
    this.timer.unref();
  }

  /**
   * Refreshes lastSeenAt (the timer calls this; tests call it directly). A beat still running
   * when the next is due is joined rather than doubled, so a slow database is not piled on.
   */
  heartbeat(): Promise<void> {
    this.beatInFlight ??= this.writeEntry().finally(() => {
      this.beatInFlight = undefined;
    });
    return this.beatInFlight;
  }

  /** Stops the heartbeat and removes this process's entry. */
  async deregister(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    const registered = this.startedAt !== undefined;
    // No heartbeat writes from here on (writeEntry checks startedAt); one already sent must land
    // before the delete, or it would upsert the entry back.
    this.startedAt = undefined;
    await this.beatInFlight?.catch(() => undefined);
    if (!registered) return;
    await this.options.model.deleteOne({ _id: this.options.identity.id });
  }

  /** Processes with a recent heartbeat, oldest start first. */
  async liveInstances(): Promise<ServerInstanceRecord[]> {
    const entries = await this.options.model
      .find({ lastSeenAt: { $gte: this.staleBefore() } })
      .sort({ startedAt: 1, _id: 1 })
      .lean()
      .exec();
    return entries.map(({ _id, hostname, pid, startedAt, lastSeenAt }) => ({
      id: _id,
      hostname,
      pid,
      startedAt,
      lastSeenAt,
    }));
  }

  private staleBefore(): Date {
    const { clock, heartbeatMs } = this.options;
    return new Date(clock.now().getTime() - MISSED_HEARTBEATS_BEFORE_STALE * heartbeatMs);
  }

  /**
   * A full upsert rather than a lastSeenAt update: if a peer pruned this entry while this
   * process was paused (a long GC, a suspended laptop), the next heartbeat restores it.
   */
  private async writeEntry(): Promise<void> {
    const { model, clock, identity } = this.options;
    if (this.startedAt === undefined) return;
    await model.updateOne(
      { _id: identity.id },
      { $set: { hostname: identity.hostname, pid: identity.pid, startedAt: this.startedAt, lastSeenAt: clock.now() } },
      { upsert: true },
    );
  }
}
