/** Converting between XState snapshots and what the database stores. */
import type { AnyStateMachine, ContextFrom, SnapshotFrom } from 'xstate';
import type { EffectRequest, PersistedSnapshot } from './types';

/** 'inTransit', or 'exception.held' for nested states (parallel regions joined with '|'). */
export function stateName(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.map(([k, v]) => `${k}.${stateName(v)}`).join('|');
  }
  return String(value);
}

export function persist(snapshot: SnapshotFrom<AnyStateMachine>): PersistedSnapshot {
  return { value: snapshot.value, context: snapshot.context as Record<string, unknown> };
}

export function restore<M extends AnyStateMachine>(machine: M, stored: PersistedSnapshot): SnapshotFrom<M> {
  return machine.resolveState({ value: stored.value as never, context: stored.context as never }) as SnapshotFrom<M>;
}

interface NodeLike {
  ownEvents: string[];
  states: Record<string, NodeLike>;
}

/** The state nodes a state value activates, found through the machine's public node tree. */
function activeNodes(node: NodeLike, value: unknown): NodeLike[] {
  if (typeof value === 'string') return node.states[value] ? [node.states[value]] : [];
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    node.states[key] ? [node.states[key], ...activeNodes(node.states[key], child)] : [],
  );
}

/** Event types the active state nodes handle (before guards), for "allowed events" errors. */
export function handledEvents(machine: AnyStateMachine, value: unknown): string[] {
  const root = machine.root as unknown as NodeLike;
  const events = new Set<string>();
  for (const node of [root, ...activeNodes(root, value)]) {
    for (const e of node.ownEvents) if (!e.startsWith('xstate.')) events.add(e);
  }
  return [...events].sort();
}

/** The machine's own named actions; XState's built-ins (assign, raise ...) are already applied. */
export function effectRequests(actions: ReadonlyArray<{ type: string; params?: unknown }>): EffectRequest[] {
  return actions
    .filter((a) => typeof a.type === 'string' && !a.type.startsWith('xstate.'))
    .map((a) => ({ type: a.type, params: (a.params ?? {}) as Record<string, unknown> }));
}

/**
 * The context of a stored aggregate's machine, typed as `machine` declares it. The one place a
 * stored snapshot (plain data from the database) is read as a machine's context: the engine wrote
 * it from that machine, and it refuses to load a snapshot of another machine version, so the shape
 * holds. `machine` gives the type; pass the machine the aggregate's lifecycle runs.
 */
export function machineContext<M extends AnyStateMachine>(_machine: M, aggregate: { machine: { snapshot: PersistedSnapshot } }): Readonly<ContextFrom<M>> {
  return aggregate.machine.snapshot.context as ContextFrom<M>;
}
