/**
 * Executed `track` answers, kept per process so a repeat is sent as it was the first time
 * without running Apollo's pipeline, the ~70 fields' execution and the JSON serialization again
 * (issue 18: under 64 clients those were what `track` cost above the `{ __typename }` floor).
 *
 * A kept answer is the exact HTTP answer (status, headers, body) Apollo gave to a request with the
 * same document text, operation name, variables, Accept and Content-Type headers, from a caller
 * of the same access class on the same day (TrackingService.answerScope). It is served only while
 * the tracking cache's generation is the one it was made under: every change to shipments or
 * orders, from any process, every write through this process, and every stream failure moves the
 * generation, which is exactly what drops the tracking cache's own entries. Who the caller is
 * (token revoked, party changed) is decided on every request before the lookup, as for any other
 * request.
 *
 * Kept only: answers without errors, to documents track-documents.ts finds cacheable, whose every
 * `track` came from an entry the tracking cache keeps (never a bill's number, whose answer depends
 * on the bill's holder, which the tracking cache does not watch).
 */

/** A whole HTTP answer as Apollo produced it. */
export interface KeptResponse {
  status: number;
  headers: ReadonlyArray<readonly [string, string]>;
  body: string;
}

export const TRACK_RESPONSE_DEFAULTS = { maxEntries: 1_000 };

export class TrackResponses {
  /** by key; a Map iterates in insertion order, so the first key is the least recently used */
  private readonly entries = new Map<string, KeptResponse>();
  /** the generation the entries belong to: a newer one empties the map (its answers are all stale) */
  private ticket: number | null = null;
  /** answers sent from here, for tests and the bench */
  hits = 0;

  constructor(readonly maxEntries: number = TRACK_RESPONSE_DEFAULTS.maxEntries) {}

  get enabled(): boolean {
    return this.maxEntries > 0;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string, ticket: number): KeptResponse | undefined {
    this.moveTo(ticket);
    const found = this.entries.get(key);
    if (!found) return undefined;
    this.entries.delete(key);
    this.entries.set(key, found);
    this.hits += 1;
    return found;
  }

  /** Keeps `response`, made under `ticket` and still current (the caller checked). */
  remember(key: string, ticket: number, response: KeptResponse): void {
    if (!this.enabled) return;
    this.moveTo(ticket);
    this.entries.delete(key);
    this.entries.set(key, response);
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  private moveTo(ticket: number): void {
    if (ticket === this.ticket) return;
    this.entries.clear();
    this.ticket = ticket;
  }
}

/** The key of a kept answer: everything of the request Apollo's answer depends on. */
export function responseKey(parts: { scope: string; accept: string; contentType: string; operationName: string; variables: string; query: string }): string {
  // Newline-separated: only the last part (the document) may contain one.
  return `${parts.scope}\n${parts.accept.replace(/\n/g, ' ')}\n${parts.contentType.replace(/\n/g, ' ')}\n${parts.operationName}\n${parts.variables}\n${parts.query}`;
}
