/**
 * Signing keys of parties. The simulator signs on each party's behalf (custodial keys), so the
 * private key is stored here; the public key is published for anyone to verify bill histories.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';

export interface PartyKeyRecord {
  _id: Types.ObjectId;
  partyId: Types.ObjectId;
  /** RFC 7638 thumbprint of the public key */
  kid: string;
  publicJwk: Record<string, unknown>;
  privateKeyPem: string;
  createdAt: Date;
}

const partyKeySchema = new Schema<PartyKeyRecord>(
  {
    // One key per party: the first signer creates it, a concurrent second creation loses here.
    partyId: { type: Schema.Types.ObjectId, required: true, unique: true },
    kid: { type: String, required: true, unique: true },
    publicJwk: { type: Schema.Types.Mixed, required: true },
    privateKeyPem: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'party_keys', versionKey: false },
);

export function partyKeyModel(connection: Connection): Model<PartyKeyRecord> {
  return (connection.models.PartyKey as Model<PartyKeyRecord> | undefined) ?? connection.model<PartyKeyRecord>('PartyKey', partyKeySchema);
}
