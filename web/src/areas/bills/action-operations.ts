/**
 * The bill's lifecycle actions, one document each (codegen types each one). Every action sends the
 * version the page read as expectedVersion, so a change made meanwhile answers CONFLICT.
 */
import { graphql } from '../../gql';

/** What every action answers with: the bill's new status and version, or why it was refused. */
export const BillActionResultFragment = graphql(`
  fragment BillActionResult on BillPayload {
    bill {
      id
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
`);

export const ApproveBillMutation = graphql(`
  mutation ApproveBill($number: String!, $expectedVersion: Int) {
    approveBill(number: $number, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const IssueBillMutation = graphql(`
  mutation IssueBill($number: String!, $expectedVersion: Int) {
    issueBill(number: $number, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const TransferBillMutation = graphql(`
  mutation TransferBill($number: String!, $to: ID!, $expectedVersion: Int) {
    transferBill(number: $number, to: $to, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const EndorseBillMutation = graphql(`
  mutation EndorseBill($number: String!, $to: ID!, $toOrder: Boolean, $expectedVersion: Int) {
    endorseBill(number: $number, to: $to, toOrder: $toOrder, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const AcceptEndorsementMutation = graphql(`
  mutation AcceptEndorsement($number: String!, $expectedVersion: Int) {
    acceptEndorsement(number: $number, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const RejectEndorsementMutation = graphql(`
  mutation RejectEndorsement($number: String!, $expectedVersion: Int) {
    rejectEndorsement(number: $number, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const BlankEndorseBillMutation = graphql(`
  mutation BlankEndorseBill($number: String!, $expectedVersion: Int) {
    blankEndorseBill(number: $number, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const PledgeBillMutation = graphql(`
  mutation PledgeBill($number: String!, $bank: ID!, $expectedVersion: Int) {
    pledgeBill(number: $number, bank: $bank, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const ReleasePledgeMutation = graphql(`
  mutation ReleasePledge($number: String!, $expectedVersion: Int) {
    releasePledge(number: $number, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const EnforcePledgeMutation = graphql(`
  mutation EnforcePledge($number: String!, $expectedVersion: Int) {
    enforcePledge(number: $number, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const SurrenderBillMutation = graphql(`
  mutation SurrenderBill($number: String!, $purpose: SurrenderPurpose!, $expectedVersion: Int) {
    surrenderBill(number: $number, purpose: $purpose, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const AcceptSurrenderMutation = graphql(`
  mutation AcceptSurrender($number: String!, $expectedVersion: Int) {
    acceptSurrender(number: $number, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const RejectSurrenderMutation = graphql(`
  mutation RejectSurrender($number: String!, $reason: String!, $expectedVersion: Int) {
    rejectSurrender(number: $number, reason: $reason, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);

export const VoidBillMutation = graphql(`
  mutation VoidBill($number: String!, $reason: String!, $expectedVersion: Int) {
    voidBill(number: $number, reason: $reason, expectedVersion: $expectedVersion) {
      ...BillActionResult
    }
  }
`);
