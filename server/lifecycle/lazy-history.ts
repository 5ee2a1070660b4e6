/**
 * A written aggregate's history, decoded only when something reads it. The conditional update
 * returns the whole document, and its history (every entry since creation) is most of it; a
 * transition's answer usually shows only the state and version, and the copy the service keeps
 * leaves the history out. Decoding every entry of every written document was a share of the
 * server's CPU per transition (issue 18's profile), so the driver hands the entries over as BSON
 * (`RAW_HISTORY`) and `withLazyHistory` decodes them, once, on the first read of `history`.
 * Reading it gives exactly what the driver would have decoded: the same BSON library and options.
 */
import { BSON } from 'mongodb';

/** Driver option: leave each element of a `history` array as its BSON bytes. */
export const RAW_HISTORY = { fieldsAsRaw: { history: true } } as const;

/**
 * Turns the raw `history` of a document read with RAW_HISTORY into a property that decodes it on
 * first read (and can be assigned like any other). Enumerable, so spreading or serialising the
 * document still shows the entries; only a reader that skips `history` skips the decoding.
 */
export function withLazyHistory<D extends object>(doc: D): D {
  const raw = (doc as { history?: unknown }).history;
  if (!Array.isArray(raw)) return doc;
  const keep = (value: unknown): void => {
    Object.defineProperty(doc, 'history', { value, writable: true, enumerable: true, configurable: true });
  };
  Object.defineProperty(doc, 'history', {
    enumerable: true,
    configurable: true,
    get() {
      const entries = raw.map((entry: unknown) => (entry instanceof Uint8Array ? BSON.deserialize(entry) : entry));
      keep(entries);
      return entries;
    },
    set: keep,
  });
  return doc;
}

/** The document's fields except `history`, without decoding it. */
export function withoutHistory<D extends object>(doc: D): Omit<D, 'history'> {
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) if (key !== 'history') rest[key] = (doc as Record<string, unknown>)[key];
  return rest as Omit<D, 'history'>;
}
