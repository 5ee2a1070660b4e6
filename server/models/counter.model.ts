/** Named sequences for human-readable document numbers (ORD-2026-000001 ...). */
import type { ClientSession, Connection } from 'mongoose';

interface CounterDoc {
  _id: string;
  value: number;
}

/** The next value of a sequence; atomic, so concurrent callers never get the same number. */
export async function nextSequence(connection: Connection, name: string, session?: ClientSession): Promise<number> {
  const counter = await connection
    .collection<CounterDoc>('counters')
    .findOneAndUpdate({ _id: name }, { $inc: { value: 1 } }, { upsert: true, returnDocument: 'after', session });
  return counter!.value;
}
