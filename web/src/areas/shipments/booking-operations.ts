/** The shipments area's operations for a new order and its booking: form choices, createOrder, route options, bookRoute. */
import { graphql } from '../../gql';

/** What the create-order form picks from: importers, places, Incoterms, currencies, export trade modes. */
export const OrderFormChoicesQuery = graphql(`
  query OrderFormChoices {
    parties(first: 100, filter: { role: IMPORTER }) {
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
`);

export const CreateOrderMutation = graphql(`
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
`);

export const OrderRouteOptionsQuery = graphql(`
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
    forwarders: parties(first: 100, filter: { role: FORWARDER }) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
    carriers: parties(first: 100, filter: { role: CARRIER }) {
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
`);

export const BookRouteMutation = graphql(`
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
`);
