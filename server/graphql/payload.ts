/**
 * From a service Result to a mutation payload. Business failures become the payload's
 * userErrors; a FORBIDDEN failure is an authorisation failure and is thrown instead, as a
 * GraphQLError with extensions.code FORBIDDEN (HTTP 200: an operation may hold other fields
 * that succeeded, so one refused field does not fail the whole response).
 */
import { GraphQLError } from 'graphql';
import type { Result } from '../shared/result';
import type { UserError } from '../shared/user-error';

export const FORBIDDEN = 'FORBIDDEN';

type Outcome<T> = Result<T, UserError[]> | Promise<Result<T, UserError[]>>;

/** A mutation payload: its result fields (absent, so null, on failure) and the userErrors. */
export type Payload<F> = Partial<F> & { userErrors: UserError[] };

export function forbiddenError(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: FORBIDDEN } });
}

/** Throws the first FORBIDDEN error of a failed result; returns the others for userErrors. */
export function userErrorsOf(errors: UserError[]): UserError[] {
  const refusal = errors.find((error) => error.code === FORBIDDEN);
  if (refusal) throw forbiddenError(refusal.message);
  return errors;
}

/**
 * The one way a mutation resolver answers:
 *   payload(services.parties.register(caller, input), 'party')          → { party, userErrors }
 *   payload(services.tokens.issue(...), (v) => ({ token: v.token, apiToken: v.record }))
 */
export function payload<T, K extends string>(result: Outcome<T>, key: K): Promise<Payload<Record<K, T>>>;
export function payload<T, F extends object>(result: Outcome<T>, fields: (value: T) => F): Promise<Payload<F>>;
export async function payload<T>(result: Outcome<T>, shape: string | ((value: T) => object)): Promise<Payload<object>> {
  const settled = await result;
  if (!settled.ok) return { userErrors: userErrorsOf(settled.error) };
  const fields = typeof shape === 'string' ? { [shape]: settled.value } : shape(settled.value);
  return { ...fields, userErrors: [] };
}

/**
 * A list filter's problems are argument errors, not payload data: the first is thrown as
 * BAD_USER_INPUT naming the field and the rule, like a bad `first` or `after`.
 */
export function checkedFilter<T>(result: Result<T, UserError[]>): T {
  if (result.ok) return result.value;
  const [first] = result.error;
  throw new GraphQLError(first.message, { extensions: { code: 'BAD_USER_INPUT', field: first.field, rule: first.rule } });
}
