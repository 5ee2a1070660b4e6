/**
 * `aggregate` with a leading $changeStream stage, and getMore on the cursor it opens. The getMore
 * is the one command whose reply may wait: it answers with a promise (see server.ts).
 */
import { Timestamp } from 'bson';
import { MongoCommandError, asCommandError } from '../errors';
import { historyLost } from '../change-streams/streams';
import type { StreamPosition } from '../change-streams/history';
import { decodeToken } from '../change-streams/tokens';
import { type Doc, isPlainObject, valueKey } from '../values';
import { type CommandContext, optionalNumber, optionalObject, sessionId } from './context';

const SPEC_FIELDS = new Set([
  'fullDocument', 'fullDocumentBeforeChange', 'resumeAfter', 'startAfter', 'startAtOperationTime', 'allChangesForCluster', 'showExpandedEvents',
]);
/** The stages mongod allows after $changeStream: they work on one event at a time. */
const EVENT_STAGES = new Set(['$match', '$project', '$addFields', '$set', '$unset', '$replaceRoot', '$replaceWith', '$redact']);

export function isChangeStream(pipeline: unknown): boolean {
  return Array.isArray(pipeline) && isPlainObject(pipeline[0]) && Object.keys(pipeline[0])[0] === '$changeStream';
}

export function openChangeStream(ctx: CommandContext): Doc {
  if (ctx.txn) throw new MongoCommandError('OperationNotSupportedInTransaction', '$changeStream cannot run inside a multi-document transaction');
  const [first, ...rest] = ctx.cmd.pipeline as Doc[];
  const spec = first.$changeStream;
  if (!isPlainObject(spec)) throw new MongoCommandError('TypeMismatch', '$changeStream must take an object');
  for (const field of Object.keys(spec)) {
    if (!SPEC_FIELDS.has(field)) throw new MongoCommandError('Location40415', `BSON field '$changeStream.${field}' is an unknown field.`);
  }
  for (const stage of rest) {
    const op = Object.keys(stage)[0];
    if (!EVENT_STAGES.has(op)) throw new MongoCommandError('IllegalOperation', `${op} is not permitted in a $changeStream pipeline (only ${[...EVENT_STAGES].join(', ')})`);
  }
  const fullDocument = spec.fullDocument ?? 'default';
  if (fullDocument !== 'default' && fullDocument !== 'updateLookup') {
    throw new MongoCommandError('NotImplemented', `$changeStream.fullDocument '${String(fullDocument)}' is not supported by the embedded engine (only 'default' and 'updateLookup')`);
  }
  if (spec.fullDocumentBeforeChange !== undefined && spec.fullDocumentBeforeChange !== 'off') {
    throw new MongoCommandError('NotImplemented', "$changeStream.fullDocumentBeforeChange is not supported by the embedded engine (only 'off')");
  }
  const { scope, namespace } = streamScope(ctx, spec.allChangesForCluster === true);
  const engine = ctx.engine;
  const cursorSpec = optionalObject(ctx, 'cursor') ?? {};
  return engine.changeStreams.start(
    {
      scope,
      namespace,
      position: startPosition(ctx, spec),
      pipeline: rest,
      sessionId: sessionId(ctx),
      events: {
        fullDocument,
        lookup: (db, coll, id) => engine.collection(db, coll)?.current(valueKey(id)) ?? null,
      },
    },
    optionalNumber(ctx, 'batchSize', cursorSpec),
  );
}

function streamScope(ctx: CommandContext, wholeCluster: boolean): { scope: { db: string | null; coll: string | null }; namespace: string } {
  const target = ctx.cmd.aggregate;
  if (wholeCluster) {
    if (ctx.db !== 'admin' || target !== 1) {
      throw new MongoCommandError('InvalidOptions', "$changeStream with allChangesForCluster must run against the 'admin' database with {aggregate: 1}");
    }
    return { scope: { db: null, coll: null }, namespace: 'admin.$cmd.aggregate' };
  }
  if (target === 1) {
    if (ctx.db === 'admin') throw new MongoCommandError('InvalidNamespace', "$changeStream on the 'admin' database needs allChangesForCluster: true");
    return { scope: { db: ctx.db, coll: null }, namespace: `${ctx.db}.$cmd.aggregate` };
  }
  if (typeof target !== 'string' || target.length === 0) {
    throw new MongoCommandError('InvalidNamespace', "'aggregate' must name a collection, or be 1 for a database-level $changeStream");
  }
  return { scope: { db: ctx.db, coll: target }, namespace: `${ctx.db}.${target}` };
}

/** Where the stream starts: after a resume token, at an operation time, or now. */
function startPosition(ctx: CommandContext, spec: Doc): StreamPosition {
  const given = ['resumeAfter', 'startAfter', 'startAtOperationTime'].filter((f) => spec[f] !== undefined);
  if (given.length > 1) throw new MongoCommandError('BadValue', `$changeStream takes only one of resumeAfter, startAfter and startAtOperationTime (got ${given.join(', ')})`);
  const history = ctx.engine.history;
  const field = given[0];
  if (field === undefined) return { seq: history.latestSeq, invalidated: false };
  if (field === 'startAtOperationTime') {
    const time = spec.startAtOperationTime;
    if (!(time instanceof Timestamp)) throw new MongoCommandError('TypeMismatch', "$changeStream.startAtOperationTime must be a Timestamp");
    const seq = history.positionAt(time);
    if (seq === null) throw historyLost();
    return { seq, invalidated: false };
  }
  const token = decodeToken(spec[field], `$changeStream.${field}`);
  // A token from an earlier lifetime of the engine (or from another server): its history is gone.
  if (!token.epoch.equals(history.epoch) || !history.holdsAfter(token.position.seq)) throw historyLost();
  if (field === 'resumeAfter' && token.position.invalidated) {
    throw new MongoCommandError('InvalidResumeToken', 'Attempting to resume a change stream using \'resumeAfter\' is not allowed from an invalidate notification; use startAfter');
  }
  return token.position;
}

/** getMore on a change-stream cursor: waits up to maxTimeMS (the driver's maxAwaitTimeMS) for a change. */
export async function changeStreamGetMore(ctx: CommandContext): Promise<Doc> {
  try {
    const coll = ctx.cmd.collection;
    if (typeof coll !== 'string') throw new MongoCommandError('FailedToParse', "getMore needs a cursor id and a 'collection' name");
    const maxAwait = optionalNumber(ctx, 'maxTimeMS');
    const reply = await ctx.engine.changeStreams.more(Number(ctx.cmd.getMore), `${ctx.db}.${coll}`, optionalNumber(ctx, 'batchSize'), maxAwait);
    return { ...reply, ok: 1 };
  } catch (err) {
    return asCommandError(err).toReply();
  }
}
