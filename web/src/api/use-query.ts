/**
 * Runs one typed query with the session's token and re-runs it when its variables change, when
 * `refetch()` is called (after a mutation), and every `pollMs` while the page is open (until live
 * updates replace polling). A refetch keeps the last data on screen while it loads.
 */
import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useSession } from '../session';
import { ApiError, request } from './client';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

export interface QueryOptions {
  skip?: boolean;
  /** Re-run every this many milliseconds while mounted. */
  pollMs?: number;
}

export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: boolean | QueryOptions = false,
): QueryState<TResult> & { refetch: () => void } {
  const { skip = false, pollMs } = typeof options === 'boolean' ? { skip: options } : options;
  const { token } = useSession();
  const [state, setState] = useState<QueryState<TResult>>({ data: null, error: null, loading: !skip });
  const [generation, setGeneration] = useState(0);
  const refetch = useCallback(() => setGeneration((g) => g + 1), []);
  // Variables are compared by value: pages build them inline on every render.
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (skip) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    request(document, JSON.parse(key) as TVariables, token).then(
      (data) => current && setState({ data, error: null, loading: false }),
      (error: unknown) => current && setState({ data: null, error: error instanceof ApiError ? error : new ApiError([{ message: String(error) }], 0), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [document, key, token, skip, generation]);
  useEffect(() => {
    if (skip || !pollMs) return;
    const timer = setInterval(refetch, pollMs);
    return () => clearInterval(timer);
  }, [skip, pollMs, refetch]);
  return { ...state, refetch };
}
