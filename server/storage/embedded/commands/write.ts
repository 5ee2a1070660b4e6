/** insert, update, delete and findAndModify. */
import { ObjectId, calculateObjectSize } from 'bson';
import { Query } from 'mingo';
import { ID_INDEX_NAME, idKey } from '../collection';
import { MongoCommandError, asCommandError } from '../errors';
import { Index } from '../indexes';
import { applyUpdate, isOperatorUpdate, upsertSeed, validateUpdateSpec } from '../update-apply';
import { type ReplyDoc, asReplyDocument } from '../raw-reply';
import { checkValidation } from '../validation';
import { type Doc, isPlainObject } from '../values';
import { type CommandContext, letVariables, optionalObject, targetCollection } from './context';
import { MAX_BSON_OBJECT_SIZE } from './server-info';
import { refuseView } from './views';

const idIndex = new Index({ name: ID_INDEX_NAME, key: { _id: 1 }, unique: true });

/**
 * Runs a write command's statements in order. A failed statement becomes a writeErrors entry and,
 * when the command is ordered, stops the rest; a WriteConflict fails the whole command (mongod
 * does the same).
 */
function eachStatement(ctx: CommandContext, field: string, run: (statement: unknown, index: number) => void): Doc[] {
  const statements = ctx.cmd[field];
  if (!Array.isArray(statements)) throw new MongoCommandError('TypeMismatch', `'${field}' must be an array`);
  const ordered = ctx.cmd.ordered !== false;
  const writeErrors: Doc[] = [];
  for (let i = 0; i < statements.length; i++) {
    try {
      run(statements[i], i);
    } catch (err) {
      const e = asCommandError(err);
      if (e.codeName === 'WriteConflict') throw e;
      writeErrors.push(e.toWriteError(i));
      if (ordered) break;
    }
  }
  return writeErrors;
}

/**
 * Refuses a document larger than maxBsonObjectSize before it is stored: every reply that returns
 * it (find, findAndModify) could not be encoded. mongod answers BSONObjectTooLarge the same way.
 */
function checkDocumentSize(doc: Doc, what: string): void {
  const size = calculateObjectSize(doc);
  if (size > MAX_BSON_OBJECT_SIZE) {
    throw new MongoCommandError('BSONObjectTooLarge', `${what} is ${size} bytes, larger than maxBsonObjectSize (${MAX_BSON_OBJECT_SIZE})`);
  }
}

/**
 * mongod refuses an _id it could not index or compare: an array, a regular expression, or an
 * object with a `$`-prefixed field at any depth (elsewhere `$` fields are allowed since 5.0).
 */
function checkIdForStorage(doc: Doc): void {
  const id = doc._id;
  if (Array.isArray(id)) throw new MongoCommandError('BadValue', "can't use an array for _id");
  if (id instanceof RegExp) throw new MongoCommandError('BadValue', "can't use a regex for _id");
  const dollarField = (value: unknown): string | undefined => {
    if (Array.isArray(value)) return value.map(dollarField).find((f) => f !== undefined);
    if (!isPlainObject(value)) return undefined;
    for (const [field, inner] of Object.entries(value)) {
      if (field.startsWith('$')) return field;
      const nested = dollarField(inner);
      if (nested) return nested;
    }
    return undefined;
  };
  const field = dollarField(id);
  if (field) throw new MongoCommandError('DollarPrefixedFieldName', `_id fields may not contain '$'-prefixed fields: ${field} is not valid for storage.`);
}

/**
 * The server this engine claims (7.0, wire version 21) has no `sort` on update statements (8.0
 * added it): its parser refuses the field for the whole command, before any statement runs.
 */
function refuseUpdateSort(statements: unknown): void {
  if (!Array.isArray(statements)) return;
  if (statements.some((s) => isPlainObject(s) && s.sort !== undefined)) {
    throw new MongoCommandError('Location40415', "BSON field 'update.updates.sort' is an unknown field.");
  }
}

function bypassesValidation(ctx: CommandContext): boolean {
  return ctx.cmd.bypassDocumentValidation === true;
}

function withWriteErrors(reply: Doc, writeErrors: Doc[]): Doc {
  return writeErrors.length > 0 ? { ...reply, writeErrors } : reply;
}

function insertOne(ctx: CommandContext, collName: string, raw: unknown): void {
  if (!isPlainObject(raw)) throw new MongoCommandError('TypeMismatch', 'documents to insert must be objects');
  // mongod stores _id as the first field, generating one when the client sent none.
  const { _id = new ObjectId(), ...rest } = raw;
  const doc: Doc = { _id, ...rest };
  checkIdForStorage(doc);
  checkDocumentSize(doc, 'object to insert');
  const { collection } = ctx.engine.ensureCollection(ctx.db, collName);
  checkValidation(collection, doc, undefined, bypassesValidation(ctx));
  const key = idKey(doc);
  if (ctx.engine.reader(ctx.txn, ctx.db, collName).get(key)) throw idIndex.duplicateError(collection.namespace, doc);
  ctx.engine.write(ctx.txn, collection, key, doc);
}

export function insert(ctx: CommandContext): Doc {
  const collName = targetCollection(ctx);
  refuseView(ctx, collName);
  let n = 0;
  const writeErrors = eachStatement(ctx, 'documents', (doc) => {
    insertOne(ctx, collName, doc);
    n++;
  });
  return withWriteErrors({ n }, writeErrors);
}

interface UpdateStatement {
  q: Doc;
  u: Doc | Doc[];
  upsert: boolean;
  multi: boolean;
  arrayFilters?: Doc[];
}

function parseUpdateStatement(raw: unknown): UpdateStatement {
  if (!isPlainObject(raw) || !isPlainObject(raw.q)) throw new MongoCommandError('FailedToParse', "each update needs a 'q' filter object");
  const multi = raw.multi === true;
  return {
    q: raw.q,
    u: validateUpdateSpec(raw.u, multi),
    upsert: raw.upsert === true,
    multi,
    arrayFilters: Array.isArray(raw.arrayFilters) ? (raw.arrayFilters as Doc[]) : undefined,
  };
}

/** Applies one update statement; returns matched/modified counts and an upserted _id. */
function updateStatement(ctx: CommandContext, collName: string, s: UpdateStatement, sort?: Doc) {
  const reader = ctx.engine.reader(ctx.txn, ctx.db, collName);
  const variables = letVariables(ctx);
  const matches = reader.find(s.q, { sort, limit: s.multi ? undefined : 1, variables }).docs;
  let modified = 0;
  const updated: Doc[] = [];
  for (const doc of matches) {
    const out = applyUpdate(doc, s.u, { arrayFilters: s.arrayFilters, isInsert: false, filter: s.q, variables });
    if (out.changed) {
      checkDocumentSize(out.doc, 'Resulting document after update');
      const { collection } = ctx.engine.ensureCollection(ctx.db, collName);
      checkValidation(collection, out.doc, doc, bypassesValidation(ctx));
      // Change streams tell a replacement from an update by the statement's form, as mongod does.
      const change = Array.isArray(s.u) || isOperatorUpdate(s.u) ? 'update' : 'replace';
      ctx.engine.write(ctx.txn, collection, idKey(doc), out.doc, change, doc);
      modified++;
    }
    updated.push(out.doc);
  }
  if (matches.length > 0 || !s.upsert) return { matched: matches.length, modified, before: matches, after: updated };
  const out = applyUpdate(upsertSeed(s.q), s.u, { arrayFilters: s.arrayFilters, isInsert: true, variables });
  checkIdForStorage(out.doc);
  checkDocumentSize(out.doc, 'Document to upsert');
  const { collection } = ctx.engine.ensureCollection(ctx.db, collName);
  checkValidation(collection, out.doc, undefined, bypassesValidation(ctx));
  const key = idKey(out.doc);
  if (reader.get(key)) throw idIndex.duplicateError(collection.namespace, out.doc);
  ctx.engine.write(ctx.txn, collection, key, out.doc);
  return { matched: 0, modified: 0, upsertedId: out.doc._id, before: [], after: [out.doc] };
}

export function update(ctx: CommandContext): Doc {
  const collName = targetCollection(ctx);
  refuseView(ctx, collName);
  refuseUpdateSort(ctx.cmd.updates);
  const upserted: Doc[] = [];
  let n = 0;
  let nModified = 0;
  const writeErrors = eachStatement(ctx, 'updates', (statement, i) => {
    const r = updateStatement(ctx, collName, parseUpdateStatement(statement));
    if (r.upsertedId !== undefined) {
      upserted.push({ index: i, _id: r.upsertedId });
      n++;
    }
    n += r.matched;
    nModified += r.modified;
  });
  return withWriteErrors(upserted.length > 0 ? { n, nModified, upserted } : { n, nModified }, writeErrors);
}

function deleteStatement(ctx: CommandContext, collName: string, raw: unknown): number {
  if (!isPlainObject(raw) || !isPlainObject(raw.q)) throw new MongoCommandError('FailedToParse', "each delete needs a 'q' filter object");
  const limit = Number(raw.limit ?? 0);
  if (limit !== 0 && limit !== 1) throw new MongoCommandError('FailedToParse', "a delete's 'limit' must be 0 or 1");
  const coll = ctx.engine.collection(ctx.db, collName);
  if (!coll) return 0;
  const matches = ctx.engine.reader(ctx.txn, ctx.db, collName).find(raw.q, { limit: limit === 1 ? 1 : undefined, variables: letVariables(ctx) }).docs;
  for (const doc of matches) ctx.engine.write(ctx.txn, coll, idKey(doc), undefined, undefined, doc);
  return matches.length;
}

export function remove(ctx: CommandContext): Doc {
  const collName = targetCollection(ctx);
  refuseView(ctx, collName);
  let n = 0;
  const writeErrors = eachStatement(ctx, 'deletes', (statement) => {
    n += deleteStatement(ctx, collName, statement);
  });
  return withWriteErrors({ n }, writeErrors);
}

/** The document findAndModify returns: projected, or as stored (its stored bytes when it has them). */
function project(doc: Doc | null, fields: Doc | undefined): ReplyDoc | null {
  if (!doc) return null;
  if (!fields || Object.keys(fields).length === 0) return asReplyDocument(doc);
  return (new Query({}).find([doc], fields).all()[0] as Doc | undefined) ?? null;
}

export function findAndModify(ctx: CommandContext): Doc {
  const collName = targetCollection(ctx);
  refuseView(ctx, collName);
  const query = optionalObject(ctx, 'query') ?? {};
  const sort = optionalObject(ctx, 'sort');
  const fields = optionalObject(ctx, 'fields');
  const returnNew = ctx.cmd.new === true;
  if (ctx.cmd.remove === true) {
    const doc = ctx.engine.reader(ctx.txn, ctx.db, collName).find(query, { sort, limit: 1, variables: letVariables(ctx) }).docs[0];
    const coll = ctx.engine.collection(ctx.db, collName);
    if (doc && coll) ctx.engine.write(ctx.txn, coll, idKey(doc), undefined, undefined, doc);
    return { lastErrorObject: { n: doc ? 1 : 0 }, value: project(doc ?? null, fields) };
  }
  if (ctx.cmd.update === undefined) throw new MongoCommandError('FailedToParse', "findAndModify needs 'remove' or 'update'");
  const statement: UpdateStatement = {
    q: query,
    u: validateUpdateSpec(ctx.cmd.update, false),
    upsert: ctx.cmd.upsert === true,
    multi: false,
    arrayFilters: Array.isArray(ctx.cmd.arrayFilters) ? (ctx.cmd.arrayFilters as Doc[]) : undefined,
  };
  const r = updateStatement(ctx, collName, statement, sort);
  const lastErrorObject: Doc = { n: r.after.length, updatedExisting: r.matched > 0 };
  if (r.upsertedId !== undefined) lastErrorObject.upserted = r.upsertedId;
  const value = returnNew ? (r.after[0] ?? null) : (r.before[0] ?? null);
  return { lastErrorObject, value: project(value, fields) };
}
