import { ROLES, type Role } from '../../models/roles';
import type { Resolvers } from '../__generated__/resolvers-types';
import { requireCaller } from '../auth';
import { payload } from '../payload';

/** GraphQL enum names on the wire (EXPORTER), the stored names inside (exporter). */
export const roleEnumValues = Object.fromEntries(ROLES.map((role) => [role.toUpperCase(), role])) as Record<Uppercase<Role>, Role>;

export const partyResolvers: Resolvers = {
  Query: {
    me: (_root, _args, context) => requireCaller(context),
    parties: (_root, { first, after, filter }, context) => {
      return context.services.parties.list(requireCaller(context), { role: filter?.role ?? undefined }, { first, after });
    },
    party: (_root, { id }, context) => {
      requireCaller(context);
      return context.services.parties.byId(id);
    },
  },
  Mutation: {
    registerParty: (_root, { input }, context) =>
      payload(context.services.parties.register(requireCaller(context), { ...input, aeo: input.aeo ?? undefined, modes: input.modes ?? undefined }), 'party'),
    issueApiToken: (_root, { partyId, label }, context) =>
      payload(context.services.tokens.issue(requireCaller(context), partyId, label), (issued) => ({
        token: issued.token,
        apiToken: issued.record,
      })),
    revokeApiToken: (_root, { id }, context) => payload(context.services.tokens.revoke(requireCaller(context), id), 'apiToken'),
  },
  Me: {
    party: (caller) => caller.party,
    roles: (caller) => [...caller.roles],
    tokens: (caller, _args, { services }) => services.tokens.listFor(caller.partyId),
  },
  Party: {
    id: (party) => String(party._id),
    modes: (party) => party.modes ?? [],
  },
  ApiToken: {
    id: (token) => String(token._id),
    createdAt: (token) => token.createdAt.toISOString(),
    revokedAt: (token) => token.revokedAt?.toISOString() ?? null,
  },
  Role: roleEnumValues,
};
