/** Converting between XState snapshots and what the database stores. */
import type { AnyStateMachine, SnapshotFrom } from 'xstate';
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

/** Event types the active state nodes handle (before guards), for "allowed events" errors. */
export function handledEvents(snapshot: SnapshotFrom<AnyStateMachine>): string[] {
  const events = new Set<string>();
  for (const node of (snapshot as unknown as { _nodes: Array<{ ownEvents: string[] }> })._nodes) {
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
