/**
 * A socket's `next` frames, written by the project instead of through ws's send(). A milestone
 * followed by a thousand subscribers is a thousand frames that differ only in their subscription
 * id, so a frame is put together from bytes made once: the subscription's prefix
 * (`{"id":…,"type":"next","payload":`), the audience's payload, the closing brace. With the
 * WebSocket frame header (RFC 6455 §5.2: FIN and opcode 1, text; a server's frames are not
 * masked) it is one buffer and one write to the TCP socket, where ws.send() would encode the text
 * again, allocate a header and write both through a cork: the same bytes on the wire either way.
 * This needs ws's TCP socket, which ws does not expose (its `_socket`); where it is missing, or a
 * compression extension was negotiated (then ws must compress), frames go through ws.send().
 * ws writes its own frames (graphql-ws's other messages, the close frame) synchronously into the
 * same socket, so the order on the wire is the order of the calls.
 *
 * One write per socket and turn: the first frame of a turn corks the TCP socket, and every
 * socket corked in the turn is uncorked once the turn's promise jobs have run (process.nextTick,
 * which Node runs after the microtask queue is drained; a queueMicrotask would run between the
 * changes of one change-stream batch). Several subscriptions of one socket, or several changes of
 * one batch, then cost one writev instead of one write each; ws's own frames written meanwhile
 * join the cork in call order. A turn's frames to one socket are bounded (FLUSH_AT_BYTES): past
 * that they go at once.
 *
 * Backpressure: write() reports whether the socket can take more now. Once the kernel has not
 * taken everything written (at an uncork), the socket is backed up: the next frame is written
 * behind what waits and its writer stops taking events (they wait in the subscription's bounded
 * queue, where a slow consumer is closed) until everything written has left.
 */
import type { Socket } from 'node:net';
import type WebSocket from 'ws';

const CLOSE_BRACE = 0x7d;
/** FIN + opcode 1 (text). */
const FIN_TEXT = 0x81;

/** Bytes in the frame header for a body of this length: 7-bit, 16-bit or 64-bit length. */
function headerLength(bodyLength: number): number {
  if (bodyLength < 126) return 2;
  return bodyLength < 65_536 ? 4 : 10;
}

/** `{"id":…,"type":"next","payload":`: what graphql-ws's JSON.stringify of a next message puts before its payload. */
export function nextPrefix(id: string): Buffer {
  return Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":`);
}

/** The WebSocket frame (header and body) of a `next` message: prefix, payload, closing brace. */
export function nextFrameBytes(prefix: Buffer, payload: Buffer): Buffer {
  const bodyLength = prefix.length + payload.length + 1;
  const head = headerLength(bodyLength);
  const frame = Buffer.allocUnsafe(head + bodyLength);
  frame[0] = FIN_TEXT;
  if (head === 2) frame[1] = bodyLength;
  else if (head === 4) {
    frame[1] = 126;
    frame.writeUInt16BE(bodyLength, 2);
  } else {
    frame[1] = 127;
    frame.writeUInt32BE(0, 2);
    frame.writeUInt32BE(bodyLength, 6);
  }
  prefix.copy(frame, head);
  payload.copy(frame, head + prefix.length);
  frame[frame.length - 1] = CLOSE_BRACE;
  return frame;
}

/** Something to resume once the socket has sent everything written to it. */
export interface Resumable {
  resume(): void;
}

/** Bytes a socket may hold corked in one turn; past them its frames of the turn go at once. */
const FLUSH_AT_BYTES = 64 * 1024;

/** Outputs corked in this turn, and whether their uncork is scheduled. */
let corkedThisTurn: FrameOutput[] = [];
let flushScheduled = false;

function uncorkTurn(): void {
  flushScheduled = false;
  const outputs = corkedThisTurn;
  corkedThisTurn = [];
  for (const output of outputs) output.uncork();
}

export class FrameOutput {
  /** ws's TCP socket, when frames may be written to it directly. */
  private readonly tcp: Socket | null;
  /** Writers that stopped because the kernel did not take everything written. */
  private waiting: Resumable[] = [];
  /** Corked by this output in the current turn. */
  private corked = false;
  /** The kernel has not taken everything written yet: writers wait until it has. */
  private backedUp = false;
  private readonly flushed = (): void => this.onFlushed();

  constructor(private readonly socket: WebSocket) {
    const tcp = (socket as unknown as { _socket?: Socket })._socket;
    this.tcp = tcp && typeof tcp.write === 'function' && socket.extensions === '' ? tcp : null;
  }

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN && !(this.tcp?.destroyed ?? false);
  }

  /**
   * Writes one `next` frame. Returns true when the socket can take more now; false when it is
   * backed up, in which case `writer` is resumed once it has sent everything. A closed socket
   * takes nothing: the frame is dropped (its subscriptions end with the socket).
   */
  write(prefix: Buffer, payload: Buffer, writer: Resumable): boolean {
    if (!this.isOpen) return true;
    const tcp = this.tcp;
    if (!tcp) {
      this.waiting.push(writer);
      this.socket.send(Buffer.concat([prefix, payload, Buffer.of(CLOSE_BRACE)]), { binary: false }, this.flushed);
      return false;
    }
    if (this.backedUp) {
      // Behind what waits; its callback runs once this frame, and everything before it, left.
      tcp.write(nextFrameBytes(prefix, payload), this.flushed);
      this.waiting.push(writer);
      return false;
    }
    if (!this.corked) {
      tcp.cork();
      this.corked = true;
      corkedThisTurn.push(this);
      if (!flushScheduled) {
        flushScheduled = true;
        process.nextTick(uncorkTurn);
      }
    }
    tcp.write(nextFrameBytes(prefix, payload));
    if (tcp.writableLength < FLUSH_AT_BYTES) return true;
    this.uncork();
    if (!this.backedUp) return true;
    this.waiting.push(writer);
    return false;
  }

  /** Sends what this turn corked; a socket whose kernel did not take it all is backed up. */
  uncork(): void {
    if (!this.corked) return;
    this.corked = false;
    const tcp = this.tcp!;
    tcp.uncork();
    if (tcp.writableLength === 0 || this.backedUp || tcp.destroyed) return;
    this.backedUp = true;
    tcp.write(EMPTY, this.flushed);
  }

  private onFlushed(): void {
    if (this.tcp && this.tcp.writableLength > 0) return;
    this.backedUp = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const writer of waiting) writer.resume();
  }
}

const EMPTY = Buffer.alloc(0);
