/**
 * The finance area's operations: the financings list, one financing with its four-document
 * matching, terms, position and schedule, the banks to apply to, the invoice and the application,
 * and one mutation per lifecycle action. Mutations answer with the state and the userErrors; the
 * page then reads the financing again.
 */
import { graphql } from '../../gql';

export const FinancingsQuery = graphql(`
  query Financings($first: Int, $after: String, $filter: FinancingFilter) {
    financings(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id number kind state chineseState orderNumber billNumber currency createdAt
          exporter { code name }
          bank { code name }
          terms { limit { loan { amount currency } } }
        }
      }
    }
  }
`);

export const FinancingQuery = graphql(`
  query Financing($reference: String!) {
    financing(reference: $reference) {
      id number kind state chineseState version orderNumber billNumber invoiceNumber policyNumber currency goodsCurrency
      exporter { id code name }
      bank { id code name }
      insurer { id code name }
      order {
        number
        seller { name } buyer { name }
        total { amount currency }
        origin { code } destination { code }
        lines { lineNo hsCode quantity unit }
      }
      invoice {
        number revision invoiceDate
        seller { name } buyer { name }
        total { amount currency }
        origin { code } destination { code }
        lines { lineNo hsCode quantity unit }
      }
      bill { number status holder { code name } pledgee { code name } beneficiary { code name } }
      matching { at result documents invoiceRevision declarationNumber cargoValue { amount currency } }
      mismatches { field rule documents values message }
      terms {
        advanceRatePercent annualRatePercent tenorDays
        cargoValue { loan { amount currency } goods { amount currency } }
        limit { loan { amount currency } goods { amount currency } }
        fxRate { from to rate via }
      }
      position {
        at
        fxRate { from to rate via }
        limit { loan { amount currency } goods { amount currency } }
        principal { loan { amount currency } goods { amount currency } }
        outstandingPrincipal { loan { amount currency } goods { amount currency } }
        maturityDate
        interest {
          days
          periods { from to days principal interest }
          accrued { loan { amount currency } goods { amount currency } }
          paid { loan { amount currency } goods { amount currency } }
          due { loan { amount currency } goods { amount currency } }
        }
        settlementAmount { loan { amount currency } goods { amount currency } }
      }
      disbursedAt maturityDate overdueSince
      repayments { at principal { amount currency } interest { amount currency } }
      claim { policyNumber payout { amount currency } payoutInLoanCurrency { amount currency } payee { name } paidAt }
      rejectionReason withdrawalReason defaultReason writeOffReason
      allowedEvents
      history { seq at event from to actor { role } }
      createdAt
    }
  }
`);

export const BanksQuery = graphql(`
  query Banks {
    parties(first: 100, filter: { role: BANK }) {
      edges { node { id code name } }
    }
  }
`);

export const ApplyForFinancingMutation = graphql(`
  mutation ApplyForFinancing($input: ApplyForFinancingInput!) {
    applyForFinancing(input: $input) {
      financing { number state }
      userErrors { code field rule message }
    }
  }
`);

export const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($input: IssueInvoiceInput!) {
    issueInvoice(input: $input) {
      invoice { number revision total { amount currency } }
      userErrors { code field rule message }
    }
  }
`);

export const OrderToInvoiceQuery = graphql(`
  query OrderToInvoice($number: String!) {
    order(number: $number) {
      id number currency
      lines { lineNo hsCode description quantity unit unitPrice }
    }
  }
`);

export const StartFinancingReviewMutation = graphql(`
  mutation StartFinancingReview($number: String!) {
    startFinancingReview(number: $number) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const MatchFinancingDocumentsMutation = graphql(`
  mutation MatchFinancingDocuments($number: String!) {
    matchFinancingDocuments(number: $number) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const RegisterFinancingPledgeMutation = graphql(`
  mutation RegisterFinancingPledge($number: String!) {
    registerFinancingPledge(number: $number) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const FlagFinancingOverdueMutation = graphql(`
  mutation FlagFinancingOverdue($number: String!) {
    flagFinancingOverdue(number: $number) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const EnforceFinancingPledgeMutation = graphql(`
  mutation EnforceFinancingPledge($number: String!) {
    enforceFinancingPledge(number: $number) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const ReleaseFinancingCollateralMutation = graphql(`
  mutation ReleaseFinancingCollateral($number: String!) {
    releaseFinancingCollateral(number: $number) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const CloseFinancingMutation = graphql(`
  mutation CloseFinancing($number: String!) {
    closeFinancing(number: $number) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const PayFinancingClaimMutation = graphql(`
  mutation PayFinancingClaim($number: String!) {
    payFinancingClaim(number: $number) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const RejectFinancingMutation = graphql(`
  mutation RejectFinancing($number: String!, $reason: String!) {
    rejectFinancing(number: $number, reason: $reason) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const WithdrawFinancingMutation = graphql(`
  mutation WithdrawFinancing($number: String!, $reason: String!) {
    withdrawFinancing(number: $number, reason: $reason) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const DeclareFinancingDefaultMutation = graphql(`
  mutation DeclareFinancingDefault($number: String!, $reason: String!) {
    declareFinancingDefault(number: $number, reason: $reason) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const WriteOffFinancingMutation = graphql(`
  mutation WriteOffFinancing($number: String!, $reason: String!) {
    writeOffFinancing(number: $number, reason: $reason) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const ApproveFinancingMutation = graphql(`
  mutation ApproveFinancing($input: ApproveFinancingInput!) {
    approveFinancing(input: $input) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const DisburseFinancingMutation = graphql(`
  mutation DisburseFinancing($number: String!, $amount: Decimal) {
    disburseFinancing(number: $number, amount: $amount) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const RepayFinancingMutation = graphql(`
  mutation RepayFinancing($input: RepayFinancingInput!) {
    repayFinancing(input: $input) {
      financing { state }
      userErrors { code field rule message }
    }
  }
`);

export const CreditPolicyQuery = graphql(`
  query CreditPolicy($reference: String!) {
    creditPolicy(reference: $reference) {
      id
      number
      currency
      premiumRatePercent
      indemnityPercent
      issuedAt
      insurer {
        name
      }
      exporter {
        name
      }
      buyerLimits {
        buyer {
          code
          name
        }
        approved {
          amount
          currency
        }
        used {
          amount
          currency
        }
        available {
          amount
          currency
        }
      }
      shipments {
        orderNumber
        buyer {
          name
        }
        goodsValue {
          amount
          currency
        }
        insuredValue {
          amount
          currency
        }
        fxRate
        premium {
          amount
          currency
        }
        declaredAt
        claimed
      }
      claims {
        financingNumber
        loss {
          amount
          currency
        }
        coveredLoss {
          amount
          currency
        }
        payout {
          amount
          currency
        }
        retained {
          amount
          currency
        }
        payee {
          name
        }
        paidAt
      }
    }
  }
`);

/** Each step of the financing (and its current state first) makes the page ask for it again. */
export const FinancingEventsSubscription = graphql(`
  subscription FinancingEvents($number: String!) {
    financingEvents(filter: { financing: $number }) {
      cursor
    }
  }
`);
