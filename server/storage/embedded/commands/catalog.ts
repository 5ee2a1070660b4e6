/** create, drop, dropDatabase, listCollections, listDatabases and the index commands. */
import { Query } from 'mingo';
import { ID_INDEX_NAME } from '../collection';
import { MongoCommandError, asCommandError } from '../errors';
import { validateIndexSpec } from '../indexes';
import { type Doc, isPlainObject, valueKey } from '../values';
import { modifiedValidation, validationOptions } from '../validation';
import { type CommandContext, optionalNumber, optionalObject, sessionId, targetCollection } from './context';
import { isView, refuseView, viewOptions } from './views';

export function create(ctx: CommandContext): Doc {
  const name = targetCollection(ctx);
  const { create: _name, $db, lsid, txnNumber, autocommit, startTransaction, $clusterTime, $readPreference, writeConcern, ...options } = ctx.cmd;
  if (ctx.engine.collection(ctx.db, name)) throw new MongoCommandError('NamespaceExists', `Collection ${ctx.db}.${name} already exists.`);
  if (options.viewOn !== undefined) {
    if (options.validator !== undefined) throw new MongoCommandError('InvalidOptions', 'a view cannot have a validator');
    ctx.engine.ensureCollection(ctx.db, name, viewOptions(ctx, name));
  } else {
    ctx.engine.ensureCollection(ctx.db, name, { ...options, ...validationOptions(options) });
  }
  return {};
}

/** collMod: only a collection's validation settings can change here. */
export function collMod(ctx: CommandContext): Doc {
  const name = targetCollection(ctx);
  const coll = ctx.engine.collection(ctx.db, name);
  if (!coll) throw new MongoCommandError('NamespaceNotFound', `ns does not exist: ${ctx.db}.${name}`);
  refuseView(ctx, name);
  const { collMod: _name, $db, lsid, $clusterTime, $readPreference, writeConcern, ...changes } = ctx.cmd;
  ctx.engine.setCollectionOptions(coll, modifiedValidation(coll, changes));
  return {};
}

export function drop(ctx: CommandContext): Doc {
  const name = targetCollection(ctx);
  const dropped = ctx.engine.dropCollection(ctx.db, name);
  // Since MongoDB 7.0 dropping a missing collection succeeds.
  return { ns: `${ctx.db}.${name}`, nIndexesWas: dropped ? dropped.indexes.size + 1 : 0 };
}

export function dropDatabase(ctx: CommandContext): Doc {
  ctx.engine.dropDatabase(ctx.db);
  return { dropped: ctx.db };
}

export function listCollections(ctx: CommandContext): Doc {
  const filter = optionalObject(ctx, 'filter') ?? {};
  const nameOnly = ctx.cmd.nameOnly === true;
  const colls = [...(ctx.engine.databases.get(ctx.db)?.values() ?? [])];
  let entries: Doc[] = colls.map((c) => {
    if (isView(c)) return nameOnly ? { name: c.name, type: 'view' } : { name: c.name, type: 'view', options: c.options, info: { readOnly: true } };
    return nameOnly
      ? { name: c.name, type: 'collection' }
      : {
          name: c.name,
          type: 'collection',
          options: c.options,
          info: { readOnly: false, uuid: c.uuid },
          idIndex: { v: 2, key: { _id: 1 }, name: ID_INDEX_NAME },
        };
  });
  try {
    if (Object.keys(filter).length > 0) entries = new Query(filter).find(entries).all() as Doc[];
  } catch (err) {
    throw asCommandError(err);
  }
  const cursorSpec = optionalObject(ctx, 'cursor') ?? {};
  return { cursor: ctx.engine.cursors.first(`${ctx.db}.$cmd.listCollections`, entries, optionalNumber(ctx, 'batchSize', cursorSpec), sessionId(ctx)) };
}

export function listDatabases(ctx: CommandContext): Doc {
  const databases = [...ctx.engine.databases.entries()].map(([name, colls]) => ({
    name,
    sizeOnDisk: 0,
    empty: [...colls.values()].every((c) => c.docs.size === 0),
  }));
  return ctx.cmd.nameOnly === true ? { databases: databases.map(({ name }) => ({ name })) } : { databases, totalSize: 0 };
}

export function createIndexes(ctx: CommandContext): Doc {
  const name = targetCollection(ctx);
  const specs = ctx.cmd.indexes;
  if (!Array.isArray(specs) || specs.length === 0) throw new MongoCommandError('BadValue', "'indexes' must be a non-empty array");
  const parsed = specs.map(validateIndexSpec);
  refuseView(ctx, name);
  const { collection, created } = ctx.engine.ensureCollection(ctx.db, name);
  const before = collection.indexes.size + 1;
  for (const spec of parsed) {
    if (spec.name === ID_INDEX_NAME || valueKey(spec.key) === valueKey({ _id: 1 })) continue;
    const sameName = collection.indexes.get(spec.name);
    if (sameName) {
      if (sameName.sameAs(spec)) continue;
      throw new MongoCommandError(
        'IndexKeySpecsConflict',
        `An existing index has the same name as the requested index. Requested index: ${JSON.stringify(spec)}, existing index: ${JSON.stringify(sameName.spec)}`,
      );
    }
    const sameKey = [...collection.indexes.values()].find((i) => valueKey(i.spec.key) === valueKey(spec.key) && i.sameAs(spec));
    if (sameKey) throw new MongoCommandError('IndexOptionsConflict', `Index already exists with a different name: ${sameKey.name}`);
    ctx.engine.addIndex(collection, spec);
  }
  const after = collection.indexes.size + 1;
  const reply: Doc = { createdCollectionAutomatically: created, numIndexesBefore: before, numIndexesAfter: after };
  if (before === after) reply.note = 'all indexes already exist';
  return reply;
}

export function listIndexes(ctx: CommandContext): Doc {
  const name = targetCollection(ctx);
  const coll = ctx.engine.collection(ctx.db, name);
  if (!coll) throw new MongoCommandError('NamespaceNotFound', `ns does not exist: ${ctx.db}.${name}`);
  refuseView(ctx, name);
  const cursorSpec = optionalObject(ctx, 'cursor') ?? {};
  return { cursor: ctx.engine.cursors.first(`${ctx.db}.${name}`, coll.indexSpecs(), optionalNumber(ctx, 'batchSize', cursorSpec), sessionId(ctx)) };
}

export function dropIndexes(ctx: CommandContext): Doc {
  const name = targetCollection(ctx);
  const coll = ctx.engine.collection(ctx.db, name);
  if (!coll) throw new MongoCommandError('NamespaceNotFound', `ns not found ${ctx.db}.${name}`);
  refuseView(ctx, name);
  const nIndexesWas = coll.indexes.size + 1;
  const which = ctx.cmd.index;
  const names: string[] = [];
  if (which === '*') names.push(...coll.indexes.keys());
  else if (typeof which === 'string') names.push(which);
  else if (Array.isArray(which)) names.push(...which.map(String));
  else if (isPlainObject(which)) {
    const match = [...coll.indexes.values()].find((i) => valueKey(i.spec.key) === valueKey(which));
    if (!match) throw new MongoCommandError('IndexNotFound', `can't find index with key: ${JSON.stringify(which)}`);
    names.push(match.name);
  } else {
    throw new MongoCommandError('TypeMismatch', "'index' must be a name, '*', a key pattern or an array of names");
  }
  if (names.includes(ID_INDEX_NAME)) throw new MongoCommandError('InvalidOptions', 'cannot drop _id index');
  for (const n of names) ctx.engine.dropIndex(coll, n);
  return { nIndexesWas };
}
