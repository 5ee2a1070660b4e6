/** A bare TCP client that writes hand-made wire messages, for testing the framing itself. */
import net from 'node:net';
import { deserialize, serialize } from 'bson';
import { OP_MSG, OP_QUERY, readHeader } from '../../../server/storage/embedded/wire';
import type { Doc } from '../../../server/storage/embedded/values';

export interface RawReply {
  opCode: number;
  responseTo: number;
  doc: Doc;
}

export class RawClient {
  private buffer = Buffer.alloc(0);
  private waiters: Array<(r: RawReply) => void> = [];
  readonly closed: Promise<void>;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      while (this.buffer.length >= 16 && this.buffer.length >= this.buffer.readInt32LE(0)) {
        const len = this.buffer.readInt32LE(0);
        const msg = this.buffer.subarray(0, len);
        this.buffer = this.buffer.subarray(len);
        const header = readHeader(msg);
        const docStart = header.opCode === OP_MSG ? 21 : 36;
        this.waiters.shift()?.({ opCode: header.opCode, responseTo: header.responseTo, doc: deserialize(msg.subarray(docStart)) });
      }
    });
    this.closed = new Promise((resolve) => socket.on('close', () => resolve()));
  }

  static connect(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  send(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  reply(): Promise<RawReply> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  close(): void {
    this.socket.destroy();
  }
}

function header(length: number, requestId: number, opCode: number): Buffer {
  const h = Buffer.alloc(16);
  h.writeInt32LE(length, 0);
  h.writeInt32LE(requestId, 4);
  h.writeInt32LE(0, 8);
  h.writeInt32LE(opCode, 12);
  return h;
}

export function opMsg(requestId: number, command: Doc, options: { flags?: number; sequences?: Record<string, Doc[]> } = {}): Buffer {
  const parts: Buffer[] = [];
  const flags = Buffer.alloc(4);
  flags.writeUInt32LE(options.flags ?? 0, 0);
  parts.push(flags, Buffer.from([0]), Buffer.from(serialize(command)));
  for (const [id, docs] of Object.entries(options.sequences ?? {})) {
    const body = Buffer.concat([Buffer.from(`${id}\0`, 'utf8'), ...docs.map((d) => Buffer.from(serialize(d)))]);
    const size = Buffer.alloc(4);
    size.writeInt32LE(body.length + 4, 0);
    parts.push(Buffer.from([1]), size, body);
  }
  const body = Buffer.concat(parts);
  return Buffer.concat([header(16 + body.length, requestId, OP_MSG), body]);
}

export function opQuery(requestId: number, namespace: string, query: Doc): Buffer {
  const skipReturn = Buffer.alloc(8);
  skipReturn.writeInt32LE(0, 0);
  skipReturn.writeInt32LE(-1, 4);
  const body = Buffer.concat([Buffer.alloc(4), Buffer.from(`${namespace}\0`, 'utf8'), skipReturn, Buffer.from(serialize(query))]);
  return Buffer.concat([header(16 + body.length, requestId, OP_QUERY), body]);
}

export function withLength(bytes: Buffer, length: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeInt32LE(length, 0);
  return copy;
}
