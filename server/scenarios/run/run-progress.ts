/**
 * What a run in several shares reports as it goes: one progress for the whole run from the
 * latest progress each share (worker) sent, so a trainer sees orders done and the round move
 * forward only.
 */
import type { ShareProgress } from './play-share';

export interface RunProgress {
  ordersDone: number;
  ordersTotal: number;
  /** the round the run is playing, from 1 (the slowest share's), of `rounds`: each replays the scenario's calendar from its start */
  round: number;
  rounds: number;
  /** the simulated instant the whole run has reached in that round, ISO 8601 */
  simulatedAt: string;
  events: number;
}

/** The latest progress of each share, by its index; null until it first reports. */
export type ShareProgressSlots = Array<ShareProgress | null>;

/**
 * The run's progress from its shares': orders and events summed (the scenario's timeline once),
 * the round the slowest share plays and the instant the slowest share in that round has reached.
 */
export function runProgress(latest: ShareProgressSlots, ordersTotal: number, rounds: number, start: string | Date): RunProgress {
  const heard = latest.filter((p): p is ShareProgress => p !== null);
  const timelineEvents = Math.max(0, ...heard.map((p) => p.timelineEvents));
  const playing = heard.filter((p) => !p.finished);
  // A share not heard from yet is still in its first round: without it a fast share's round 2
  // would be reported before a slow share's round 1, and the round would go back.
  const unheard = heard.length < latest.length;
  const round = unheard ? 1 : playing.length > 0 ? Math.min(...playing.map((p) => p.round)) : heard.length > 0 ? rounds : 1;
  const clocks = playing.filter((p) => p.round === round).map((p) => p.simulatedAt);
  const ended = heard.map((p) => p.simulatedAt);
  const simulatedAt = unheard
    ? new Date(start).toISOString()
    : clocks.length > 0 ? clocks.reduce((a, b) => (b < a ? b : a)) : ended.length > 0 ? ended.reduce((a, b) => (b > a ? b : a)) : new Date(start).toISOString();
  return {
    ordersDone: heard.reduce((n, p) => n + p.ordersDone, 0),
    ordersTotal,
    round,
    rounds,
    simulatedAt,
    events: heard.reduce((n, p) => n + p.events - p.timelineEvents, 0) + timelineEvents,
  };
}
