/** A small machine for testing the lifecycle engine apart from any business area. */
import { assign, setup } from 'xstate';

export type ParcelEvent =
  | { type: 'SEND'; to: string }
  | { type: 'DELIVER' }
  | { type: 'CANCEL'; reason: string }
  | { type: 'HOLD' }
  | { type: 'RESUME' };

export const parcelMachine = setup({
  types: { context: {} as { sentTo: string | null }, events: {} as ParcelEvent, input: {} as { sentTo?: string } },
  actions: {
    // Effects: the engine queues them in the outbox; the handlers live in the test.
    notifyRecipient: (_args, _params: { to: string }) => undefined,
  },
}).createMachine({
  id: 'parcel',
  initial: 'draft',
  context: ({ input }) => ({ sentTo: input.sentTo ?? null }),
  states: {
    draft: {
      on: {
        SEND: { target: 'sent', actions: [assign({ sentTo: ({ event }) => event.to }), { type: 'notifyRecipient', params: ({ event }) => ({ to: event.to }) }] },
        CANCEL: 'cancelled',
      },
    },
    sent: { on: { DELIVER: 'delivered', HOLD: 'held' } },
    held: { on: { RESUME: 'sent' } },
    delivered: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
