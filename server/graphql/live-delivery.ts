/**
 * Subscription events onto the sockets, executed once per audience. An audience is every
 * subscription with the same caller access class, operation, document and variables: for one
 * event they get the same result, so it is executed and serialized once, encoded to bytes once,
 * and the same payload bytes go into each subscriber's own `next` frame. The live service hands
 * subscriptions of one access class the same event object for a change (Watch.sharedAs), which
 * is what makes an event recognisable here; an event no one else holds (a subscription's current
 * state, a replay) is executed for its subscriber alone.
 *
 * graphql-ws still runs the protocol: subscribe, complete, errors, the end of a subscription.
 * Only `next` frames are written here, because graphql-ws would serialize every event once per
 * subscriber. The frame is exactly what graphql-ws writes: `{"id":…,"type":"next","payload":…}`
 * with the payload's `errors` (if any) after its `data`.
 *
 * A change reaches its subscribers synchronously: the feed hands it to each subscription, which
 * hands its event to its FrameWriter (LiveSubscription.pushTo), which writes the frame at once
 * when the payload is ready and the socket not backed up; no promise or queue entry per event
 * and subscriber on that path. A writer that must wait (the audience's payload still executing,
 * or the kernel not taking the last frame) pauses its subscription: the events after it wait in
 * the live service's bounded queue, where a slow consumer is closed, and go out in order once the
 * writer resumes.
 */
import { type ExecutionArgs, type ExecutionResult, createSourceEventStream, execute } from 'graphql';
import type { DeliveryCounts } from '../live/live-connection';
import { type EventSink, LiveSubscription } from '../live/live-subscription';
import type { FrameOutput, Resumable } from './frame-output';

/** Where one subscription's frames go, and whose results it may share. */
export interface SubscriptionOutlet {
  /** `{"id":…,"type":"next","payload":` for the graphql-transport-ws subscription id the client chose */
  prefix: Buffer;
  /** access class, operation name, document and variables: equal text, equal result */
  audience: string;
  /** the subscription's socket */
  output: FrameOutput;
}

/** The payload text graphql-ws would write for a result: `data` (and `extensions`) first, then `errors`. */
function payloadText(result: ExecutionResult): string {
  const { errors, ...rest } = result;
  return JSON.stringify(errors ? { ...rest, errors: errors.map((e) => e.toJSON()) } : rest);
}

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> => typeof (value as { then?: unknown } | null)?.then === 'function';

/** One event's payload for one audience: its bytes once executed, and who waits for them meanwhile. */
export class Payload {
  bytes: Buffer | null = null;
  failure: unknown = null;
  private waiters: Array<() => void> = [];

  constructor(result: ExecutionResult | Promise<ExecutionResult>) {
    if (isPromise(result)) result.then((r) => this.settle(r), (error: unknown) => this.fail(error));
    else this.settle(result);
  }

  get ready(): boolean {
    return this.bytes !== null || this.failure !== null;
  }

  /** Runs `then` once the payload is ready (executed, or failed). */
  whenReady(then: () => void): void {
    if (this.ready) then();
    else this.waiters.push(then);
  }

  private settle(result: ExecutionResult): void {
    try {
      this.bytes = Buffer.from(payloadText(result));
    } catch (error) {
      return this.fail(error);
    }
    this.wake();
  }

  private fail(error: unknown): void {
    this.failure = error ?? new Error('the subscription event failed to execute');
    this.wake();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const then of waiters) then();
  }
}

/** Executed payloads by event object and audience, kept as long as some subscription holds the event. */
export class SharedPayloads {
  private readonly byEvent = new WeakMap<object, Map<string, Payload>>();

  constructor(private readonly counts: DeliveryCounts) {}

  /** The payload of `event` for `audience`, executed by `run` the first time it is asked for. */
  payload(event: unknown, audience: string, run: (event: unknown) => ExecutionResult | Promise<ExecutionResult>): Payload {
    if (typeof event !== 'object' || event === null) return this.execute(event, run);
    let byAudience = this.byEvent.get(event);
    if (!byAudience) this.byEvent.set(event, (byAudience = new Map()));
    let payload = byAudience.get(audience);
    if (!payload) byAudience.set(audience, (payload = this.execute(event, run)));
    return payload;
  }

  private execute(event: unknown, run: (event: unknown) => ExecutionResult | Promise<ExecutionResult>): Payload {
    this.counts.executions += 1;
    let result: ExecutionResult | Promise<ExecutionResult>;
    try {
      result = run(event);
    } catch (error) {
      result = Promise.reject(error);
    }
    return new Payload(result);
  }
}

const DONE: IteratorResult<never, undefined> = { done: true, value: undefined };

/**
 * What graphql-ws drains for one subscription. It never yields: it takes each event from the
 * subscription (push mode) and writes it as a frame, and its one next() settles when the
 * subscription ends: done, or rejected with the feed's failure or a failed execution (graphql-ws
 * then closes the socket, as it would for a failing iterator). return() ends the subscription at
 * once.
 */
export class FrameWriter implements AsyncIterableIterator<ExecutionResult>, EventSink<unknown>, Resumable {
  private readonly ended: Promise<IteratorResult<never, undefined>>;
  private settle!: (failure: unknown) => void;
  private stopped = false;

  constructor(
    private readonly subscription: LiveSubscription<unknown>,
    private readonly outlet: SubscriptionOutlet,
    private readonly payloadOf: (event: unknown) => Payload,
    private readonly counts: DeliveryCounts,
  ) {
    this.ended = new Promise((resolve, reject) => (this.settle = (failure) => (failure === null ? resolve(DONE) : reject(failure))));
    // Nobody may ask for next() (a socket closed at once): the failure must not go unhandled meanwhile.
    this.ended.catch(() => undefined);
    subscription.pushTo(this);
  }

  take(event: unknown): boolean {
    const payload = this.payloadOf(event);
    if (payload.ready) return this.send(payload);
    payload.whenReady(() => {
      if (this.send(payload)) this.subscription.resume();
    });
    return false;
  }

  /** The output or the payload is ready again: the events that queued meanwhile go out. */
  resume(): void {
    if (!this.stopped) this.subscription.resume();
  }

  end(failure: Error | null): void {
    this.stopped = true;
    this.settle(failure);
  }

  /** Writes the payload's frame; false when this writer waits for the socket (it is resumed then). */
  private send(payload: Payload): boolean {
    if (this.stopped) return false;
    if (payload.failure !== null) {
      this.stopped = true;
      // Settled first: ending the subscription settles the writer too, as done.
      this.settle(payload.failure);
      void this.subscription.return();
      return false;
    }
    const { output, prefix } = this.outlet;
    if (!output.isOpen) return true;
    this.counts.eventsSent += 1;
    return output.write(prefix, payload.bytes!, this);
  }

  next(): Promise<IteratorResult<never, undefined>> {
    return this.ended;
  }

  async return(): Promise<IteratorResult<never, undefined>> {
    await this.subscription.return();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<never, undefined>> {
    await this.subscription.return();
    throw error;
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/**
 * graphql's subscribe() with the events executed per audience and written as frames: the source
 * stream (the field's subscribe resolver: access checks, limits, cursor) exactly as graphql runs
 * it; a refusal comes back as the ExecutionResult graphql-ws sends as an error.
 */
export async function subscribeShared(args: ExecutionArgs, outlet: SubscriptionOutlet, payloads: SharedPayloads, counts: DeliveryCounts): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> {
  const events = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in events)) return events as ExecutionResult;
  if (!(events instanceof LiveSubscription)) throw new Error('a subscription field must return the live service\'s LiveSubscription');
  // Made once per subscription, not per event: the per-event path allocates no closures.
  const run = (event: unknown) => execute({ ...args, rootValue: event });
  return new FrameWriter(events as LiveSubscription<unknown>, outlet, (event) => payloads.payload(event, outlet.audience, run), counts);
}
