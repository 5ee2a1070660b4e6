/**
 * Live updates over the API's `graphql-ws` socket, through the session's one client
 * (live-client.ts: lazy, one per token, closed on sign-out).
 *
 * `useSubscription` reports how the subscription stands: `connecting` until its first event
 * (the server always starts with the current state, so the first event means "live"), `live`,
 * `failed` (the socket could not be kept: pages fall back to polling), or `refused` (the server
 * closed the socket with 4401/4403: the token is unknown or revoked, which retrying cannot fix).
 */
import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useSession } from '../session';
import { isCloseEvent, liveClient, REFUSING_CLOSE_CODES } from './live-client';

export type LiveStatus = 'connecting' | 'live' | 'failed' | 'refused';

export interface LiveState {
  status: LiveStatus;
  /** Why the subscription failed or was refused, as the server said it (close reason or GraphQL error). */
  reason: string | null;
}

function describe(failure: unknown): LiveState {
  if (isCloseEvent(failure)) {
    return { status: REFUSING_CLOSE_CODES.has(failure.code) ? 'refused' : 'failed', reason: `${failure.code}${failure.reason ? ` ${failure.reason}` : ''}` };
  }
  if (Array.isArray(failure)) return { status: 'failed', reason: failure.map((e: { message?: string }) => e.message ?? String(e)).join('; ') };
  return { status: 'failed', reason: failure instanceof Error ? failure.message : String(failure) };
}

/**
 * Subscribes while mounted (and not skipped) and calls `onEvent` with each event's data. The
 * subscription restarts when the variables (compared by value) or the token change.
 */
export function useSubscription<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  onEvent: (data: TResult) => void,
  options: { skip?: boolean } = {},
): LiveState {
  const { skip = false } = options;
  const { token } = useSession();
  const [state, setState] = useState<LiveState>({ status: 'connecting', reason: null });
  // The latest callback, so an inline arrow does not restart the subscription on every render.
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip || !token) return;
    setState({ status: 'connecting', reason: null });
    let current = true;
    const unsubscribe = liveClient(token).subscribe<TResult>(
      { query: document.toString(), variables: JSON.parse(key) as Record<string, unknown> },
      {
        next: ({ data, errors }) => {
          if (!current) return;
          if (errors?.length) return setState({ status: 'failed', reason: errors.map((e) => e.message).join('; ') });
          if (data) {
            setState((previous) => (previous.status === 'live' ? previous : { status: 'live', reason: null }));
            handler.current(data);
          }
        },
        error: (failure) => current && setState(describe(failure)),
        complete: () => current && setState((previous) => (previous.status === 'live' ? { status: 'failed', reason: null } : previous)),
      },
    );
    return () => {
      current = false;
      unsubscribe();
    };
  }, [document, key, token, skip]);
  return state;
}
