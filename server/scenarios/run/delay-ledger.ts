/**
 * Who lost which day. A ledger follows one order along its timeline in whole calendar days (UTC),
 * the unit the report counts delay in: at each checkpoint the goods stand some days late against
 * the plan for that point (a leg's planned departure or arrival day), and whatever changed since
 * the last checkpoint belongs to the cause acting there. Days gained back (slack in a connection
 * absorbs lateness) come off the causes again: the unattributed rest first, then the newest cause
 * first, as the latest hold is the one a connection catches up. So at every point the causes add
 * up to the days late, never more and never less, and a half-day hold that does not push the
 * goods past midnight costs no day at all.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { DelayCause } from '../../models/scenario-report';

dayjs.extend(utc);

/** Days no incident explains: the hour a leg arrives, a connection that crosses midnight. */
export const UNATTRIBUTED = 'other (arrival hour, connections)';

/** Whole calendar days from `from`'s day to `to`'s day, UTC. */
export function calendarDays(from: Date | string, to: Date | string): number {
  return dayjs.utc(to).startOf('day').diff(dayjs.utc(from).startOf('day'), 'day');
}

export class DelayLedger {
  private late = 0;
  /** days per cause, in the order the causes first cost a day */
  private readonly parts = new Map<string, number>();

  /**
   * The goods stand at `actual` where the plan had them on `plannedDay` (or at `plannedDay`'s
   * instant): any change in days late since the last checkpoint is `cause`'s (null: unattributed).
   */
  checkpoint(plannedDay: Date | string, actual: Date, cause: string | null): void {
    const late = Math.max(0, calendarDays(plannedDay, actual));
    const change = late - this.late;
    this.late = late;
    if (change > 0) this.add(cause ?? UNATTRIBUTED, change);
    else if (change < 0) this.absorb(-change);
  }

  /** Days late at the last checkpoint (never negative: early goods are not late). */
  get days(): number {
    return this.late;
  }

  /** Each cause with the days it cost, largest first (ties by name); they sum to `days`. */
  causes(): DelayCause[] {
    return [...this.parts]
      .filter(([, days]) => days > 0)
      .map(([cause, days]) => ({ cause, days }))
      .sort((a, b) => b.days - a.days || a.cause.localeCompare(b.cause));
  }

  private add(cause: string, days: number): void {
    // Re-adding moves the cause to the end: it is now the newest, the first a gain takes back.
    const before = this.parts.get(cause) ?? 0;
    this.parts.delete(cause);
    this.parts.set(cause, before + days);
  }

  private absorb(days: number): void {
    let left = days;
    const order = [UNATTRIBUTED, ...[...this.parts.keys()].filter((c) => c !== UNATTRIBUTED).reverse()];
    for (const cause of order) {
      const has = this.parts.get(cause) ?? 0;
      const taken = Math.min(has, left);
      if (taken > 0) this.parts.set(cause, has - taken);
      left -= taken;
      if (left === 0) return;
    }
  }
}
