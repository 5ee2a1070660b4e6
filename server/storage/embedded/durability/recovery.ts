/**
 * Start-up: the newest checkpoint, then every journal record after it, in LSN order.
 *
 * A torn tail (the last records of the newest segment half-written when the process died) is
 * detected by its checksum or length and cut off: those records were never acknowledged, since a
 * reply waits for the flush. Damage anywhere else, a missing checkpoint under a journal that does
 * not start at the beginning, or a checkpoint that does not read back whole, stops the start with
 * an error naming the file; the engine never starts empty over data it could not read.
 */
import { readFile, readdir, rm, truncate } from 'node:fs/promises';
import path from 'node:path';
import { CHECKPOINT_FILE, CHECKPOINT_TEMP_FILE, readCheckpoint } from './checkpoint';
import { fsyncDirectory } from './files';
import { segmentFirstLsn } from './journal';
import { RECORD_HEADER_BYTES, readRecord } from './records';
import { type EngineState, type JournalOp, applyOp } from './state';

export interface Recovered {
  state: EngineState;
  /** the LSN of the last record applied */
  lastLsn: number;
  checkpointLsn: number;
  checkpointDocuments: number;
  replayedRecords: number;
  /** what was cut off a torn tail, for the start-up log */
  cut: string | null;
}

export class CorruptJournalError extends Error {
  constructor(file: string, why: string) {
    super(`the journal segment ${file} is damaged (${why}); refusing to start. Restore the data directory from a backup.`);
    this.name = 'CorruptJournalError';
  }
}

export async function recover(dir: string): Promise<Recovered> {
  const names = await readdir(dir);
  // A checkpoint that was being written when the process died; the previous one is intact.
  if (names.includes(CHECKPOINT_TEMP_FILE)) await rm(path.join(dir, CHECKPOINT_TEMP_FILE), { force: true });
  let state: EngineState = new Map();
  let checkpointLsn = 0;
  let checkpointDocuments = 0;
  if (names.includes(CHECKPOINT_FILE)) {
    const cp = await readCheckpoint(path.join(dir, CHECKPOINT_FILE));
    ({ state, lsn: checkpointLsn, documents: checkpointDocuments } = cp);
  }
  const segments = names
    .map((name) => ({ name, first: segmentFirstLsn(name) }))
    .filter((s): s is { name: string; first: number } => s.first !== null)
    .sort((a, b) => a.first - b.first);
  if (segments.length > 0 && segments[0].first > checkpointLsn + 1) {
    throw new CorruptJournalError(
      path.join(dir, segments[0].name),
      `it starts at record ${segments[0].first}, but ${names.includes(CHECKPOINT_FILE) ? `the checkpoint ends at ${checkpointLsn}` : 'there is no checkpoint'}`,
    );
  }

  let lastLsn = checkpointLsn;
  let replayedRecords = 0;
  let cut: string | null = null;
  for (let i = 0; i < segments.length; i++) {
    const file = path.join(dir, segments[i].name);
    const buf = await readFile(file);
    let offset = 0;
    for (;;) {
      const read = readRecord(buf, offset);
      if (read.kind === 'end') break;
      if (read.kind === 'torn') {
        // A torn write is the journal's last record; a damaged record with intact ones after it
        // is corruption, and cutting there would drop acknowledged writes.
        const next = read.length === undefined ? null : readRecord(buf, offset + RECORD_HEADER_BYTES + read.length);
        if (next?.kind === 'record') throw new CorruptJournalError(file, `record at byte ${offset}: ${read.reason}, and intact records follow it`);
        const later = await laterRecords(dir, segments.slice(i + 1).map((s) => s.name));
        if (later) throw new CorruptJournalError(file, `record at byte ${offset}: ${read.reason}, and ${later} holds later records`);
        cut = `${buf.length - offset} bytes at the end of ${segments[i].name} (${read.reason})`;
        await truncate(file, offset);
        break;
      }
      const [head, ...ops] = read.docs;
      const lsn = head.lsn as number;
      if (lsn > lastLsn + 1 && lsn > checkpointLsn) throw new CorruptJournalError(file, `record ${lastLsn + 1} is missing before record ${lsn}`);
      if (lsn > checkpointLsn) {
        for (const op of ops) applyOp(state, op as JournalOp);
        replayedRecords++;
      }
      lastLsn = Math.max(lastLsn, lsn);
      offset = read.end;
    }
    if (cut) {
      // Empty segments after the cut (created, never written) would name LSNs that will be reused.
      for (const s of segments.slice(i + 1)) await rm(path.join(dir, s.name), { force: true });
      await fsyncDirectory(dir);
      break;
    }
  }
  return { state, lastLsn, checkpointLsn, checkpointDocuments, replayedRecords, cut };
}

async function laterRecords(dir: string, names: string[]): Promise<string | null> {
  for (const name of names) {
    const buf = await readFile(path.join(dir, name));
    if (buf.length > 0) return name;
  }
  return null;
}
