/**
 * A trade financing application (贸易融资), from application to closure:
 *   applied → underReview (四单对碰, MATCH_DOCUMENTS any number of times) → approved | rejected
 *     → pledgeRegistered (bill pledge loans only) → disbursed (REPAY partial stays)
 *     → repaid → collateralReleased (bill pledge loans only) → closed
 *   disbursed → overdue → defaulted → enforced (the bank takes title to the pledged bill)
 *     | claimPaid (the insurer pays the claim to the bank) | closed (written off)
 * with withdrawal by the exporter before disbursement. Every guard calls financingRefusal and
 * financingTarget in financing.control.ts. Pure: no clock, no I/O. Only assign actions: any other
 * named action would become an outbox effect.
 */
import { assertEvent, assign, setup } from 'xstate';
import { minorUnits } from './pure/currencies';
import { Decimal } from './pure/money';
import {
  type FinancingContext,
  type FinancingEvent,
  type FinancingInput,
  type FinancingStateName,
  financingRefusal,
  financingTarget,
  initialFinancingContext,
} from './financing.control';

export {
  CHINESE_FINANCING_STATES,
  FINAL_FINANCING_STATES,
  FINANCING_EVENTS,
  FINANCING_EVENT_TYPES,
  FINANCING_KINDS,
  FINANCING_ROLES,
  FINANCING_STATES,
  FINANCING_STATE_EVENTS,
  MATCHING_RESULTS,
  MAX_TENOR_DAYS,
  MIN_TENOR_DAYS,
  financingInputRefusal,
  financingRefusal,
  financingTarget,
  initialFinancingContext,
} from './financing.control';
export type {
  FinancingContext,
  FinancingEvent,
  FinancingEventType,
  FinancingInput,
  FinancingKind,
  FinancingRole,
  FinancingStateName,
  InsuranceCover,
  MatchingResult,
  Repayment,
} from './financing.control';

/** Bump when a change makes stored financing snapshots unreadable. */
export const FINANCING_MACHINE_VERSION = 1;

type S = FinancingStateName;

/** The guard of a transition from `from` to `to`: allowed, and the event really leads there. */
const to = (from: S, target: S) => ({ guard: { type: 'leadsTo' as const, params: { from, to: target } }, target });

/** A transition that stays in `from` and only records something. */
const stay = (from: S) => ({ guard: { type: 'leadsTo' as const, params: { from, to: from } } });

const withdrawal = (from: S) => ({ WITHDRAW: { ...to(from, 'withdrawn'), actions: 'recordWithdrawal' as const } });

/** A partial repayment stays where the loan is (disbursed or overdue); one in full settles it. */
const repayment = (from: S) => ({
  REPAY: [
    { ...stay(from), actions: 'recordRepayment' as const },
    { ...to(from, 'repaid'), actions: 'recordRepayment' as const },
  ],
});

/** Amounts are stored with exactly the loan currency's minor units, as the service displays them. */
const inCurrency = (amount: string, currency: string): string => new Decimal(amount).toFixed(minorUnits(currency) as number);

export const financingMachine = setup({
  types: { context: {} as FinancingContext, events: {} as FinancingEvent, input: {} as FinancingInput },
  actions: {
    recordMatching: assign(({ event }) => {
      assertEvent(event, 'MATCH_DOCUMENTS');
      return { matching: event.result, mismatchCount: event.mismatches };
    }),
    recordTerms: assign(({ event }) => {
      assertEvent(event, 'APPROVE');
      return {
        limit: inCurrency(event.limit, event.currency),
        annualRatePercent: event.annualRatePercent,
        tenorDays: event.tenorDays,
        currency: event.currency,
      };
    }),
    recordRejection: assign(({ event }) => {
      assertEvent(event, 'REJECT');
      return { rejectionReason: event.reason };
    }),
    recordWithdrawal: assign(({ event }) => {
      assertEvent(event, 'WITHDRAW');
      return { withdrawalReason: event.reason };
    }),
    recordDisbursement: assign(({ context, event }) => {
      assertEvent(event, 'DISBURSE');
      const principal = inCurrency(event.amount, context.currency as string);
      return { principal, outstandingPrincipal: principal, disbursedAt: event.at, maturityDate: event.maturityDate };
    }),
    recordRepayment: assign(({ context, event }) => {
      assertEvent(event, 'REPAY');
      const currency = context.currency as string;
      const principal = inCurrency(event.principal, currency);
      return {
        repayments: [...context.repayments, { at: event.at, principal, interest: inCurrency(event.interest, currency) }],
        outstandingPrincipal: inCurrency(new Decimal(context.outstandingPrincipal as string).minus(principal).toString(), currency),
      };
    }),
    recordOverdue: assign(({ event }) => {
      assertEvent(event, 'FLAG_OVERDUE');
      return { overdueSince: event.at };
    }),
    recordDefault: assign(({ event }) => {
      assertEvent(event, 'DECLARE_DEFAULT');
      return { defaultReason: event.reason };
    }),
    recordClaimPayment: assign(({ context, event }) => {
      assertEvent(event, 'CLAIM_PAID');
      return { claimPaidAmount: inCurrency(event.amount, context.currency as string) };
    }),
    recordWriteOff: assign(({ event }) => {
      assertEvent(event, 'WRITE_OFF');
      return { writeOffReason: event.reason };
    }),
  },
  guards: {
    leadsTo: ({ context, event }, params: { from: S; to: S }) =>
      financingRefusal(params.from, context, event) === null && financingTarget(params.from, event) === params.to,
  },
}).createMachine({
  id: 'financing',
  initial: 'applied',
  context: ({ input }) => initialFinancingContext(input),
  states: {
    applied: {
      on: { START_REVIEW: to('applied', 'underReview'), ...withdrawal('applied') },
    },
    underReview: {
      on: {
        MATCH_DOCUMENTS: { ...stay('underReview'), actions: 'recordMatching' },
        APPROVE: { ...to('underReview', 'approved'), actions: 'recordTerms' },
        REJECT: { ...to('underReview', 'rejected'), actions: 'recordRejection' },
        ...withdrawal('underReview'),
      },
    },
    approved: {
      on: {
        REGISTER_PLEDGE: to('approved', 'pledgeRegistered'),
        DISBURSE: { ...to('approved', 'disbursed'), actions: 'recordDisbursement' },
        ...withdrawal('approved'),
      },
    },
    pledgeRegistered: {
      on: {
        DISBURSE: { ...to('pledgeRegistered', 'disbursed'), actions: 'recordDisbursement' },
        ...withdrawal('pledgeRegistered'),
      },
    },
    disbursed: {
      on: {
        ...repayment('disbursed'),
        FLAG_OVERDUE: { ...to('disbursed', 'overdue'), actions: 'recordOverdue' },
      },
    },
    overdue: {
      on: {
        ...repayment('overdue'),
        DECLARE_DEFAULT: { ...to('overdue', 'defaulted'), actions: 'recordDefault' },
      },
    },
    defaulted: {
      on: {
        ENFORCE: to('defaulted', 'enforced'),
        CLAIM_PAID: { ...to('defaulted', 'claimPaid'), actions: 'recordClaimPayment' },
        WRITE_OFF: { ...to('defaulted', 'closed'), actions: 'recordWriteOff' },
      },
    },
    repaid: {
      on: { RELEASE_COLLATERAL: to('repaid', 'collateralReleased'), CLOSE: to('repaid', 'closed') },
    },
    claimPaid: {
      on: { RELEASE_COLLATERAL: to('claimPaid', 'collateralReleased'), CLOSE: to('claimPaid', 'closed') },
    },
    collateralReleased: { on: { CLOSE: to('collateralReleased', 'closed') } },
    enforced: { on: { CLOSE: to('enforced', 'closed') } },
    rejected: { type: 'final' },
    withdrawn: { type: 'final' },
    closed: { type: 'final' },
  },
});
