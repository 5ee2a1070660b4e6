/**
 * Subscription events onto the sockets, executed once per audience. An audience is every
 * subscription with the same caller access class, operation, document and variables: for one
 * event they get the same result, so it is executed and serialized once and the same payload
 * text goes into each subscriber's own `next` frame. The live service hands subscriptions of one
 * access class the same event object for a change (Watch.sharedAs), which is what makes an
 * event recognisable here; an event no one else holds (a subscription's current state, a replay)
 * is executed for its subscriber alone.
 *
 * graphql-ws still runs the protocol: subscribe, complete, errors, the end of a subscription.
 * Only `next` frames are written here, because graphql-ws would serialize every event once per
 * subscriber. The frame is exactly what graphql-ws writes: `{"id":…,"type":"next","payload":…}`
 * with the payload's `errors` (if any) after its `data`. Frames of one subscription go out one at
 * a time, the next only once the socket took the last, so events wait in the live service's
 * bounded queue (LiveSubscription) and a slow consumer is closed there, as before.
 */
import { type ExecutionArgs, type ExecutionResult, createSourceEventStream, execute } from 'graphql';
import type { DeliveryCounts } from '../live/live-connection';

/** Where one subscription's frames go, and whose results it may share. */
export interface SubscriptionOutlet {
  /** the graphql-transport-ws subscription id the client chose */
  id: string;
  /** access class, operation name, document and variables: equal text, equal result */
  audience: string;
  /** writes one text frame; resolves once the socket took it (or is closed) */
  write(frame: string): Promise<void>;
}


/** The payload text graphql-ws would write for a result: `data` (and `extensions`) first, then `errors`. */
function payloadText(result: ExecutionResult): string {
  const { errors, ...rest } = result;
  return JSON.stringify(errors ? { ...rest, errors: errors.map((e) => e.toJSON()) } : rest);
}

export function nextFrame(id: string, payload: string): string {
  return `{"id":${JSON.stringify(id)},"type":"next","payload":${payload}}`;
}

/** Executed payloads by event object and audience, kept as long as some subscription holds the event. */
export class SharedPayloads {
  private readonly byEvent = new WeakMap<object, Map<string, Promise<string>>>();

  constructor(private readonly counts: DeliveryCounts) {}

  payload(event: unknown, audience: string, run: () => ExecutionResult | Promise<ExecutionResult>): Promise<string> {
    const executeOnce = (): Promise<string> => {
      this.counts.executions += 1;
      return Promise.resolve(run()).then(payloadText);
    };
    if (typeof event !== 'object' || event === null) return executeOnce();
    let byAudience = this.byEvent.get(event);
    if (!byAudience) this.byEvent.set(event, (byAudience = new Map()));
    let payload = byAudience.get(audience);
    if (!payload) byAudience.set(audience, (payload = executeOnce()));
    return payload;
  }
}

const DONE: IteratorResult<never, undefined> = { done: true, value: undefined };

/**
 * What graphql-ws drains for one subscription. It never yields: each event is written as a frame
 * here, and the iterator ends when the event stream does. return() ends the event stream at
 * once, even while next() waits on it (an async generator function would wait for a yield first).
 */
class FrameWriter implements AsyncIterableIterator<ExecutionResult> {
  constructor(
    private readonly events: AsyncIterator<unknown>,
    private readonly deliver: (event: unknown) => Promise<void>,
  ) {}

  async next(): Promise<IteratorResult<never, undefined>> {
    for (;;) {
      const r = await this.events.next();
      if (r.done) return DONE;
      try {
        await this.deliver(r.value);
      } catch (error) {
        await this.events.return?.();
        throw error;
      }
    }
  }

  async return(): Promise<IteratorResult<never, undefined>> {
    await this.events.return?.();
    return DONE;
  }

  async throw(error: unknown): Promise<IteratorResult<never, undefined>> {
    await this.events.return?.();
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
  return new FrameWriter(events[Symbol.asyncIterator](), async (event) => {
    const payload = await payloads.payload(event, outlet.audience, () => execute({ ...args, rootValue: event }));
    await outlet.write(nextFrame(outlet.id, payload));
    counts.eventsSent += 1;
  });
}
