/**
 * server_instances: one document per running server process sharing the database. It is how
 * stateless processes behind a load balancer can see each other, and how an operator can tell
 * that two processes really write to the same place.
 */
import { Schema, type Connection, type Model } from 'mongoose';

export interface ServerInstanceDocument {
  /** Chosen by the process at start (a random UUID). */
  _id: string;
  hostname: string;
  pid: number;
  startedAt: Date;
  lastSeenAt: Date;
}

export const SERVER_INSTANCE_MODEL = 'ServerInstance';

const serverInstanceSchema = new Schema<ServerInstanceDocument>(
  {
    _id: { type: String, required: true },
    hostname: { type: String, required: true },
    pid: { type: Number, required: true },
    startedAt: { type: Date, required: true },
    lastSeenAt: { type: Date, required: true },
  },
  { collection: 'server_instances', versionKey: false },
);

// The health query and the stale-entry cleanup both select by lastSeenAt.
serverInstanceSchema.index({ lastSeenAt: 1 });

export type ServerInstanceModel = Model<ServerInstanceDocument>;

/** Models belong to a connection, not to the global mongoose, so tests can hold several at once. */
export function serverInstanceModel(connection: Connection): ServerInstanceModel {
  const existing = connection.models[SERVER_INSTANCE_MODEL] as ServerInstanceModel | undefined;
  return existing ?? connection.model<ServerInstanceDocument>(SERVER_INSTANCE_MODEL, serverInstanceSchema);
}
