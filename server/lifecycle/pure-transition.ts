/**
 * XState's pure `transition(machine, snapshot, event)`, without the throwaway actor it builds on
 * every call: xstate's transition() makes a new inert actor scope each time, and making its actor
 * computes the machine's initial state and a system of actors (issue 18's profile: most of what
 * XState cost a transition). Here one scope per machine is made once and reused.
 *
 * Reuse is sound because the machines are pure (machines/: no invoke, spawn or systemId, checked
 * by the test beside this file), so no transition registers anything in the scope's system, and
 * the scope's action collector is swapped in for the length of one synchronous call.
 */
import { type ActorScope, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventFromLogic, createActor } from 'xstate';

export type PureTransition<M extends AnyStateMachine> = (snapshot: AnyMachineSnapshot, event: EventFromLogic<M>) => [AnyMachineSnapshot, unknown[]];

export function pureTransition<M extends AnyStateMachine>(machine: M): PureTransition<M> {
  // Never started: it only gives the scope a `self` and a `system`, as xstate's inert scope does.
  const self = createActor(machine);
  let collected: unknown[] = [];
  const scope: ActorScope<AnyMachineSnapshot, EventFromLogic<M>> = {
    self: self as never,
    id: '',
    sessionId: '',
    system: self.system,
    logger: () => undefined,
    defer: () => undefined,
    emit: () => undefined,
    stopChild: () => undefined,
    actionExecutor: (action) => void collected.push(action),
  };
  return (snapshot, event) => {
    const actions: unknown[] = [];
    collected = actions;
    try {
      return [machine.transition(snapshot, event, scope as AnyActorScope) as AnyMachineSnapshot, actions];
    } finally {
      collected = [];
    }
  };
}
