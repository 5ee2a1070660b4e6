/**
 * A graphql-transport-ws client that hands over each message after the handshake as the bytes
 * the server wrote, unparsed. The bench's thousand subscribers check their frames by their bytes
 * (they run on the same cores as the servers they measure), and tests compare the bytes that
 * different subscribers received. For a client that parses events, see live-client.ts.
 *
 * It speaks WebSocket (RFC 6455) on a plain TCP socket itself, reading into one buffer shared by
 * all its sockets (net's `onread`), because a message through the ws library costs a readable
 * stream, its receiver stream, a Buffer per message and a UTF-8 check, a thousand times per
 * milestone in the bench. What it reads is only
 * what a server sends: unmasked, unfragmented text frames, ping (answered), close. Anything else
 * (a masked or fragmented frame, binary, a bad handshake) closes it with an error, so the bench
 * and the tests fail instead of reading wrong bytes.
 */
import { createHash, randomBytes } from 'node:crypto';
import net from 'node:net';
import type { ServerAddress } from './graphql-client';

export interface Closed {
  code: number;
  reason: string;
}

const WS_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
/**
 * One buffer every socket reads into (net's `onread`: no stream, no Buffer per read). Reads run one
 * at a time on the event loop, and each is taken before the next: frames are handed over as views
 * during the call, and an incomplete frame's bytes are copied out.
 */
const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);
const OP = { TEXT: 0x1, CLOSE: 0x8, PING: 0x9, PONG: 0xa } as const;
/** 1006: the connection ended without a close frame (RFC 6455 §7.1.5). */
const ABNORMAL = 1006;

/** A client frame: FIN, the opcode, masked with a fresh key as RFC 6455 §5.3 requires of clients. */
function clientFrame(opcode: number, body: Buffer): Buffer {
  const length = body.length;
  const head = length < 126 ? 2 : length < 65_536 ? 4 : 10;
  const frame = Buffer.allocUnsafe(head + 4 + length);
  frame[0] = 0x80 | opcode;
  if (head === 2) frame[1] = 0x80 | length;
  else if (head === 4) {
    frame[1] = 0x80 | 126;
    frame.writeUInt16BE(length, 2);
  } else {
    frame[1] = 0x80 | 127;
    frame.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  mask.copy(frame, head);
  for (let i = 0; i < length; i += 1) frame[head + 4 + i] = body[i] ^ mask[i & 3];
  return frame;
}

export class FrameSocket {
  /** Every text message after connection_ack: a view of the bytes read, valid during the call (copy it to keep it). */
  onFrame: (frame: Buffer) => void = () => undefined;
  /** Resolves when the socket closes, however it closes. */
  readonly closed: Promise<Closed>;
  private onClosed!: (closed: Closed) => void;
  /** Bytes of a frame that has not fully arrived yet. */
  private partial: Buffer | null = null;
  private onMessage: (frame: Buffer) => void = () => undefined;
  /** Until the upgrade's answer is complete: takes the bytes read. */
  private handshake: ((bytes: Buffer) => void) | null = null;
  private closeFrame: Closed | null = null;

  private constructor(private readonly socket: net.Socket) {
    this.closed = new Promise((resolve) => (this.onClosed = resolve));
    // An error is followed by 'close', which reports it.
    socket.on('error', (error) => (this.closeFrame ??= { code: ABNORMAL, reason: error.message }));
    socket.once('close', () => this.onClosed(this.closeFrame ?? { code: ABNORMAL, reason: 'the connection ended without a close frame' }));
  }

  /** Connects with the token in connection_init; resolves once the server acknowledged it. */
  static open(server: ServerAddress, token: string): Promise<FrameSocket> {
    const url = new URL('/graphql', server.url);
    let frames: FrameSocket | null = null;
    const socket = net.connect({ port: Number(url.port), host: url.hostname, onread: { buffer: READ_BUFFER, callback: (length) => (frames!.receive(length), true) } });
    socket.setNoDelay(true);
    frames = new FrameSocket(socket);
    const opened = frames;
    const key = randomBytes(16).toString('base64');
    return new Promise((resolve, reject) => {
      void opened.closed.then(({ code, reason }) => reject(new Error(`the socket closed before connection_ack: ${code} ${reason}`)));
      socket.once('connect', () => {
        socket.write(
          `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n\r\n`,
        );
      });
      let head = Buffer.alloc(0);
      opened.handshake = (bytes) => {
        head = Buffer.concat([head, bytes]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        opened.handshake = null;
        const problem = FrameSocket.handshakeProblem(head.toString('latin1', 0, end), key);
        if (problem) {
          socket.destroy();
          return reject(new Error(problem));
        }
        opened.onMessage = (message) => {
          const text = message.toString();
          if ((JSON.parse(text) as { type?: string }).type !== 'connection_ack') return reject(new Error(`expected connection_ack, got ${text}`));
          opened.onMessage = (frame) => opened.onFrame(frame);
          resolve(opened);
        };
        opened.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
        if (head.length > end + 4) opened.read(head, end + 4, head.length);
      };
    });
  }

  /** What is wrong with the server's answer to the upgrade request (RFC 6455 §4.1), or null. */
  private static handshakeProblem(head: string, key: string): string | null {
    const [status, ...lines] = head.split('\r\n');
    if (!/^HTTP\/1\.1 101 /.test(status)) return `the server refused the WebSocket upgrade: ${status}`;
    const headers = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
    const accept = createHash('sha1').update(key + WS_GUID).digest('base64');
    if (headers.get('sec-websocket-accept') !== accept) return `the server's Sec-WebSocket-Accept is ${headers.get('sec-websocket-accept')}, expected ${accept}`;
    if (headers.get('sec-websocket-protocol') !== 'graphql-transport-ws') return `the server chose the subprotocol ${headers.get('sec-websocket-protocol')}, not graphql-transport-ws`;
    return null;
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    this.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
  }

  /** Stops one subscription (graphql-transport-ws `complete`). */
  complete(id: string): void {
    this.send(JSON.stringify({ id, type: 'complete' }));
  }

  /** Closes the socket (1000) and waits until it is closed. */
  async close(): Promise<Closed> {
    if (this.socket.writable) {
      this.socket.write(clientFrame(OP.CLOSE, Buffer.of(0x03, 0xe8)));
      this.socket.end();
    }
    return this.closed;
  }

  private send(text: string): void {
    if (this.socket.writable) this.socket.write(clientFrame(OP.TEXT, Buffer.from(text)));
  }

  /** `length` bytes were read into READ_BUFFER. */
  private receive(length: number): void {
    if (this.handshake) this.handshake(Buffer.from(READ_BUFFER.subarray(0, length)));
    else this.read(READ_BUFFER, 0, length);
  }

  /** Takes the frames data[from, to) completes; keeps (copies) the rest of an incomplete one for the next read. */
  private read(bytes: Buffer, from: number, to: number): void {
    let data = bytes;
    let at = from;
    let end = to;
    if (this.partial) {
      data = Buffer.concat([this.partial, bytes.subarray(from, to)]);
      this.partial = null;
      at = 0;
      end = data.length;
    }
    while (end - at >= 2) {
      const first = data[at];
      const second = data[at + 1];
      let length = second & 0x7f;
      let head = 2;
      if (length === 126) {
        if (end - at < 4) break;
        length = data.readUInt16BE(at + 2);
        head = 4;
      } else if (length === 127) {
        if (end - at < 10) break;
        length = Number(data.readBigUInt64BE(at + 2));
        head = 10;
      }
      if (end - at < head + length) break;
      if ((second & 0x80) !== 0 || (first & 0x80) === 0) return this.fail(`a ${second & 0x80 ? 'masked' : 'fragmented'} frame from the server`);
      const body = data.subarray(at + head, at + head + length);
      at += head + length;
      const opcode = first & 0x0f;
      if (opcode === OP.TEXT) this.onMessage(body);
      else if (opcode === OP.PING) this.socket.write(clientFrame(OP.PONG, body));
      else if (opcode === OP.CLOSE) return this.closedByServer(body);
      else if (opcode !== OP.PONG) return this.fail(`a frame with opcode ${opcode} from the server`);
    }
    if (at < end) this.partial = Buffer.from(data.subarray(at, end));
  }

  private closedByServer(body: Buffer): void {
    this.closeFrame = body.length >= 2 ? { code: body.readUInt16BE(0), reason: body.toString('utf8', 2) } : { code: 1005, reason: '' };
    // Echo the close (RFC 6455 §5.5.1), then the TCP connection ends.
    if (this.socket.writable) this.socket.end(clientFrame(OP.CLOSE, body.subarray(0, 2)));
  }

  private fail(problem: string): void {
    this.closeFrame ??= { code: ABNORMAL, reason: problem };
    this.socket.destroy();
  }
}
