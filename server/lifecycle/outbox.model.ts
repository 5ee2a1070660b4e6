/**
 * Effects waiting to run after a lifecycle write. A row is written in the same transaction as
 * the state change, and marked done in the same transaction as the effect's own writes, so each
 * effect runs exactly once even across a crash.
 */
import { type Connection, type Model, Schema } from 'mongoose';

export type OutboxStatus = 'pending' | 'done' | 'failed';

export interface OutboxRecord {
  _id: unknown;
  aggregate: string;
  aggregateId: string;
  /** the history entry (aggregate version) that asked for the effect */
  seq: number;
  /** position among the effects of that entry */
  index: number;
  type: string;
  params: Record<string, unknown>;
  status: OutboxStatus;
  attempts: number;
  createdAt: Date;
  doneAt?: Date;
  lastError?: string;
}

const outboxSchema = new Schema<OutboxRecord>(
  {
    aggregate: { type: String, required: true },
    aggregateId: { type: String, required: true },
    seq: { type: Number, required: true },
    index: { type: Number, required: true },
    type: { type: String, required: true },
    params: { type: Schema.Types.Mixed, default: {} },
    status: { type: String, enum: ['pending', 'done', 'failed'], required: true, default: 'pending' },
    attempts: { type: Number, required: true, default: 0 },
    createdAt: { type: Date, required: true },
    doneAt: Date,
    lastError: String,
  },
  { collection: 'outbox', minimize: false, versionKey: false },
);
// One row per requested effect: a retried write cannot queue it twice.
outboxSchema.index({ aggregate: 1, aggregateId: 1, seq: 1, index: 1 }, { unique: true });
outboxSchema.index({ status: 1, createdAt: 1 });

export function outboxModel(connection: Connection): Model<OutboxRecord> {
  return (connection.models.Outbox as Model<OutboxRecord> | undefined) ?? connection.model<OutboxRecord>('Outbox', outboxSchema);
}
