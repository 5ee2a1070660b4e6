/** Runs one typed query with the session's token and re-runs it when its variables change. */
import { useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useSession } from '../session';
import { ApiError, request } from './client';

export interface QueryState<T> {
  data: T | null;
  error: ApiError | null;
  loading: boolean;
}

export function useQuery<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, skip = false): QueryState<TResult> {
  const { token } = useSession();
  const [state, setState] = useState<QueryState<TResult>>({ data: null, error: null, loading: !skip });
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
  }, [document, key, token, skip]);
  return state;
}
