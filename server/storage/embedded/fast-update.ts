/**
 * Applies the common operator updates (`$set`, `$inc`, `$push` with a value or a bare `$each`,
 * `$unset`, on plain dotted paths through embedded documents) without mingo's updater, whose set-up
 * copies mingo's operator table for every statement. The result must be exactly mingo's, so
 * anything else answers null and the caller hands the whole update to mingo: another operator,
 * an array or a non-document on a path, a numeric or `$` path segment, two paths that overlap
 * (mingo and mongod refuse those), `$inc` on anything but a JS number. Nothing is changed in place:
 * the documents along each path are copied and the rest is shared with the original, which
 * callers only read. test/storage/embedded/fast-paths.test.ts checks the answers against mingo's.
 */
import { isEqual } from 'mingo/util';
import { isPlainDoc, plainPath } from './plain-paths';
import { type Doc, cloneValue } from './values';

const hasOwn = Object.prototype.hasOwnProperty;
const SUPPORTED = new Set(['$set', '$inc', '$push', '$unset']);

interface Step {
  op: string;
  parts: string[];
  value: unknown;
}

/** mingo's number: NaN is not one. */
function isNumber(value: unknown): value is number {
  return typeof value === 'number' && !Number.isNaN(value);
}

/** The elements a `$push` appends, or null for modifiers other than a bare `$each`. */
function pushed(value: unknown): unknown[] | null {
  if (!isPlainDoc(value)) return [value];
  const keys = Object.keys(value);
  if (!keys.some((k) => k.startsWith('$'))) return [value];
  return keys.length === 1 && keys[0] === '$each' && Array.isArray(value.$each) ? value.$each : null;
}

/** The update's steps in mingo's order (operator, then field), or null when it is not one this decides. */
function plan(operators: Doc): Step[] | null {
  const steps: Step[] = [];
  for (const op of Object.keys(operators)) {
    const fields = operators[op];
    if (!SUPPORTED.has(op) || !isPlainDoc(fields)) return null;
    const names = Object.keys(fields);
    if (names.length === 0) return null;
    for (const name of names) {
      const parts = plainPath(name);
      if (!parts) return null;
      let value = fields[name];
      if (op === '$inc' && !isNumber(value)) return null;
      if (op === '$push') {
        value = pushed(value);
        if (value === null) return null;
      }
      steps.push({ op, parts, value });
    }
  }
  // Overlapping paths (a and a.b, or one path twice) are a conflict mingo reports.
  const paths = steps.map((s) => s.parts.join('.')).sort();
  for (let i = 1; i < paths.length; i++) {
    if (paths[i] === paths[i - 1] || paths[i].startsWith(`${paths[i - 1]}.`)) return null;
  }
  return steps;
}

/** The updated document, or null when mingo must apply this update. */
export function applyFastUpdate(original: Doc, operators: Doc): Doc | null {
  const steps = plan(operators);
  if (!steps) return null;
  const root: Doc = { ...original };
  // Documents copied for this update: written freely, as nothing else holds them.
  const own = new Set<Doc>([root]);
  for (const { op, parts, value } of steps) {
    let parent = root;
    let reached = true;
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i];
      if (!hasOwn.call(parent, part)) {
        if (op === '$unset') {
          reached = false;
          break;
        }
        const created: Doc = {};
        own.add(created);
        parent[part] = created;
        parent = created;
        continue;
      }
      const child = parent[part];
      if (!isPlainDoc(child)) return null;
      if (own.has(child)) {
        parent = child;
      } else {
        const copy = { ...child };
        own.add(copy);
        parent[part] = copy;
        parent = copy;
      }
    }
    if (!reached) continue;
    const leaf = parts[parts.length - 1];
    const present = hasOwn.call(parent, leaf);
    const current = parent[leaf];
    switch (op) {
      case '$set':
        // mingo leaves a value it deems equal (its equality ignores field order) as it was.
        if (!isEqual(current, value)) parent[leaf] = cloneValue(value);
        break;
      case '$inc':
        if (!present) parent[leaf] = 0 + (value as number); // mingo adds to 0: -0 becomes 0
        // mingo turns NaN and -0 into 0 before adding (`||= 0`); those stay its to decide.
        else if (isNumber(current) && !Object.is(current, -0)) parent[leaf] = current + (value as number);
        else return null;
        break;
      case '$push': {
        const added = (value as unknown[]).map(cloneValue);
        if (!present) parent[leaf] = added;
        else if (Array.isArray(current)) parent[leaf] = [...current, ...added];
        else return null;
        break;
      }
      default: // $unset
        if (present) delete parent[leaf];
    }
  }
  return root;
}
