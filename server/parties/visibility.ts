/** Which documents a caller may read: those naming it among their parties, or all for readers of all. */
import type { Caller } from './caller';
import { readsAll } from './caller';

export function visibleTo(caller: Caller): Record<string, unknown> {
  return readsAll(caller) ? {} : { parties: caller.party._id };
}
