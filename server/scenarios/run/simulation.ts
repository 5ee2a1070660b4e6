/**
 * Simulated time for a scenario run: a clock that only the scheduler moves, and cooperative
 * processes (one per order, plus the timeline of incidents) that wait for a simulated instant.
 * Exactly one process runs at a time, and waiting processes resume in order of (instant, the order
 * in which they asked), so a run performs the same service calls in the same order every time,
 * whatever the database's speed. The clock jumps straight to the next instant anyone waits for.
 */
import type { Clock } from '../../clock';

export class SimulatedClock implements Clock {
  private millis: number;

  constructor(start: Date) {
    this.millis = start.getTime();
  }

  now(): Date {
    return new Date(this.millis);
  }

  /** Moves forward to `at`; time never runs backwards. */
  advanceTo(at: Date): void {
    this.millis = Math.max(this.millis, at.getTime());
  }
}

interface Wake {
  at: number;
  /** the order the waking process plays (its place in the run, from 1), or 0 for the scenario's own timeline */
  lane: number;
  seq: number;
  resume: () => void;
}

/** A binary min-heap of wake-ups by (instant, arrival): no library gives this ordering more plainly. */
class WakeQueue {
  private readonly heap: Wake[] = [];

  get size(): number {
    return this.heap.length;
  }

  push(wake: Wake): void {
    const heap = this.heap;
    heap.push(wake);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i], heap[parent])) break;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  pop(): Wake | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0 && last) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let least = i;
        if (left < heap.length && before(heap[left], heap[least])) least = left;
        if (right < heap.length && before(heap[right], heap[least])) least = right;
        if (least === i) break;
        [heap[i], heap[least]] = [heap[least], heap[i]];
        i = least;
      }
    }
    return top;
  }
}

const before = (a: Wake, b: Wake): boolean => a.at < b.at || (a.at === b.at && a.seq < b.seq);

export type Process = (sim: Simulation) => Promise<void>;

/** A process and the lane it plays in: an order's place in the run (from 1), or 0 for the scenario's timeline. */
export interface LaneProcess {
  lane: number;
  process: Process;
}

export interface Signal {
  fired(): boolean;
  /** Resolves when fired; at once if it already was. */
  wait(): Promise<void>;
  fire(): void;
}

export class Simulation {
  readonly clock: SimulatedClock;
  private readonly queue = new WakeQueue();
  private seq = 0;
  /** Called by the running process when it waits or ends: the scheduler may then wake the next one. */
  private yielded: (() => void) | null = null;
  private failure: unknown = null;
  private running = 0;
  private lane = 0;

  constructor(start: Date) {
    this.clock = new SimulatedClock(start);
  }

  /**
   * The lane of the process running now: what it starts, wakes or waits for stays in its lane, so
   * an order's documents can be numbered by the order alone (run-numbering.ts).
   */
  get currentLane(): number {
    return this.lane;
  }

  /**
   * Suspends the calling process until the simulated clock reaches `at` (or now, if `at` has
   * passed: a step that falls behind runs as soon as it can, never in the past).
   */
  until(at: Date): Promise<void> {
    return new Promise<void>((resume) => {
      this.queue.push({ at: Math.max(at.getTime(), this.clock.now().getTime()), lane: this.lane, seq: this.seq++, resume });
      this.handBack();
    });
  }

  /** Starts another process now, beside the running one (it runs when the running one waits). */
  spawn(process: Process): void {
    this.queue.push({ at: this.clock.now().getTime(), lane: this.lane, seq: this.seq++, resume: () => this.start(process) });
  }

  /**
   * Something one process waits for and another makes happen (goods arrived, title freed). A
   * process must not await a plain promise: the scheduler would wait for it forever.
   */
  signal(): Signal {
    let fired = false;
    const waiting: Array<() => void> = [];
    return {
      fired: () => fired,
      wait: () => {
        if (fired) return Promise.resolve();
        return new Promise<void>((resume) => {
          waiting.push(resume);
          this.handBack();
        });
      },
      fire: () => {
        if (fired) return;
        fired = true;
        const { lane } = this;
        for (const resume of waiting.splice(0)) this.queue.push({ at: this.clock.now().getTime(), lane, seq: this.seq++, resume });
      },
    };
  }

  /**
   * Runs every process to its end. `onStep` hears the clock after each resumption (for progress);
   * a process that throws stops the run with its error.
   */
  async run(processes: readonly LaneProcess[], onStep?: (now: Date) => void | Promise<void>): Promise<void> {
    const start = this.clock.now();
    for (const { lane, process } of processes) {
      this.queue.push({
        at: start.getTime(),
        lane,
        seq: this.seq++,
        resume: () => this.start(process),
      });
    }
    while (this.queue.size > 0 && this.failure === null) {
      const wake = this.queue.pop()!;
      this.clock.advanceTo(new Date(wake.at));
      this.lane = wake.lane;
      await new Promise<void>((done) => {
        this.yielded = done;
        wake.resume();
      });
      if (onStep) await onStep(this.clock.now());
    }
    if (this.failure !== null) throw this.failure;
    if (this.stalled > 0) throw new Error(`${this.stalled} process(es) still wait for a signal nobody fired`);
  }

  private start(process: Process): void {
    this.running++;
    process(this).then(
      () => {
        this.running--;
        this.handBack();
      },
      (error: unknown) => {
        this.running--;
        this.failure ??= error;
        this.handBack();
      },
    );
  }

  /** Processes started and not ended once the queue is empty wait for a signal that never came. */
  private get stalled(): number {
    return this.running;
  }

  private handBack(): void {
    const done = this.yielded;
    this.yielded = null;
    done?.();
  }
}
