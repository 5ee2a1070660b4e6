/**
 * A data directory under the engine: lock, recovery, journal and checkpoints in one place.
 *
 * The engine reports every committed change to record(); the server calls seal() after each
 * command, which turns that command's changes into one journal record (a transaction's commit is
 * therefore all in one record or, torn, not at all), and holds the reply until flushed() says the
 * record is on disk. Changes are applied and recorded in the same synchronous step, so the journal
 * order is the apply order.
 */
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Engine } from '../engine';
import { type Snapshot, writeCheckpoint } from './checkpoint';
import { fsyncDirectory } from './files';
import { Journal, segmentFirstLsn } from './journal';
import { lockDataDirectory } from './lock';
import { frameRecord } from './records';
import { recover } from './recovery';
import type { ChangeSink, JournalOp } from './state';
import { installState, snapshotEngine } from './install';

export interface DurabilityOptions {
  /** Checkpoint once the journal has grown by this many bytes since the last one (default 64 MiB). */
  checkpointJournalBytes?: number;
  /** Checkpoint at least this often while anything changes (default 60 s, as WiredTiger). */
  checkpointIntervalMs?: number;
}

export interface DurabilityLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error?(fields: object, message: string): void;
}

export class DurableStore implements ChangeSink {
  private open: JournalOp[] = [];
  private checkpointing: Promise<void> | null = null;
  private lastCheckpointLsn: number;
  private readonly timer: NodeJS.Timeout;
  private closed = false;

  private constructor(
    readonly dir: string,
    private readonly engine: Engine,
    private readonly journal: Journal,
    private readonly lock: { release(): void },
    private readonly logger: DurabilityLogger,
    private readonly options: Required<DurabilityOptions>,
    checkpointLsn: number,
  ) {
    this.lastCheckpointLsn = checkpointLsn;
    this.timer = setInterval(() => {
      if (this.journal.lastLsn > this.lastCheckpointLsn) this.checkpointSoon();
    }, options.checkpointIntervalMs);
    this.timer.unref();
  }

  /** Locks the directory, recovers its contents into `engine`, and starts journaling. */
  static async open(dataDir: string, engine: Engine, logger: DurabilityLogger, onFatal: (err: Error) => void, options: DurabilityOptions = {}): Promise<DurableStore> {
    // One spelling per directory, so the lock sees ./data and /abs/data as the same.
    const dir = path.resolve(dataDir);
    await mkdir(dir, { recursive: true });
    const lock = lockDataDirectory(dir);
    try {
      const started = performance.now();
      const recovered = await recover(dir);
      const documents = installState(engine, recovered.state);
      const journal = new Journal(dir, recovered.lastLsn, onFatal);
      const store = new DurableStore(dir, engine, journal, lock, logger, {
        checkpointJournalBytes: options.checkpointJournalBytes ?? 64 * 1024 * 1024,
        checkpointIntervalMs: options.checkpointIntervalMs ?? 60_000,
      }, recovered.checkpointLsn);
      if (recovered.cut) logger.warn({ dataDir: dir, cut: recovered.cut }, 'embedded MongoDB engine: cut a torn journal tail (unacknowledged writes of a crash)');
      logger.info(
        {
          dataDir: dir,
          documents,
          checkpointLsn: recovered.checkpointLsn,
          replayedRecords: recovered.replayedRecords,
          recoveryMs: Math.round(performance.now() - started),
        },
        `embedded MongoDB engine: data lives in ${dir}`,
      );
      engine.changes = store;
      return store;
    } catch (err) {
      lock.release();
      throw err;
    }
  }

  record(op: JournalOp): void {
    this.open.push(op);
  }

  /** Closes the changes of the command that just ran into one journal record. */
  seal(): void {
    if (this.open.length === 0) return;
    const ops = this.open;
    this.open = [];
    this.journal.append((lsn) => frameRecord([{ lsn }, ...ops]));
    if (this.journal.bytesSinceRotation >= this.options.checkpointJournalBytes) this.checkpointSoon();
  }

  /** Resolves once everything journaled so far is on disk. */
  flushed(): Promise<void> {
    this.seal();
    return this.journal.flushed();
  }

  get lastLsn(): number {
    return this.journal.lastLsn;
  }

  /** Every journal record up to this one is on disk. */
  get durableLsn(): number {
    return this.journal.durableLsn;
  }

  /** Journal records appended since start and the flushes that carried them (for tests and the bench). */
  get stats(): { records: number; flushes: number } {
    return { records: this.journal.appended, flushes: this.journal.flushes };
  }

  /** Writes a checkpoint now (or joins the one being written), then drops the journal it covers. */
  checkpoint(): Promise<void> {
    this.checkpointing ??= this.runCheckpoint().finally(() => {
      this.checkpointing = null;
    });
    return this.checkpointing;
  }

  /** Flushes the journal and writes a final checkpoint, so the next start replays nothing. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.timer);
    try {
      await this.flushed();
      await this.checkpointing;
      if (this.journal.lastLsn > this.lastCheckpointLsn) await this.checkpoint();
      await this.journal.close();
    } finally {
      this.engine.changes = null;
      this.lock.release();
    }
  }

  private checkpointSoon(): void {
    if (this.checkpointing || this.closed) return;
    this.checkpoint().catch((err: unknown) =>
      this.logger.warn({ dataDir: this.dir, reason: err instanceof Error ? err.message : String(err) }, 'embedded MongoDB engine: checkpoint failed; the journal keeps everything'),
    );
  }

  private async runCheckpoint(): Promise<void> {
    // Taken between two commands, so the snapshot is exactly the state after record `lsn`.
    this.seal();
    const lsn = this.journal.rotate();
    const snapshot: Snapshot = snapshotEngine(this.engine, lsn);
    const started = performance.now();
    const bytes = await writeCheckpoint(this.dir, snapshot);
    // Segments before the rotation only hold records the checkpoint covers; they must be fully
    // written before they can go (a flush may still be writing their last records).
    await this.journal.flushed(lsn);
    this.lastCheckpointLsn = lsn;
    const inUse = this.journal.segmentInUse;
    for (const name of await readdir(this.dir)) {
      const first = segmentFirstLsn(name);
      if (first !== null && first < inUse) await rm(path.join(this.dir, name), { force: true });
    }
    await fsyncDirectory(this.dir);
    this.logger.info({ dataDir: this.dir, lsn, bytes, ms: Math.round(performance.now() - started) }, 'embedded MongoDB engine: checkpoint written');
  }
}
