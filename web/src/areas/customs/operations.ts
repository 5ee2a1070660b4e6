/**
 * The customs area's operations: the declaration queue, one declaration with its lines, risk
 * reasons and receipts, the order a new declaration is prefilled from, and the declarant's and
 * customs' mutations. Mutations answer with the state and the userErrors; the page then reads the
 * declaration again.
 */
import { graphql } from '../../gql';

export const DeclarationsQuery = graphql(`
  query Declarations($first: Int, $after: String, $filter: DeclarationFilter) {
    declarations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          number
          kind
          mode
          state
          chineseStatus
          lane
          orderNumber
          declarant {
            code
            name
          }
          totalValue {
            amount
            currency
          }
          createdAt
        }
      }
    }
  }
`);

export const DeclarationQuery = graphql(`
  query Declaration($number: String!) {
    declaration(number: $number) {
      id
      number
      kind
      mode
      state
      chineseStatus
      version
      orderNumber
      shipmentNumber
      billNumber
      declarant {
        id
        code
        name
      }
      declarantRole
      owner {
        code
        name
      }
      customsOffice {
        code
        nameZh
        nameEn
      }
      port {
        code
        name
      }
      transportMode
      conveyanceReference
      tradeMode
      containers
      lines {
        lineNo
        orderLineNo
        hsCode
        description
        quantity
        unit
        value {
          amount
          currency
        }
        originCountry
        destinationCountry
      }
      totalValue {
        amount
        currency
      }
      grossWeightKg
      packages
      invoiceNumber
      expectedDate
      inspectThenStuff
      lane
      selection {
        lane
        reasons
        hits {
          ruleId
          weight
          ruleLane
          lane
        }
        randomLane
        note
        targeting {
          reason
        }
      }
      charges {
        total {
          amount
          currency
        }
      }
      chargesSettlement
      manifestOnFile
      arrived
      elockId
      alarm
      rejectionReason
      inspectionFinding
      refusalReason
      deletionReason
      conformityFinding
      warnings {
        field
        rule
        message
      }
      allowedEvents
      history {
        seq
        at
        event
        from
        to
        actor {
          role
        }
      }
      createdAt
    }
  }
`);

export const OrderToDeclareQuery = graphql(`
  query OrderToDeclare($number: String!) {
    order(number: $number) {
      id
      number
      currency
      tradeMode
      grossWeightKg
      total {
        amount
      }
      origin {
        code
        country
      }
      destination {
        code
        country
      }
      lines {
        lineNo
        hsCode
        description
        quantity
        unit
        amount
      }
      shipment {
        number
        containers {
          number
        }
        legs {
          seq
          mode
          from {
            code
          }
          to {
            code
          }
        }
      }
    }
  }
`);

/** What every declaration action answers with: the declaration's number, state and lane, or why it was refused. */
export const DeclarationActionResultFragment = graphql(`
  fragment DeclarationActionResult on DeclarationPayload {
    declaration {
      number
      state
      lane
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
`);

export const FileDeclarationMutation = graphql(`
  mutation FileDeclaration($input: FileDeclarationInput!) {
    fileDeclaration(input: $input) {
      ...DeclarationActionResult
    }
  }
`);

export const SubmitDeclarationMutation = graphql(`
  mutation SubmitDeclaration($number: String!, $expectedVersion: Int) {
    submitDeclaration(number: $number, expectedVersion: $expectedVersion) {
      ...DeclarationActionResult
    }
  }
`);

export const PayDeclarationChargesMutation = graphql(`
  mutation PayDeclarationCharges($number: String!, $expectedVersion: Int) {
    payDeclarationCharges(number: $number, expectedVersion: $expectedVersion) {
      ...DeclarationActionResult
    }
  }
`);

export const GuaranteeDeclarationChargesMutation = graphql(`
  mutation GuaranteeDeclarationCharges($number: String!, $expectedVersion: Int) {
    guaranteeDeclarationCharges(number: $number, expectedVersion: $expectedVersion) {
      ...DeclarationActionResult
    }
  }
`);

export const DeleteDeclarationMutation = graphql(`
  mutation DeleteDeclaration($number: String!, $reason: String!, $expectedVersion: Int) {
    deleteDeclaration(number: $number, reason: $reason, expectedVersion: $expectedVersion) {
      ...DeclarationActionResult
    }
  }
`);

export const AssessDeclarationRiskMutation = graphql(`
  mutation AssessDeclarationRisk($number: String!, $expectedVersion: Int, $targeting: CustomsTargetingInput) {
    assessDeclarationRisk(number: $number, expectedVersion: $expectedVersion, targeting: $targeting) {
      ...DeclarationActionResult
    }
  }
`);

export const RecordCustomsDecisionMutation = graphql(`
  mutation RecordCustomsDecision($input: CustomsDecisionInput!) {
    recordCustomsDecision(input: $input) {
      ...DeclarationActionResult
    }
  }
`);

export const CorrectDeclarationMutation = graphql(`
  mutation CorrectDeclaration($number: String!, $content: DeclarationContentInput!, $expectedVersion: Int) {
    correctDeclaration(number: $number, content: $content, expectedVersion: $expectedVersion) {
      ...DeclarationActionResult
    }
  }
`);

export const CompleteDeclarationMutation = graphql(`
  mutation CompleteDeclaration($number: String!, $content: DeclarationContentInput!, $expectedVersion: Int) {
    completeDeclaration(number: $number, content: $content, expectedVersion: $expectedVersion) {
      ...DeclarationActionResult
    }
  }
`);

/** Each receipt (and the declaration's current state first) makes the page ask for it again. */
export const DeclarationReceiptsSubscription = graphql(`
  subscription DeclarationReceipts($number: String!) {
    declarationReceipts(filter: { declaration: $number }) {
      cursor
    }
  }
`);

/** How many declarations of the queue's kind and state are in each lane, and without one yet. */
export const DeclarationLaneCountsQuery = graphql(`
  query DeclarationLaneCounts($green: DeclarationFilter!, $yellow: DeclarationFilter!, $red: DeclarationFilter!, $none: DeclarationFilter!) {
    green: declarations(first: 0, filter: $green) {
      totalCount
    }
    yellow: declarations(first: 0, filter: $yellow) {
      totalCount
    }
    red: declarations(first: 0, filter: $red) {
      totalCount
    }
    none: declarations(first: 0, filter: $none) {
      totalCount
    }
  }
`);
