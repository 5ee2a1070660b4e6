/**
 * The one lifecycle engine every aggregate uses. Applying an event:
 *   1. load the document and restore its persisted XState snapshot;
 *   2. compute the next snapshot with XState's pure transition() (actions come back as data);
 *   3. write state, snapshot and a history entry with one update conditional on the version;
 *   4. queue the machine's named actions in the outbox (same transaction) and run them after.
 * A lost race is reported as CONFLICT, never silently lost or applied twice.
 */
import type { ClientSession, Connection, Model } from 'mongoose';
import { type AnyMachineSnapshot, type AnyStateMachine, type ContextFrom, type EventFromLogic, type InputFrom, initialTransition } from 'xstate';
import type { Clock } from '../clock';
import { announceLocalWrite } from '../shared/local-writes';
import { type Result, fail, ok } from '../shared/result';
import { RAW_HISTORY, withLazyHistory } from './lazy-history';
import type { Outbox } from './outbox';
import { type PureTransition, pureTransition } from './pure-transition';
import { effectRequests, handledEvents, persist, restore, stateName } from './snapshot';
import type { Actor, EffectRequest, HistoryEntry, LifecycleFailure, LifecycleFields } from './types';

export interface LifecycleDefinition<M extends AnyStateMachine> {
  /** the aggregate's name: 'order', 'bill', 'declaration', 'financing' */
  name: string;
  machine: M;
  /** bumped whenever a change to the machine makes old snapshots unreadable */
  version: number;
  /** how messages name an aggregate (e.g. its number); defaults to its id */
  label?: (doc: Record<string, unknown>) => string;
  /**
   * The machine's own account of why its guards refuse an event (the rule its guards apply), and
   * the rule id to report it under; without it a refused event is only "not accepted".
   */
  refusal?: { rule: string; explain: (state: string, context: ContextFrom<M>, event: EventFromLogic<M>) => string | null };
}

export interface Applied<D> {
  doc: D;
  entry: HistoryEntry;
  effects: EffectRequest[];
}

export interface ApplyOptions {
  /** Run inside the caller's transaction; effects then run when the caller calls runEffects. */
  session?: ClientSession;
  /** Business fields to set in the same conditional update. */
  set?: Record<string, unknown>;
  /** Values to append to business arrays in the same conditional update (e.g. a signed chain entry). */
  push?: Record<string, unknown>;
  /** Refuse unless the aggregate is still at this version (optimistic UI checks). */
  expectedVersion?: number;
  /**
   * The aggregate as the caller has just read it (to check who may act), so it is not read a
   * second time. The write is conditional on this copy's version: if the aggregate has changed
   * since, the event is a CONFLICT, exactly as if the re-read had found a newer version the
   * caller never checked.
   */
  current?: LifecycleFields;
  /**
   * More conditions for the write (e.g. the caller's access, when `current` is a copy this
   * process remembered rather than a read that applied them): if they no longer hold, nothing is
   * written and the event is a CONFLICT, which a caller acting on a copy answers by reading.
   */
  where?: Record<string, unknown>;
}

export interface AppliedInSession<D> extends Applied<D> {
  /** Call after the caller's transaction committed. */
  runEffects(): Promise<void>;
}

type Doc = LifecycleFields & Record<string, unknown>;

/** Any aggregate's mongoose model: the engine reads and writes only the lifecycle fields. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AggregateModel = Model<any, any, any, any, any, any>;

function payloadOf(event: { type: string }): Record<string, unknown> {
  const { type: _type, ...payload } = event as Record<string, unknown>;
  return payload;
}

/**
 * `M` is the aggregate's machine, `R` its stored record: what create and apply hand back is typed
 * as the record, so services need no cast.
 */
export class LifecycleEngine<M extends AnyStateMachine, R extends LifecycleFields = Doc> {
  private readonly transition: PureTransition<M>;

  constructor(
    readonly definition: LifecycleDefinition<M>,
    private readonly model: AggregateModel,
    private readonly deps: { clock: Clock; outbox: Outbox; connection: Connection },
  ) {
    // Named built-ins (assign ...) change the snapshot during transition(); the rest are effects.
    const named = Object.entries((definition.machine.implementations.actions ?? {}) as Record<string, { type?: string }>);
    const effects = named.filter(([, impl]) => !impl.type?.startsWith('xstate.')).map(([name]) => name);
    const missing = effects.filter((a) => !deps.outbox.handles(a));
    if (missing.length > 0) {
      throw new Error(`the ${definition.name} machine names actions with no effect handler: ${missing.join(', ')}`);
    }
    this.transition = pureTransition(definition.machine);
  }

  /** The lifecycle fields of a new aggregate, with its creation entry as history seq 1. */
  initial(input: InputFrom<M>, actor: Actor, payload: Record<string, unknown> = {}): { fields: Omit<LifecycleFields, '_id'>; effects: EffectRequest[] } {
    const [snapshot, actions] = initialTransition(this.definition.machine, input as never) as [AnyMachineSnapshot, unknown[]];
    const to = stateName(snapshot.value);
    const entry: HistoryEntry = { seq: 1, at: this.deps.clock.now(), actor, event: 'CREATE', from: null, to, payload };
    return {
      fields: {
        state: to,
        machine: { name: this.definition.name, version: this.definition.version, snapshot: persist(snapshot) },
        version: 1,
        history: [entry],
      },
      effects: effectRequests(actions as never),
    };
  }

  /** Inserts a new aggregate at its initial state (and queues any entry effects). */
  async create(data: Record<string, unknown>, input: InputFrom<M>, actor: Actor, session?: ClientSession): Promise<R> {
    const { fields, effects } = this.initial(input, actor, {});
    const doc = { ...data, ...fields };
    if (effects.length === 0) {
      const [created] = await this.model.create([doc], { session });
      return created.toObject() as R;
    }
    let ids: unknown[] = [];
    let created: R | undefined;
    await this.inTransaction(session, async (s) => {
      const [c] = await this.model.create([doc], { session: s });
      created = c.toObject() as R;
      ids = await this.deps.outbox.enqueue({ aggregate: this.definition.name, aggregateId: String(c._id), seq: 1 }, effects, s);
    });
    if (!session) await this.deps.outbox.runSafely(ids);
    return created!;
  }

  async apply(id: unknown, event: EventFromLogic<M>, actor: Actor, options: ApplyOptions = {}): Promise<Result<AppliedInSession<R>, LifecycleFailure>> {
    const { session } = options;
    const current = (options.current && String(options.current._id) === String(id)
      ? options.current
      : await this.model.findById(id).session(session ?? null).lean()) as Doc | null;
    if (!current) return fail({ code: 'NOT_FOUND', message: `${this.definition.name} ${String(id)} does not exist` });
    const prepared = this.prepare(current, event, actor, options);
    if (!prepared.ok) return prepared;
    const { entry, update, effects } = prepared.value;
    const origin = { aggregate: this.definition.name, aggregateId: String(current._id), seq: entry.seq };
    const businessFields = options.set !== undefined || options.push !== undefined;
    let ids: unknown[] = [];
    let written: Doc | null = null;
    const write = async (s?: ClientSession): Promise<void> => {
      written = await this.writeIf({ ...options.where, _id: current._id, version: current.version }, update, s, businessFields);
      if (written && effects.length > 0) ids = await this.deps.outbox.enqueue(origin, effects, s!);
    };
    if (effects.length === 0 && !session) await write();
    else await this.inTransaction(session, write);
    if (!written) {
      return fail({
        code: 'CONFLICT',
        message: `${this.labelOf(current)} was changed by someone else (it is no longer at version ${current.version}); reload it and try again`,
        expectedVersion: current.version,
      });
    }
    // The state change is committed: a failing dispatch leaves its effects queued, it does not
    // turn a successful event into an error.
    const runEffects = (): Promise<void> => this.deps.outbox.runSafely(ids);
    if (!session) await runEffects();
    // The conditional update returned the aggregate's own document: the record the model stores.
    return ok({ doc: written as unknown as R, entry, effects, runEffects });
  }

  /**
   * Applies `event` to a copy of the aggregate the caller already holds (as this process last
   * wrote it), in one conditional update on the copy's version plus the caller's own conditions
   * (`where`, e.g. who may act): one round trip instead of a read and a write. Returns null,
   * having written nothing, when the copy is not the current version, `where` no longer holds, the
   * event does not apply to the copy, or it has effects (they need the outbox's transaction); the
   * caller then takes the full path (apply), which reads the aggregate and explains any refusal.
   */
  async applyToCopy(copy: Omit<LifecycleFields, 'history'>, event: EventFromLogic<M>, actor: Actor, where: Record<string, unknown>): Promise<Applied<R> | null> {
    const prepared = this.prepare(copy as Doc, event, actor, {});
    if (!prepared.ok || prepared.value.effects.length > 0) return null;
    const { entry, update } = prepared.value;
    const written = await this.writeIf({ ...where, _id: copy._id, version: copy.version }, update, undefined, false);
    return written ? { doc: written as unknown as R, entry, effects: [] } : null;
  }

  /** The history entry and the conditional update that apply `event` to `current`, or why not. */
  private prepare(current: Doc, event: EventFromLogic<M>, actor: Actor, options: ApplyOptions) {
    const checked = this.check(current, event, options);
    if (!checked.ok) return checked;
    const { next, effects } = checked.value;
    const entry: HistoryEntry = {
      seq: current.version + 1,
      at: this.deps.clock.now(),
      // The stored types of the history schema, so the entry can be written without mongoose's cast.
      actor: { partyId: String(actor.partyId), role: String(actor.role) },
      event: event.type,
      from: current.state,
      to: stateName(next.value),
      payload: payloadOf(event),
    };
    const update = {
      $set: { ...options.set, state: entry.to, 'machine.snapshot': persist(next) },
      $inc: { version: 1 },
      $push: { ...options.push, history: entry },
    };
    return ok({ entry, update, effects });
  }

  /**
   * The conditional update, returning the document it wrote or null. The lifecycle fields are
   * built above with their stored types (string, number, Date, and the schema-less snapshot and
   * payload), so mongoose's cast of the update would change nothing: they go to the driver
   * directly, which saves the cast and the hydration of the history entry (issue 18's profile).
   * Business fields a caller adds (`set`, `push`) still go through mongoose's cast. The returned
   * history is decoded only if read (lazy-history.ts).
   */
  private async writeIf(filter: Record<string, unknown>, update: Record<string, unknown>, session: ClientSession | undefined, businessFields: boolean): Promise<Doc | null> {
    if (businessFields) {
      return (await this.model.findOneAndUpdate(filter, update, { session, returnDocument: 'after' }).lean()) as Doc | null;
    }
    const written = (await this.model.collection.findOneAndUpdate(filter, update, { session, returnDocument: 'after', ...RAW_HISTORY })) as Doc | null;
    if (!written) return null;
    // Mongoose's middleware does not see the raw collection: tell this process's caches (tracking) at once.
    announceLocalWrite(this.model.db, session);
    return withLazyHistory(written);
  }

  private labelOf(doc: Doc): string {
    return `${this.definition.name} ${this.definition.label ? this.definition.label(doc) : String(doc._id)}`;
  }

  /** Which events the aggregate's current state handles (before guards). */
  allowedEvents(doc: LifecycleFields): string[] {
    return handledEvents(this.definition.machine, doc.machine.snapshot.value);
  }

  private check(current: Doc, event: EventFromLogic<M>, options: ApplyOptions) {
    const { name, machine, version } = this.definition;
    if (current.machine.version !== version) {
      return fail<LifecycleFailure>({
        code: 'MACHINE_VERSION_MISMATCH',
        message: `${this.labelOf(current)} was stored by ${name} machine version ${current.machine.version}; this server runs version ${version}`,
        stored: current.machine.version,
        current: version,
      });
    }
    if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
      return fail<LifecycleFailure>({
        code: 'CONFLICT',
        message: `${this.labelOf(current)} is at version ${current.version}, not ${options.expectedVersion}; reload it and try again`,
        expectedVersion: options.expectedVersion,
      });
    }
    const snapshot = restore(machine, current.machine.snapshot) as AnyMachineSnapshot;
    const accepted = snapshot.can(event);
    const refused = accepted ? null : this.definition.refusal?.explain(current.state, snapshot.context as ContextFrom<M>, event);
    if (refused) {
      return fail<LifecycleFailure>({ code: 'REFUSED', message: `${this.labelOf(current)}: ${refused}`, rule: this.definition.refusal!.rule });
    }
    if (!accepted) {
      const allowed = handledEvents(machine, snapshot.value);
      const why = allowed.includes(event.type)
        ? `its conditions are not met in state '${current.state}'`
        : `state '${current.state}' accepts only ${allowed.length > 0 ? allowed.join(', ') : 'no events (it is final)'}`;
      return fail<LifecycleFailure>({
        code: 'EVENT_NOT_ACCEPTED',
        message: `${this.labelOf(current)} cannot take '${event.type}': ${why}`,
        state: current.state,
        event: event.type,
        allowed,
      });
    }
    const [next, actions] = this.transition(snapshot, event);
    return ok({ next, effects: effectRequests(actions as never) });
  }

  private async inTransaction(session: ClientSession | undefined, fn: (s: ClientSession) => Promise<void>): Promise<void> {
    if (session) return fn(session);
    await this.deps.connection.transaction(fn);
  }
}
