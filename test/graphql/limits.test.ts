import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { limitRules } from '../../server/graphql/limits';

const schema = buildSchema(`
  type Query { node: Node, nodes(first: Int): [Node!]! }
  type Node { id: ID!, name: String, child: Node }
`);

const limits = { maxDepth: 4, maxAliases: 2, maxCost: 100 };

function check(source: string) {
  return validate(schema, parse(source), limitRules(limits)).map((error) => ({ message: error.message, ...error.extensions }));
}

describe('limitRules', () => {
  it('accepts an operation at every limit', () => {
    expect(check('{ a: node { child { child { id } } } b: node { id } }')).toEqual([]);
  });

  it('refuses depth over the maximum', () => {
    expect(check('{ node { child { child { child { id } } } } }')).toEqual([
      { message: 'Query depth limit of 4 exceeded, found 5.', limit: 'maxDepth', maximum: 4 },
    ]);
  });

  it('counts depth through fragments', () => {
    expect(check('{ node { ...Deep } } fragment Deep on Node { child { child { child { id } } } }')).toEqual([
      expect.objectContaining({ limit: 'maxDepth' }),
    ]);
  });

  it('refuses aliases over the maximum, __typename aliases aside', () => {
    expect(check('{ a: node { id } b: node { id } t: __typename }')).toEqual([]);
    expect(check('{ a: node { id } b: node { id } c: node { id } }')).toEqual([
      { message: 'Aliases limit of 2 exceeded, found 3.', limit: 'maxAliases', maximum: 2 },
    ]);
  });

  it('weighs a literal page size into the cost', () => {
    expect(check('{ nodes(first: 10) { id name } }')).toEqual([]);
    expect(check('{ nodes(first: 100) { id name } }')).toEqual([
      { message: 'Query Cost limit of 100 exceeded, found 500.', limit: 'maxCost', maximum: 100 },
    ]);
  });

  it('exempts the introspection query, however deep', () => {
    expect(check(getIntrospectionQuery())).toEqual([]);
  });
});
