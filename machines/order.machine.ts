/**
 * The order lifecycle, purchase to delivery:
 *   draft → confirmed → booked → inTransit → arrived → delivered → completed
 * An order can be cancelled until it departs, and put on hold (an exception: a customs hold, a
 * missed connection, a dispute) from which it resumes to the state it was held in.
 * Pure: no clock, no I/O. Timestamps and parties travel in the events.
 */
import { assign, setup } from 'xstate';

/** Bump when a change makes stored order snapshots unreadable. */
export const ORDER_MACHINE_VERSION = 1;

/** Every state of the order machine, as stored in `state`. */
export const ORDER_STATES = ['draft', 'confirmed', 'booked', 'inTransit', 'arrived', 'delivered', 'completed', 'cancelled', 'onHold'] as const;
export type OrderStateName = (typeof ORDER_STATES)[number];

/** States an order can be put on hold from, and resumed to. */
export const HOLDABLE_STATES = ['confirmed', 'booked', 'inTransit', 'arrived'] as const;
export type HoldableState = (typeof HOLDABLE_STATES)[number];

const BEFORE_DEPARTURE: readonly HoldableState[] = ['confirmed', 'booked'];

/** Who put an order on hold: a party (dispute, missing document) or customs (hold, e-lock alarm). */
export type HoldSource = 'party' | 'customsHold' | 'elockAlarm';

export interface OrderContext {
  heldFrom: HoldableState | null;
  holdReason: string | null;
  holdSource: HoldSource | null;
  cancelReason: string | null;
}

export type OrderEvent =
  | { type: 'CONFIRM' }
  | { type: 'BOOK'; shipmentId: string }
  | { type: 'DEPART' }
  | { type: 'ARRIVE' }
  | { type: 'DELIVER' }
  | { type: 'COMPLETE' }
  | { type: 'CANCEL'; reason: string }
  | { type: 'HOLD'; reason: string; source: HoldSource }
  | { type: 'RESUME' };

export type OrderEventType = OrderEvent['type'];

export const ORDER_EVENT_TYPES: readonly OrderEventType[] = ['CONFIRM', 'BOOK', 'DEPART', 'ARRIVE', 'DELIVER', 'COMPLETE', 'CANCEL', 'HOLD', 'RESUME'];

/** The hold guard for one origin; RESUME tries each and returns to the one that matches. */
const resumeTo = (state: HoldableState) => ({ guard: { type: 'wasHeldIn' as const, params: { state } }, target: state, actions: 'clearHold' as const });

const holdFrom = (from: HoldableState) => ({ target: 'onHold' as const, actions: { type: 'recordHold' as const, params: { from } } });

export const orderMachine = setup({
  types: { context: {} as OrderContext, events: {} as OrderEvent },
  actions: {
    recordHold: assign((args, params: { from: HoldableState }) => ({
      heldFrom: params.from,
      holdReason: args.event.type === 'HOLD' ? args.event.reason : null,
      holdSource: args.event.type === 'HOLD' ? args.event.source : null,
    })),
    clearHold: assign({ heldFrom: null, holdReason: null, holdSource: null }),
    recordCancel: assign(({ event }) => ({ cancelReason: event.type === 'CANCEL' ? event.reason : null, heldFrom: null })),
  },
  guards: {
    wasHeldIn: ({ context }, params: { state: HoldableState }) => context.heldFrom === params.state,
    heldBeforeDeparture: ({ context }) => context.heldFrom !== null && BEFORE_DEPARTURE.includes(context.heldFrom),
  },
}).createMachine({
  id: 'order',
  initial: 'draft',
  context: { heldFrom: null, holdReason: null, holdSource: null, cancelReason: null },
  states: {
    draft: { on: { CONFIRM: 'confirmed', CANCEL: { target: 'cancelled', actions: 'recordCancel' } } },
    confirmed: { on: { BOOK: 'booked', CANCEL: { target: 'cancelled', actions: 'recordCancel' }, HOLD: holdFrom('confirmed') } },
    booked: { on: { DEPART: 'inTransit', CANCEL: { target: 'cancelled', actions: 'recordCancel' }, HOLD: holdFrom('booked') } },
    inTransit: { on: { ARRIVE: 'arrived', HOLD: holdFrom('inTransit') } },
    arrived: { on: { DELIVER: 'delivered', HOLD: holdFrom('arrived') } },
    delivered: { on: { COMPLETE: 'completed' } },
    onHold: {
      on: {
        RESUME: HOLDABLE_STATES.map(resumeTo),
        CANCEL: { guard: 'heldBeforeDeparture', target: 'cancelled', actions: 'recordCancel' },
      },
    },
    completed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
