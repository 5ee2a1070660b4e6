/**
 * Read-only views (create with viewOn and pipeline). A view stores no documents: reading one
 * runs its pipeline over its source (a collection or another view) at that moment, inside the
 * reader's snapshot; find, count, distinct and aggregate then apply their own filter or stages
 * to the result. Writes and index commands on a view are refused (CommandNotSupportedOnView),
 * as in mongod.
 */
import { Aggregator } from 'mingo';
import type { Collection } from '../collection';
import { MongoCommandError, asCommandError } from '../errors';
import { type FindOptions, type FindResult, queryDocuments } from '../reader';
import { type Doc, cloneValue, isPlainObject } from '../values';
import type { CommandContext } from './context';

/** mongod's limit on views defined on views. */
const MAX_VIEW_DEPTH = 20;
const STAGES_NOT_IN_VIEWS = ['$out', '$merge', '$changeStream'];

export function isView(coll: Collection | undefined): boolean {
  return typeof coll?.options.viewOn === 'string';
}

/** Checks `viewOn` and `pipeline` of a create command; returns the view's stored options. */
export function viewOptions(ctx: CommandContext, name: string): Doc {
  const { viewOn, pipeline = [] } = ctx.cmd;
  if (typeof viewOn !== 'string' || viewOn.length === 0) throw new MongoCommandError('TypeMismatch', "'viewOn' must be a non-empty collection name");
  if (!Array.isArray(pipeline) || !pipeline.every(isPlainObject)) {
    throw new MongoCommandError('TypeMismatch', "a view's 'pipeline' must be an array of stage objects");
  }
  for (const stage of pipeline) {
    const op = Object.keys(stage)[0];
    if (STAGES_NOT_IN_VIEWS.includes(op)) throw new MongoCommandError('InvalidViewDefinition', `${op} cannot be used in a view definition`);
  }
  for (let on: string | undefined = viewOn, depth = 0; on !== undefined; depth++) {
    if (on === name) throw new MongoCommandError('InvalidViewDefinition', `View cycle detected: ${ctx.db}.${name} is defined on itself`);
    if (depth >= MAX_VIEW_DEPTH) throw new MongoCommandError('InvalidViewDefinition', `View depth too deep or view cycle detected. Maximum depth is ${MAX_VIEW_DEPTH}`);
    const source = ctx.engine.collection(ctx.db, on);
    on = isView(source) ? (source!.options.viewOn as string) : undefined;
  }
  return { viewOn, pipeline };
}

/** The documents a view shows now, or null when `name` is not a view. */
export function viewDocuments(ctx: CommandContext, name: string, depth = 0): Doc[] | null {
  const coll = ctx.engine.collection(ctx.db, name);
  if (!isView(coll)) return null;
  if (depth >= MAX_VIEW_DEPTH) throw new MongoCommandError('InvalidViewDefinition', `View depth too deep. Maximum depth is ${MAX_VIEW_DEPTH}`);
  const { viewOn, pipeline } = coll!.options as { viewOn: string; pipeline: Doc[] };
  const source = viewDocuments(ctx, viewOn, depth + 1) ?? ctx.engine.reader(ctx.txn, ctx.db, viewOn).all();
  try {
    const aggregator = new Aggregator(pipeline, { collectionResolver: (other: string) => collectionDocuments(ctx, other) } as never);
    // Stages may modify their input in place; the stored documents must not change.
    return aggregator.run(source.map(cloneValue)) as Doc[];
  } catch (err) {
    throw asCommandError(err);
  }
}

/** Every document of a collection or a view, e.g. for $lookup. */
export function collectionDocuments(ctx: CommandContext, name: string): Doc[] {
  // Copies: a later stage may modify what $lookup joined, and stored documents never change in place.
  return viewDocuments(ctx, name) ?? ctx.engine.reader(ctx.txn, ctx.db, name).all().map(cloneValue);
}

/** find's reading: through the view when `name` is one, else the collection with its indexes. */
export function findDocuments(ctx: CommandContext, name: string, filter: Doc, options: FindOptions = {}): FindResult {
  const shown = viewDocuments(ctx, name);
  if (!shown) return ctx.engine.reader(ctx.txn, ctx.db, name).find(filter, options);
  return { docs: queryDocuments(shown, filter, options), plan: null, docsExamined: shown.length };
}

/** Refuses a write or an index command on a view. */
export function refuseView(ctx: CommandContext, name: string): void {
  if (isView(ctx.engine.collection(ctx.db, name))) {
    throw new MongoCommandError('CommandNotSupportedOnView', `Namespace ${ctx.db}.${name} is a view, not a collection`);
  }
}
