/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      party {\n        id\n        code\n        name\n      }\n      roles\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Orders($first: Int, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          state\n          seller {\n            code\n            name\n          }\n          buyer {\n            code\n            name\n          }\n          origin {\n            code\n            name\n          }\n          destination {\n            code\n            name\n          }\n          total {\n            amount\n            currency\n          }\n          incoterm\n          readyDate\n        }\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  query Track($reference: String!) {\n    track(reference: $reference) {\n      shipment {\n        number\n      }\n      order {\n        number\n        state\n      }\n      plannedEta\n      revisedEta\n      delayDays\n      onHold\n      position {\n        description\n        legSeq\n      }\n      legs {\n        seq\n        mode\n        from {\n          code\n          name\n        }\n        to {\n          code\n          name\n        }\n        plannedEtd\n        plannedEta\n        actualDeparture\n        actualArrival\n        status\n        delayDays\n      }\n      timeline {\n        seq\n        legSeq\n        type\n        at\n        location {\n          code\n          name\n        }\n        note\n      }\n    }\n  }\n": typeof types.TrackDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      party {\n        id\n        code\n        name\n      }\n      roles\n    }\n  }\n": types.MeDocument,
    "\n  query Orders($first: Int, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          state\n          seller {\n            code\n            name\n          }\n          buyer {\n            code\n            name\n          }\n          origin {\n            code\n            name\n          }\n          destination {\n            code\n            name\n          }\n          total {\n            amount\n            currency\n          }\n          incoterm\n          readyDate\n        }\n      }\n    }\n  }\n": types.OrdersDocument,
    "\n  query Track($reference: String!) {\n    track(reference: $reference) {\n      shipment {\n        number\n      }\n      order {\n        number\n        state\n      }\n      plannedEta\n      revisedEta\n      delayDays\n      onHold\n      position {\n        description\n        legSeq\n      }\n      legs {\n        seq\n        mode\n        from {\n          code\n          name\n        }\n        to {\n          code\n          name\n        }\n        plannedEtd\n        plannedEta\n        actualDeparture\n        actualArrival\n        status\n        delayDays\n      }\n      timeline {\n        seq\n        legSeq\n        type\n        at\n        location {\n          code\n          name\n        }\n        note\n      }\n    }\n  }\n": types.TrackDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      party {\n        id\n        code\n        name\n      }\n      roles\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($first: Int, $after: String, $filter: OrderFilter) {\n    orders(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          state\n          seller {\n            code\n            name\n          }\n          buyer {\n            code\n            name\n          }\n          origin {\n            code\n            name\n          }\n          destination {\n            code\n            name\n          }\n          total {\n            amount\n            currency\n          }\n          incoterm\n          readyDate\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrdersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Track($reference: String!) {\n    track(reference: $reference) {\n      shipment {\n        number\n      }\n      order {\n        number\n        state\n      }\n      plannedEta\n      revisedEta\n      delayDays\n      onHold\n      position {\n        description\n        legSeq\n      }\n      legs {\n        seq\n        mode\n        from {\n          code\n          name\n        }\n        to {\n          code\n          name\n        }\n        plannedEtd\n        plannedEta\n        actualDeparture\n        actualArrival\n        status\n        delayDays\n      }\n      timeline {\n        seq\n        legSeq\n        type\n        at\n        location {\n          code\n          name\n        }\n        note\n      }\n    }\n  }\n"): typeof import('./graphql').TrackDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
