/**
 * A query kept current over the live socket: each event of the subscription asks the query
 * again (the events only say that something changed; the query reads what the page shows), and
 * while the subscription is not live the query asks again every `pollMs` instead.
 */
import { useRef } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { type QueryState, useQuery } from './use-query';
import { type LiveState, useSubscription } from './use-subscription';

export interface LiveQueryOptions {
  /** Neither query nor subscription (nothing to show yet). */
  skip?: boolean;
  /** false: read once, neither follow nor poll (e.g. a run that has finished). Default true. */
  follow?: boolean;
  /** How often to ask again while the subscription is not live. */
  pollMs: number;
}

export function useLiveQuery<TResult, TVariables, TEvent, TEventVariables>(
  query: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  subscription: TypedDocumentString<TEvent, TEventVariables>,
  subscriptionVariables: TEventVariables,
  options: LiveQueryOptions,
): QueryState<TResult> & { refetch: () => void; live: LiveState } {
  const { skip = false, follow = true, pollMs } = options;
  // The query's refetch, which the subscription's events call (the query is declared after it).
  const refetchQuery = useRef<() => void>(() => undefined);
  const live = useSubscription(subscription, subscriptionVariables, () => refetchQuery.current(), { skip: skip || !follow });
  const state = useQuery(query, variables, { skip, pollMs: follow && live.status !== 'live' ? pollMs : undefined });
  refetchQuery.current = state.refetch;
  return { ...state, live };
}
