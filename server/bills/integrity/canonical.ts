import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';

/**
 * RFC 8785 (JSON Canonicalization Scheme) text for a value, refusing anything JSON cannot carry
 * faithfully. The bill's hashes must survive a round trip through storage and another runtime,
 * so nothing may be silently dropped, nulled or stringified on the way in:
 *
 * - `undefined` anywhere (array slot, hole or object member): JSON drops or nulls it, and a
 *   storage round trip may turn it into `null`, changing the hash. Omit the key or use `null`.
 * - `NaN`, `Infinity`, bigint, functions, symbols: no JSON form.
 * - Date, Map, class instances, anything with a prototype other than Object's or null: they
 *   would pass through `toJSON` or lose their content. Timestamps go in as ISO 8601 strings.
 * - Strings (values and keys) with lone surrogates: I-JSON (which RFC 8785 requires) forbids them.
 * - Cycles.
 *
 * Each refusal is a TypeError naming the path, e.g. `$.payload.items[2]`.
 * `-0` is accepted and written `0`, as the RFC prescribes.
 */
export function canonicalJson(value: unknown): string {
  assertJsonFaithful(value, '$', new Set());
  const text = canonicalize(value);
  if (text === undefined) {
    // Unreachable after the check above; kept so a library change cannot yield an empty hash input.
    throw new TypeError('$: value has no JSON representation');
  }
  return text;
}

/** Lower-case hex SHA-256 of the UTF-8 bytes of `text`. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The checksum fixed at issue: SHA-256 over the RFC 8785 form of the document content. */
export function documentChecksum(document: unknown): string {
  return sha256Hex(canonicalJson(document));
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function memberPath(path: string, key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** `{}` or `Object.create(null)` from any realm: the prototype is null or some realm's Object.prototype. */
function isPlainObject(object: object): boolean {
  const proto: unknown = Object.getPrototypeOf(object);
  if (proto === null) return true;
  return (
    Object.getPrototypeOf(proto) === null &&
    Object.prototype.toString.call(object) === '[object Object]' &&
    (proto as { constructor?: { name?: string } }).constructor?.name === 'Object'
  );
}

function assertJsonFaithful(value: unknown, path: string, ancestors: Set<object>): void {
  switch (typeof value) {
    case 'string':
      if (LONE_SURROGATE.test(value)) {
        throw new TypeError(`${path}: string contains a lone surrogate, which I-JSON (RFC 8785) forbids`);
      }
      return;
    case 'boolean':
      return;
    case 'number':
      if (!Number.isFinite(value)) {
        throw new TypeError(`${path}: ${String(value)} has no JSON representation`);
      }
      return;
    case 'undefined':
      throw new TypeError(`${path}: undefined has no JSON representation (omit the key or use null)`);
    case 'bigint':
    case 'function':
    case 'symbol':
      throw new TypeError(`${path}: a ${typeof value} has no JSON representation`);
    case 'object':
      break;
  }
  if (value === null) return;
  const object = value as object;
  // Tag checks rather than instanceof/===: objects from another realm (vm contexts, jest's test
  // environment, structuredClone) have their own Date and Object prototypes.
  if (Object.prototype.toString.call(object) === '[object Date]') {
    throw new TypeError(`${path}: Date objects are not accepted; pass an ISO 8601 string`);
  }
  if (ancestors.has(object)) {
    throw new TypeError(`${path}: circular reference`);
  }
  ancestors.add(object);
  if (Array.isArray(object)) {
    // Index loop, not forEach: holes must be visited to be refused.
    for (let i = 0; i < object.length; i++) {
      assertJsonFaithful(object[i], `${path}[${i}]`, ancestors);
    }
  } else {
    if (!isPlainObject(object)) {
      const proto: unknown = Object.getPrototypeOf(object);
      const name = (proto as { constructor?: { name?: string } }).constructor?.name ?? 'unknown';
      throw new TypeError(`${path}: only plain objects are accepted, got ${name}`);
    }
    if (Object.getOwnPropertySymbols(object).length > 0) {
      throw new TypeError(`${path}: symbol-keyed members have no JSON representation`);
    }
    for (const key of Object.keys(object)) {
      const memberAt = memberPath(path, key);
      if (LONE_SURROGATE.test(key)) {
        throw new TypeError(`${memberAt}: member name contains a lone surrogate, which I-JSON (RFC 8785) forbids`);
      }
      assertJsonFaithful((object as Record<string, unknown>)[key], memberAt, ancestors);
    }
  }
  ancestors.delete(object);
}
