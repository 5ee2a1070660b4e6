/** The party registry: every organisation that acts in the single window. */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import { ROLES, type Role } from '../parties/roles';

export interface PartyAddress {
  street: string;
  city: string;
  postCode?: string | null;
  countryCode: string;
}

export interface PartyRecord {
  _id: Types.ObjectId;
  /** A short stable handle, e.g. 'CQ-MOTO-EXP' (unique). */
  code: string;
  name: string;
  roles: Role[];
  /** ISO 3166-1 alpha-2 */
  country: string;
  /** An enterprise's customs AEO status, used by risk selection. */
  aeo: boolean;
  /** postal address; DCSA requires one for a bill's issuer */
  address?: PartyAddress | null;
  /** Standard Carrier Alpha Code (NMFTA), for multimodal operators who issue bills */
  scac?: string | null;
  demo: boolean;
  createdAt: Date;
}

const partySchema = new Schema<PartyRecord>(
  {
    code: { type: String, required: true, unique: true },
    name: { type: String, required: true },
    roles: { type: [{ type: String, enum: ROLES }], required: true },
    country: { type: String, required: true },
    aeo: { type: Boolean, required: true, default: false },
    address: { type: { street: String, city: String, postCode: String, countryCode: String, _id: false }, default: null },
    scac: { type: String, default: null },
    demo: { type: Boolean, required: true, default: false },
    createdAt: { type: Date, required: true },
  },
  { collection: 'parties', versionKey: false },
);

export function partyModel(connection: Connection): Model<PartyRecord> {
  return (connection.models.Party as Model<PartyRecord> | undefined) ?? connection.model<PartyRecord>('Party', partySchema);
}
