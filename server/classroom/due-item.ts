/** What falls due on an exercise's clock, and what firing it did (time-driven.ts, scheduled-legs.ts). */

/** What firing an item did, as the exercise's event log records it. */
export interface Fired {
  name: string;
  actor: string;
  outcome: 'done' | 'refused';
  detail: string;
  rule: string | null;
}

export interface DueItem {
  at: Date;
  key: string;
  /**
   * A step that waits when refused (a departure before the export is released): it is tried
   * again at the next advance instead of being spent; its refusal is logged the first time only.
   */
  retriedWhenRefused?: boolean;
  fire(): Promise<Fired>;
}
