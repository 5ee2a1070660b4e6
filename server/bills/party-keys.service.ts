/** Each party's Ed25519 key pair, created the first time the party signs. */
import type { Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { type PartyKeyRecord, partyKeyModel } from '../models/party-key.model';
import { generatePartyKeyPair } from './integrity';

export interface Signer {
  privateKeyPem: string;
  kid: string;
}

export class PartyKeyService {
  readonly model: Model<PartyKeyRecord>;

  constructor(
    connection: Connection,
    private readonly clock: Clock,
  ) {
    this.model = partyKeyModel(connection);
  }

  async signerFor(partyId: string): Promise<Signer> {
    const existing = await this.model.findOne({ partyId: new Types.ObjectId(partyId) }).lean();
    if (existing) return { privateKeyPem: existing.privateKeyPem, kid: existing.kid };
    const pair = generatePartyKeyPair();
    try {
      await this.model.create({ partyId: new Types.ObjectId(partyId), kid: pair.publicJwk.kid, publicJwk: pair.publicJwk, privateKeyPem: pair.privateKeyPem, createdAt: this.clock.now() });
      return { privateKeyPem: pair.privateKeyPem, kid: pair.publicJwk.kid };
    } catch (err) {
      // Another request created this party's key first: use that one.
      if ((err as { code?: number }).code !== 11000) throw err;
      return this.signerFor(partyId);
    }
  }

  /** Public keys by id, for verification: kid -> { partyId, jwk }. */
  async publicKeys(partyIds: string[]): Promise<Map<string, { partyId: string; jwk: Record<string, unknown> }>> {
    const rows = await this.model.find({ partyId: { $in: partyIds.map((id) => new Types.ObjectId(id)) } }).lean();
    return new Map(rows.map((r) => [r.kid, { partyId: String(r.partyId), jwk: r.publicJwk }]));
  }
}
