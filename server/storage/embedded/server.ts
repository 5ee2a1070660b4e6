/**
 * The TCP side: frames messages off each socket, runs them, writes replies. A malformed message
 * closes only its own connection, with a log line; the process and other clients carry on.
 */
import net from 'node:net';
import { runCommand } from './commands';
import { MAX_MESSAGE_SIZE_BYTES } from './commands/server-info';
import { Engine, type EngineOptions } from './engine';
import type { Doc } from './values';
import {
  HEADER_SIZE,
  type IncomingMessage,
  WireProtocolError,
  encodeOpMsg,
  encodeOpReply,
  parseMessage,
} from './wire';

export interface EmbeddedLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

const silent: EmbeddedLogger = { info: () => undefined, warn: () => undefined };

export interface EmbeddedMongoOptions extends EngineOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only by default: the engine has no authentication. */
  host?: string;
  logger?: EmbeddedLogger;
}

export interface EmbeddedMongo {
  uri: string;
  port: number;
  engine: Engine;
  stop(): Promise<void>;
}

export async function startEmbeddedMongo(options: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const { port = 0, host = '127.0.0.1', logger = silent, ...engineOptions } = options;
  const engine = new Engine(engineOptions);
  const sockets = new Set<net.Socket>();
  let connectionIds = 0;
  let address = '';

  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    serveConnection(socket, { engine, logger, id: ++connectionIds, address: () => address });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const bound = (server.address() as net.AddressInfo).port;
  address = `${host}:${bound}`;
  logger.info({ address }, 'embedded MongoDB engine listening');

  return {
    uri: `mongodb://${address}/?directConnection=true`,
    port: bound,
    engine,
    stop: async () => {
      engine.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface ConnectionDeps {
  engine: Engine;
  logger: EmbeddedLogger;
  id: number;
  address: () => string;
}

function serveConnection(socket: net.Socket, deps: ConnectionDeps): void {
  let pending: Buffer = Buffer.alloc(0);
  let nextRequestId = 1;

  const reject = (reason: string): void => {
    deps.logger.warn({ connectionId: deps.id, reason }, 'closing embedded MongoDB connection: malformed message');
    pending = Buffer.alloc(0);
    socket.destroy();
  };

  socket.on('data', (chunk: Buffer) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    while (pending.length >= 4 && !socket.destroyed) {
      const length = pending.readInt32LE(0);
      if (length < HEADER_SIZE + 5 || length > MAX_MESSAGE_SIZE_BYTES) {
        reject(`message length ${length} is outside ${HEADER_SIZE + 5}..${MAX_MESSAGE_SIZE_BYTES}`);
        return;
      }
      if (pending.length < length) return;
      const message = pending.subarray(0, length);
      pending = pending.subarray(length);
      let parsed: IncomingMessage;
      try {
        parsed = parseMessage(message);
      } catch (err) {
        reject(err instanceof WireProtocolError ? err.message : `unreadable message: ${String(err)}`);
        return;
      }
      const reply = answer(parsed, deps);
      if (reply) socket.write(encodeReply(parsed, reply, nextRequestId++));
    }
  });
}

function answer(message: IncomingMessage, deps: ConnectionDeps): Doc | null {
  const connection = { id: deps.id, address: deps.address() };
  if (message.kind === 'query') {
    // Legacy OP_QUERY only carries commands ("<db>.$cmd"), in practice the first `ismaster`.
    const db = message.collection.split('.')[0];
    return runCommand(deps.engine, db, message.command, connection);
  }
  const db = typeof message.command.$db === 'string' ? message.command.$db : 'admin';
  const reply = runCommand(deps.engine, db, message.command, connection);
  // moreToCome: the client asked for no reply (fire-and-forget, e.g. endSessions).
  return message.moreToCome ? null : reply;
}

function encodeReply(message: IncomingMessage, reply: Doc, requestId: number): Buffer {
  const responseTo = message.header.requestId;
  return message.kind === 'query' ? encodeOpReply(reply, responseTo, requestId) : encodeOpMsg(reply, responseTo, requestId);
}
