/**
 * Graceful close of the HTTP server on shutdown, so that no request is cut mid-handler.
 *
 * The hazard is the kept-alive connection. Half-closing an idle one (what Apollo's drain plugin
 * does, socket.end()) leaves its reading side open: a request the client sent at that moment is
 * still parsed and run, and its write lands in the database, but the answer cannot be sent, so
 * the client sees ECONNRESET for a request that took effect. Likewise a response sent with
 * keep-alive just before shutdown invites the client to send its next request down a connection
 * that is about to close.
 *
 * So: stop listening; answer every request in progress or arriving during the drain with
 * `Connection: close`, so its connection ends after its answer and the client sends nothing more
 * down it; give idle kept-alive connections a moment (IDLE_LINGER_MS) in which a client's next
 * request is still answered that way, then destroy the ones still idle (a request racing that is
 * dropped unread: it never started). Only when the grace period runs out are busy connections
 * cut.
 */
import type http from 'node:http';
import net from 'node:net';

/**
 * How long idle kept-alive connections stay open once the drain begins. A client in a steady
 * exchange sends its next request within it and gets a full answer with `Connection: close`
 * instead of a reset; one that stays silent loses nothing. 250 ms proved too short on a loaded
 * machine (a client starved of CPU for longer met a reset); a second is still small beside the
 * grace period, and the drain ends sooner when every connection has closed.
 */
const IDLE_LINGER_MS = 1_000;

export class HttpDrain {
  private draining = false;
  /** Idle connections are no longer given time: the linger is over. */
  private lingerOver = false;
  private readonly inFlight = new Set<http.ServerResponse>();

  constructor(private readonly server: http.Server) {
    // Ahead of the application's listener: a handler may answer synchronously (the probes do),
    // and the header must be set before that.
    server.prependListener('request', (_req: http.IncomingMessage, res: http.ServerResponse) => {
      this.inFlight.add(res);
      if (this.draining) res.setHeader('Connection', 'close');
      res.once('close', () => {
        this.inFlight.delete(res);
        // A response already on its way when the drain began went out with keep-alive; its
        // connection turns idle here. During the linger it waits like every idle connection
        // (closing all idle ones here would end the linger for everyone); after it, at once.
        if (this.lingerOver) server.closeIdleConnections();
      });
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** Requests being handled now. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /**
   * Resolves once every connection is closed: after the idle linger when none is busy, else when
   * the last request in progress has been answered, or after `graceMs` by cutting what is left.
   * Returns whether it ended without cutting anything.
   */
  async close(graceMs: number, idleLingerMs = IDLE_LINGER_MS): Promise<boolean> {
    this.draining = true;
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    // net's close, not http's: http's would destroy the idle connections at once (Node >= 19),
    // with no linger. The callback fires once the last connection has closed.
    const closed = new Promise<void>((resolve) => net.Server.prototype.close.call(this.server, () => resolve()));
    let timer: NodeJS.Timeout | undefined;
    const wait = (ms: number) => new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    const lingered = await Promise.race([closed.then(() => true), wait(Math.min(idleLingerMs, graceMs)).then(() => false)]);
    clearTimeout(timer);
    if (lingered) return true;
    this.lingerOver = true;
    this.server.closeIdleConnections();
    const graceful = await Promise.race([closed.then(() => true), wait(Math.max(0, graceMs - idleLingerMs)).then(() => false)]);
    clearTimeout(timer);
    if (!graceful) {
      this.server.closeAllConnections();
      await closed;
    }
    return graceful;
  }
}
