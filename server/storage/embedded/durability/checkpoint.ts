/**
 * Checkpoints: the whole engine state as of one journal LSN, in one file. Written to a temporary
 * file, synced, renamed over the previous checkpoint and the directory synced, so at every
 * instant the data directory holds one complete checkpoint (the old or the new) and a crash in
 * the middle of writing one loses nothing.
 *
 * Layout (records framed as in records.ts): a header { format, version, lsn }, then per
 * collection a { t: 'collection' } record followed by its documents in chunks of
 * { t: 'docs' } records, and a trailer { t: 'end', records } that proves the file is complete.
 */
import { readFile, open, rename } from 'node:fs/promises';
import path from 'node:path';
import type { Binary } from 'bson';
import type { IndexSpec } from '../indexes';
import { type Doc, valueKey } from '../values';
import { fsyncDirectory } from './files';
import { frameRecord, readRecord } from './records';
import type { CollectionState, EngineState } from './state';

export const CHECKPOINT_FILE = 'checkpoint.ydb';
export const CHECKPOINT_TEMP_FILE = 'checkpoint.ydb.tmp';
const FORMAT = 'yidan-embedded-checkpoint';
const VERSION = 1;
const DOCS_PER_RECORD = 1_000;
/** Written out whenever this much is buffered: the event loop gets a turn between writes. */
const WRITE_CHUNK_BYTES = 4 * 1024 * 1024;

export interface CollectionSnapshot {
  db: string;
  name: string;
  options: Doc;
  uuid: Binary;
  indexes: IndexSpec[];
  /** References to the stored documents: the engine replaces documents on write, never edits them. */
  docs: Doc[];
}

export interface Snapshot {
  lsn: number;
  collections: CollectionSnapshot[];
}

export class CorruptCheckpointError extends Error {
  constructor(file: string, why: string) {
    super(
      `the checkpoint ${file} is damaged (${why}); refusing to start rather than start empty over it. ` +
        'Restore the data directory from a backup, or move it aside to start clean.',
    );
    this.name = 'CorruptCheckpointError';
  }
}

export async function writeCheckpoint(dir: string, snapshot: Snapshot): Promise<number> {
  const temp = path.join(dir, CHECKPOINT_TEMP_FILE);
  const file = await open(temp, 'w');
  let bytes = 0;
  try {
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let records = 0;
    const push = async (docs: Doc[]): Promise<void> => {
      const framed = frameRecord(docs);
      pending.push(framed);
      pendingBytes += framed.length;
      records++;
      if (pendingBytes >= WRITE_CHUNK_BYTES) await drain();
    };
    const drain = async (): Promise<void> => {
      if (pending.length === 0) return;
      await file.writev(pending);
      bytes += pendingBytes;
      pending = [];
      pendingBytes = 0;
    };
    await push([{ format: FORMAT, version: VERSION, lsn: snapshot.lsn }]);
    for (const c of snapshot.collections) {
      await push([{ t: 'collection', db: c.db, name: c.name, options: c.options, uuid: c.uuid, indexes: c.indexes, count: c.docs.length }]);
      for (let i = 0; i < c.docs.length; i += DOCS_PER_RECORD) await push([{ t: 'docs' }, ...c.docs.slice(i, i + DOCS_PER_RECORD)]);
    }
    await push([{ t: 'end', records: records + 1 }]);
    await drain();
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temp, path.join(dir, CHECKPOINT_FILE));
  await fsyncDirectory(dir);
  return bytes;
}

/** Reads and checks a whole checkpoint; any damage is a CorruptCheckpointError naming the file. */
export async function readCheckpoint(file: string): Promise<{ lsn: number; state: EngineState; documents: number }> {
  const buf = await readFile(file);
  const state: EngineState = new Map();
  let lsn: number | null = null;
  let current: CollectionState | null = null;
  let expected = 0;
  let records = 0;
  let documents = 0;
  for (let offset = 0; ; ) {
    const read = readRecord(buf, offset);
    if (read.kind === 'end') throw new CorruptCheckpointError(file, 'it ends before its trailer record');
    if (read.kind === 'torn') throw new CorruptCheckpointError(file, `record at byte ${offset}: ${read.reason}`);
    records++;
    offset = read.end;
    const [head, ...docs] = read.docs;
    if (records === 1) {
      if (head.format !== FORMAT || head.version !== VERSION || typeof head.lsn !== 'number') {
        throw new CorruptCheckpointError(file, `not a version ${VERSION} checkpoint`);
      }
      lsn = head.lsn;
      continue;
    }
    if (head.t === 'collection') {
      if (current && current.docs.size !== expected) throw new CorruptCheckpointError(file, 'a collection holds fewer documents than its header says');
      current = { options: head.options as Doc, uuid: head.uuid as Binary, indexes: new Map(), docs: new Map() };
      for (const spec of head.indexes as IndexSpec[]) current.indexes.set(spec.name, spec);
      expected = head.count as number;
      let colls = state.get(head.db as string);
      if (!colls) state.set(head.db as string, (colls = new Map()));
      colls.set(head.name as string, current);
    } else if (head.t === 'docs' && current) {
      for (const d of docs) current.docs.set(valueKey(d._id), d);
      documents += docs.length;
    } else if (head.t === 'end') {
      if (head.records !== records) throw new CorruptCheckpointError(file, `trailer counts ${String(head.records)} records, found ${records}`);
      if (current && current.docs.size !== expected) throw new CorruptCheckpointError(file, 'a collection holds fewer documents than its header says');
      if (offset !== buf.length) throw new CorruptCheckpointError(file, 'bytes follow the trailer');
      return { lsn: lsn!, state, documents };
    } else {
      throw new CorruptCheckpointError(file, `unexpected record ${JSON.stringify(head.t)} at byte ${offset}`);
    }
  }
}
