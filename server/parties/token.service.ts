/**
 * API tokens: 256 random bits, shown once, stored only as a SHA-256 hash, revocable.
 * Token randomness is security, not simulation, so it comes from the OS and not the seeded
 * generator.
 */
import { isObjectIdText } from '../shared/ids';
import { createHash, randomBytes } from 'node:crypto';
import type { Connection, Model } from 'mongoose';
import { Types } from 'mongoose';
import type { Clock } from '../clock';
import { type ApiTokenRecord, apiTokenModel } from '../models/api-token.model';
import { type PartyRecord, partyModel } from '../models/party.model';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, forbidden, notFound } from '../shared/user-error';
import { type Caller, callerOf, hasRole } from './caller';
import type { CallerCache } from './caller-cache';

export const TOKEN_PREFIX = 'yd_';
const PREFIX_SHOWN = 10;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export class TokenService {
  readonly model: Model<ApiTokenRecord>;
  private readonly parties: Model<PartyRecord>;

  /**
   * `callers`: remembers who a token stands for between requests (see caller-cache.ts); without
   * it every request reads its token and party from the database.
   */
  constructor(
    connection: Connection,
    private readonly clock: Clock,
    readonly callers: CallerCache | null = null,
  ) {
    this.model = apiTokenModel(connection);
    this.parties = partyModel(connection);
  }

  /** A party issues tokens for itself; a trainer for any party. */
  async issue(caller: Caller, partyId: string, label: string): Promise<Result<{ token: string; record: ApiTokenRecord }, UserError[]>> {
    if (caller.partyId !== partyId && !hasRole(caller, 'trainer')) return fail([forbidden('a party issues tokens only for itself')]);
    if (label.trim().length === 0) return fail([fieldError(['label'], 'required', 'must not be empty')]);
    if (!isObjectIdText(partyId) || !(await this.parties.exists({ _id: partyId }))) {
      return fail([notFound(`party ${partyId} does not exist`)]);
    }
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    return ok({ token, record: await this.store(partyId, token, label.trim()) });
  }

  /**
   * Stores a token chosen by the caller. Only demo seeding uses this, so the README can show
   * fixed demo tokens; such tokens are marked demo-only wherever they are printed.
   */
  async storeKnown(partyId: string, token: string, label: string): Promise<void> {
    await this.model.updateOne(
      { tokenHash: hashToken(token) },
      // Seeding (re-)enables the token, also after revokeDemoTokens retired it.
      { $setOnInsert: { partyId: new Types.ObjectId(partyId), prefix: token.slice(0, PREFIX_SHOWN), label, createdAt: this.clock.now() }, $set: { revokedAt: null } },
      { upsert: true },
    );
  }

  /** Revokes every live token of a demo party; returns how many. */
  async revokeDemoTokens(): Promise<number> {
    const demoParties = await this.parties.find({ demo: true }, { _id: 1 }).lean();
    if (demoParties.length === 0) return 0;
    const r = await this.model.updateMany({ partyId: { $in: demoParties.map((p) => p._id) }, revokedAt: null }, { $set: { revokedAt: this.clock.now() } });
    this.callers?.forget();
    return r.modifiedCount;
  }

  async revoke(caller: Caller, tokenId: string): Promise<Result<ApiTokenRecord, UserError[]>> {
    const record = isObjectIdText(tokenId) ? await this.model.findById(tokenId).lean() : null;
    // Another party's token answers as an unknown one would: FORBIDDEN would confirm it exists.
    const mayRevoke = record !== null && (String(record.partyId) === caller.partyId || hasRole(caller, 'trainer'));
    if (!record || !mayRevoke) return fail([notFound(`token ${tokenId} does not exist`)]);
    const change = this.callers?.expectChange(String(record._id));
    const revoked = await this.model.findOneAndUpdate(
      { _id: record._id, revokedAt: null },
      { $set: { revokedAt: this.clock.now() } },
      { returnDocument: 'after' },
    ).lean();
    this.callers?.forget();
    if (revoked) await change?.seen;
    else change?.cancel();
    return ok(revoked ?? record);
  }

  async listFor(partyId: string): Promise<ApiTokenRecord[]> {
    return this.model.find({ partyId: new Types.ObjectId(partyId) }).sort({ createdAt: 1 }).lean();
  }

  /** The caller a bearer token stands for, or null for an unknown or revoked token. */
  async authenticate(token: string): Promise<Caller | null> {
    const tokenHash = hashToken(token);
    const cached = this.callers?.get(tokenHash);
    if (cached) return cached;
    const ticket = this.callers?.ticket() ?? null;
    const record = await this.model.findOne({ tokenHash, revokedAt: null }).lean();
    if (!record) return null;
    const party = await this.parties.findById(record.partyId).lean();
    if (!party) return null;
    const caller = callerOf(party);
    this.callers?.remember(tokenHash, caller, ticket);
    return caller;
  }

  private async store(partyId: string, token: string, label: string): Promise<ApiTokenRecord> {
    const record: ApiTokenRecord = {
      _id: new Types.ObjectId(),
      partyId: new Types.ObjectId(partyId),
      tokenHash: hashToken(token),
      prefix: token.slice(0, PREFIX_SHOWN),
      label,
      createdAt: this.clock.now(),
      revokedAt: null,
    };
    await this.model.create(record);
    return record;
  }
}
