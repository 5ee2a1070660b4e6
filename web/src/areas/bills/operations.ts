/** The bills area's operations (bill list, console, print, chain, verify, DCSA export, milestones); codegen types them into src/gql/. */
import { graphql } from '../../gql';

export const BillsQuery = graphql(`
  query Bills($first: Int, $after: String, $filter: BillFilter) {
    bills(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          status
          billType
          issueDate
          createdAt
          holder {
            id
            code
            name
          }
          shipper {
            code
            name
          }
          shipment {
            number
          }
          placeOfReceipt {
            code
          }
          placeOfDelivery {
            code
          }
        }
      }
    }
  }
`);

export const BillQuery = graphql(`
  query Bill($number: String!) {
    bill(number: $number) {
      id
      number
      status
      version
      billType
      amends
      createdAt
      issueDate
      documentChecksum
      blankEndorsed
      voidReason
      allowedEvents
      dcsaExportBlockers
      order {
        number
        incoterm
        incotermPlace {
          code
          name
        }
      }
      shipment {
        number
        routeName
      }
      issuer {
        id
        code
        name
        country
      }
      shipper {
        id
        code
        name
        country
      }
      consignee {
        id
        code
        name
        country
      }
      beneficiary {
        id
        code
        name
      }
      holder {
        id
        code
        name
      }
      nominee {
        id
        code
        name
      }
      pledgee {
        id
        code
        name
      }
      pledgor {
        id
        code
        name
      }
      surrenderRequestedBy {
        id
        code
        name
      }
      placeOfReceipt {
        code
        name
        country
      }
      placeOfDelivery {
        code
        name
        country
      }
      legs {
        seq
        stage
        mode
        from {
          code
          name
        }
        to {
          code
          name
        }
        plannedDeparture
        plannedArrival
        carrier {
          code
          name
        }
        conveyance {
          name
          reference
        }
      }
      containers {
        number
        isoSizeType
        shipperOwned
        seals {
          number
          source
        }
      }
      goods {
        lineNo
        hsCode
        description
        quantity
        unit
        grossWeightKg
        packages {
          count
          code
          description
        }
        stowage {
          equipment
          packages
          grossWeightKg
        }
      }
      freight {
        amount
        currency
      }
      chain {
        seq
        actionCode
        actor {
          partyId
          role
        }
        recipient {
          id
          code
          name
        }
        at
        payload
        previousHash
        hash
      }
    }
  }
`);

export const VerifyBillQuery = graphql(`
  query VerifyBill($number: String!) {
    verifyBill(number: $number) {
      ok
      entries
      brokenAt
      reason
      message
    }
  }
`);

export const BillDcsaQuery = graphql(`
  query BillDcsa($number: String!) {
    bill(number: $number) {
      number
      dcsaTransportDocument
      dcsaExportBlockers
    }
  }
`);

/** Parties to name in a control action (transferee, endorsee, bank): the registry is public within the single window. */
export const PartiesQuery = graphql(`
  query BillParties($role: Role) {
    parties(first: 100, filter: { role: $role }) {
      edges {
        node {
          id
          code
          name
          roles
        }
      }
    }
  }
`);

export const DraftableShipmentsQuery = graphql(`
  query DraftableShipments($first: Int, $after: String) {
    shipments(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          routeName
          forwarder {
            id
          }
          order {
            number
            state
          }
          containers {
            number
            type
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
            carrier {
              id
              code
              name
            }
          }
        }
      }
    }
  }
`);

export const DraftBillMutation = graphql(`
  mutation DraftBill($input: DraftBillInput!) {
    draftBill(input: $input) {
      bill {
        id
        number
        status
        version
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

/** Each action on the bill (and its current state first) makes the console ask for it again. */
export const BillEventsSubscription = graphql(`
  subscription BillEvents($bill: String!) {
    billEvents(bill: $bill) {
      cursor
    }
  }
`);
