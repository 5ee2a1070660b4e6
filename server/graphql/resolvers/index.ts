import type { Resolvers } from '../__generated__/resolvers-types';
import { healthResolvers } from './health.resolvers';
import { partyResolvers } from './party.resolvers';

/** One entry per area; each area's resolvers cover only the types its schema file declares. */
export const resolvers: Resolvers[] = [healthResolvers, partyResolvers];
