import { type AnyMachineSnapshot, type AnyStateMachine, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { billMachine } from '../../machines/bill.machine';
import { declarationMachine } from '../../machines/declaration.machine';
import { financingMachine } from '../../machines/financing.machine';
import { type OrderEvent, orderMachine } from '../../machines/order.machine';
import { refundMachine } from '../../machines/refund.machine';
import { pureTransition } from '../../server/lifecycle/pure-transition';
import { parcelMachine } from './parcel.machine';

interface NodeLike {
  invoke: unknown[];
  states: Record<string, NodeLike>;
}
function invokingNodes(node: NodeLike, path: string): string[] {
  return [...(node.invoke.length > 0 ? [path] : []), ...Object.entries(node.states).flatMap(([k, n]) => invokingNodes(n, `${path}.${k}`))];
}

it('is only used with machines that invoke nothing (a reused scope would collect their actors)', () => {
  const machines: AnyStateMachine[] = [orderMachine, billMachine, declarationMachine, financingMachine, refundMachine];
  expect(machines.flatMap((m) => invokingNodes(m.root as unknown as NodeLike, m.id))).toEqual([]);
});

/** What xstate's own transition() returns, as data to compare. */
function outcome([next, actions]: [AnyMachineSnapshot, unknown[]]) {
  return { value: next.value, context: next.context, status: next.status, actions: (actions as Array<{ type: string; params?: unknown }>).map((a) => ({ type: a.type, params: a.params })) };
}

const orderEvents: OrderEvent[] = [
  { type: 'CONFIRM' },
  { type: 'BOOK', shipmentId: 'S1' },
  { type: 'DEPART' },
  { type: 'ARRIVE' },
  { type: 'DELIVER' },
  { type: 'COMPLETE' },
  { type: 'CANCEL', reason: 'buyer withdrew' },
  { type: 'HOLD', reason: 'documents missing', source: 'party' },
  { type: 'RESUME' },
];

it("gives what xstate's transition() gives, for every order state and event, reusing one scope", () => {
  const pure = pureTransition(orderMachine);
  const paths = getShortestPaths(orderMachine, {
    events: orderEvents,
    serializeState: (s) => JSON.stringify({ value: s.value, heldFrom: (s as AnyMachineSnapshot).context.heldFrom }),
  });
  let compared = 0;
  for (const path of paths) {
    for (const event of orderEvents) {
      const snapshot = path.state as AnyMachineSnapshot;
      expect(outcome(pure(snapshot, event))).toEqual(outcome(transition(orderMachine, snapshot as never, event) as [AnyMachineSnapshot, unknown[]]));
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(90);
});

it('collects the effects (named actions) of each call apart', () => {
  const pure = pureTransition(parcelMachine);
  const draft = transition(parcelMachine, parcelMachine.resolveState({ value: 'draft', context: { sentTo: null } }), { type: 'CANCEL', reason: 'x' })[0];
  const [sent, actions] = pure(parcelMachine.resolveState({ value: 'draft', context: { sentTo: null } }) as AnyMachineSnapshot, { type: 'SEND', to: 'Hanoi' });
  expect(sent.value).toBe('sent');
  expect((actions as Array<{ type: string }>).map((a) => a.type)).toContain('notifyRecipient');
  const [, none] = pure(draft as AnyMachineSnapshot, { type: 'SEND', to: 'x' });
  const [, held] = pure(sent, { type: 'HOLD' });
  expect([none, held.filter((a) => !(a as { type: string }).type.startsWith('xstate.'))]).toEqual([[], []]);
});
