/** The party registry: every organisation that acts in the single window. */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import { TRANSPORT_MODES, type TransportMode } from '../reference/modes';
import { ROLES, type Role } from './roles';

export const CREDIT_RATINGS = ['A', 'B', 'C', 'D'] as const;
export type CreditRating = (typeof CREDIT_RATINGS)[number];

/** The rating risk selection uses: the one customs gave, or what AEO status implies. */
export function creditRatingOf(party: Pick<PartyRecord, 'aeo' | 'creditRating'>): CreditRating {
  return party.creditRating ?? (party.aeo ? 'A' : 'C');
}

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
  /**
   * The customs credit rating (GACC enterprise credit): A advanced-certified AEO, B certified AEO,
   * C regular, D dishonest. Null means the rating follows `aeo`: A for an AEO, C otherwise.
   */
  creditRating?: CreditRating | null;
  /** the enterprise's 10-character customs registration code (海关编码), for declarants */
  customsCode?: string | null;
  /** enrolled in inspect-then-stuff (先查验后装箱): customs may inspect its exports at its factory */
  inspectThenStuff?: boolean;
  /** postal address; DCSA requires one for a bill's issuer */
  address?: PartyAddress | null;
  /** Standard Carrier Alpha Code (NMFTA), for multimodal operators who issue bills */
  scac?: string | null;
  /**
   * The transport modes a carrier serves: it may be assigned legs of these modes only. Empty for
   * other parties; absent on parties stored before modes were recorded (read as none).
   */
  modes?: TransportMode[];
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
    creditRating: { type: String, enum: [...CREDIT_RATINGS, null], default: null },
    customsCode: { type: String, default: null },
    inspectThenStuff: { type: Boolean, default: false },
    address: { type: { street: String, city: String, postCode: String, countryCode: String, _id: false }, default: null },
    scac: { type: String, default: null },
    modes: { type: [{ type: String, enum: TRANSPORT_MODES }], default: [] },
    demo: { type: Boolean, required: true, default: false },
    createdAt: { type: Date, required: true },
  },
  { collection: 'parties', versionKey: false },
);

export function partyModel(connection: Connection): Model<PartyRecord> {
  return (connection.models.Party as Model<PartyRecord> | undefined) ?? connection.model<PartyRecord>('Party', partySchema);
}
