import { type AnyMachineSnapshot, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { HOLDABLE_STATES, type OrderEvent, orderMachine } from '../../machines/order.machine';

const sampleEvents: OrderEvent[] = [
  { type: 'CONFIRM' },
  { type: 'BOOK', shipmentId: 'S1' },
  { type: 'DEPART' },
  { type: 'ARRIVE' },
  { type: 'DELIVER' },
  { type: 'COMPLETE' },
  { type: 'CANCEL', reason: 'buyer withdrew' },
  { type: 'HOLD', reason: 'customs hold', source: 'customsHold' },
  { type: 'RESUME' },
];

// Serialising the context too makes each hold origin a distinct node of the graph.
const paths = getShortestPaths(orderMachine, {
  events: sampleEvents,
  serializeState: (s) => JSON.stringify({ value: s.value, heldFrom: (s as AnyMachineSnapshot).context.heldFrom }),
});
const snapshots = paths.map((p) => p.state as AnyMachineSnapshot);

function key(s: AnyMachineSnapshot): string {
  return s.matches('onHold') ? `onHold(${s.context.heldFrom})` : String(s.value);
}

/** The specification: which events each state takes. Every other event is refused. */
const accepted: Record<string, string[]> = {
  draft: ['CANCEL', 'CONFIRM'],
  confirmed: ['BOOK', 'CANCEL', 'HOLD'],
  booked: ['CANCEL', 'DEPART', 'HOLD'],
  inTransit: ['ARRIVE', 'HOLD'],
  arrived: ['DELIVER', 'HOLD'],
  delivered: ['COMPLETE'],
  'onHold(confirmed)': ['CANCEL', 'RESUME'],
  'onHold(booked)': ['CANCEL', 'RESUME'],
  'onHold(inTransit)': ['RESUME'],
  'onHold(arrived)': ['RESUME'],
  completed: [],
  cancelled: [],
};

it('reaches every state, and every hold origin', () => {
  expect([...new Set(snapshots.map(key))].sort()).toEqual(Object.keys(accepted).sort());
});

it.each(Object.keys(accepted))('state %s takes exactly its events and refuses the rest', (name) => {
  const snapshot = snapshots.find((s) => key(s) === name)!;
  const taken = sampleEvents.filter((e) => snapshot.can(e)).map((e) => e.type).sort();
  expect(taken).toEqual(accepted[name]);
  for (const e of sampleEvents) {
    const [next] = transition(orderMachine, snapshot as never, e);
    if (snapshot.can(e)) expect(next).not.toBe(snapshot);
    else expect(next.value).toEqual(snapshot.value);
  }
});

it.each(HOLDABLE_STATES)('resumes a hold to where it was: %s', (state) => {
  const held = snapshots.find((s) => key(s) === `onHold(${state})`)!;
  expect(held.context).toMatchObject({ holdReason: 'customs hold', holdSource: 'customsHold' });
  const [resumed] = transition(orderMachine, held as never, { type: 'RESUME' });
  expect(resumed.value).toBe(state);
  expect(resumed.context).toMatchObject({ heldFrom: null, holdReason: null, holdSource: null });
});

it('walks the happy path from draft to completed', () => {
  const path = paths.find((p) => (p.state as AnyMachineSnapshot).value === 'completed')!;
  expect(path.steps.map((s) => s.event.type)).toEqual(['xstate.init', 'CONFIRM', 'BOOK', 'DEPART', 'ARRIVE', 'DELIVER', 'COMPLETE']);
});

it('records why an order was cancelled', () => {
  const cancelled = snapshots.find((s) => s.value === 'cancelled')!;
  expect(cancelled.context.cancelReason).toBe('buyer withdrew');
});
