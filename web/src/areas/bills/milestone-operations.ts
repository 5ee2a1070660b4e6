/** The carrier's (and forwarder's) milestone form: the shipment with its legs and milestones, and recordMilestone. */
import { graphql } from '../../gql';

export const MilestoneShipmentQuery = graphql(`
  query MilestoneShipment($reference: String!) {
    shipment(reference: $reference) {
      id
      number
      version
      routeName
      forwarder {
        id
        code
        name
      }
      order {
        number
        state
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
        carrier {
          id
          code
          name
        }
      }
      milestones {
        seq
        legSeq
        type
        at
        location {
          code
          name
        }
        recordedBy {
          partyId
          role
        }
        note
      }
    }
  }
`);

export const RecordMilestoneMutation = graphql(`
  mutation RecordMilestone($input: RecordMilestoneInput!) {
    recordMilestone(input: $input) {
      shipment {
        id
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
