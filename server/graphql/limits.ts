/**
 * Per-request limits on depth, aliases and estimated cost, as GraphQL validation rules from
 * graphql-armor: an operation over a limit is refused before any resolver runs (HTTP 400,
 * GRAPHQL_VALIDATION_FAILED) with a message naming the limit and `extensions.limit`.
 *
 * Cost (graphql-armor's estimate): a scalar costs 1, an object 2, children weigh 1.5x per level,
 * and a literal `first: n` multiplies its field's cost by n. A `first` passed as a variable is
 * not seen by validation; connection.ts caps every page at 100 rows, which bounds it.
 * Introspection through `__schema` is exempt from depth and cost, so IDEs keep working.
 */
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { GraphQLError, type ValidationContext, type ValidationRule } from 'graphql';
import type { QueryLimits } from '../config';

export type LimitName = 'maxDepth' | 'maxAliases' | 'maxCost';

/**
 * graphql-armor's messages start with "Syntax Error: ", which these are not; the rest
 * ("Query depth limit of 10 exceeded, found 12.") is kept, with the limit's name and value.
 */
function reportAs(limit: LimitName, maximum: number) {
  return (context: ValidationContext | null, error: GraphQLError): void => {
    context?.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit, maximum } }),
    );
  };
}

export function limitRules(limits: QueryLimits): ValidationRule[] {
  const rejection = (limit: LimitName, maximum: number) => ({
    onReject: [reportAs(limit, maximum)],
    propagateOnRejection: false,
    exposeLimits: true,
  });
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, ...rejection('maxDepth', limits.maxDepth) }),
    maxAliasesRule({ n: limits.maxAliases, ...rejection('maxAliases', limits.maxAliases) }),
    costLimitRule({ maxCost: limits.maxCost, ignoreIntrospection: true, ...rejection('maxCost', limits.maxCost) }),
  ];
}
