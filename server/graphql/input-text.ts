/**
 * One check for every text a request brings, in the document or in its variables: a string with
 * NUL, another control character, a bidirectional override or a lone surrogate is refused before
 * any resolver runs, with BAD_USER_INPUT naming the field and the rule (server/shared/text.ts says
 * which characters and why). Refusing rather than stripping: a silently altered remark or
 * reason would no longer be what its author sent.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { unsafeCharacter } from '../shared/text';
import type { GraphQLContext } from './context';

function refusal(field: string[], text: string): GraphQLError | null {
  const unsafe = unsafeCharacter(text);
  if (!unsafe) return null;
  return new GraphQLError(`${field.join('.')}: ${unsafe.reason}`, {
    extensions: { code: 'BAD_USER_INPUT', field, rule: unsafe.rule, http: { status: 400 } },
  });
}

/** The first refused string literal in the document, named by its argument and input fields. */
function literalRefusal(document: DocumentNode): GraphQLError | null {
  const path: string[] = [];
  let found: GraphQLError | null = null;
  const named = { enter: (node: { name: { value: string } }) => void path.push(node.name.value), leave: () => void path.pop() };
  visit(document, {
    Argument: named,
    ObjectField: named,
    // A default value: named by its variable.
    VariableDefinition: { enter: (node) => void path.push(node.variable.name.value), leave: () => void path.pop() },
    // A list item is named by its index, which replaces this placeholder as each item is entered.
    ListValue: { enter: () => void path.push('0'), leave: () => void path.pop() },
    ObjectValue(_node, key) {
      if (typeof key === 'number') path[path.length - 1] = String(key);
    },
    StringValue(node, key) {
      if (typeof key === 'number') path[path.length - 1] = String(key);
      found ??= refusal([...path], node.value);
    },
  });
  return found;
}

/** The first refused string among the variables' values, named by variable and path. */
function variableRefusal(value: unknown, field: string[]): GraphQLError | null {
  if (typeof value === 'string') return refusal(field, value);
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = variableRefusal(item, [...field, String(i)]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = variableRefusal(item, [...field, key]);
      if (found) return found;
    }
  }
  return null;
}

export function inputTextPlugin(): ApolloServerPlugin<GraphQLContext> {
  // Apollo hands the same parsed document to every request with the same query text, so a
  // document's literals are checked once, not on every request (a refused one is not kept).
  const cleanDocuments = new WeakSet<DocumentNode>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          if (!cleanDocuments.has(document)) {
            const inDocument = literalRefusal(document);
            if (inDocument) throw inDocument;
            cleanDocuments.add(document);
          }
          const found = variableRefusal(request.variables ?? {}, []);
          if (found) throw found;
        },
      };
    },
  };
}
