/**
 * Tokens for sockets: who a token from connection_init is, and the end of every socket of a
 * token once it is revoked. Revocation is read from the api_tokens collection's change stream,
 * so a token revoked through any process closes its sockets on every process.
 */
import type { TokenService } from '../parties/token.service';
import { hashToken } from '../parties/token.service';
import type { Caller } from '../parties/caller';
import type { ChangeFeed } from './change-feed';
import { CLOSE_CODES, type LiveConnections } from './live-connection';

export type SocketAuthentication = { ok: true; caller: Caller; tokenId: string } | { ok: false; code: number; reason: string };

export class TokenWatch {
  private watching: Promise<unknown> | null = null;

  constructor(
    private readonly feed: ChangeFeed,
    private readonly tokens: TokenService,
    private readonly connections: LiveConnections,
  ) {}

  async authenticate(token: string | undefined): Promise<SocketAuthentication> {
    if (!token) return { ok: false, code: CLOSE_CODES.UNAUTHENTICATED, reason: "connection_init needs { authorization: 'Bearer <token>' }" };
    // Watching starts before the lookup: a revocation committed after it is seen.
    this.watching ??= this.feed.listen(this.tokens.model.collection.collectionName, {
      onChange: (change) => {
        const revoked = change.operationType === 'delete' || (change.fullDocument?.revokedAt ?? null) !== null;
        if (revoked) this.connections.revoke(String(change.documentId));
      },
      // The stream failed: watch again at the next connection; meanwhile sockets stay checked at start only.
      onError: () => (this.watching = null),
    });
    await this.watching;
    const record = await this.tokens.model.findOne({ tokenHash: hashToken(token) }, { _id: 1, revokedAt: 1 }).lean();
    if (!record) return { ok: false, code: CLOSE_CODES.UNAUTHENTICATED, reason: 'the token is unknown' };
    if (record.revokedAt) return { ok: false, code: CLOSE_CODES.REVOKED, reason: 'the token was revoked' };
    const caller = await this.tokens.authenticate(token);
    if (!caller) return { ok: false, code: CLOSE_CODES.REVOKED, reason: 'the token was revoked' };
    return { ok: true, caller, tokenId: String(record._id) };
  }
}
