/**
 * An exercise's clock: simulated time that stands still until the trainer moves it, or runs at a
 * rate of the wall clock (one simulated day per real minute is a rate of 1,440). The stored
 * record is the truth (it survives a restart and is shared by every server process); each
 * request routed to the exercise reloads it, so every process reads the same time.
 */
import type { Clock } from '../clock';
import type { ExerciseClockRecord } from '../models/exercise.model';

/** The simulated instant a clock record stands at when the wall clock reads `wallNow`. */
export function simulatedAt(record: ExerciseClockRecord, wallNow: Date): Date {
  if (record.rate === 0) return new Date(record.at.getTime());
  const elapsed = Math.max(0, wallNow.getTime() - record.since.getTime());
  return new Date(record.at.getTime() + Math.floor(elapsed * record.rate));
}

export class ExerciseClock implements Clock {
  private record: ExerciseClockRecord;
  /** while an advance fires what falls due, the instant of the item being fired */
  private stepping: Date | null = null;

  constructor(
    record: ExerciseClockRecord,
    private readonly wall: Clock,
  ) {
    this.record = record;
  }

  now(): Date {
    return this.stepping ? new Date(this.stepping.getTime()) : simulatedAt(this.record, this.wall.now());
  }

  /** Takes the stored record (reloaded per request, or after an advance). */
  load(record: ExerciseClockRecord): void {
    this.record = record;
  }

  /** Holds the clock at `at` while an advance fires the items due then; null lets it go. */
  holdAt(at: Date | null): void {
    this.stepping = at;
  }
}
