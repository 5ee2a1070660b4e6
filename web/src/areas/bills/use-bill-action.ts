/**
 * Runs one bill action (approveBill, transferBill …) and reads its payload whatever the mutation's
 * name: every bill mutation answers `{ bill, userErrors }`. A CONFLICT (the bill changed since the
 * page read its version) is singled out so the page can offer a reload instead of a retry.
 */
import { useMutation, type UserErrorView } from '../../api/use-mutation';
import type { TypedDocumentString } from '../../gql/graphql';

interface BillActionPayload {
  bill?: { version: number } | null;
  userErrors: UserErrorView[];
}

export function useBillAction<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, onDone: () => void) {
  const mutation = useMutation(document);
  const payload = mutation.data ? (Object.values(mutation.data as object)[0] as BillActionPayload) : null;
  const userErrors = payload?.userErrors ?? [];
  const conflict = userErrors.find((e) => e.code === 'CONFLICT') ?? null;
  const run = async (variables: TVariables) => {
    const data = await mutation.run(variables);
    const answer = data ? (Object.values(data as object)[0] as BillActionPayload) : null;
    if (answer?.bill) onDone();
  };
  return { run, reset: mutation.reset, running: mutation.running, error: mutation.error, userErrors, conflict };
}
