/** find, getMore, killCursors, aggregate, count, distinct and explain. */
import { createHash } from 'node:crypto';
import { Binary, calculateObjectSize } from 'bson';
import { Aggregator } from 'mingo';
import { MongoCommandError, asCommandError } from '../errors';
import type { FindResult } from '../reader';
import { asReplyDocument } from '../raw-reply';
import type { IndexPlan } from '../planner';
import { type Doc, cloneValue, isPlainObject, valueKey, valuesAtPath } from '../values';
import { type CommandContext, letVariables, optionalNumber, optionalObject, sessionId, targetCollection } from './context';
import { MAX_BSON_OBJECT_SIZE } from './server-info';
import { isChangeStream, openChangeStream } from './change-stream';
import { collectionDocuments, findDocuments, isView, viewDocuments } from './views';

function runFind(ctx: CommandContext, collName: string, spec: Doc): FindResult & { singleBatch: boolean; batchSize?: number } {
  const filter = spec.filter ?? {};
  if (!isPlainObject(filter)) throw new MongoCommandError('TypeMismatch', "'filter' must be an object");
  const rawLimit = optionalNumber(ctx, 'limit', spec) ?? 0;
  const result = findDocuments(ctx, collName, filter, {
    sort: isPlainObject(spec.sort) ? spec.sort : undefined,
    projection: isPlainObject(spec.projection) ? spec.projection : undefined,
    skip: optionalNumber(ctx, 'skip', spec),
    limit: rawLimit === 0 ? undefined : Math.abs(rawLimit),
    variables: letVariables(ctx),
  });
  return { ...result, singleBatch: spec.singleBatch === true || rawLimit < 0, batchSize: optionalNumber(ctx, 'batchSize', spec) };
}

export function find(ctx: CommandContext): Doc {
  const collName = targetCollection(ctx);
  const r = runFind(ctx, collName, ctx.cmd);
  const ns = `${ctx.db}.${collName}`;
  // Documents returned as stored (no projection made new ones) travel as their stored bytes.
  return { cursor: ctx.engine.cursors.first(ns, r.docs.map(asReplyDocument), r.batchSize, sessionId(ctx), r.singleBatch) };
}

export function getMore(ctx: CommandContext): Doc {
  const id = Number(ctx.cmd.getMore);
  const coll = ctx.cmd.collection;
  if (!Number.isFinite(id) || typeof coll !== 'string') {
    throw new MongoCommandError('FailedToParse', "getMore needs a cursor id and a 'collection' name");
  }
  return { cursor: ctx.engine.cursors.next(id, `${ctx.db}.${coll}`, optionalNumber(ctx, 'batchSize')) };
}

export function killCursors(ctx: CommandContext): Doc {
  targetCollection(ctx);
  const ids = ctx.cmd.cursors;
  if (!Array.isArray(ids)) throw new MongoCommandError('TypeMismatch', "'cursors' must be an array");
  const plain = ctx.engine.cursors.kill(ids.map(Number));
  const streams = ctx.engine.changeStreams.kill(plain.notFound);
  const killed = [...plain.killed, ...streams.killed];
  const notFound = streams.notFound;
  return { cursorsKilled: killed, cursorsNotFound: notFound, cursorsAlive: [], cursorsUnknown: [] };
}

const UNSUPPORTED_STAGES = ['$out', '$merge'];

export function aggregate(ctx: CommandContext): Doc {
  const pipeline = ctx.cmd.pipeline;
  if (!Array.isArray(pipeline) || !pipeline.every(isPlainObject)) {
    throw new MongoCommandError('TypeMismatch', "'pipeline' must be an array of stage objects");
  }
  if (isChangeStream(pipeline)) return openChangeStream(ctx);
  for (const stage of pipeline.slice(1)) {
    if (Object.keys(stage)[0] === '$changeStream') throw new MongoCommandError('IllegalOperation', '$changeStream is only valid as the first stage in a pipeline');
  }
  for (const stage of pipeline) {
    const op = Object.keys(stage)[0];
    if (UNSUPPORTED_STAGES.includes(op)) throw new MongoCommandError('NotImplemented', `${op} is not supported by the embedded engine`);
  }
  const collName = typeof ctx.cmd.aggregate === 'string' ? ctx.cmd.aggregate : null;
  const variables = letVariables(ctx);
  let input: Doc[] = [];
  let rest: Doc[] = pipeline;
  const shown = collName ? viewDocuments(ctx, collName) : null;
  if (pipeline.length > 0 && Object.keys(pipeline[0])[0] === '$listLocalSessions') {
    input = localSessions(ctx, collName);
    rest = pipeline.slice(1);
  } else if (shown) {
    input = shown;
  } else if (collName) {
    const reader = ctx.engine.reader(ctx.txn, ctx.db, collName);
    // A leading $match goes through the planner so it can use an index.
    if (pipeline.length > 0 && isPlainObject(pipeline[0].$match)) {
      input = reader.find(pipeline[0].$match, { variables }).docs;
      rest = pipeline.slice(1);
    } else {
      input = reader.all();
    }
  }
  let docs: Doc[];
  try {
    const aggregator = new Aggregator(rest, {
      collectionResolver: (name: string) => collectionDocuments(ctx, name),
      variables,
    } as never);
    // Stages may modify their input in place; the stored documents must not change.
    docs = aggregator.run(input.map(cloneValue)) as Doc[];
  } catch (err) {
    throw asCommandError(err);
  }
  const cursorSpec = optionalObject(ctx, 'cursor') ?? {};
  const ns = `${ctx.db}.${collName ?? '$cmd.aggregate'}`;
  return { cursor: ctx.engine.cursors.first(ns, docs, optionalNumber(ctx, 'batchSize', cursorSpec), sessionId(ctx)) };
}

/**
 * $listLocalSessions: the sessions this engine holds, in mongod's shape. Without authentication
 * every session belongs to the one unauthenticated user, so `allUsers` and `users` change nothing.
 */
function localSessions(ctx: CommandContext, collName: string | null): Doc[] {
  if (ctx.db !== 'admin' || collName !== null || ctx.cmd.aggregate !== 1) {
    throw new MongoCommandError('InvalidNamespace', "$listLocalSessions must be run against the 'admin' database with {aggregate: 1}");
  }
  const spec = ctx.cmd.pipeline as Doc[];
  if (!isPlainObject(spec[0].$listLocalSessions)) throw new MongoCommandError('TypeMismatch', '$listLocalSessions must take an object');
  const uid = new Binary(createHash('sha256').update('').digest());
  return [...ctx.engine.sessions.values()].map((session) => ({
    _id: { id: /^[0-9a-f]{32}$/.test(session.id) ? new Binary(Buffer.from(session.id, 'hex'), Binary.SUBTYPE_UUID) : session.id, uid },
    lastUse: new Date(session.lastUsed),
  }));
}

export function count(ctx: CommandContext): Doc {
  const collName = targetCollection(ctx);
  const query = optionalObject(ctx, 'query') ?? {};
  const skip = optionalNumber(ctx, 'skip') ?? 0;
  const limit = Math.abs(optionalNumber(ctx, 'limit') ?? 0);
  const whole = Object.keys(query).length === 0 && !isView(ctx.engine.collection(ctx.db, collName));
  let n = whole ? ctx.engine.reader(ctx.txn, ctx.db, collName).all().length : findDocuments(ctx, collName, query, { variables: letVariables(ctx) }).docs.length;
  n = Math.max(0, n - skip);
  return { n: limit > 0 ? Math.min(n, limit) : n };
}

export function distinct(ctx: CommandContext): Doc {
  const collName = targetCollection(ctx);
  const key = ctx.cmd.key;
  if (typeof key !== 'string' || key.length === 0) throw new MongoCommandError('TypeMismatch', "'key' must be a non-empty string");
  const query = optionalObject(ctx, 'query') ?? {};
  const seen = new Map<string, unknown>();
  for (const doc of findDocuments(ctx, collName, query, { variables: letVariables(ctx) }).docs) {
    for (const v of valuesAtPath(doc, key)) {
      // The path walk also yields whole arrays for index use; distinct wants their elements.
      if (v === undefined || Array.isArray(v)) continue;
      const k = valueKey(v);
      if (!seen.has(k)) seen.set(k, v);
    }
  }
  const values = [...seen.values()];
  // The values travel in one reply document, so like mongod refuse them past 16 MiB.
  if (calculateObjectSize({ values }) > MAX_BSON_OBJECT_SIZE) throw new MongoCommandError('Location17217', 'distinct too big, 16mb cap');
  return { values };
}

/** Explains find and count: which index served the filter and how many documents it read. */
export function explain(ctx: CommandContext): Doc {
  const inner = optionalObject(ctx, 'explain');
  if (!inner) throw new MongoCommandError('FailedToParse', "explain needs a command object");
  const innerName = Object.keys(inner)[0];
  if (innerName !== 'find' && innerName !== 'count') {
    throw new MongoCommandError('IllegalOperation', `explain of '${innerName}' is not supported by the embedded engine`);
  }
  const collName = inner[innerName];
  if (typeof collName !== 'string') throw new MongoCommandError('InvalidNamespace', 'explain needs a collection name');
  const spec = innerName === 'count' ? { filter: inner.query ?? {} } : inner;
  const r = runFind({ ...ctx, cmd: inner, name: innerName }, collName, spec);
  const ixscan = (p: IndexPlan): Doc => ({ stage: 'IXSCAN', indexName: p.indexName, keyPattern: p.keyPattern });
  const scan = !r.plan
    ? { stage: 'COLLSCAN' }
    : r.plan.kind === 'or'
      ? { stage: 'OR', inputStages: r.plan.branches.map(ixscan) }
      : { ...ixscan(r.plan), keysExamined: r.docsExamined };
  const winningPlan = r.plan ? { stage: 'FETCH', inputStage: scan } : scan;
  return {
    queryPlanner: { namespace: `${ctx.db}.${collName}`, winningPlan, rejectedPlans: [] },
    executionStats: {
      executionSuccess: true,
      nReturned: r.docs.length,
      totalDocsExamined: r.docsExamined,
      // Every candidate came from one index entry, so entries read = documents fetched.
      totalKeysExamined: r.plan ? r.docsExamined : 0,
      executionStages: winningPlan,
    },
  };
}
