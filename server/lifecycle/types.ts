/**
 * The vocabulary of the lifecycle engine, shared by every aggregate (order, bill, declaration,
 * financing): who acted, what was recorded, and how an event can fail.
 */
export interface Actor {
  /** The acting party's id (a string form of its ObjectId, or 'system'). */
  partyId: string;
  role: string;
}

export const SYSTEM_ACTOR: Actor = { partyId: 'system', role: 'system' };

/** One applied event, as stored in an aggregate's history. */
export interface HistoryEntry {
  /** 1 for the creation entry, then the aggregate version the event produced. */
  seq: number;
  at: Date;
  actor: Actor;
  event: string;
  from: string | null;
  to: string;
  payload: Record<string, unknown>;
}

/** The persisted part of an XState snapshot: enough to resolve it again. */
export interface PersistedSnapshot {
  value: unknown;
  context: Record<string, unknown>;
}

/** The fields every lifecycle aggregate document carries. */
export interface LifecycleFields {
  _id: unknown;
  /** The flattened state value, e.g. 'inTransit' or 'active.held', for queries and indexes. */
  state: string;
  machine: { name: string; version: number; snapshot: PersistedSnapshot };
  /** Incremented by every applied event; the conditional update's guard. */
  version: number;
  history: HistoryEntry[];
}

export type LifecycleFailure =
  | { code: 'NOT_FOUND'; message: string }
  | { code: 'EVENT_NOT_ACCEPTED'; message: string; state: string; event: string; allowed: string[] }
  | { code: 'CONFLICT'; message: string; expectedVersion: number }
  /** The machine's guards refuse the event, for the reason `message` gives under `rule`. */
  | { code: 'REFUSED'; message: string; rule: string }
  | { code: 'MACHINE_VERSION_MISMATCH'; message: string; stored: number; current: number };

/** A named action of a machine, queued in the outbox and run after the state write. */
export interface EffectRequest {
  type: string;
  params: Record<string, unknown>;
}
