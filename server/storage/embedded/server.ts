/**
 * The wire side: frames messages off each client connection (a TCP socket, or one in the same
 * thread: in-process-socket.ts), runs them, writes replies. A malformed message,
 * or any unexpected exception while handling one, closes only its own connection, with a log
 * line; the process and other clients carry on. A reply that cannot be encoded is answered with
 * an error reply instead.
 */
import net from 'node:net';
import { calculateObjectSize } from 'bson';
import { runCommand } from './commands';
import { isChangeStream } from './commands/change-stream';
import { MAX_BSON_OBJECT_SIZE, MAX_MESSAGE_SIZE_BYTES } from './commands/server-info';
import { durableReply } from './durability/acknowledge';
import { type DurabilityOptions, DurableStore } from './durability/store';
import { Engine, type EngineOptions } from './engine';
import { MongoCommandError } from './errors';
import { InProcessSocket } from './in-process-socket';
import { encodeRawReply } from './raw-reply';
import { type AssemblyLimits, AssemblyLimitError, MessageAssembler, PendingBudget } from './message-assembler';
import type { Doc } from './values';
import type { WireSocket } from './wire-socket';
import {
  HEADER_SIZE,
  type IncomingMessage,
  WireProtocolError,
  encodeOpMsg,
  encodeOpReply,
  parseMessage,
  type ReplyBody,
} from './wire';

export interface EmbeddedLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

const silent: EmbeddedLogger = { info: () => undefined, warn: () => undefined };

/** Limits on what clients can make the engine hold; over one, the connection is closed with a log line. */
export interface WireLimits {
  /** Open connections at once; one more is closed as it arrives (mongod: maxIncomingConnections). */
  maxConnections: number;
  /** Bytes one connection may hold for a message still arriving (at least maxMessageSizeBytes to accept every message). */
  maxPendingBytesPerConnection: number;
  /** Bytes all connections together may hold for messages still arriving. */
  maxPendingBytesTotal: number;
}

export const WIRE_LIMIT_DEFAULTS: WireLimits = {
  maxConnections: 1000,
  maxPendingBytesPerConnection: 64 * 1024 * 1024,
  maxPendingBytesTotal: 256 * 1024 * 1024,
};

export interface EmbeddedMongoOptions extends EngineOptions, Partial<WireLimits> {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Loopback only by default: the engine has no authentication. */
  host?: string;
  logger?: EmbeddedLogger;
  /**
   * Where the engine keeps its data (journal, checkpoints, lock file). Unset: memory only,
   * everything is gone when the process ends.
   */
  dataDir?: string;
  durability?: DurabilityOptions;
  /**
   * A journal write or fsync failed: acknowledged durability can no longer be promised. The
   * default logs and ends the process, as mongod does; a restart recovers from the journal.
   */
  onJournalFailure?: (err: Error) => void;
}

/** The wire side's own accounting, for tests and diagnostics. */
export interface WireStats {
  connections: number;
  /** Bytes held for unfinished messages, all connections together. */
  pendingBytes: number;
  /** Connections closed on arrival because maxConnections were open. */
  refusedConnections: number;
}

export interface EmbeddedMongo {
  uri: string;
  port: number;
  engine: Engine;
  wireStats(): WireStats;
  /** The data directory's store; null in memory-only mode. */
  store: DurableStore | null;
  /**
   * A client connection inside this thread, served as a TCP client is but with no socket: the
   * driver's side of the pair (in-process-socket.ts). `peer` is the address it reports.
   */
  connectInProcess(peer: { host: string; port: number }): InProcessSocket;
  /**
   * Closes every open client connection at once, as a network failure would (the engine and its
   * cursors stay): lets tests check that a client resumes, e.g. a change stream.
   */
  dropConnections(): void;
  /** Stops serving; with a data directory, flushes the journal and writes a final checkpoint. */
  stop(): Promise<void>;
}

function assemblyLimits(limits: WireLimits): AssemblyLimits {
  return { maxMessageBytes: MAX_MESSAGE_SIZE_BYTES, minMessageBytes: HEADER_SIZE + 5, maxPendingBytes: limits.maxPendingBytesPerConnection };
}

export async function startEmbeddedMongo(options: EmbeddedMongoOptions = {}): Promise<EmbeddedMongo> {
  const {
    port = 0, host = '127.0.0.1', logger = silent, dataDir, durability, onJournalFailure,
    maxConnections, maxPendingBytesPerConnection, maxPendingBytesTotal, ...engineOptions
  } = options;
  const limits: WireLimits = {
    maxConnections: maxConnections ?? WIRE_LIMIT_DEFAULTS.maxConnections,
    maxPendingBytesPerConnection: maxPendingBytesPerConnection ?? WIRE_LIMIT_DEFAULTS.maxPendingBytesPerConnection,
    maxPendingBytesTotal: maxPendingBytesTotal ?? WIRE_LIMIT_DEFAULTS.maxPendingBytesTotal,
  };
  const engine = new Engine(engineOptions);
  const budget = new PendingBudget(limits.maxPendingBytesTotal);
  let store: DurableStore | null = null;
  if (dataDir !== undefined) {
    const fatal = onJournalFailure ?? ((err: Error): void => {
      logger.warn({ dataDir, reason: err.message }, 'embedded MongoDB engine: the journal failed; exiting so a restart recovers from it');
      process.exit(1);
    });
    try {
      store = await DurableStore.open(dataDir, engine, logger, fatal, durability);
    } catch (err) {
      engine.close();
      throw err;
    }
  }
  const sockets = new Set<WireSocket>();
  let connectionIds = 0;
  let refusedConnections = 0;
  let address = '';

  // Every client, over TCP or in process, is taken in and served the same way.
  const accept = (socket: WireSocket): void => {
    socket.on('error', () => socket.destroy());
    const id = ++connectionIds;
    if (sockets.size >= limits.maxConnections) {
      refusedConnections++;
      logger.warn({ connectionId: id, open: sockets.size, maxConnections: limits.maxConnections }, 'refusing embedded MongoDB connection: too many open connections');
      socket.destroy();
      return;
    }
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const assembler = new MessageAssembler(assemblyLimits(limits), budget);
    serveConnection(socket, {
      logger,
      id,
      assembler,
      answer: (message) => {
        const reply = answer(message, engine, { id, address });
        return store && reply && readsChanges(message, reply) ? afterJournal(reply, store) : reply;
      },
      durable: store ? durableReply(store) : undefined,
    });
  };
  const server = net.createServer(accept);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
  } catch (err) {
    engine.close();
    await store?.close();
    throw err;
  }
  const bound = (server.address() as net.AddressInfo).port;
  address = `${host}:${bound}`;
  logger.info({ address }, 'embedded MongoDB engine listening');

  return {
    uri: `mongodb://${address}/?directConnection=true`,
    port: bound,
    engine,
    wireStats: () => ({ connections: sockets.size, pendingBytes: budget.held, refusedConnections }),
    store,
    connectInProcess: (peer) => {
      const client = new InProcessSocket(peer);
      accept(client.engineEnd);
      return client;
    },
    dropConnections: () => {
      for (const s of sockets) s.destroy();
    },
    stop: async () => {
      engine.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store?.close();
    },
  };
}

export interface ConnectionHandler {
  logger: EmbeddedLogger;
  id: number;
  /**
   * Runs one parsed message and returns its reply, or null when the client wants none. A promise
   * when the reply waits (a change stream's getMore waiting for a change).
   */
  answer(message: IncomingMessage): Doc | Promise<Doc> | null;
  /** Reassembles this connection's messages; by default one with the default limits and its own budget. */
  assembler?: MessageAssembler;
  /**
   * Called right after answer(): a promise when the reply must wait (until the journal holds the
   * command's writes). Replies on one connection still leave in order.
   */
  durable?(message: IncomingMessage): Promise<void> | null;
}

export function serveConnection(socket: WireSocket, deps: ConnectionHandler): void {
  const assembler = deps.assembler ?? new MessageAssembler(assemblyLimits(WIRE_LIMIT_DEFAULTS), new PendingBudget(WIRE_LIMIT_DEFAULTS.maxPendingBytesTotal));
  let nextRequestId = 1;

  const close = (message: string, fields: object): void => {
    deps.logger.warn({ connectionId: deps.id, ...fields }, message);
    assembler.release();
    socket.destroy();
  };

  const fail = (err: unknown): void => {
    const reason = err instanceof Error ? err.message : String(err);
    const stack = err instanceof Error ? err.stack : undefined;
    close('closing embedded MongoDB connection: unexpected error handling a message', { reason, stack });
  };

  // The reply that is waiting (for the journal, or for a change), if any: later replies queue behind it.
  let waiting: Promise<void> | null = null;
  const send = (message: IncomingMessage, reply: Doc | Promise<Doc>, wait: Promise<void> | null): void => {
    const requestId = nextRequestId++;
    if (!wait && !waiting && !(reply instanceof Promise)) {
      socket.write(safeEncode(message, reply, requestId));
      return;
    }
    const sent: Promise<void> = (waiting ?? Promise.resolve())
      .then(() => wait)
      .then(() => reply)
      .then(
        (ready) => void (socket.destroyed || socket.write(safeEncode(message, ready, requestId))),
        (err: unknown) => fail(err),
      )
      .finally(() => {
        if (waiting === sent) waiting = null;
      });
    waiting = sent;
  };

  const consume = (chunk: Buffer): void => {
    let messages: Buffer[];
    try {
      messages = assembler.push(chunk);
    } catch (err) {
      if (!(err instanceof WireProtocolError)) throw err;
      const over = err instanceof AssemblyLimitError;
      close(`closing embedded MongoDB connection: ${over ? 'over a wire limit' : 'malformed message'}`, { reason: err.message });
      return;
    }
    for (const message of messages) {
      if (socket.destroyed) return;
      let parsed: IncomingMessage;
      try {
        parsed = parseMessage(message);
      } catch (err) {
        const reason = err instanceof WireProtocolError ? err.message : `unreadable message: ${String(err)}`;
        close('closing embedded MongoDB connection: malformed message', { reason });
        return;
      }
      const reply = deps.answer(parsed);
      const wait = deps.durable?.(parsed) ?? null;
      if (reply) send(parsed, reply, wait);
    }
  };

  // An exception escaping an event handler would be uncaught and end the whole process (under
  // `npm start`, the API server with it); here it ends only this connection.
  socket.on('data', (chunk: Buffer) => {
    try {
      consume(chunk);
    } catch (err) {
      fail(err);
    }
  });
  // Whatever a client leaves unfinished goes back to the shared budget when it goes.
  socket.on('close', () => assembler.release());
}

function answer(message: IncomingMessage, engine: Engine, connection: { id: number; address: string }): Doc | Promise<Doc> | null {
  if (message.kind === 'query') {
    // Legacy OP_QUERY only carries commands ("<db>.$cmd"), in practice the first `ismaster`.
    const db = message.collection.split('.')[0];
    return runCommand(engine, db, message.command, connection);
  }
  const db = typeof message.command.$db === 'string' ? message.command.$db : 'admin';
  const reply = runCommand(engine, db, message.command, connection);
  // moreToCome: the client asked for no reply (fire-and-forget, e.g. endSessions).
  return message.moreToCome ? null : reply;
}

/** A change stream's aggregate, or its getMore (the one reply that is a promise). */
function readsChanges(message: IncomingMessage, reply: Doc | Promise<Doc>): boolean {
  return reply instanceof Promise || isChangeStream(message.command.pipeline);
}

/**
 * A change stream reports only what a crash cannot take back: its batch leaves once the journal
 * holds every change recorded so far (those in the batch among them), as mongod's streams return
 * only majority-committed changes.
 */
async function afterJournal(reply: Doc | Promise<Doc>, store: DurableStore): Promise<Doc> {
  const ready = await reply;
  await store.flushed();
  return ready;
}

/** mongod's largest reply document: maxBsonObjectSize plus 16 KiB for the command's own fields. */
export const MAX_REPLY_BSON_SIZE = MAX_BSON_OBJECT_SIZE + 16 * 1024;

function encodeReply(message: IncomingMessage, reply: Doc, requestId: number, encoded?: ReplyBody): Buffer {
  const responseTo = message.header.requestId;
  return message.kind === 'query' ? encodeOpReply(reply, responseTo, requestId, encoded) : encodeOpMsg(reply, responseTo, requestId, encoded);
}

/**
 * Encodes a reply, or an error reply in its place when the reply is over the BSON size limit
 * (bson's serializer throws a RangeError or writes a truncated document past ~17 MiB, so the
 * size is checked first) or cannot be serialised at all.
 */
export function safeEncode(message: IncomingMessage, reply: Doc, requestId: number): Buffer {
  let error: MongoCommandError;
  try {
    // A reply carrying stored documents is encoded around their bytes, and so measured for free.
    const body = encodeRawReply(reply);
    const size = body ? body.length : calculateObjectSize(reply);
    if (size <= MAX_REPLY_BSON_SIZE) return encodeReply(message, reply, requestId, { body, size });
    error = new MongoCommandError(
      'BSONObjectTooLarge',
      `the reply of ${size} bytes exceeds the ${MAX_REPLY_BSON_SIZE}-byte limit on a reply document`,
    );
  } catch (err) {
    error = new MongoCommandError('BadValue', `the embedded engine could not encode its reply: ${err instanceof Error ? err.message : String(err)}`);
  }
  return encodeReply(message, error.toReply(), requestId);
}
