/** Who is calling: an authenticated party and the roles it may act in. */
import type { PartyRecord } from '../models/party.model';
import { READ_ALL_ROLES, type Role } from '../models/roles';

export interface Caller {
  party: PartyRecord;
  partyId: string;
  roles: readonly Role[];
}

export function callerOf(party: PartyRecord): Caller {
  return { party, partyId: String(party._id), roles: party.roles };
}

export function hasRole(caller: Caller, ...roles: Role[]): boolean {
  return caller.roles.some((r) => roles.includes(r));
}

/** Trainers and auditors read every document; everyone else only those they are party to. */
export function readsAll(caller: Caller): boolean {
  return hasRole(caller, ...READ_ALL_ROLES);
}

/** The role a caller acts in for the lifecycle history: the first of `preferred` it holds. */
export function actingRole(caller: Caller, preferred: readonly Role[]): Role {
  return caller.roles.find((r) => preferred.includes(r)) ?? caller.roles[0];
}
