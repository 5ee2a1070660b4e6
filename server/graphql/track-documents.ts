/**
 * Which GraphQL documents are plain `track` reads whose executed answer may be kept
 * (track-responses.ts): a query operation whose root fields are all `track` (or `__typename`),
 * selecting below it only fields whose values come from the tracking view itself, that is from
 * the shipment and order the tracking cache holds. A field that reads anything else (a party's
 * name through a loader, an order's shipment from the database, the events a caller may send)
 * makes the document not cacheable: its answer could change without the tracking cache noticing.
 *
 * A field is taken as coming from the view when it has no resolver of its own (the default
 * resolver reads the parent object, itself from the view) or is one of PURE_RESOLVERS, reviewed
 * to compute only from their parent. A resolver added later to any other field makes documents
 * selecting it uncacheable by itself, so the rule fails safe.
 */
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  GraphQLObjectType,
  Kind,
  getNamedType,
  isLeafType,
  parse,
} from 'graphql';

/** Resolvers that compute from their parent object only (shipment.resolvers.ts, order.resolvers.ts). */
export const PURE_RESOLVERS: ReadonlySet<string> = new Set([
  'Tracking.timeline',
  'Tracking.legs',
  'Tracking.position',
  'Shipment.id',
  'Shipment.legs',
  'Shipment.cost',
  'Shipment.co2Kg',
  'Shipment.milestones',
  'Shipment.reroutes',
  'Order.id',
  'Order.total',
  'Order.grossWeightKg',
  'Order.lines',
  'Order.incotermPlace',
  'Order.origin',
  'Order.destination',
  'Order.holdReason',
  'Order.cancelReason',
  'Order.history',
  'Order.createdAt',
]);

const ROOT_FIELDS = new Set(['track', '__typename']);
/** Directives whose effect depends only on the variables, which are part of a kept answer's key. */
const DIRECTIVES = new Set(['skip', 'include']);
/** Distinct documents remembered at most; the set starts over when full. */
const MAX_DOCUMENTS = 500;

export class TrackDocuments {
  /** by document text, then by operation name ('' for none) */
  private readonly known = new Map<string, Map<string, boolean>>();

  constructor(private readonly schema: GraphQLSchema) {}

  /** Whether the operation `operationName` of `query` is a plain `track` read (see above). */
  cacheable(query: string, operationName: string | null | undefined): boolean {
    // Most documents are no `track` read: they cost neither a parse here nor a place in the map.
    if (!query.includes('track')) return false;
    let byOperation = this.known.get(query);
    if (!byOperation) {
      if (this.known.size >= MAX_DOCUMENTS) this.known.clear();
      byOperation = new Map();
      this.known.set(query, byOperation);
    }
    const name = operationName ?? '';
    let answer = byOperation.get(name);
    if (answer === undefined) {
      answer = this.classify(query, operationName ?? null);
      byOperation.set(name, answer);
    }
    return answer;
  }

  private classify(query: string, operationName: string | null): boolean {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch {
      return false; // Apollo answers the syntax error
    }
    const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((o) => o.name?.value === operationName);
    const queryType = this.schema.getQueryType();
    if (!operation || operation.operation !== 'query' || !queryType) return false;
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const root = operation.selectionSet.selections;
    const rootFieldsOnly = root.every((s) => s.kind === Kind.FIELD && ROOT_FIELDS.has(s.name.value));
    return rootFieldsOnly && root.some((s) => s.kind === Kind.FIELD && s.name.value === 'track') && this.fromView(queryType, operation.selectionSet, fragments, new Set(), true);
  }

  /** Whether every field `selectionSet` selects on `type` (and below) comes from the view. */
  private fromView(type: GraphQLObjectType, selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, spread: Set<string>, root = false): boolean {
    return selectionSet.selections.every((selection) => {
      if (selection.directives?.some((d) => !DIRECTIVES.has(d.name.value))) return false;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (selection.typeCondition && selection.typeCondition.name.value !== type.name) return false;
        return this.fromView(type, selection.selectionSet, fragments, spread);
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || spread.has(fragment.name.value) || fragment.typeCondition.name.value !== type.name) return false;
        return this.fromView(type, fragment.selectionSet, fragments, new Set([...spread, fragment.name.value]));
      }
      const name = selection.name.value;
      if (name === '__typename') return true;
      const field = type.getFields()[name];
      if (!field) return false; // Apollo answers the validation error
      // `track` itself resolves through the tracking service, which says whether its answer came from memory.
      if (!root && field.resolve && !PURE_RESOLVERS.has(`${type.name}.${name}`)) return false;
      const named = getNamedType(field.type);
      if (isLeafType(named)) return true;
      return named instanceof GraphQLObjectType && selection.selectionSet !== undefined && this.fromView(named, selection.selectionSet, fragments, spread);
    });
  }
}
