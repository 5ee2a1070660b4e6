/**
 * The 一单制 multimodal bill of lading, from draft to surrender:
 *   DRAFT → APPROVED → ISSUED → PENDING_SURRENDER_FOR_DELIVERY → SURRENDERED_FOR_DELIVERY
 *                              → PENDING_SURRENDER_FOR_AMENDMENT → SURRENDERED_FOR_AMENDMENT → VOIDED
 * (a rejected surrender returns to ISSUED; a draft or approved bill can be voided). While ISSUED,
 * control moves between parties (transfer, endorsement, blank endorsement, pledge) without
 * changing the status: the control layer is context, and its rules are billControlRefusal in
 * bill.control.ts, which every guard here calls.
 * Pure: no clock, no I/O. Only assign actions: any other named action would become an outbox effect.
 */
import { assertEvent, assign, setup } from 'xstate';
import {
  BILL_STATES,
  type BillContext,
  type BillEvent,
  type BillEventType,
  type BillInput,
  type BillStateName,
  billControlRefusal,
  initialBillContext,
} from './bill.control';

export { BILL_ACTING_ROLES, BILL_EVENT_TYPES, BILL_HOLDER_ROLES, BILL_STATES, billRecipient, initialBillContext } from './bill.control';
export type { BillContext, BillEvent, BillEventType, BillInput, BillStateName, BillType } from './bill.control';

/** Bump when a change makes stored bill snapshots unreadable. */
export const BILL_MACHINE_VERSION = 1;

/**
 * The nine endorsement-chain action codes of DCSA eBL 3.0.3
 * (EBL_END_v3.0.3.yaml:477-490, the same list in EBL_SUR_v3.0.3.yaml:405-418).
 */
export const DCSA_ENDORSEMENT_CHAIN_CODES = [
  'ISSUE',
  'ENDORSE',
  'SIGN',
  'SURRENDER_FOR_DELIVERY',
  'SURRENDER_FOR_AMENDMENT',
  'BLANK_ENDORSE',
  'ENDORSE_TO_ORDER',
  'TRANSFER',
  'SURRENDERED',
] as const;

export type BillActionCode =
  | (typeof DCSA_ENDORSEMENT_CHAIN_CODES)[number]
  | 'SREJ'
  | 'ENDORSEMENT_REJECTED'
  | 'PLEDGE'
  | 'RELEASE_PLEDGE'
  | 'ENFORCE_PLEDGE';

/**
 * The endorsement-chain action code each event records; null for events before issue, since the
 * chain starts at ISSUE (EBL_END_v3.0.3.yaml:102, "the first entry in the chain").
 * Codes outside DCSA_ENDORSEMENT_CHAIN_CODES are this project's: a DCSA export must map or drop them.
 */
export const BILL_ACTION_CODES: Readonly<Record<BillEventType, BillActionCode | null>> = {
  APPROVE: null,
  ISSUE: 'ISSUE', // EBL_END:482
  VOID: null,
  TRANSFER: 'TRANSFER', // EBL_END:489, 459: "transferring the possession of the eBL to the recipient"
  ENDORSE: 'ENDORSE', // EBL_END:483, 453
  ENDORSE_TO_ORDER: 'ENDORSE_TO_ORDER', // EBL_END:488, 458
  // DCSA has no "accept" code: ENDORSE already names the endorsee as recipient (EBL_END:453, 483).
  // SIGN is "visibly marking the actor's possession of the eBL", has no recipient and is made by
  // the current possessor (EBL_END:454, 484; EBL_SUR:289) - exactly the nominee taking control.
  // TRANSFER would be wrong: its actor is the party giving possession away (EBL_END:459, 489).
  ACCEPT_ENDORSEMENT: 'SIGN',
  // Nothing in DCSA: the refused ENDORSE entry stays in the chain, so the refusal must be recorded too.
  REJECT_ENDORSEMENT: 'ENDORSEMENT_REJECTED',
  BLANK_ENDORSE: 'BLANK_ENDORSE', // EBL_END:487, 457
  PLEDGE: 'PLEDGE',
  RELEASE_PLEDGE: 'RELEASE_PLEDGE',
  ENFORCE_PLEDGE: 'ENFORCE_PLEDGE',
  SURRENDER_FOR_DELIVERY: 'SURRENDER_FOR_DELIVERY', // EBL_END:485
  SURRENDER_FOR_AMENDMENT: 'SURRENDER_FOR_AMENDMENT', // EBL_END:486, 455
  ACCEPT_SURRENDER: 'SURRENDERED', // EBL_END:490, 460; the carrier's answer code is SURR (EBL_SUR:768)
  // The chain has no rejection code; DCSA's code for a rejected surrender is the carrier's answer
  // SREJ ("Surrender rejected", EBL_SUR_v3.0.3.yaml:764-777, the bill returns to the requester).
  REJECT_SURRENDER: 'SREJ',
};

/** The guard of a transition out of `state` (which handles the event): the control rules must find nothing against it. */
const allowedIn = (state: BillStateName) => ({ type: 'allowed' as const, params: { state } });

export const billMachine = setup({
  types: { context: {} as BillContext, events: {} as BillEvent, input: {} as BillInput },
  actions: {
    // Title to a to-order bill starts with the shipper; a straight bill's belongs to its consignee.
    // A bill reissued after an amendment goes back to whoever surrendered the old one.
    issueToShipper: assign(({ context }) => ({
      holderId: context.reissueToId ?? context.shipperId,
      beneficiaryId: context.billType === 'toOrder' ? (context.reissueToId ?? context.shipperId) : context.consigneeId,
    })),
    recordVoid: assign(({ event }) => {
      assertEvent(event, 'VOID');
      return { voidReason: event.reason };
    }),
    // Possession only: title stays with the beneficiary, or with the bearer of a blank bill.
    transferPossession: assign(({ event }) => {
      assertEvent(event, 'TRANSFER');
      return { holderId: event.to };
    }),
    nominate: assign(({ event }) => {
      assertEvent(event, ['ENDORSE', 'ENDORSE_TO_ORDER']);
      return { nomineeId: event.to };
    }),
    acceptEndorsement: assign(({ context }) => ({ beneficiaryId: context.nomineeId, holderId: context.nomineeId, nomineeId: null })),
    rejectEndorsement: assign({ nomineeId: null }),
    endorseInBlank: assign({ blankEndorsed: true, beneficiaryId: null }),
    pledge: assign(({ event }) => {
      assertEvent(event, 'PLEDGE');
      return { pledgeeId: event.bank, pledgorId: event.by, holderId: event.bank };
    }),
    releasePledge: assign(({ context }) => ({ holderId: context.pledgorId, pledgeeId: null, pledgorId: null })),
    // After a default the bank takes title; a blank bill becomes an order bill to the bank.
    enforcePledge: assign(({ context }) => ({
      beneficiaryId: context.pledgeeId,
      holderId: context.pledgeeId,
      blankEndorsed: false,
      pledgeeId: null,
      pledgorId: null,
    })),
    requestSurrender: assign(({ event }) => ({ surrenderRequestedBy: event.by })),
    // "The carrier will immediately become the possessor of the bill" (EBL_SUR_v3.0.3.yaml:771).
    acceptSurrender: assign(({ context }) => ({ holderId: context.issuerId })),
    // "The eBL is returned to the party that submitted the surrender request" (EBL_SUR:773): the
    // holder never changed, so only the request is forgotten.
    rejectSurrender: assign({ surrenderRequestedBy: null }),
  },
  guards: {
    allowed: ({ context, event }, params: { state: BillStateName }) => billControlRefusal(params.state, context, event, true) === null,
  },
}).createMachine({
  id: 'bill',
  initial: 'DRAFT',
  context: ({ input }) => initialBillContext(input),
  states: {
    DRAFT: {
      on: {
        APPROVE: { guard: allowedIn('DRAFT'), target: 'APPROVED' },
        VOID: { guard: allowedIn('DRAFT'), target: 'VOIDED', actions: 'recordVoid' },
      },
    },
    APPROVED: {
      on: {
        ISSUE: { guard: allowedIn('APPROVED'), target: 'ISSUED', actions: 'issueToShipper' },
        VOID: { guard: allowedIn('APPROVED'), target: 'VOIDED', actions: 'recordVoid' },
      },
    },
    ISSUED: {
      on: {
        TRANSFER: { guard: allowedIn('ISSUED'), actions: 'transferPossession' },
        ENDORSE: { guard: allowedIn('ISSUED'), actions: 'nominate' },
        ENDORSE_TO_ORDER: { guard: allowedIn('ISSUED'), actions: 'nominate' },
        ACCEPT_ENDORSEMENT: { guard: allowedIn('ISSUED'), actions: 'acceptEndorsement' },
        REJECT_ENDORSEMENT: { guard: allowedIn('ISSUED'), actions: 'rejectEndorsement' },
        BLANK_ENDORSE: { guard: allowedIn('ISSUED'), actions: 'endorseInBlank' },
        PLEDGE: { guard: allowedIn('ISSUED'), actions: 'pledge' },
        RELEASE_PLEDGE: { guard: allowedIn('ISSUED'), actions: 'releasePledge' },
        ENFORCE_PLEDGE: { guard: allowedIn('ISSUED'), actions: 'enforcePledge' },
        SURRENDER_FOR_DELIVERY: { guard: allowedIn('ISSUED'), target: 'PENDING_SURRENDER_FOR_DELIVERY', actions: 'requestSurrender' },
        SURRENDER_FOR_AMENDMENT: { guard: allowedIn('ISSUED'), target: 'PENDING_SURRENDER_FOR_AMENDMENT', actions: 'requestSurrender' },
      },
    },
    PENDING_SURRENDER_FOR_DELIVERY: {
      on: {
        ACCEPT_SURRENDER: { guard: allowedIn('PENDING_SURRENDER_FOR_DELIVERY'), target: 'SURRENDERED_FOR_DELIVERY', actions: 'acceptSurrender' },
        REJECT_SURRENDER: { guard: allowedIn('PENDING_SURRENDER_FOR_DELIVERY'), target: 'ISSUED', actions: 'rejectSurrender' },
      },
    },
    PENDING_SURRENDER_FOR_AMENDMENT: {
      on: {
        ACCEPT_SURRENDER: { guard: allowedIn('PENDING_SURRENDER_FOR_AMENDMENT'), target: 'SURRENDERED_FOR_AMENDMENT', actions: 'acceptSurrender' },
        REJECT_SURRENDER: { guard: allowedIn('PENDING_SURRENDER_FOR_AMENDMENT'), target: 'ISSUED', actions: 'rejectSurrender' },
      },
    },
    // The amendment path ends here: the service voids this bill and reissues under a new sub-reference.
    SURRENDERED_FOR_AMENDMENT: {
      on: {
        VOID: { guard: allowedIn('SURRENDERED_FOR_AMENDMENT'), target: 'VOIDED', actions: 'recordVoid' },
      },
    },
    SURRENDERED_FOR_DELIVERY: { type: 'final' },
    VOIDED: { type: 'final' },
  },
});

/** The events each status handles at all, read from the machine's `on` tables; the control rules decide who may send them. */
export const BILL_STATE_EVENTS: Readonly<Record<BillStateName, readonly BillEventType[]>> = Object.freeze(
  Object.fromEntries(BILL_STATES.map((state) => [state, Object.freeze(Object.keys(billMachine.states[state]?.config.on ?? {}) as BillEventType[])])) as Record<
    BillStateName,
    readonly BillEventType[]
  >,
);

/**
 * Why `event` may not be applied to a bill in `state` with `context`, or null when it may: the
 * status first (does it handle the event at all), then the control rules.
 */
export function billRefusal(state: BillStateName, context: BillContext, event: BillEvent): string | null {
  return billControlRefusal(state, context, event, BILL_STATE_EVENTS[state]?.includes(event.type) ?? false);
}
