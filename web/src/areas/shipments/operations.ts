/** The shipments area's operations for orders (list, one order, its actions) and tracking; booking-operations.ts has the rest. Codegen types them into src/gql/. */
import { graphql } from '../../gql';

export const OrdersQuery = graphql(`
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
`);

export const TrackQuery = graphql(`
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
`);

export const OrderQuery = graphql(`
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
`);

/** Order actions: each answers with the order's new state, or the userErrors that refused it. */
export const ConfirmOrderMutation = graphql(`
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
`);

export const CancelOrderMutation = graphql(`
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
`);

export const HoldOrderMutation = graphql(`
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
`);

export const ResumeOrderMutation = graphql(`
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
`);

export const CompleteOrderMutation = graphql(`
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
`);

/** Parties the orders list can filter by (any role: the list shows only orders the caller is party to anyway). */
export const FilterPartiesQuery = graphql(`
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
`);

/** The documents of one order, for its page's links: its declarations and its bill (or bills, after an amendment). */
export const OrderDocumentsQuery = graphql(`
  query OrderDocuments($order: String!) {
    declarations(first: 20, filter: { order: $order }) {
      edges {
        node {
          number
          kind
          state
        }
      }
    }
    bills(first: 20, filter: { order: $order }) {
      edges {
        node {
          number
          status
        }
      }
    }
  }
`);

/** Each event only says that the shipment changed: the page then asks for `track` again. */
export const ShipmentTrackedSubscription = graphql(`
  subscription ShipmentTracked($reference: String!) {
    shipmentTracked(reference: $reference) {
      cursor
      kind
    }
  }
`);
