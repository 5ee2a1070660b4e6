/**
 * A plain fetch wrapper over POST /graphql. Operations are typed by the client preset
 * (src/gql): the result and the variables of each document are checked at compile time.
 * Transport and GraphQL errors become an ApiError whose message the page shows as it is.
 */
import type { TypedDocumentString } from '../gql/graphql';

export const GRAPHQL_PATH = '/graphql';

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string };
}

export class ApiError extends Error {
  constructor(
    readonly errors: GraphQLErrorBody[],
    readonly status: number,
  ) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'ApiError';
  }

  /** The first error's code, e.g. UNAUTHENTICATED or FORBIDDEN. */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token: string | null,
): Promise<TResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, { method: 'POST', headers, body: JSON.stringify({ query: document.toString(), variables }) });
  } catch (error) {
    throw new ApiError([{ message: `The server could not be reached: ${(error as Error).message}`, extensions: { code: 'NETWORK' } }], 0);
  }
  const body = (await response.json().catch(() => null)) as { data?: TResult | null; errors?: GraphQLErrorBody[] } | null;
  if (!body) throw new ApiError([{ message: `The server answered ${response.status} without a GraphQL body`, extensions: { code: 'BAD_RESPONSE' } }], response.status);
  if (body.errors?.length) throw new ApiError(body.errors, response.status);
  if (body.data == null) throw new ApiError([{ message: 'The server answered without data', extensions: { code: 'BAD_RESPONSE' } }], response.status);
  return body.data;
}

export interface DemoParty {
  code: string;
  name: string;
  roles: string[];
  token: string;
}

/** The demo parties the server lists for the sign-in picker: none in production or with seeding off. */
export async function demoParties(): Promise<DemoParty[]> {
  const response = await fetch('/api/demo-parties');
  if (!response.ok) return [];
  const body = (await response.json()) as { demoParties?: DemoParty[] };
  return body.demoParties ?? [];
}
