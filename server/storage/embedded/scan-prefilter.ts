/**
 * A collection scan reads every stored document, and decoding them was nearly all of its cost.
 * A filter that requires a field to equal a string (`{ ref: 'BK-1' }`, `$eq`, or a `$in` of
 * strings) can only match a document whose BSON holds that string's UTF-8 bytes somewhere (a
 * BSON string is stored as its UTF-8 bytes, and mingo compares strings exactly), so a document
 * whose bytes lack them is passed over without being decoded. Everything that survives is still
 * decided by the full filter: this only ever skips documents that cannot match.
 */
import { isPlainDoc } from './plain-paths';
import type { Doc } from './values';

/** Each entry: the document must contain at least one of these byte strings. */
export type RequiredBytes = Buffer[][];

const MAX_ALTERNATIVES = 16;

/** The strings one field's condition requires (one of them), or null when it requires none. */
function requiredStrings(condition: unknown): string[] | null {
  if (typeof condition === 'string') return [condition];
  if (!isPlainDoc(condition)) return null;
  if (typeof condition.$eq === 'string') return [condition.$eq];
  const list = condition.$in;
  if (Array.isArray(list) && list.length > 0 && list.length <= MAX_ALTERNATIVES && list.every((v) => typeof v === 'string')) return list as string[];
  return null;
}

function collect(filter: Doc, out: RequiredBytes): void {
  for (const field of Object.keys(filter)) {
    const condition = filter[field];
    if (field === '$and' && Array.isArray(condition)) {
      for (const clause of condition) if (isPlainDoc(clause)) collect(clause, out);
      continue;
    }
    // Only a conjunct of the filter itself: under $or, $nor or $not a string is not required.
    if (field.startsWith('$')) continue;
    const strings = requiredStrings(condition);
    // An empty string is in every document: it narrows nothing.
    if (strings && strings.every((s) => s.length > 0)) out.push(strings.map((s) => Buffer.from(s, 'utf8')));
  }
}

/** What a matching document's bytes must contain, or null when the filter requires nothing. */
export function requiredBytes(filter: Doc): RequiredBytes | null {
  const out: RequiredBytes = [];
  collect(filter, out);
  return out.length > 0 ? out : null;
}

/** False when the bytes cannot belong to a matching document. */
export function mayMatch(bytes: Buffer, required: RequiredBytes): boolean {
  for (const alternatives of required) {
    let found = false;
    for (const needle of alternatives) {
      if (bytes.indexOf(needle) !== -1) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
