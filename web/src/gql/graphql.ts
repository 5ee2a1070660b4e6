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

/** Whether a run is still playing, finished, or stopped on an error. */
export type ScenarioRunStatus =
  /** Stopped: see `error`. */
  | 'FAILED'
  /** Playing in the background. */
  | 'RUNNING'
  /** Finished; the report is ready. */
  | 'SUCCEEDED';

/** What to run: exactly one of `scenario` and `yaml`. */
export type StartScenarioRunInput = {
  /** How many orders to play in all, repeating the scenario's orders (1 to 1,000; the CLI plays more). */
  orders?: number | null | undefined;
  /** A bundled scenario's id, e.g. rail-sea-moto-financing. */
  scenario?: string | null | undefined;
  /** Overrides the scenario's seed (customs lane draws and arrival times follow it). */
  seed?: number | null | undefined;
  /** A scenario written out in YAML, in the form scenarios/scenario.schema.json describes. */
  yaml?: string | null | undefined;
};

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

export type TrainingCatalogueQueryVariables = Exact<{
  runs?: number | null | undefined;
}>;


export type TrainingCatalogueQuery = { scenarios: Array<{ id: string, file: string, title: string, description: string | null, sources: Array<string>, seed: number, start: string, orders: number }>, scenarioRuns: Array<{ number: string, scenarioId: string, title: string, seed: number, orders: number, status: ScenarioRunStatus, startedAt: string, finishedAt: string | null, progress: { ordersDone: number, ordersTotal: number } }> };

export type StartScenarioRunMutationVariables = Exact<{
  input: StartScenarioRunInput;
}>;


export type StartScenarioRunMutation = { startScenarioRun: { run: { number: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type ScenarioRunReportQueryVariables = Exact<{
  number: string;
}>;


export type ScenarioRunReportQuery = { scenarioRun: { number: string, scenarioId: string, title: string, seed: number, orders: number, status: ScenarioRunStatus, error: string | null, startedAt: string, finishedAt: string | null, startedBy: { code: string, name: string } | null, progress: { ordersDone: number, ordersTotal: number, simulatedAt: string | null, events: number }, kpis: { orders: number, delivered: number, onTime: number, averagePlannedLeadTimeDays: number | null, averageLeadTimeDays: number | null, averageDelayDays: number | null, averageDestinationWaitDays: number | null, averageCustomsDwellHours: number | null, logisticsCostSharePercent: string | null, withinCostTarget: boolean | null, freightUsd: string, dutiesAndFeesCny: string, interestPaidUsd: string, co2TotalKg: string, expectationsMet: number, expectationsTotal: number } | null, breakdown: { maxCustomsDwellHours: number | null, completed: number, lanes: Array<{ lane: string, orders: number }>, delaysByCause: Array<{ cause: string, orders: number, totalDays: number, averageDays: number }>, destinationWaitsByCause: Array<{ cause: string, orders: number, totalDays: number, averageDays: number }>, co2ByMode: Array<{ mode: string, kg: string }> } | null, incidents: Array<{ type: string, events: number, orders: number }>, refusals: Array<{ rule: string, events: number, orders: number }>, expectations: Array<{ id: string, text: string, met: boolean, evidence: Array<string> }> | null, orderReports: Array<{ handle: string, number: string, route: string | null, delayDays: number | null, leadTimeDays: number | null, lane: string | null, finalState: string }> | null } | null };

export type ScenarioOrderTimelineQueryVariables = Exact<{
  number: string;
  handle: string;
}>;


export type ScenarioOrderTimelineQuery = { scenarioRun: { number: string, orderReport: { handle: string, number: string, seller: string, buyer: string, route: string | null, modes: Array<string>, readyAt: string, plannedEta: string | null, arrivedAt: string | null, deliveredAt: string | null, plannedLeadTimeDays: number | null, leadTimeDays: number | null, delayDays: number | null, destinationWaitDays: number | null, lane: string | null, customsDwellHours: number | null, freightUsd: string, finalState: string, delays: Array<{ cause: string, days: number }>, destinationWaits: Array<{ cause: string, days: number }>, legs: Array<{ seq: number, from: string, to: string, mode: string, plannedEtd: string, plannedEta: string, departedAt: string | null, arrivedAt: string | null }>, timeline: Array<{ seq: number, at: string, name: string, actor: string, refused: boolean, rule: string | null, detail: string }> } | null } | null };

export type ScenarioRunDownloadQueryVariables = Exact<{
  number: string;
  markdown: boolean;
  json: boolean;
}>;


export type ScenarioRunDownloadQuery = { scenarioRun: { number: string, markdown?: string | null, reportJson?: string | null } | null };

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
export const TrainingCatalogueDocument = new TypedDocumentString(`
    query TrainingCatalogue($runs: Int) {
  scenarios {
    id
    file
    title
    description
    sources
    seed
    start
    orders
  }
  scenarioRuns(first: $runs) {
    number
    scenarioId
    title
    seed
    orders
    status
    startedAt
    finishedAt
    progress {
      ordersDone
      ordersTotal
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCatalogueQuery, TrainingCatalogueQueryVariables>;
export const StartScenarioRunDocument = new TypedDocumentString(`
    mutation StartScenarioRun($input: StartScenarioRunInput!) {
  startScenarioRun(input: $input) {
    run {
      number
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartScenarioRunMutation, StartScenarioRunMutationVariables>;
export const ScenarioRunReportDocument = new TypedDocumentString(`
    query ScenarioRunReport($number: String!) {
  scenarioRun(number: $number) {
    number
    scenarioId
    title
    seed
    orders
    status
    error
    startedAt
    finishedAt
    startedBy {
      code
      name
    }
    progress {
      ordersDone
      ordersTotal
      simulatedAt
      events
    }
    kpis {
      orders
      delivered
      onTime
      averagePlannedLeadTimeDays
      averageLeadTimeDays
      averageDelayDays
      averageDestinationWaitDays
      averageCustomsDwellHours
      logisticsCostSharePercent
      withinCostTarget
      freightUsd
      dutiesAndFeesCny
      interestPaidUsd
      co2TotalKg
      expectationsMet
      expectationsTotal
    }
    breakdown {
      lanes {
        lane
        orders
      }
      delaysByCause {
        cause
        orders
        totalDays
        averageDays
      }
      destinationWaitsByCause {
        cause
        orders
        totalDays
        averageDays
      }
      co2ByMode {
        mode
        kg
      }
      maxCustomsDwellHours
      completed
    }
    incidents {
      type
      events
      orders
    }
    refusals {
      rule
      events
      orders
    }
    expectations {
      id
      text
      met
      evidence
    }
    orderReports {
      handle
      number
      route
      delayDays
      leadTimeDays
      lane
      finalState
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioRunReportQuery, ScenarioRunReportQueryVariables>;
export const ScenarioOrderTimelineDocument = new TypedDocumentString(`
    query ScenarioOrderTimeline($number: String!, $handle: String!) {
  scenarioRun(number: $number) {
    number
    orderReport(handle: $handle) {
      handle
      number
      seller
      buyer
      route
      modes
      readyAt
      plannedEta
      arrivedAt
      deliveredAt
      plannedLeadTimeDays
      leadTimeDays
      delayDays
      destinationWaitDays
      delays {
        cause
        days
      }
      destinationWaits {
        cause
        days
      }
      lane
      customsDwellHours
      freightUsd
      finalState
      legs {
        seq
        from
        to
        mode
        plannedEtd
        plannedEta
        departedAt
        arrivedAt
      }
      timeline {
        seq
        at
        name
        actor
        refused
        rule
        detail
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioOrderTimelineQuery, ScenarioOrderTimelineQueryVariables>;
export const ScenarioRunDownloadDocument = new TypedDocumentString(`
    query ScenarioRunDownload($number: String!, $markdown: Boolean!, $json: Boolean!) {
  scenarioRun(number: $number) {
    number
    markdown @include(if: $markdown)
    reportJson @include(if: $json)
  }
}
    `) as unknown as TypedDocumentString<ScenarioRunDownloadQuery, ScenarioRunDownloadQueryVariables>;