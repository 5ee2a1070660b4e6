/**
 * The sockets of this process: who each one is (the party and the token it authenticated with),
 * how many subscriptions it holds and how many events wait in its queues. The limits live here,
 * and so does revocation: a token revoked anywhere (any process, any database client) closes its
 * sockets here, because the api_tokens collection is watched like everything else.
 */
import type { Caller } from '../parties/caller';
import type { QueueBudget } from './live-subscription';

export interface LiveLimits {
  /** Open WebSockets per process; more are closed with TOO_MANY_CONNECTIONS. */
  maxConnections: number;
  /** Running subscriptions per socket. */
  maxSubscriptionsPerConnection: number;
  /** Running subscriptions per token, over all its sockets on this process. */
  maxSubscriptionsPerToken: number;
  /** Events waiting to be sent per socket; a socket that falls further behind is closed (SLOW_CONSUMER). */
  maxQueuedEvents: number;
}

export const DEFAULT_LIVE_LIMITS: LiveLimits = {
  maxConnections: 5_000,
  maxSubscriptionsPerConnection: 50,
  maxSubscriptionsPerToken: 200,
  maxQueuedEvents: 1_000,
};

/** Close codes: 4401 and 4403 as graphql-ws uses them, 1013 from RFC 6455, 4430 our own. */
export const CLOSE_CODES = {
  /** No token in connection_init, or one this server does not know. */
  UNAUTHENTICATED: 4401,
  /** The token was revoked (before connecting or while connected). */
  REVOKED: 4403,
  /** RFC 6455 "Try Again Later": this process holds maxConnections sockets already. */
  TOO_MANY_CONNECTIONS: 1013,
  /** The socket's queue passed maxQueuedEvents: the client reads slower than events arrive. */
  SLOW_CONSUMER: 4430,
} as const;

export type CloseSocket = (code: number, reason: string) => void;

/** How many times events were executed for subscribers, and how many frames carried them. */
export interface DeliveryCounts {
  executions: number;
  eventsSent: number;
}

/**
 * Everything the access rules and the resolvers can know of a caller, as text: a caller is its
 * party record and its roles, nothing else. Connections with the same text see exactly the same
 * events and the same fields, so an event is computed and executed once for all of them; any
 * difference (another party, a role added, the record edited since) makes another class.
 */
export function accessClassOf(caller: Caller): string {
  return JSON.stringify([caller.partyId, caller.roles, caller.party]);
}

export class LiveConnection implements QueueBudget {
  subscriptions = 0;
  queued = 0;
  /** see accessClassOf */
  readonly accessClass: string;
  private closed = false;

  constructor(
    readonly caller: Caller,
    readonly tokenId: string,
    private readonly limits: LiveLimits,
    private readonly closeSocket: CloseSocket,
  ) {
    this.accessClass = accessClassOf(caller);
  }

  take(): boolean {
    if (this.queued >= this.limits.maxQueuedEvents) return false;
    this.queued += 1;
    return true;
  }

  give(count: number): void {
    this.queued -= count;
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.closeSocket(code, reason);
  }

  get isClosed(): boolean {
    return this.closed;
  }
}

/** The authenticated sockets of this process, by token. */
export class LiveConnections {
  private readonly byToken = new Map<string, Set<LiveConnection>>();
  /** Raw sockets, authenticated or not, counted against maxConnections. */
  sockets = 0;

  constructor(readonly limits: LiveLimits) {}

  add(connection: LiveConnection): void {
    const set = this.byToken.get(connection.tokenId) ?? new Set();
    set.add(connection);
    this.byToken.set(connection.tokenId, set);
  }

  remove(connection: LiveConnection): void {
    const set = this.byToken.get(connection.tokenId);
    set?.delete(connection);
    if (set?.size === 0) this.byToken.delete(connection.tokenId);
  }

  /** Running subscriptions on every socket of this process. */
  get subscriptions(): number {
    let n = 0;
    for (const set of this.byToken.values()) for (const c of set) n += c.subscriptions;
    return n;
  }

  subscriptionsOfToken(tokenId: string): number {
    let n = 0;
    for (const c of this.byToken.get(tokenId) ?? []) n += c.subscriptions;
    return n;
  }

  revoke(tokenId: string): number {
    const set = [...(this.byToken.get(tokenId) ?? [])];
    for (const connection of set) connection.close(CLOSE_CODES.REVOKED, 'the token was revoked');
    return set.length;
  }

  get size(): number {
    let n = 0;
    for (const set of this.byToken.values()) n += set.size;
    return n;
  }
}
