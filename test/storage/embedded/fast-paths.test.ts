/**
 * The engine's fast paths (fast-filter.ts, fast-update.ts) must give exactly mingo's answer. Many
 * filters and updates generated from a seeded sequence, over documents holding nulls, missing
 * fields, arrays, nested documents, dates, ObjectIds and numbers of every BSON type, are decided
 * both ways and compared: a filter document by document (where the fast path is sure), an update
 * by the whole resulting document, field order included. Each also checks that the fast path did
 * decide most cases, so a fast path that always defers to mingo fails here too. A collection scan
 * that passes over documents lacking a string the filter requires (scan-prefilter.ts) must find
 * what mingo finds over every document.
 */
import { Decimal128, Double, Int32, Long, ObjectId } from 'bson';
import { Query } from 'mingo';
import { update as mingoUpdate } from 'mingo/updater';
import { compileFastFilter } from '../../../server/storage/embedded/fast-filter';
import { fastSort } from '../../../server/storage/embedded/fast-sort';
import { applyFastUpdate } from '../../../server/storage/embedded/fast-update';
import { Collection } from '../../../server/storage/embedded/collection';
import { CollectionReader, queryDocuments } from '../../../server/storage/embedded/reader';
import { requiredBytes } from '../../../server/storage/embedded/scan-prefilter';
import { type Doc, cloneValue, valueKey } from '../../../server/storage/embedded/values';

/** A small seeded generator (mulberry32): the same cases on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seeded(18);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const chance = (p: number): boolean => random() < p;

const ID = '64b7f0c2a1b2c3d4e5f60718';
const SCALARS: unknown[] = [
  null, 0, -0, 1, 2, 1.5, -1, Number.NaN, 'a', 'b', '', '1', 'A', true, false,
  new Date(0), new Date(1), new ObjectId(ID), new ObjectId('64b7f0c2a1b2c3d4e5f60719'),
];
const ODD: unknown[] = [new Int32(1), new Long(1), new Double(1), Decimal128.fromString('1'), /a/, undefined];
const FIELDS = ['a', 'b', 'c'];
const PATHS = ['a', 'b', 'c', 'tags', 'tags', '_id', 'a.x', 'a.y', 'b.x', 'a.x.y', 'a.x.z', 'c.d', 'a.0', 'a.0.x', 'constructor', 'missing', 'a.$x'];

/** A fresh instance each time, so equal values never share identity (as after a BSON decode). */
function scalar(): unknown {
  const v = pick(SCALARS);
  if (v instanceof Date) return new Date(v.getTime());
  if (v instanceof ObjectId) return new ObjectId(v.toHexString());
  return v;
}

function value(depth: number): unknown {
  const r = random();
  if (r < 0.55 || depth > 2) return scalar();
  if (r < 0.62) return pick(ODD);
  if (r < 0.8) return Array.from({ length: Math.floor(random() * 3) }, () => value(depth + 1));
  const doc: Doc = {};
  for (const f of ['x', 'y', 'z']) if (chance(0.6)) doc[f] = value(depth + 1);
  return doc;
}

function document(i: number): Doc {
  const doc: Doc = { _id: chance(0.5) ? i : new ObjectId(ID.slice(0, 18) + String(100000 + i)) };
  for (const f of FIELDS) if (chance(0.75)) doc[f] = value(0);
  // A list of scalars, as documents hold roles or references: compared element by element.
  if (chance(0.6)) doc.tags = Array.from({ length: Math.floor(random() * 4) }, scalar);
  return doc;
}

function condition(): unknown {
  const r = random();
  const list = (): unknown[] => Array.from({ length: Math.floor(random() * 4) }, () => (chance(0.9) ? scalar() : value(2)));
  if (r < 0.35) return chance(0.9) ? scalar() : value(1);
  if (r < 0.45) return { $eq: scalar() };
  if (r < 0.55) return { $ne: scalar() };
  if (r < 0.7) return { $in: list() };
  if (r < 0.78) return { $nin: list() };
  if (r < 0.88) return { $exists: chance(0.8) ? chance(0.5) : 1 };
  if (r < 0.94) return { $in: list(), $ne: scalar() };
  return { $gt: scalar() };
}

function filter(depth = 0): Doc {
  const f: Doc = {};
  const n = Math.floor(random() * 3) + (depth === 0 ? 0 : 1);
  for (let i = 0; i < n; i++) f[pick(PATHS)] = condition();
  if (depth === 0 && chance(0.15)) f.$and = [filter(1), filter(1)];
  return f;
}

/** mingo's equality of whole documents is blind to field order; the engine's stored bytes are not. */
function exactKey(value: unknown): string {
  return valueKey(value);
}

describe('fast filter vs mingo', () => {
  const docs = Array.from({ length: 60 }, (_, i) => document(i));

  it('gives mingo’s answer for every document it decides', () => {
    let decided = 0;
    let compiled = 0;
    let asked = 0;
    for (let n = 0; n < 1500; n++) {
      const f = filter();
      const fast = compileFastFilter(f);
      if (!fast) continue;
      compiled++;
      const query = new Query(f);
      for (const doc of docs) {
        asked++;
        const sure = fast(doc);
        if (sure === undefined) continue;
        decided++;
        if (sure !== query.test(doc)) throw new Error(`filter ${JSON.stringify(f)} on ${JSON.stringify(doc)}: fast ${sure}, mingo ${!sure}`);
      }
    }
    expect(compiled).toBeGreaterThan(700);
    expect(decided / asked).toBeGreaterThan(0.6);
  });

  it('returns the documents mingo does, in the same order, with sort, skip and limit', () => {
    for (let n = 0; n < 400; n++) {
      const f = filter();
      const sort = chance(0.3) ? { [pick(['a', 'b', '_id', 'tags'])]: pick([1, -1]) } : undefined;
      const options = { sort, skip: chance(0.3) ? Math.floor(random() * 5) : undefined, limit: chance(0.5) ? Math.floor(random() * 4) : undefined };
      let expected = new Query(f).find(docs);
      if (sort) expected = expected.sort(sort as never);
      if (options.skip) expected = expected.skip(options.skip);
      if (options.limit) expected = expected.limit(options.limit);
      const want = expected.all();
      const got = queryDocuments(docs, f, options);
      expect(got.length).toBe(want.length);
      got.forEach((doc, i) => expect(doc).toBe(want[i]));
    }
  });

  it('leaves filters it does not decide to mingo', () => {
    for (const f of [{ a: { $gt: 1 } }, { a: /x/ }, { 'a.0': 1 }, { $or: [{ a: 1 }] }, { a: { x: 1 } }, { a: new Long(1) }, { a: { $in: [/a/] } }, { 'a.x': { $exists: true } }, { a: { $in: 1 } }]) {
      expect(compileFastFilter(f as Doc)).toBeNull();
    }
  });
});

function updateSpec(): Doc {
  const ops: Doc = {};
  const nOps = 1 + Math.floor(random() * 3);
  for (let i = 0; i < nOps; i++) {
    const op = chance(0.05) ? '$min' : pick(['$set', '$set', '$inc', '$push', '$unset']);
    const fields: Doc = (ops[op] as Doc | undefined) ?? {};
    const nFields = 1 + Math.floor(random() * 2);
    for (let k = 0; k < nFields; k++) {
      const path = chance(0.03) ? 'a.0' : pick(['a', 'b', 'c', 'n', 'v', 'w', 'list', 'a.x', 'a.y', 'a.x.y', 'c.d', 'c.d.e', 'b.x']);
      if (op === '$inc') fields[path] = chance(0.9) ? pick([1, -1, 2.5, 0, -0]) : pick([Number.NaN, 'x', new Int32(1)]);
      else if (op === '$push') fields[path] = chance(0.8) ? value(1) : chance(0.5) ? { $each: [scalar(), scalar()] } : { $each: [1], $slice: 2 };
      else if (op === '$unset') fields[path] = '';
      else fields[path] = value(1);
    }
    ops[op] = fields;
  }
  return ops;
}

describe('fast update vs mingo', () => {
  it('produces mingo’s document, field order included, without changing the original', () => {
    let applied = 0;
    for (let n = 0; n < 4000; n++) {
      const doc = document(n);
      // Fields shaped like a scenario's documents (a version, a state, a list), and odd ones.
      doc.n = pick([0, 1, -0, Number.NaN, 'x', null, [1]]);
      if (chance(0.7)) doc.v = pick([1, 2, 2.5]);
      if (chance(0.7)) doc.w = scalar();
      if (chance(0.7)) doc.list = [value(2)];
      const spec = updateSpec();
      const before = exactKey(doc);
      const fast = applyFastUpdate(doc, spec);
      expect(exactKey(doc)).toBe(before);
      if (!fast) continue;
      applied++;
      const viaMingo = cloneValue(doc);
      mingoUpdate(viaMingo, spec as never, undefined, undefined, { cloneMode: 'copy' });
      if (exactKey(fast) !== exactKey(viaMingo)) {
        throw new Error(`update ${JSON.stringify(spec)} on ${JSON.stringify(doc)}:\n fast  ${exactKey(fast)}\n mingo ${exactKey(viaMingo)}`);
      }
      expect(Object.keys(fast)).toEqual(Object.keys(viaMingo));
    }
    // Many generated updates reach an array or a scalar on their path (mingo's to decide); the rest must be plenty.
    expect(applied).toBeGreaterThan(600);
  });

  it('leaves updates it does not decide to mingo', () => {
    const doc = { _id: 1, a: [1], b: { x: 1 }, s: 'x', nan: Number.NaN };
    for (const spec of [{ $min: { b: 1 } }, { $set: { 'a.0': 2 } }, { $set: { 'a.x': 2 } }, { $set: { b: 1, 'b.x': 2 } }, { $inc: { s: 1 } }, { $inc: { nan: 1 } }, { $push: { a: { $each: [1], $slice: 1 } } }, { $set: {} }, { $set: { 'a.$': 1 } }]) {
      expect(applyFastUpdate(doc, spec as Doc)).toBeNull();
    }
  });
});

describe('collection scan that skips documents lacking a required string', () => {
  const STRINGS = ['BK-1', 'BK-10', 'bk-1', '一单', 'ü', 'ref', 'a', ''];
  const coll = new Collection('db', 'scan');
  for (let i = 0; i < 200; i++) {
    const doc: Doc = { _id: i };
    if (chance(0.8)) doc.ref = chance(0.8) ? pick(STRINGS) : value(1);
    if (chance(0.5)) doc.tags = [pick(STRINGS), pick(STRINGS)];
    if (chance(0.5)) doc.party = { name: pick(STRINGS), ref: chance(0.5) ? pick(STRINGS) : [pick(STRINGS)] };
    if (chance(0.2)) doc[pick(STRINGS) || 'x'] = 1;
    coll.apply(String(i), doc, i + 1, false);
  }
  const condition = (): unknown =>
    pick([() => pick(STRINGS), () => ({ $eq: pick(STRINGS) }), () => ({ $in: [pick(STRINGS), pick(STRINGS)] }), () => ({ $in: [pick(STRINGS), null] }), () => ({ $ne: pick(STRINGS) }), () => scalar()])();

  it('finds exactly the documents mingo finds, and counts every document as examined', () => {
    const reader = new CollectionReader(coll);
    // mingo reads the documents as stored (decoded), as the engine does: an Int32 reads back as a number.
    const decoded = [...coll.docs.values()].map((s) => s.doc);
    let skipped = 0;
    for (let n = 0; n < 400; n++) {
      const f: Doc = {};
      for (let k = 0; k < 1 + Math.floor(random() * 2); k++) f[pick(['ref', 'tags', 'party.name', 'party.ref', 'missing'])] = condition();
      if (chance(0.2)) f.$or = [{ ref: pick(STRINGS) }, { tags: pick(STRINGS) }];
      if (chance(0.2)) f.$and = [{ 'party.name': condition() }];
      const want = new Query(f).find(decoded).all().map(valueKey);
      const got = reader.find(f);
      expect(got.docs.map(valueKey)).toEqual(want);
      expect(got.docsExamined).toBe(decoded.length);
      const required = requiredBytes(f);
      if (required) skipped += [...coll.docs.values()].filter((s) => !s.mayMatch(required)).length;
    }
    // The prefilter must actually pass documents over, or this test checks nothing.
    expect(skipped).toBeGreaterThan(5000);
  });
});

describe('fast sort vs mingo', () => {
  it('orders documents as mingo does, ties and descending keys included', () => {
    let decided = 0;
    for (let n = 0; n < 600; n++) {
      const kind = pick(['string', 'number', 'date', 'objectId']);
      const few = (): unknown => {
        if (kind === 'string') return pick(['a', 'b', 'B', 'é', '10', '9', '']);
        if (kind === 'number') return pick([1, 2, 10, -3, 2.5, Infinity]);
        if (kind === 'date') return new Date(pick([0, 1, -5, 86_400_000]));
        return new ObjectId(pick([ID, '64b7f0c2a1b2c3d4e5f60719', '0000f0c2a1b2c3d4e5f60718', 'ff00f0c2a1b2c3d4e5f60718']));
      };
      const docs = Array.from({ length: Math.floor(random() * 12) }, (_, i) => {
        const doc: Doc = { _id: i, k: few(), m: { n: few() } };
        if (chance(0.05)) doc.k = pick([null, undefined, [1], Number.NaN, -0, new Date(0), new Date(Number.NaN), 'x', 1]);
        if (chance(0.1)) doc.j = few();
        return doc;
      });
      const spec: Doc = {};
      for (const field of [pick(['k', 'm.n', 'j']), pick(['k', 'm.n', '_id'])]) spec[field] = pick([1, -1]);
      const got = fastSort(docs, spec);
      if (!got) continue;
      decided++;
      const want = new Query({}).find(docs).sort(spec as never).all();
      expect(got.map((d) => d._id)).toEqual(want.map((d) => (d as Doc)._id));
    }
    expect(decided).toBeGreaterThan(250);
  });
});
