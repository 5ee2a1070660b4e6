/** The handshake and the server-level commands the driver and mongoose send. */
import { Long, ObjectId } from 'bson';
import type { Doc } from '../values';
import type { CommandContext } from './context';
import { MAX_BSON_OBJECT_SIZE } from '../limits';

export { MAX_BSON_OBJECT_SIZE };

export const REPLICA_SET_NAME = 'yidan';
export const MAX_MESSAGE_SIZE_BYTES = 48_000_000;
export const MAX_WRITE_BATCH_SIZE = 100_000;
/** Wire version 21 = MongoDB 7.0: OP_MSG, sessions and multi-document transactions. */
export const MAX_WIRE_VERSION = 21;
export const SERVER_VERSION = '7.0.0';

const electionId = new ObjectId('7fffffff0000000000000001');

/**
 * A single-member replica-set primary, so the driver allows sessions and transactions.
 * topologyVersion is left out on purpose: with it the driver switches to streaming
 * (exhaust) monitoring, which this engine does not implement.
 */
export function hello(ctx: CommandContext): Doc {
  const me = ctx.connection.address;
  const legacy = ctx.name.toLowerCase() === 'ismaster';
  return {
    helloOk: true,
    [legacy ? 'ismaster' : 'isWritablePrimary']: true,
    secondary: false,
    setName: REPLICA_SET_NAME,
    setVersion: 1,
    hosts: [me],
    primary: me,
    me,
    electionId,
    // The cluster time of the latest change, the same clock change events and their replies use.
    lastWrite: { opTime: { ts: ctx.engine.history.clusterTime, t: Long.fromNumber(1) }, lastWriteDate: new Date(ctx.engine.now()) },
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
    maxWriteBatchSize: MAX_WRITE_BATCH_SIZE,
    localTime: new Date(ctx.engine.now()),
    logicalSessionTimeoutMinutes: 30,
    connectionId: ctx.connection.id,
    minWireVersion: 0,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
  };
}

export function ping(): Doc {
  return {};
}

export function buildInfo(): Doc {
  return {
    version: SERVER_VERSION,
    versionArray: SERVER_VERSION.split('.').map(Number).concat(0),
    gitVersion: 'yidan-embedded',
    bits: 64,
    maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
    storageEngines: ['embedded'],
    modules: [],
  };
}

export function serverStatus(ctx: CommandContext): Doc {
  return {
    host: ctx.connection.address,
    version: SERVER_VERSION,
    process: 'yidan-embedded',
    localTime: new Date(ctx.engine.now()),
    metrics: {
      cursor: { open: { total: ctx.engine.cursors.size } },
      commands: Object.fromEntries([...ctx.engine.commandsRun].map(([name, total]) => [name, { total: Long.fromNumber(total) }])),
    },
    transactions: { currentOpen: ctx.engine.openTransactionCount },
  };
}

export function getParameter(ctx: CommandContext): Doc {
  const reply: Doc = {};
  if (ctx.cmd.featureCompatibilityVersion !== undefined || ctx.cmd.getParameter === '*') {
    reply.featureCompatibilityVersion = { version: '7.0' };
  }
  if (ctx.cmd.transactionLifetimeLimitSeconds !== undefined || ctx.cmd.getParameter === '*') {
    reply.transactionLifetimeLimitSeconds = Math.round(ctx.engine.options.transactionLifetimeLimitMs / 1000);
  }
  return reply;
}

export function connectionStatus(): Doc {
  return { authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] } };
}

export function endSessions(ctx: CommandContext): Doc {
  const ids = ctx.cmd[ctx.name];
  if (Array.isArray(ids)) for (const lsid of ids) ctx.engine.endSession(sessionKey(lsid));
  return {};
}

/** The key a logical session id (`{ id: UUID }`) is tracked under. */
export function sessionKey(lsid: unknown): string {
  const id = (lsid as { id?: { toString(enc: string): string } } | undefined)?.id;
  return id ? id.toString('hex') : String(lsid);
}
