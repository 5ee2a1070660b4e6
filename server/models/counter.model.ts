/** Named sequences for human-readable document numbers (ORD-2026-000001 ...). */
import type { ClientSession, Connection } from 'mongoose';

interface CounterDoc {
  _id: string;
  value: number;
}

/**
 * Another source of sequence values for one database: the value for a sequence name, or null to
 * take the next one from the counters collection. A scenario run numbers each order's documents
 * from the order's place in the run (scenarios/run/run-numbering.ts), so an order gets the same
 * numbers whichever worker plays it and whatever else that worker played before.
 */
export type SequenceSource = (name: string) => number | null;

const sources = new WeakMap<Connection, SequenceSource>();

/** From now on, `nextSequence` on this connection asks `source` first. */
export function numberSequencesWith(connection: Connection, source: SequenceSource): void {
  sources.set(connection, source);
}

/** The next value of a sequence; atomic, so concurrent callers never get the same number. */
export async function nextSequence(connection: Connection, name: string, session?: ClientSession): Promise<number> {
  const given = sources.get(connection)?.(name);
  if (given != null) return given;
  const counter = await connection
    .collection<CounterDoc>('counters')
    .findOneAndUpdate({ _id: name }, { $inc: { value: 1 } }, { upsert: true, returnDocument: 'after', session });
  return counter!.value;
}
