/**
 * Applies one update statement to one document: an operator update (mingo's updater plus
 * `$setOnInsert`, which mingo lacks), a replacement, or an aggregation-pipeline update.
 */
import { Aggregator } from 'mingo';
import { update as applyOperators } from 'mingo/updater';
import { ObjectId } from 'bson';
import { MongoCommandError, asCommandError } from './errors';
import { applyFastUpdate } from './fast-update';
import { type Doc, cloneValue, isPlainObject, sameValue, setAtPath, valueKey } from './values';

export type UpdateSpec = Doc | Doc[];

export interface UpdateOutcome {
  doc: Doc;
  changed: boolean;
}

export function isOperatorUpdate(u: UpdateSpec): boolean {
  if (Array.isArray(u)) return false;
  const keys = Object.keys(u);
  return keys.length > 0 && keys[0].startsWith('$');
}

export function validateUpdateSpec(u: unknown, multi: boolean): UpdateSpec {
  if (Array.isArray(u)) {
    if (!u.every(isPlainObject)) throw new MongoCommandError('FailedToParse', 'update pipeline stages must be objects');
    return u as Doc[];
  }
  if (!isPlainObject(u)) throw new MongoCommandError('FailedToParse', 'update must be an object or a pipeline array');
  const keys = Object.keys(u);
  const operators = keys.filter((k) => k.startsWith('$'));
  if (operators.length > 0 && operators.length !== keys.length) {
    throw new MongoCommandError('FailedToParse', 'an update document cannot mix update operators and plain fields');
  }
  if (operators.length === 0 && multi) {
    throw new MongoCommandError('FailedToParse', 'multi update is not supported for replacement-style update');
  }
  return u;
}

/** The document an upsert starts from: the filter's equality conditions. */
export function upsertSeed(filter: Doc): Doc {
  const seed: Doc = {};
  const visit = (f: Doc): void => {
    for (const [field, cond] of Object.entries(f)) {
      if (field === '$and' && Array.isArray(cond)) {
        cond.filter(isPlainObject).forEach(visit);
        continue;
      }
      if (field.startsWith('$')) continue;
      if (isPlainObject(cond)) {
        const ops = Object.keys(cond);
        if (ops.length > 0 && ops.every((o) => o.startsWith('$'))) {
          if (ops.length === 1 && ops[0] === '$eq') setAtPath(seed, field, cloneValue(cond.$eq));
          continue;
        }
      }
      if (cond instanceof RegExp) continue;
      setAtPath(seed, field, cloneValue(cond));
    }
  };
  visit(filter);
  return seed;
}

function immutableId(): MongoCommandError {
  return new MongoCommandError('ImmutableField', "Performing an update on the path '_id' would modify the immutable field '_id'");
}

/** Whether an operator update names a path through the positional `$` (not `$[]` or `$[id]`). */
function namesPositional(operators: Doc): boolean {
  return Object.values(operators).some((fields) => isPlainObject(fields) && Object.keys(fields).some((f) => f.split('.').includes('$')));
}

function touchesId(operators: Doc): boolean {
  return Object.values(operators).some((fields) => isPlainObject(fields) && Object.keys(fields).some((f) => f === '_id' || f.startsWith('_id.')));
}

export interface ApplyOptions {
  arrayFilters?: Doc[];
  isInsert: boolean;
  filter?: Doc;
  /** The command's `let` variables. */
  variables?: Doc;
}

export function applyUpdate(original: Doc, u: UpdateSpec, options: ApplyOptions): UpdateOutcome {
  let next: Doc;
  const queryOptions = options.variables ? { variables: options.variables } : undefined;
  try {
    if (Array.isArray(u)) {
      next = (new Aggregator(u, queryOptions).run([cloneValue(original)])[0] as Doc | undefined) ?? {};
      // A pipeline that replaces the root without _id keeps the original one, as in mongod.
      if (next._id === undefined && original._id !== undefined) next = { _id: original._id, ...next };
    } else if (isOperatorUpdate(u)) {
      const { $setOnInsert, ...operators } = u;
      if (touchesId(operators)) throw immutableId();
      // The common updates skip mingo (fast-update.ts); an upsert's insert and arrayFilters stay its.
      const fast = options.isInsert || (options.arrayFilters && options.arrayFilters.length > 0) ? null : applyFastUpdate(original, operators);
      if (fast) return finish(original, fast);
      next = cloneValue(original);
      // The filter resolves the positional `$` operator to the element it matched. Without one
      // mingo is given no filter: the document already matched, and compiling the filter again
      // for every update was a measurable share of its cost.
      if (Object.keys(operators).length > 0) {
        const condition = namesPositional(operators) ? options.filter : undefined;
        applyOperators(next, operators as never, options.arrayFilters, condition as never, { cloneMode: 'copy', queryOptions });
      }
      if (options.isInsert && isPlainObject($setOnInsert)) {
        applyOperators(next, { $set: $setOnInsert } as never, undefined, undefined, { cloneMode: 'copy' });
      }
    } else {
      if ('_id' in u && original._id !== undefined && valueKey(u._id) !== valueKey(original._id)) throw immutableId();
      next = { _id: original._id, ...cloneValue(u) };
      if (next._id === undefined) delete next._id;
    }
  } catch (err) {
    throw asCommandError(err);
  }
  return finish(original, next);
}

/** Keeps `_id` as it was and first, and says whether the update changed anything. */
function finish(original: Doc, updated: Doc): UpdateOutcome {
  let next = updated;
  if (original._id !== undefined && valueKey(next._id) !== valueKey(original._id)) throw immutableId();
  if (next._id === undefined) {
    next = { _id: new ObjectId(), ...next };
  } else if (Object.keys(next)[0] !== '_id') {
    const { _id, ...rest } = next;
    next = { _id, ...rest };
  }
  return { doc: next, changed: !sameValue(next, original) };
}
