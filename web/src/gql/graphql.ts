/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A booking of a route option for an order. */
export type BookRouteInput = {
  /** Carriers per leg; legs without one are recorded by the forwarder. */
  carriers?: Array<CarrierAssignment> | null | undefined;
  /** At least one for a route with container legs. */
  containers: Array<ContainerInput>;
  /** Refuse unless the order is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The multimodal transport operator (a forwarder party). */
  forwarderId: string | number;
  /** A RouteOption id from orderRouteOptions. */
  optionId: string | number;
  /** The order (confirmed). */
  orderId: string | number;
};

/** Which carrier runs a leg. */
export type CarrierAssignment = {
  /** A carrier party. */
  carrierId: string | number;
  /** The leg. */
  legSeq: number;
};

/** A container to book. */
export type ContainerInput = {
  /** ISO 6346 number; the check digit is verified. */
  number: string;
  /** ISO 6346 size-type code, e.g. 22G1. */
  type: string;
};

/** A new export order; the caller (an exporter) is the seller. */
export type CreateOrderInput = {
  /** An importer party. */
  buyerId: string | number;
  /** ISO 4217; every line is priced in it. */
  currency: string;
  /** UN/LOCODE where the goods go; differs from the origin. */
  destination: string;
  /** An Incoterms 2020 rule; FAS, FOB, CFR and CIF need a sea or inland-waterway route when booked. */
  incoterm: string;
  /** The Incoterm's named place (UN/LOCODE). */
  incotermPlace: string;
  /** At least one line, at most 200. */
  lines: Array<OrderLineInput>;
  /** UN/LOCODE where the goods start. */
  origin: string;
  /** yyyy-mm-dd, not before today. */
  readyDate: string;
  /** An export trade mode, e.g. 0110. */
  tradeMode: string;
};

/** What happened to the cargo on a leg, recorded by the leg's carrier or the forwarder. */
export type MilestoneType =
  /** The leg arrived; the last leg's arrival moves the order to ARRIVED. */
  | 'ARRIVED'
  /** Customs holds the cargo; puts the order on hold. */
  | 'CUSTOMS_HOLD'
  /** Handed over at the destination; moves the order to DELIVERED. */
  | 'DELIVERED'
  /** The leg departed; the first leg's departure moves the order to IN_TRANSIT. */
  | 'DEPARTED'
  /** Unloaded at the leg's destination. */
  | 'DISCHARGED'
  /** An electronic seal reported tampering; puts the order on hold. */
  | 'ELOCK_ALARM'
  /** The container entered the terminal at the leg's origin. */
  | 'GATE_IN'
  /** Loaded on the train, vessel, truck or aircraft. */
  | 'LOADED'
  /** Moved on to the next leg at a transshipment point. */
  | 'TRANSSHIPPED';

/** Which orders to list. */
export type OrderFilter = {
  /** Only orders booked on this corridor. */
  corridorId?: string | null | undefined;
  /** Only orders created at or after (ISO 8601). */
  createdFrom?: string | null | undefined;
  /** Only orders created before (ISO 8601). */
  createdTo?: string | null | undefined;
  /** Only orders this party is party to. */
  partyId?: string | number | null | undefined;
  /** Only orders in this state. */
  state?: OrderState | null | undefined;
};

/** A goods line to order. */
export type OrderLineInput = {
  /** What the goods are. */
  description: string;
  /** Decimal text greater than zero, at most 3 decimals. */
  grossWeightKg: string;
  /** HS code, 6 to 10 digits (dots and spaces are ignored). */
  hsCode: string;
  /** Decimal text greater than zero. */
  quantity: string;
  /** UN/ECE Recommendation 20 unit code. */
  unit: string;
  /** Decimal text greater than zero, at most 4 decimals. */
  unitPrice: string;
};

/**
 * Where an order is in its lifecycle (purchase to delivery). An order can be cancelled until it
 * departs; ON_HOLD is an exception (customs hold, e-lock alarm, dispute) that resumes to the state
 * the order was held in.
 */
export type OrderState =
  /** The last leg arrived at the destination. */
  | 'ARRIVED'
  /** A route option was booked; a shipment exists. */
  | 'BOOKED'
  /** Cancelled before departure (final). */
  | 'CANCELLED'
  /** Closed by the seller or the buyer after delivery (final). */
  | 'COMPLETED'
  /** Accepted by the seller or the buyer. */
  | 'CONFIRMED'
  /** The goods were handed over at the destination. */
  | 'DELIVERED'
  /** Created by the exporter; lines and terms can still be reviewed. */
  | 'DRAFT'
  /** The first leg departed. */
  | 'IN_TRANSIT'
  /** Held by an exception; RESUME returns to the state it was held in. */
  | 'ON_HOLD';

/** What a ranking of route options puts first. */
export type RankBy =
  /** Lowest CO2 estimate. */
  | 'CO2'
  /** Lowest freight cost. */
  | 'COST'
  /** Shortest ready-to-arrival time. */
  | 'TIME';

/** The kinds of party in the single window. */
export type Role =
  /** Reads every document and history, changes nothing. */
  | 'AUDITOR'
  /** Finances trade against bills of lading and receivables. */
  | 'BANK'
  /** Runs a transport leg: rail, sea, road, river or air. */
  | 'CARRIER'
  /** Groups small consignments (e.g. market procurement) into shared containers. */
  | 'CONSOLIDATOR'
  /** Clears declarations and selects consignments for inspection. */
  | 'CUSTOMS'
  /** Sells and ships goods abroad. */
  | 'EXPORTER'
  /** Arranges multimodal transport and issues the one-bill (一单制) bill of lading. */
  | 'FORWARDER'
  /** Buys and receives goods from abroad. */
  | 'IMPORTER'
  /** Insures cargo and export credit. */
  | 'INSURER'
  /** Runs courses and scenarios: registers parties, issues tokens for them, reads everything. */
  | 'TRAINER';

/** Transport modes of the corridors. */
export type TransportMode =
  /** Air freight. */
  | 'AIR'
  /** Rail, e.g. China–Europe trains. */
  | 'RAIL'
  /** Inland waterway (the Yangtze). */
  | 'RIVER'
  /** Truck, first and last mile. */
  | 'ROAD'
  /** Ocean shipping. */
  | 'SEA';

/** Kinds of business failure. */
export type UserErrorCode =
  /** A business rule of the simulated trade forbids it (the message says which). */
  | 'BUSINESS_RULE'
  /** Someone else changed the same thing first; read it again and retry. */
  | 'CONFLICT'
  /** The input would create something that already exists. */
  | 'DUPLICATE'
  /** The lifecycle is in a state that does not accept this event. */
  | 'EVENT_NOT_ACCEPTED'
  /** Not allowed for the caller. Never returned in userErrors: refused actions fail with an error whose extensions.code is FORBIDDEN. */
  | 'FORBIDDEN'
  /** Something the input refers to does not exist. */
  | 'NOT_FOUND'
  /** The input breaks a validation rule (see `field` and `rule`). */
  | 'VALIDATION';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { roles: Array<Role>, party: { id: string, code: string, name: string } } };

export type OrderFormChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderFormChoicesQuery = { currencies: Array<string>, parties: { edges: Array<{ node: { id: string, code: string, name: string, country: string } }> }, locations: Array<{ code: string, name: string, nameZh: string | null, country: string }>, incoterms: Array<{ code: string, name: string, seaAndInlandWaterwayOnly: boolean }>, exportTradeModes: Array<{ code: string, nameEn: string, nameZh: string }> };

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type CreateOrderMutation = { createOrder: { order: { id: string, number: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type OrderRouteOptionsQueryVariables = Exact<{
  orderId: string | number;
  rankBy?: RankBy | null | undefined;
}>;


export type OrderRouteOptionsQuery = { order: { id: string, number: string, state: OrderState, version: number, incoterm: string, readyDate: string, callerEvents: Array<string>, incotermPlace: { code: string }, origin: { code: string, name: string }, destination: { code: string, name: string } } | null, orderRouteOptions: { options: Array<{ id: string, corridorId: string, name: string, nameZh: string, etd: string, eta: string, transitDays: number, co2Kg: string, rankByTime: number, rankByCost: number, rankByCo2: number, mainCarriageModes: Array<TransportMode>, incotermFits: boolean, incotermNote: string | null, cost: { amount: string, currency: string }, legs: Array<{ seq: number, mode: TransportMode, etd: string, eta: string, from: { code: string, name: string }, to: { code: string, name: string } }> }> | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> }, forwarders: { edges: Array<{ node: { id: string, code: string, name: string } }> }, carriers: { edges: Array<{ node: { id: string, code: string, name: string, modes: Array<TransportMode> } }> } };

export type BookRouteMutationVariables = Exact<{
  input: BookRouteInput;
}>;


export type BookRouteMutation = { bookRoute: { shipment: { number: string } | null, order: { number: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type OrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type OrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, state: OrderState, incoterm: string, readyDate: string, seller: { code: string, name: string }, buyer: { code: string, name: string }, origin: { code: string, name: string }, destination: { code: string, name: string }, total: { amount: string, currency: string } } }> } };

export type TrackQueryVariables = Exact<{
  reference: string;
}>;


export type TrackQuery = { track: { plannedEta: string, revisedEta: string, delayDays: number, onHold: boolean, shipment: { number: string }, order: { number: string, state: OrderState } | null, position: { description: string, legSeq: number, location: { code: string, name: string, nameZh: string | null, lat: number, lon: number } }, legs: Array<{ seq: number, mode: TransportMode, plannedEtd: string, plannedEta: string, actualDeparture: string | null, actualArrival: string | null, status: string, delayDays: number | null, from: { code: string, name: string, nameZh: string | null, lat: number, lon: number }, to: { code: string, name: string, nameZh: string | null, lat: number, lon: number } }>, timeline: Array<{ seq: number, legSeq: number, type: MilestoneType, at: string, note: string | null, location: { code: string, name: string, nameZh: string | null } }> } | null };

export type OrderQueryVariables = Exact<{
  id?: string | number | null | undefined;
  number?: string | null | undefined;
}>;


export type OrderQuery = { order: { id: string, number: string, state: OrderState, version: number, currency: string, grossWeightKg: string, incoterm: string, tradeMode: string, readyDate: string, corridorId: string | null, holdReason: string | null, cancelReason: string | null, callerEvents: Array<string>, createdAt: string, seller: { id: string, code: string, name: string }, buyer: { id: string, code: string, name: string }, forwarder: { code: string, name: string } | null, lines: Array<{ lineNo: number, hsCode: string, description: string, quantity: string, unit: string, unitPrice: string, amount: string, grossWeightKg: string }>, total: { amount: string, currency: string }, incotermPlace: { code: string, name: string, nameZh: string | null }, origin: { code: string, name: string, nameZh: string | null }, destination: { code: string, name: string, nameZh: string | null }, shipment: { number: string } | null } | null };

export type ConfirmOrderMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type ConfirmOrderMutation = { confirmOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type CancelOrderMutationVariables = Exact<{
  id: string | number;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type CancelOrderMutation = { cancelOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type HoldOrderMutationVariables = Exact<{
  id: string | number;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type HoldOrderMutation = { holdOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type ResumeOrderMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type ResumeOrderMutation = { resumeOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type CompleteOrderMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type CompleteOrderMutation = { completeOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type FilterPartiesQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterPartiesQuery = { parties: { edges: Array<{ node: { id: string, code: string, name: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    party {
      id
      code
      name
    }
    roles
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const OrderFormChoicesDocument = new TypedDocumentString(`
    query OrderFormChoices {
  parties(first: 100, filter: {role: IMPORTER}) {
    edges {
      node {
        id
        code
        name
        country
      }
    }
  }
  locations {
    code
    name
    nameZh
    country
  }
  incoterms {
    code
    name
    seaAndInlandWaterwayOnly
  }
  currencies
  exportTradeModes {
    code
    nameEn
    nameZh
  }
}
    `) as unknown as TypedDocumentString<OrderFormChoicesQuery, OrderFormChoicesQueryVariables>;
export const CreateOrderDocument = new TypedDocumentString(`
    mutation CreateOrder($input: CreateOrderInput!) {
  createOrder(input: $input) {
    order {
      id
      number
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrderMutation, CreateOrderMutationVariables>;
export const OrderRouteOptionsDocument = new TypedDocumentString(`
    query OrderRouteOptions($orderId: ID!, $rankBy: RankBy) {
  order(id: $orderId) {
    id
    number
    state
    version
    incoterm
    incotermPlace {
      code
    }
    origin {
      code
      name
    }
    destination {
      code
      name
    }
    readyDate
    callerEvents
  }
  orderRouteOptions(orderId: $orderId, rankBy: $rankBy) {
    options {
      id
      corridorId
      name
      nameZh
      etd
      eta
      transitDays
      cost {
        amount
        currency
      }
      co2Kg
      rankByTime
      rankByCost
      rankByCo2
      mainCarriageModes
      incotermFits
      incotermNote
      legs {
        seq
        mode
        from {
          code
          name
        }
        to {
          code
          name
        }
        etd
        eta
      }
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
  forwarders: parties(first: 100, filter: {role: FORWARDER}) {
    edges {
      node {
        id
        code
        name
      }
    }
  }
  carriers: parties(first: 100, filter: {role: CARRIER}) {
    edges {
      node {
        id
        code
        name
        modes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderRouteOptionsQuery, OrderRouteOptionsQueryVariables>;
export const BookRouteDocument = new TypedDocumentString(`
    mutation BookRoute($input: BookRouteInput!) {
  bookRoute(input: $input) {
    shipment {
      number
    }
    order {
      number
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<BookRouteMutation, BookRouteMutationVariables>;
export const OrdersDocument = new TypedDocumentString(`
    query Orders($first: Int, $after: String, $filter: OrderFilter) {
  orders(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        state
        seller {
          code
          name
        }
        buyer {
          code
          name
        }
        origin {
          code
          name
        }
        destination {
          code
          name
        }
        total {
          amount
          currency
        }
        incoterm
        readyDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrdersQuery, OrdersQueryVariables>;
export const TrackDocument = new TypedDocumentString(`
    query Track($reference: String!) {
  track(reference: $reference) {
    shipment {
      number
    }
    order {
      number
      state
    }
    plannedEta
    revisedEta
    delayDays
    onHold
    position {
      description
      legSeq
      location {
        code
        name
        nameZh
        lat
        lon
      }
    }
    legs {
      seq
      mode
      from {
        code
        name
        nameZh
        lat
        lon
      }
      to {
        code
        name
        nameZh
        lat
        lon
      }
      plannedEtd
      plannedEta
      actualDeparture
      actualArrival
      status
      delayDays
    }
    timeline {
      seq
      legSeq
      type
      at
      location {
        code
        name
        nameZh
      }
      note
    }
  }
}
    `) as unknown as TypedDocumentString<TrackQuery, TrackQueryVariables>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: ID, $number: String) {
  order(id: $id, number: $number) {
    id
    number
    state
    version
    seller {
      id
      code
      name
    }
    buyer {
      id
      code
      name
    }
    forwarder {
      code
      name
    }
    currency
    lines {
      lineNo
      hsCode
      description
      quantity
      unit
      unitPrice
      amount
      grossWeightKg
    }
    total {
      amount
      currency
    }
    grossWeightKg
    incoterm
    incotermPlace {
      code
      name
      nameZh
    }
    origin {
      code
      name
      nameZh
    }
    destination {
      code
      name
      nameZh
    }
    tradeMode
    readyDate
    corridorId
    shipment {
      number
    }
    holdReason
    cancelReason
    callerEvents
    createdAt
  }
}
    `) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const ConfirmOrderDocument = new TypedDocumentString(`
    mutation ConfirmOrder($id: ID!, $expectedVersion: Int) {
  confirmOrder(id: $id, expectedVersion: $expectedVersion) {
    order {
      id
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmOrderMutation, ConfirmOrderMutationVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($id: ID!, $reason: String!, $expectedVersion: Int) {
  cancelOrder(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
    order {
      id
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const HoldOrderDocument = new TypedDocumentString(`
    mutation HoldOrder($id: ID!, $reason: String!, $expectedVersion: Int) {
  holdOrder(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
    order {
      id
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<HoldOrderMutation, HoldOrderMutationVariables>;
export const ResumeOrderDocument = new TypedDocumentString(`
    mutation ResumeOrder($id: ID!, $expectedVersion: Int) {
  resumeOrder(id: $id, expectedVersion: $expectedVersion) {
    order {
      id
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<ResumeOrderMutation, ResumeOrderMutationVariables>;
export const CompleteOrderDocument = new TypedDocumentString(`
    mutation CompleteOrder($id: ID!, $expectedVersion: Int) {
  completeOrder(id: $id, expectedVersion: $expectedVersion) {
    order {
      id
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteOrderMutation, CompleteOrderMutationVariables>;
export const FilterPartiesDocument = new TypedDocumentString(`
    query FilterParties {
  parties(first: 100) {
    edges {
      node {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilterPartiesQuery, FilterPartiesQueryVariables>;