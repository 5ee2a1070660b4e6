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

export interface PartyKeyOptions {
  /**
   * This process is the only writer of the database (a scenario run's own database, dropped when
   * the run ends): each party's signer is kept once read or created, so a bill action does not
   * read it again (issue 18: 7 reads per order of scenario 01). Nothing deletes or replaces a key
   * here, but another process could, and this process would not see it: never for a shared
   * database.
   */
  soleWriter?: boolean;
}

export class PartyKeyService {
  readonly model: Model<PartyKeyRecord>;
  /** Signers by party id, kept only for a sole writer. */
  private readonly kept: Map<string, Signer> | null;

  constructor(
    connection: Connection,
    private readonly clock: Clock,
    options: PartyKeyOptions = {},
  ) {
    this.model = partyKeyModel(connection);
    this.kept = options.soleWriter ? new Map() : null;
  }

  async signerFor(partyId: string): Promise<Signer> {
    const kept = this.kept?.get(partyId);
    if (kept) return kept;
    const signer = await this.readOrCreate(partyId);
    this.kept?.set(partyId, signer);
    return signer;
  }

  private async readOrCreate(partyId: string): Promise<Signer> {
    const existing = await this.model.findOne({ partyId: new Types.ObjectId(partyId) }).lean();
    if (existing) return { privateKeyPem: existing.privateKeyPem, kid: existing.kid };
    const pair = generatePartyKeyPair();
    try {
      await this.model.create({ partyId: new Types.ObjectId(partyId), kid: pair.publicJwk.kid, publicJwk: pair.publicJwk, privateKeyPem: pair.privateKeyPem, createdAt: this.clock.now() });
      return { privateKeyPem: pair.privateKeyPem, kid: pair.publicJwk.kid };
    } catch (err) {
      // Another request created this party's key first: use that one.
      if ((err as { code?: number }).code !== 11000) throw err;
      return this.readOrCreate(partyId);
    }
  }

  /** Public keys by id, for verification: kid -> { partyId, jwk }. */
  async publicKeys(partyIds: string[]): Promise<Map<string, { partyId: string; jwk: Record<string, unknown> }>> {
    const rows = await this.model.find({ partyId: { $in: partyIds.map((id) => new Types.ObjectId(id)) } }).lean();
    return new Map(rows.map((r) => [r.kid, { partyId: String(r.partyId), jwk: r.publicJwk }]));
  }
}
