/** Checks that an input names an existing party holding a role, as a field error if not. */
import type { PartyRecord } from '../models/party.model';
import { isObjectIdText } from '../shared/ids';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError } from '../shared/user-error';
import type { Role } from '../models/roles';

/** The check itself, on the party `read` finds (the database, or a party directory). */
export async function checkPartyInRole(id: string, role: Role, field: string[], read: (id: string) => Promise<PartyRecord | null>): Promise<Result<PartyRecord, UserError>> {
  if (!isObjectIdText(id)) return fail(fieldError(field, 'party-id', `'${id}' is not a party id`));
  const party = await read(id);
  if (!party) return fail(fieldError(field, 'known-party', `party ${id} does not exist`));
  if (!party.roles.includes(role)) return fail(fieldError(field, `${role}-party`, `party ${party.code} is not a${/^[aeiou]/.test(role) ? 'n' : ''} ${role}`));
  return ok(party);
}
