/**
 * The run's events in one order, whatever the number of workers: by simulated instant, then lane
 * (the scenario's timeline, then the orders by their place in the run), then their order within
 * the lane. Each share records an order's events in that order and its clock only moves forward,
 * so an event earlier than every share's clock can be numbered for good and handed to the run's
 * watchers while the run plays; the rest follow at the end, and the report is numbered the same.
 *
 * A run in several rounds (rounds.ts) replays the calendar from the scenario's start in each, so
 * its watchers get the events round by round, each round's in that order and numbered in the
 * order they are handed on; the report numbers all of them by instant, as above. The two agree
 * for a run in one round (every run started through the API is one).
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

/** Hands the watchers each event once it can no longer be preceded by one still to come in its round, numbered in the order handed on. */
export class EventMerge {
  private pending: Array<{ round: number; lane: number; event: RunEvent }> = [];
  /** each share's round and clock in it ('' before it spoke, null once it has finished) */
  private readonly shares: Array<{ round: number; clock: string | null }>;
  private sent = 0;

  constructor(
    shares: number,
    private readonly deliver: (events: RunEvent[]) => Promise<void>,
  ) {
    this.shares = Array.from({ length: shares }, () => ({ round: 1, clock: '' }));
  }

  /** A share's new events (of its round `round`) and its clock in that round (null once it has finished). */
  add(share: number, events: readonly LaneEvent[], simulatedAt: string | null, round = 1): void {
    for (const { lane, event } of events) this.pending.push({ round, lane, event });
    this.shares[share] = { round, clock: simulatedAt };
  }

  /** Delivers what every share has moved past: earlier rounds whole, and the round still playing up to the slowest clock in it; everything once all have finished. */
  async release(): Promise<void> {
    const playing = this.shares.filter((s) => s.clock !== null);
    const round = playing.length === 0 ? Infinity : Math.min(...playing.map((s) => s.round));
    const clocks = playing.filter((s) => s.round === round).map((s) => s.clock!);
    const watermark = clocks.length === 0 ? null : clocks.reduce((a, b) => (b < a ? b : a));
    const isReady = (e: { round: number; event: RunEvent }) => e.round < round || (e.round === round && watermark !== null && e.event.at < watermark);
    const ready = this.pending.filter(isReady);
    if (ready.length === 0) return;
    this.pending = this.pending.filter((e) => !isReady(e));
    ready.sort((a, b) => a.round - b.round || earlier(a, b));
    await this.deliver(ready.map(({ event }) => ({ ...event, seq: ++this.sent })));
  }
}
