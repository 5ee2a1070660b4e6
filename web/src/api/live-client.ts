/**
 * The session's one `graphql-ws` client (same origin, path /graphql): made for a token on the
 * first subscription (lazy), disposed when the token changes or the party signs out, so a
 * socket never outlives the session that opened it. Every subscription of a page shares it.
 */
// The client entry only: the package's root also exports the server, which pulls graphql-js into the bundle.
import { type Client, createClient } from 'graphql-ws/client';
import { GRAPHQL_PATH } from './client';

/** Close codes with which the server refuses the token itself: 4401 unknown, 4403 revoked. */
export const REFUSING_CLOSE_CODES = new Set([4401, 4403]);

let shared: { token: string; client: Client } | null = null;

export function liveClient(token: string): Client {
  if (shared?.token === token) return shared.client;
  closeLiveClient();
  const client = createClient({
    url: location.origin.replace(/^http/, 'ws') + GRAPHQL_PATH,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: true,
    retryAttempts: 3,
    // A refused token stays refused: retrying would only knock again.
    shouldRetry: (event) => !(isCloseEvent(event) && REFUSING_CLOSE_CODES.has(event.code)),
  });
  shared = { token, client };
  return client;
}

/** Ends the session's socket (on sign-out, or before another token's client is made). */
export function closeLiveClient(): void {
  const previous = shared;
  shared = null;
  void previous?.client.dispose();
}

export function isCloseEvent(value: unknown): value is { code: number; reason: string } {
  return typeof value === 'object' && value !== null && 'code' in value && typeof (value as { code: unknown }).code === 'number';
}

