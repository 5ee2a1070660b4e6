import { GraphQLError, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { authenticate, bearerToken, requireCaller, rootFieldNames } from '../../server/graphql/auth';
import type { Caller } from '../../server/parties/caller';

const caller = { partyId: 'p1', roles: ['exporter'] } as unknown as Caller;

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof GraphQLError ? [error.extensions.code, (error.extensions.http as { status: number }).status] : error;
  }
  return 'no error';
}

describe('bearerToken', () => {
  it.each([
    ['Bearer demo-exporter', 'demo-exporter'],
    ['bearer yd_AbC-_09', 'yd_AbC-_09'],
    ['BEARER  abc+/==', 'abc+/=='],
    ['  Bearer t  ', 't'],
  ])('reads %j', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });

  it('treats no header as anonymous', () => {
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it.each(['', 'Bearer', 'Bearer ', 'Basic abc', 'Token abc', 'Bearer a b', 'Bearer a,b', 'Bearer =abc', 'abc'])(
    'refuses %j as UNAUTHENTICATED with 401',
    (header) => {
      expect(codeOf(() => bearerToken(header))).toEqual(['UNAUTHENTICATED', 401]);
    },
  );
});

describe('authenticate', () => {
  const tokens = { authenticate: async (token: string) => (token === 'good' ? caller : null) };

  it('is null without a header and the caller for a known token', async () => {
    await expect(authenticate(undefined, tokens)).resolves.toBeNull();
    await expect(authenticate('Bearer good', tokens)).resolves.toBe(caller);
  });

  it('refuses an unknown token instead of treating it as anonymous', async () => {
    await expect(authenticate('Bearer bad', tokens)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});

describe('requireCaller', () => {
  it('returns the caller or throws UNAUTHENTICATED', () => {
    expect(requireCaller({ caller })).toBe(caller);
    expect(codeOf(() => requireCaller({ caller: null }))).toEqual(['UNAUTHENTICATED', 401]);
  });
});

describe('rootFieldNames', () => {
  function namesIn(source: string): string[] {
    const document = parse(source);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const fragments = Object.fromEntries(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    return rootFieldNames(operation.selectionSet, fragments);
  }

  it('finds fields through aliases, inline fragments and nested fragment spreads', () => {
    expect(namesIn('{ h: health { version } ... on Query { me { roles } } ...A } fragment A on Query { ...B } fragment B on Query { parties { totalCount } }')).toEqual([
      'health',
      'me',
      'parties',
    ]);
  });

  it('counts a field hidden behind @skip, so the rule never depends on variables', () => {
    expect(namesIn('query($no: Boolean!) { health { version } me @skip(if: $no) { roles } }')).toEqual(['health', 'me']);
  });
});
