/**
 * What the fast paths (fast-filter, fast-update, fast-sort, scan-prefilter) agree to handle
 * themselves: documents that are plain objects, and dotted paths mingo walks as plain property
 * reads.
 */
import type { Doc } from './values';

/** An embedded document as decoded from BSON: no array, Date, RegExp or BSON value. */
export function isPlainDoc(value: unknown): value is Doc {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * The path's parts, or null when mingo would read it some other way: an empty or numeric part
 * (an array index), a `$` part (an operator or positional), or one naming something on
 * Object.prototype (mingo treats those specially).
 */
export function plainPath(path: string): string[] | null {
  const parts = path.split('.');
  for (const part of parts) {
    if (part.length === 0 || part.startsWith('$') || /^\d+$/.test(part) || part in Object.prototype) return null;
  }
  return parts;
}
