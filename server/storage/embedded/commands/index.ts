/**
 * Runs one command: resolves the session and transaction it belongs to, calls the handler, and
 * turns any failure into MongoDB's error reply. A statement that fails inside a transaction
 * aborts it, as in mongod.
 */
import { MongoCommandError, asCommandError } from '../errors';
import type { Engine } from '../engine';
import type { Doc } from '../values';
import { collMod, createIndexes, create, drop, dropDatabase, dropIndexes, listCollections, listDatabases, listIndexes } from './catalog';
import { changeStreamGetMore } from './change-stream';
import type { CommandContext, CommandHandler, ConnectionInfo } from './context';
import { aggregate, count, distinct, explain, find, getMore, killCursors } from './read';
import { buildInfo, connectionStatus, endSessions, getParameter, hello, ping, serverStatus, sessionKey } from './server-info';
import { findAndModify, insert, remove, update } from './write';

function commitTransaction(ctx: CommandContext): Doc {
  ctx.engine.commit(requireTxn(ctx));
  return {};
}

function abortTransaction(ctx: CommandContext): Doc {
  const txn = requireTxn(ctx);
  if (txn.state === 'committed') {
    throw new MongoCommandError('IllegalOperation', 'Cannot call abortTransaction after calling commitTransaction.');
  }
  ctx.engine.abort(txn, 'aborted by the client');
  return {};
}

function requireTxn(ctx: CommandContext) {
  if (!ctx.txn) throw new MongoCommandError('IllegalOperation', `'${ctx.name}' must run inside a transaction (txnNumber and autocommit: false)`);
  return ctx.txn;
}

const HANDLERS: Record<string, CommandHandler> = {
  hello,
  ismaster: hello,
  isMaster: hello,
  ping,
  buildInfo,
  buildinfo: buildInfo,
  serverStatus,
  getParameter,
  connectionStatus,
  endSessions,
  killSessions: endSessions,
  listDatabases,
  insert,
  find,
  getMore,
  killCursors,
  update,
  delete: remove,
  findAndModify,
  findandmodify: findAndModify,
  aggregate,
  count,
  distinct,
  explain,
  create,
  collMod,
  drop,
  dropDatabase,
  listCollections,
  createIndexes,
  listIndexes,
  dropIndexes,
  deleteIndexes: dropIndexes,
  commitTransaction,
  abortTransaction,
};

const RETRYABLE_WRITES = new Set(['insert', 'update', 'delete', 'findAndModify', 'findandmodify']);
const ALLOWED_IN_TRANSACTION = new Set([
  'insert', 'find', 'getMore', 'killCursors', 'update', 'delete', 'findAndModify', 'findandmodify',
  'aggregate', 'distinct', 'count', 'create', 'createIndexes', 'listCollections', 'listIndexes',
  'commitTransaction', 'abortTransaction', 'hello', 'isMaster', 'ismaster', 'ping', 'buildInfo',
]);

/**
 * Collations are not implemented: rather than compare strings in binary order when the client
 * asked for a locale's, a command that names one is refused ("simple" is the binary order).
 */
function refuseCollation(cmd: Doc): void {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const nested = [...list(cmd.updates), ...list(cmd.deletes), ...list(cmd.indexes)].map((s) => (s as Doc | null)?.collation);
  for (const collation of [cmd.collation, ...nested]) {
    if (collation === undefined || collation === null) continue;
    if ((collation as Doc).locale === 'simple') continue;
    throw new MongoCommandError('NotImplemented', 'collations are not supported by the embedded engine (only { locale: "simple" })');
  }
}

/**
 * The reply is a promise only for a getMore on a change stream, which may wait for a change;
 * every other command answers at once.
 */
export function runCommand(engine: Engine, db: string, cmd: Doc, connection: ConnectionInfo): Doc | Promise<Doc> {
  const name = Object.keys(cmd)[0];
  const ctx: CommandContext = { engine, db, cmd, name, session: null, txn: null, connection };
  try {
    const handler = name === undefined ? undefined : HANDLERS[name];
    if (!handler) throw new MongoCommandError('CommandNotFound', `no such command: '${name ?? ''}'`);
    engine.commandsRun.set(name!, (engine.commandsRun.get(name!) ?? 0) + 1);
    refuseCollation(cmd);
    if (cmd.lsid) ctx.session = engine.session(sessionKey(cmd.lsid));
    const txnNumber = cmd.txnNumber === undefined ? undefined : Number(cmd.txnNumber);
    if (txnNumber !== undefined && cmd.autocommit === false) {
      if (!ctx.session) throw new MongoCommandError('IllegalOperation', 'a transaction needs a logical session (lsid)');
      if (!ALLOWED_IN_TRANSACTION.has(name)) {
        throw new MongoCommandError('OperationNotSupportedInTransaction', `Cannot run '${name}' in a multi-document transaction.`);
      }
      ctx.txn = cmd.startTransaction === true
        ? engine.startTransaction(ctx.session, txnNumber)
        : engine.continueTransaction(ctx.session, txnNumber, name);
      return runInTransaction(ctx, handler);
    }
    if (txnNumber !== undefined && ctx.session && RETRYABLE_WRITES.has(name)) return runRetryable(ctx, handler, txnNumber);
    if (name === 'getMore' && engine.changeStreams.owns(Number(cmd.getMore))) return changeStreamGetMore(ctx);
    return { ...handler(ctx), ok: 1 };
  } catch (err) {
    return asCommandError(err).toReply();
  }
}

function runInTransaction(ctx: CommandContext, handler: CommandHandler): Doc {
  const txn = ctx.txn!;
  try {
    const reply = handler(ctx);
    // A write error inside a transaction ends the transaction, as in mongod.
    if (Array.isArray(reply.writeErrors) && reply.writeErrors.length > 0) ctx.engine.abort(txn, 'a statement failed');
    return { ...reply, ok: 1 };
  } catch (err) {
    if (ctx.name !== 'commitTransaction') ctx.engine.abort(txn, 'a statement failed');
    throw err;
  }
}

/** A retried write (same session and txnNumber) gets the first reply instead of running twice. */
function runRetryable(ctx: CommandContext, handler: CommandHandler, txnNumber: number): Doc {
  const session = ctx.session!;
  const last = session.lastRetryableWrite;
  if (last && last.txnNumber === txnNumber) return last.reply;
  const reply = { ...handler(ctx), ok: 1 };
  session.lastRetryableWrite = { txnNumber, reply };
  return reply;
}
