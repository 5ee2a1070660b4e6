/**
 * Time as a dependency. Domain code asks a Clock instead of reading the wall clock, so scenarios
 * can run on simulated time and replay to the byte. The wall-clock implementation lives in
 * config.ts, one of the two places allowed to touch process-level state.
 */
export interface Clock {
  now(): Date;
}

/** A clock stuck at one instant, for tests; each call returns a fresh copy so callers cannot move it. */
export function fixedClock(at: Date): Clock {
  const millis = at.getTime();
  return { now: () => new Date(millis) };
}
