/**
 * What a change added to a document's arrays: the history entry a lifecycle transition appended,
 * the milestone a carrier recorded, the chain entry a bill action sealed. Each write appends at
 * most one of each. An array that changed comes as its `field.N` elements (an append, from mongod
 * and the embedded engine alike) or whole (a new field, or mongod choosing to), so both forms are
 * read.
 */
import type { HistoryEntry } from '../lifecycle/types';
import type { FeedChange } from './change-feed';

/** The element a write appended to `field`, or null when the write left the array alone. */
export function appendedElement<T>(change: FeedChange, field: string): T | null {
  if (change.operationType === 'insert') return ((change.fullDocument?.[field] as T[] | undefined) ?? []).at(-1) ?? null;
  if (change.operationType !== 'update') return null;
  const whole = change.updatedFields[field];
  if (Array.isArray(whole)) return (whole.at(-1) as T | undefined) ?? null;
  const element = new RegExp(`^${field}\\.(\\d+)$`);
  let last: { index: number; value: T } | null = null;
  for (const [path, value] of Object.entries(change.updatedFields)) {
    const match = element.exec(path);
    if (match && (!last || Number(match[1]) > last.index)) last = { index: Number(match[1]), value: value as T };
  }
  return last?.value ?? null;
}

/**
 * The history entry a lifecycle write appended: the engine writes one entry per event, with the
 * version the event produced as its seq (the creation entry is seq 1).
 */
export function appendedHistoryEntry(change: FeedChange): HistoryEntry | null {
  const entry = appendedElement<HistoryEntry>(change, 'history');
  if (!entry || change.operationType === 'insert') return entry;
  const version = change.updatedFields.version;
  return typeof version === 'number' && entry.seq !== version ? null : entry;
}

/** Whether the update touched any of these top-level fields (set whole or in part). */
export function touched(change: FeedChange, fields: readonly string[]): boolean {
  return Object.keys(change.updatedFields).some((path) => fields.includes(path.split('.')[0]));
}
