/**
 * Runs one typed mutation on demand with the session's token. A mutation answers either with its
 * payload (which may carry userErrors: the page shows each next to the field it names, see
 * components/FieldError) or with a GraphQL error (FORBIDDEN, BAD_USER_INPUT …) kept in `error`.
 */
import { useCallback, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { useSession } from '../session';
import { ApiError, request } from './client';

export interface UserErrorView {
  code: string;
  message: string;
  field?: ReadonlyArray<string> | null;
  rule?: string | null;
}

export interface MutationState<T> {
  data: T | null;
  error: ApiError | null;
  running: boolean;
}

export function useMutation<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>) {
  const { token } = useSession();
  const [state, setState] = useState<MutationState<TResult>>({ data: null, error: null, running: false });
  const run = useCallback(
    async (variables: TVariables): Promise<TResult | null> => {
      setState({ data: null, error: null, running: true });
      try {
        const data = await request(document, variables, token);
        setState({ data, error: null, running: false });
        return data;
      } catch (error) {
        setState({ data: null, error: error instanceof ApiError ? error : new ApiError([{ message: String(error) }], 0), running: false });
        return null;
      }
    },
    [document, token],
  );
  const reset = useCallback(() => setState({ data: null, error: null, running: false }), []);
  return { ...state, run, reset };
}

/** The userErrors of a field path: `at(errors, 'input.readyDate')` matches ["input","readyDate"] and anything under it. */
export function errorsAt(errors: ReadonlyArray<UserErrorView> | null | undefined, path: string): UserErrorView[] {
  if (!errors) return [];
  return errors.filter((e) => e.field && (e.field.join('.') === path || e.field.join('.').startsWith(`${path}.`)));
}

/** The userErrors no field on the page shows (no field, or one the form has no input for). */
export function errorsNotAt(errors: ReadonlyArray<UserErrorView> | null | undefined, shown: string[]): UserErrorView[] {
  if (!errors) return [];
  return errors.filter((e) => !e.field || !shown.some((path) => errorsAt([e], path).length > 0));
}
