import type { Resolvers } from '../__generated__/resolvers-types';

export const healthResolvers: Resolvers = {
  Query: {
    health: (_root, _args, { services }) => services.health.report(),
  },
  Health: {
    // Resolved only when asked for: it is the one field that reads the database.
    instances: (_report, _args, { services }) => services.health.liveInstances(),
    live: (_report, _args, { services }) => services.live.stats(),
  },
  ServerInstance: {
    startedAt: (instance) => instance.startedAt.toISOString(),
    lastSeenAt: (instance) => instance.lastSeenAt.toISOString(),
  },
  // GraphQL enum names on the wire, the storage layer's own names inside.
  StorageKind: {
    URI: 'uri',
    MEMORY_SERVER: 'memory-server',
    EMBEDDED: 'embedded',
  },
};
