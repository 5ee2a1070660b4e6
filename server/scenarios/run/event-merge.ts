/**
 * The run's events in one order, whatever the number of workers: by simulated instant, then lane
 * (the scenario's timeline, then the orders by their place in the run), then their order within
 * the lane. Each share records an order's events in that order and its clock only moves forward,
 * so an event earlier than every share's clock can be numbered for good and handed to the run's
 * watchers while the run plays; the rest follow at the end, and the report is numbered the same.
 */
import type { RunEvent } from '../../models/scenario-report';
import type { LaneEvent } from './order-run';

const earlier = (a: LaneEvent, b: LaneEvent): number =>
  a.event.at < b.event.at ? -1 : a.event.at > b.event.at ? 1 : a.lane - b.lane || a.event.seq - b.event.seq;

/** Numbers every event of a finished run in place, from 1, in the run's order (events arrive numbered within their lane). */
export function numberRunEvents(lanes: ReadonlyArray<{ lane: number; events: RunEvent[] }>): void {
  const all = lanes.flatMap(({ lane, events }) => events.map((event) => ({ lane, event })));
  all.sort(earlier);
  all.forEach(({ event }, i) => {
    event.seq = i + 1;
  });
}

/** Hands the watchers each event once it can no longer be preceded by one still to come, numbered as the report will be. */
export class EventMerge {
  private pending: LaneEvent[] = [];
  private readonly clocks: Array<string | null>;
  private sent = 0;

  constructor(
    shares: number,
    private readonly deliver: (events: RunEvent[]) => Promise<void>,
  ) {
    this.clocks = Array.from({ length: shares }, () => '');
  }

  /** A share's new events and its clock (null once it has finished). */
  add(share: number, events: readonly LaneEvent[], simulatedAt: string | null): void {
    for (const e of events) this.pending.push(e);
    this.clocks[share] = simulatedAt;
  }

  /** Delivers what every share has moved past; everything once all have finished. */
  async release(): Promise<void> {
    const playing = this.clocks.filter((c): c is string => c !== null);
    const watermark = playing.length === 0 ? null : playing.reduce((a, b) => (b < a ? b : a));
    const ready = watermark === null ? this.pending : this.pending.filter((e) => e.event.at < watermark);
    if (ready.length === 0) return;
    this.pending = watermark === null ? [] : this.pending.filter((e) => e.event.at >= watermark);
    ready.sort(earlier);
    await this.deliver(ready.map(({ event }) => ({ ...event, seq: ++this.sent })));
  }
}
