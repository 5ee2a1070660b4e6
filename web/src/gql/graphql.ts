/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { roles: Array<Role>, party: { id: string, code: string, name: string } } };

export type OrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type OrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, state: OrderState, incoterm: string, readyDate: string, seller: { code: string, name: string }, buyer: { code: string, name: string }, origin: { code: string, name: string }, destination: { code: string, name: string }, total: { amount: string, currency: string } } }> } };

export type TrackQueryVariables = Exact<{
  reference: string;
}>;


export type TrackQuery = { track: { plannedEta: string, revisedEta: string, delayDays: number, onHold: boolean, shipment: { number: string }, order: { number: string, state: OrderState } | null, position: { description: string, legSeq: number }, legs: Array<{ seq: number, mode: TransportMode, plannedEtd: string, plannedEta: string, actualDeparture: string | null, actualArrival: string | null, status: string, delayDays: number | null, from: { code: string, name: string }, to: { code: string, name: string } }>, timeline: Array<{ seq: number, legSeq: number, type: MilestoneType, at: string, note: string | null, location: { code: string, name: string } }> } | null };

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
    }
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
      }
      note
    }
  }
}
    `) as unknown as TypedDocumentString<TrackQuery, TrackQueryVariables>;