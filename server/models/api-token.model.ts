/**
 * API tokens. Only a SHA-256 hash of each token is stored: the token itself is shown once, when
 * it is issued. A fast hash is enough because tokens are 256-bit random, not passwords.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface ApiTokenRecord {
  _id: Types.ObjectId;
  partyId: Types.ObjectId;
  tokenHash: string;
  /** The token's first characters, so a party can tell its tokens apart. */
  prefix: string;
  label: string;
  createdAt: Date;
  revokedAt: Date | null;
}

const apiTokenSchema = new Schema<ApiTokenRecord>(
  {
    partyId: { type: Schema.Types.ObjectId, required: true, index: true },
    tokenHash: { type: String, required: true, unique: true },
    prefix: { type: String, required: true },
    label: { type: String, required: true },
    createdAt: { type: Date, required: true },
    revokedAt: { type: Date, default: null },
  },
  { collection: 'api_tokens', versionKey: false },
);

export function apiTokenModel(connection: Connection): Model<ApiTokenRecord> {
  return (connection.models.ApiToken as Model<ApiTokenRecord> | undefined) ?? connection.model<ApiTokenRecord>('ApiToken', apiTokenSchema);
}
