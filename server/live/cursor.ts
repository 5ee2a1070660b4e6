/**
 * Subscription cursors: what `after:` takes back. A cursor is the change stream's resume token
 * of the change an event came from, prefixed with the collection it belongs to, so a reconnect
 * resumes the database's own stream and a cursor of one subscription cannot be handed to another.
 */
export interface Cursor {
  collection: string;
  token: string;
}

export function encodeCursor(collection: string, token: string): string {
  return `${collection}:${token}`;
}

/** The cursor, or a message naming what is wrong with it. */
export function decodeCursor(text: string, collection: string): Cursor | string {
  const at = text.indexOf(':');
  const prefix = at < 0 ? '' : text.slice(0, at);
  const token = text.slice(at + 1);
  if (at < 0 || !/^[0-9A-Fa-f]+$/.test(token)) return `'${text}' is not a cursor: pass back the cursor of the last event received`;
  if (prefix !== collection) return `'${text}' is a cursor of ${prefix} events, not of ${collection} events`;
  return { collection, token };
}
