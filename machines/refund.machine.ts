/**
 * The export tax refund 出口退税, from the exporter's application to the refund paid into its account:
 *   applied (申报) → approved (审核通过) → paid (已退库)
 *   applied → rejected (不予退税) | withdrawn (撤回, by the exporter)
 * The tax authority approves the refund, possibly for less than was applied for, never more.
 * Every rule lives in refundRefusal, which the machine's guards call, so the message the service
 * shows and the guard that refuses can never disagree. Pure: no clock, no I/O. Only assign
 * actions: any other named action would become an outbox effect.
 */
import { assertEvent, assign, setup } from 'xstate';
import { Decimal } from './pure/money';

export type RefundRole = 'exporter' | 'taxAuthority';

export const REFUND_STATES = ['applied', 'approved', 'rejected', 'paid', 'withdrawn'] as const;
export type RefundStateName = (typeof REFUND_STATES)[number];

export const FINAL_REFUND_STATES: readonly RefundStateName[] = ['rejected', 'paid', 'withdrawn'];

export const REFUND_CHINESE_NAMES: Readonly<Record<RefundStateName, string>> = {
  applied: '申报',
  approved: '审核通过',
  rejected: '不予退税',
  paid: '已退库',
  withdrawn: '撤回',
};

export interface RefundInput {
  /** the refund applied for, as decimal text in CNY */
  appliedAmount: string;
  currency: 'CNY';
}

export interface RefundContext {
  appliedAmount: string;
  approvedAmount: string | null;
  rejectionReason: string | null;
  /** the bank transfer reference of the refund paid (退库) */
  paymentReference: string | null;
  withdrawalReason: string | null;
}

/** CNY amounts: no sign, up to 15 integer digits and 2 decimals (fen). */
const CNY_TEXT = /^\d{1,15}(\.\d{1,2})?$/;
const isCny = (text: unknown): text is string => typeof text === 'string' && CNY_TEXT.test(text);
const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';

/** Why the service must not open a refund from `input`, or null when it may. */
export function refundInputRefusal(input: RefundInput): string | null {
  if (input.currency !== 'CNY') return `an export tax refund is paid in CNY, not '${String(input.currency)}'`;
  if (!isCny(input.appliedAmount)) return 'the applied amount must be a decimal in CNY with at most 2 decimals, such as 1234.50';
  return new Decimal(input.appliedAmount).isZero() ? 'the applied amount must be more than zero' : null;
}

export function initialRefundContext(input: RefundInput): RefundContext {
  return { appliedAmount: input.appliedAmount, approvedAmount: null, rejectionReason: null, paymentReference: null, withdrawalReason: null };
}

/** `by` is the acting party's id and `role` its role; the service has already authenticated both. */
type Acting<T extends string, P> = { type: T; by: string; role: RefundRole } & P;

export type RefundEvent =
  | Acting<'APPROVE', { amount: string }>
  | Acting<'REJECT', { reason: string }>
  | Acting<'PAY', { reference: string }>
  | Acting<'WITHDRAW', { reason: string }>;
export type RefundEventType = RefundEvent['type'];

interface EventRule {
  role: RefundRole;
  /** completes "only the tax authority ..." / "only the exporter ..." */
  does: string;
  /** completes "cannot ...: the refund ..." */
  doing: string;
}

export const REFUND_EVENTS: Readonly<Record<RefundEventType, EventRule>> = {
  APPROVE: { role: 'taxAuthority', does: 'approves a refund', doing: 'approve it' },
  REJECT: { role: 'taxAuthority', does: 'rejects a refund', doing: 'reject it' },
  PAY: { role: 'taxAuthority', does: 'pays a refund', doing: 'pay it' },
  WITHDRAW: { role: 'exporter', does: 'withdraws a refund application', doing: 'withdraw it' },
};
export const REFUND_EVENT_TYPES = Object.keys(REFUND_EVENTS) as readonly RefundEventType[];

/** The events each status handles at all (the machine's `on` tables say the same). */
export const REFUND_STATE_EVENTS: Readonly<Record<RefundStateName, readonly RefundEventType[]>> = {
  applied: ['APPROVE', 'REJECT', 'WITHDRAW'],
  approved: ['PAY'],
  rejected: [],
  paid: [],
  withdrawn: [],
};

/** How a status message describes the refund, completing "the refund ...". */
const IS: Readonly<Record<RefundStateName, string>> = {
  applied: 'is applied and awaits approval',
  approved: 'is approved (审核通过) and awaits payment',
  rejected: 'was rejected (不予退税)',
  paid: 'is paid (已退库)',
  withdrawn: 'was withdrawn (撤回)',
};

const ROLE_NAMES: Readonly<Record<RefundRole, string>> = { exporter: 'the exporter', taxAuthority: 'the tax authority' };

/** The state `event` takes a refund to, if refundRefusal allows it. */
export function refundTarget(_state: RefundStateName, event: RefundEvent): RefundStateName {
  const targets: Readonly<Record<RefundEventType, RefundStateName>> = { APPROVE: 'approved', REJECT: 'rejected', PAY: 'paid', WITHDRAW: 'withdrawn' };
  return targets[event.type];
}

/**
 * Why `event` may not be applied to a refund in `state` with `context`, or null when it may.
 * Checks run from the actor's role to the status, and last the payload.
 */
export function refundRefusal(state: RefundStateName, context: RefundContext, event: RefundEvent): string | null {
  const rule = REFUND_EVENTS[event.type] as EventRule | undefined;
  if (rule === undefined) return `'${String((event as { type?: unknown }).type)}' is not a refund event`;
  if (blank(event.by)) return 'every refund event must name the party that sends it';
  if (event.role !== 'exporter' && event.role !== 'taxAuthority') return `'${String(event.role)}' is not a refund role: it is 'exporter' or 'taxAuthority'`;
  if (event.role !== rule.role) return `only ${ROLE_NAMES[rule.role]} ${rule.does}`;
  const handled = REFUND_STATE_EVENTS[state] as readonly RefundEventType[] | undefined;
  if (handled === undefined) return `'${String(state)}' is not a refund status`;
  if (!handled.includes(event.type)) {
    if (FINAL_REFUND_STATES.includes(state)) return `the refund ${IS[state]}: no action is possible`;
    return `cannot ${rule.doing}: the refund ${IS[state]}`;
  }
  switch (event.type) {
    case 'APPROVE':
      if (!isCny(event.amount)) return 'the approved amount must be a non-negative decimal in CNY with at most 2 decimals, such as 1234.50';
      if (new Decimal(event.amount).greaterThan(new Decimal(context.appliedAmount))) {
        return `the approved amount (${event.amount} CNY) cannot exceed the amount applied for (${context.appliedAmount} CNY)`;
      }
      return null;
    case 'REJECT':
      return blank(event.reason) ? 'a rejection (不予退税) must give its reason' : null;
    case 'PAY':
      return blank(event.reference) ? 'a payment (退库) must give its bank transfer reference' : null;
    case 'WITHDRAW':
      return blank(event.reason) ? 'a withdrawal (撤回) must give its reason' : null;
  }
}

/** Bump when a change makes stored refund snapshots unreadable. */
export const REFUND_MACHINE_VERSION = 1;

type S = RefundStateName;

/** The guard of a transition from `from` to `target`: allowed, and the event really leads there. */
const to = (from: S, target: S) => ({ guard: { type: 'leadsTo' as const, params: { from, to: target } }, target });

export const refundMachine = setup({
  types: { context: {} as RefundContext, events: {} as RefundEvent, input: {} as RefundInput },
  actions: {
    recordApproval: assign(({ event }) => {
      assertEvent(event, 'APPROVE');
      return { approvedAmount: event.amount };
    }),
    recordRejection: assign(({ event }) => {
      assertEvent(event, 'REJECT');
      return { rejectionReason: event.reason };
    }),
    recordPayment: assign(({ event }) => {
      assertEvent(event, 'PAY');
      return { paymentReference: event.reference };
    }),
    recordWithdrawal: assign(({ event }) => {
      assertEvent(event, 'WITHDRAW');
      return { withdrawalReason: event.reason };
    }),
  },
  guards: {
    leadsTo: ({ context, event }, params: { from: S; to: S }) =>
      refundRefusal(params.from, context, event) === null && refundTarget(params.from, event) === params.to,
  },
}).createMachine({
  id: 'refund',
  initial: 'applied',
  context: ({ input }) => initialRefundContext(input),
  states: {
    applied: {
      on: {
        APPROVE: { ...to('applied', 'approved'), actions: 'recordApproval' },
        REJECT: { ...to('applied', 'rejected'), actions: 'recordRejection' },
        WITHDRAW: { ...to('applied', 'withdrawn'), actions: 'recordWithdrawal' },
      },
    },
    approved: {
      on: { PAY: { ...to('approved', 'paid'), actions: 'recordPayment' } },
    },
    rejected: { type: 'final' },
    paid: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
