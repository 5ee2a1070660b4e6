/** The shipments area's operations (orders list, tracking); codegen types them into src/gql/. */
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
`);
