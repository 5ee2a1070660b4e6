/**
 * A connection to the engine inside the same thread, with no socket: the client holds a Duplex
 * that looks to the driver like a connected net.Socket, the engine serves the other end exactly
 * as it serves a TCP client (serveConnection, the same assembler, limits and replies). The bytes
 * are the wire protocol's either way; only the kernel, libuv and the socket's stream plumbing
 * are left out.
 *
 * The engine's end is a bare event emitter rather than a second stream: serveConnection only
 * listens for 'data' and 'close' and writes whole replies, so a stream's buffering would be cost
 * without use.
 */
import { EventEmitter } from 'node:events';
import { Duplex } from 'node:stream';
import type { WireSocket } from './wire-socket';

/** The engine's end: what serveConnection reads from and writes replies to. */
class EngineEnd extends EventEmitter implements WireSocket {
  destroyed = false;

  constructor(private readonly client: InProcessSocket) {
    super();
  }

  write(reply: Buffer): boolean {
    if (this.destroyed) return false;
    this.client.deliver(reply);
    return true;
  }

  /** Closes both ends, as a server closing its socket does; the client hears it on a later tick. */
  destroy(): void {
    if (this.destroyed) return;
    this.closed();
    process.nextTick(() => this.client.destroy());
  }

  closed(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    process.nextTick(() => this.emit('close'));
  }
}

/**
 * The client's end. The driver calls setKeepAlive, setNoDelay and setTimeout on its socket and
 * waits for 'connect' (node_modules/mongodb/lib/cmap/connect.js, makeSocket); the idle timeout
 * is honoured as net.Socket's is, the other two mean nothing without a network.
 */
export class InProcessSocket extends Duplex {
  readonly engineEnd: EngineEnd;
  readonly remoteAddress: string;
  readonly remotePort: number;
  private timeoutMs = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(address: { host: string; port: number }) {
    super();
    this.engineEnd = new EngineEnd(this);
    this.remoteAddress = address.host;
    this.remotePort = address.port;
    process.nextTick(() => {
      if (!this.destroyed) this.emit('connect');
    });
  }

  /** A reply from the engine, readable by the client. */
  deliver(reply: Buffer): void {
    if (this.destroyed) return;
    this.timer?.refresh();
    this.push(reply);
  }

  // The engine reads each request as it is written, in the writer's turn, as it would on 'data'.
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.timer?.refresh();
    if (!this.engineEnd.destroyed) this.engineEnd.emit('data', chunk);
    done();
  }

  // Replies are pushed as they are ready; there is nothing to pull.
  override _read(): void {}

  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    this.clearTimer();
    this.engineEnd.closed();
    done(error);
  }

  setKeepAlive(): this {
    return this;
  }

  setNoDelay(): this {
    return this;
  }

  /** Emits 'timeout' after `ms` without traffic either way; 0 turns it off (net.Socket's contract). */
  setTimeout(ms: number): this {
    // The driver sets it before and after every command: the common cases reuse the timer.
    if (ms === 0 && !this.timer) return this;
    if (ms === this.timeoutMs && this.timer) {
      this.timer.refresh();
      return this;
    }
    this.clearTimer();
    this.timeoutMs = ms;
    if (ms > 0 && !this.destroyed) {
      this.timer = setTimeout(() => this.emit('timeout'), ms);
      // net.Socket's idle timer does not keep the process alive either.
      this.timer.unref();
    }
    return this;
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
