/**
 * One subscription, fed by the change feed: an async iterator, or (pushTo) a sink that takes each
 * event synchronously as the change arrives, which is how the GraphQL layer writes frames without
 * a promise per event and subscriber. Events wait in a queue while the consumer is busy (the
 * iterator not asked, or the sink paused until its socket took the last frame); the connection
 * bounds what all its subscriptions may hold queued (see live-connection.ts), so a consumer that
 * falls behind is closed instead of growing memory. A subscription resumed with a cursor first
 * replays what the database recorded after it, then the live events it buffered meanwhile, each
 * change once.
 */
import { type FeedChange, isAfter } from './change-feed';

export interface QueueBudget {
  /** Takes room for one event; false when the connection's queue is full. */
  take(): boolean;
  give(count: number): void;
}

type Waiter = { resolve: (r: IteratorResult<unknown>) => void; reject: (e: Error) => void };

/** Where a subscription in push mode hands its events, in order. */
export interface EventSink<E> {
  /** Takes the next event; false pauses the subscription until the sink calls resume(). */
  take(event: E): boolean;
  /** The subscription ended: null when completed or closed, the feed's failure otherwise. */
  end(failure: Error | null): void;
}

export class LiveSubscription<E> implements AsyncIterableIterator<E> {
  /** `counted`: the event took room in the connection's budget (live ones do, replayed ones not). */
  private readonly queue: Array<{ event: E; counted: boolean }> = [];
  private waiter: Waiter | null = null;
  private failure: Error | null = null;
  private finished = false;
  /** Live changes held back until the subscription starts (its current state or its replay is out); null once started. */
  private held: FeedChange[] | null = [];
  /** The last change delivered (live or replayed), so no change is delivered twice. */
  private lastToken: string | null = null;
  private cleanups: (() => void)[] = [];
  /** Push mode (pushTo): the sink, and whether it asked to pause. */
  private sink: EventSink<E> | null = null;
  private paused = false;
  /** Inside resume()'s loop, so a take() that resumes synchronously does not start a second one. */
  private resuming = false;

  constructor(
    private readonly toEvent: (change: FeedChange) => E | null,
    private readonly budget: QueueBudget,
    private readonly onOverflow: () => void,
  ) {}

  /** Runs when the subscription ends, however it ends. */
  onEnd(cleanup: () => void): void {
    if (this.finished) cleanup();
    else this.cleanups.push(cleanup);
  }

  /** A live change from the feed. */
  offer(change: FeedChange): void {
    if (this.finished) return;
    if (this.held) this.held.push(change);
    else this.deliver(change);
  }

  /**
   * Starts with the document's current state (read after the feed was joined, so it reflects
   * every change up to `joinedAt`), then the live changes after `joinedAt`.
   */
  startFresh(current: E | null, joinedAt: string | null): void {
    if (current !== null) this.enqueue(current);
    this.lastToken = joinedAt;
    this.release();
  }

  /** Starts with the changes recorded after the cursor, then the live ones held meanwhile. */
  startAfter(cursorToken: string, changes: FeedChange[]): void {
    this.lastToken = cursorToken;
    // The replay arrives at once, so it cannot count as falling behind; it is bounded by the
    // database's change history instead.
    for (const change of changes) this.deliver(change, false);
    this.release();
  }

  private release(): void {
    const held = this.held ?? [];
    this.held = null;
    for (const change of held) this.deliver(change);
  }

  /**
   * Push mode: from now on every event goes to `sink.take` at once, in order, while the sink is
   * not paused; what queued before is handed over first.
   */
  pushTo(sink: EventSink<E>): void {
    this.sink = sink;
    if (this.finished) sink.end(this.failure);
    else this.resume();
  }

  /** The paused sink can take events again: the queued ones first, until it pauses again. */
  resume(): void {
    const sink = this.sink;
    if (!sink || this.resuming) return;
    this.paused = false;
    this.resuming = true;
    try {
      while (!this.paused && !this.finished) {
        const queued = this.queue.shift();
        if (queued === undefined) break;
        if (queued.counted) this.budget.give(1);
        this.paused = !sink.take(queued.event);
      }
    } finally {
      this.resuming = false;
    }
    // A failure waits behind the events queued before it, as next() has them first.
    if (this.failure && !this.paused && this.queue.length === 0) this.end();
  }

  fail(error: Error): void {
    if (this.finished) return;
    this.failure = error;
    if (this.sink) {
      if (!this.paused && this.queue.length === 0) this.end();
      return;
    }
    if (this.waiter) {
      const { reject } = this.waiter;
      this.waiter = null;
      this.end();
      reject(error);
    }
  }

  next(): Promise<IteratorResult<E>> {
    const queued = this.queue.shift();
    if (queued !== undefined) {
      if (queued.counted) this.budget.give(1);
      return Promise.resolve({ value: queued.event, done: false });
    }
    if (this.failure) {
      const failure = this.failure;
      this.end();
      return Promise.reject(failure);
    }
    if (this.finished) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiter = { resolve: resolve as Waiter['resolve'], reject }));
  }

  return(): Promise<IteratorResult<E>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  get queued(): number {
    return this.queue.length;
  }

  private deliver(change: FeedChange, counted = true): void {
    if (this.finished) return;
    if (this.lastToken !== null && !isAfter(change.token, this.lastToken)) return;
    this.lastToken = change.token;
    const event = this.toEvent(change);
    if (event !== null) this.enqueue(event, counted);
  }

  private enqueue(event: E, counted = true): void {
    if (this.finished) return;
    if (this.sink && !this.paused && !this.resuming && this.queue.length === 0) {
      this.paused = !this.sink.take(event);
      return;
    }
    if (this.waiter) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve({ value: event, done: false });
      return;
    }
    if (counted && !this.budget.take()) {
      this.onOverflow();
      this.end();
      return;
    }
    this.queue.push({ event, counted });
  }

  private end(): void {
    if (this.finished) return;
    this.finished = true;
    this.budget.give(this.queue.filter((q) => q.counted).length);
    this.queue.length = 0;
    if (this.waiter) {
      this.waiter.resolve({ value: undefined, done: true });
      this.waiter = null;
    }
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.sink?.end(this.failure);
  }
}
