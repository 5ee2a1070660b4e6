/**
 * Parties by id, kept between requests (issue 18): orders, bookings and declarations check the
 * parties they name (the buyer, the forwarder, the carriers, the declaration's owner) on every
 * call, and parties change rarely (nothing in the app edits one; seeding adds a carrier's modes).
 *
 * A kept party is served only while something vouches that no change to the parties collection
 * came since it was read (`PartyChanges`):
 * - in a server, the caller cache (caller-cache.ts): its ticket moves on every change to tokens
 *   or parties but an insert, and on every stream failure, and it vouches only while its change
 *   streams are live. A party changed through any process is read again as soon as this
 *   process's stream has the change, exactly when the callers the cache keeps (which carry their
 *   party) are dropped, so the directory is never staler than the caller a request acts as;
 * - in a scenario run, the run (SOLE_WRITER): its database is its own, written by no other
 *   process, and its parties are all written at set-up, before the first lookup.
 * With neither, every lookup reads. Only parties found are kept (a guessed id cannot fill the
 * map), and `maxEntries` bounds it anyway. Kept records are shared by every caller: read them,
 * never change them.
 */
import type { Model } from 'mongoose';
import type { PartyRecord } from '../models/party.model';
import type { Role } from '../models/roles';
import type { Result } from '../shared/result';
import type { UserError } from '../shared/user-error';
import type { LookupTicket } from './caller-cache';
import { checkPartyInRole } from './party-check';

/** What tells the directory whether a party read under a ticket may still be served. */
export interface PartyChanges {
  /** Take before reading; null when nothing read now could be kept. */
  ticket(): LookupTicket;
  /** Whether nothing changed since `ticket` was taken (and the source can still tell). */
  current(ticket: LookupTicket): boolean;
}

/** A process that is the only writer of its database and writes its parties before reading them. */
export const SOLE_WRITER: PartyChanges = { ticket: () => 0, current: (ticket) => ticket === 0 };

const MAX_ENTRIES = 10_000;

export class PartyDirectory {
  private readonly kept = new Map<string, { party: PartyRecord; ticket: LookupTicket }>();

  constructor(
    private readonly model: Model<PartyRecord>,
    /** null: keep nothing, read every time */
    private readonly changes: PartyChanges | null,
  ) {}

  /** The party with this id (ObjectId text), or null. */
  async byId(id: string): Promise<PartyRecord | null> {
    const key = id.toLowerCase();
    const entry = this.kept.get(key);
    if (entry && this.changes?.current(entry.ticket)) return entry.party;
    const ticket = this.changes?.ticket() ?? null;
    const party = await this.model.findById(id).lean();
    if (party && ticket !== null && this.changes?.current(ticket)) {
      this.keep(key, party, ticket);
    } else if (entry) {
      this.kept.delete(key);
    }
    return party;
  }

  /**
   * The parties these ids (ObjectId text) name, each once, in the order first named; ids naming
   * no party are left out, as a `find` with `$in` leaves them. Kept parties are served, the rest
   * read together in one find.
   */
  async byIds(ids: readonly string[]): Promise<PartyRecord[]> {
    const keys = [...new Set(ids.map((id) => id.toLowerCase()))];
    const found = new Map<string, PartyRecord>();
    const missing: string[] = [];
    for (const key of keys) {
      const entry = this.kept.get(key);
      if (entry && this.changes?.current(entry.ticket)) found.set(key, entry.party);
      else missing.push(key);
    }
    if (missing.length > 0) {
      const ticket = this.changes?.ticket() ?? null;
      const read = await this.model.find({ _id: { $in: missing } }).lean();
      const keep = ticket !== null && this.changes?.current(ticket) === true;
      for (const key of missing) this.kept.delete(key);
      for (const party of read) {
        const key = String(party._id);
        found.set(key, party);
        if (keep) this.keep(key, party, ticket);
      }
    }
    return keys.flatMap((key) => found.get(key) ?? []);
  }

  private keep(key: string, party: PartyRecord, ticket: LookupTicket): void {
    if (this.kept.size >= MAX_ENTRIES) this.kept.clear();
    this.kept.set(key, { party, ticket });
  }

  /** The party `id` names if it exists and holds `role`, else the field error (see party-check.ts). */
  async inRole(id: string, role: Role, field: string[]): Promise<Result<PartyRecord, UserError>> {
    return checkPartyInRole(id, role, field, (valid) => this.byId(valid));
  }
}
