/**
 * Test-only: loads the DCSA eBL 3.0.3 OpenAPI documents vendored in schema/dcsa-ebl-3.0.3/ and compiles
 * their schemas with ajv, as schema/dcsa-ebl-3.0.3/README.md describes: js-yaml
 * JSON_SCHEMA (dates stay strings), ajv strict: false plus ajv-formats, and every OpenAPI 3.0
 * boolean `exclusiveMinimum: true` rewritten into the numeric form of JSON Schema.
 *
 * A missing file fails the suite with a message saying where it was looked for: the DCSA check is
 * the point of these tests, so they must not pass silently without it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import yaml from 'js-yaml';
import { schemaDirectory } from '../../../server/project';

/** Inside the repository, so a fresh clone validates against the same files (issue 19 item 1). */
export const DCSA_DIR = path.join(schemaDirectory, 'dcsa-ebl-3.0.3');

type Json = Record<string, unknown>;

function loadYaml(file: string): Json {
  const full = path.join(DCSA_DIR, file);
  if (!fs.existsSync(full)) {
    throw new Error(
      `DCSA reference file not found: ${full}. These tests validate against the DCSA eBL 3.0.3 ` +
        'specification vendored in schema/dcsa-ebl-3.0.3 (see its README.md); restore it from git.',
    );
  }
  return yaml.load(fs.readFileSync(full, 'utf8'), { schema: yaml.JSON_SCHEMA }) as Json;
}

/** OpenAPI 3.0 `minimum: 0, exclusiveMinimum: true` -> JSON Schema `exclusiveMinimum: 0`. */
export function rewriteExclusiveMinimum(node: unknown): number {
  let count = 0;
  if (Array.isArray(node)) {
    for (const item of node) count += rewriteExclusiveMinimum(item);
  } else if (node !== null && typeof node === 'object') {
    const obj = node as Json;
    if (obj.exclusiveMinimum === true) {
      obj.exclusiveMinimum = obj.minimum;
      delete obj.minimum;
      count++;
    } else if (obj.exclusiveMinimum === false) {
      delete obj.exclusiveMinimum;
    }
    for (const value of Object.values(obj)) count += rewriteExclusiveMinimum(value);
  }
  return count;
}

export interface DcsaSpec {
  readonly file: string;
  readonly components: Json;
  validator(schemaName: string): ValidateFunction;
}

const cache = new Map<string, DcsaSpec>();

export function loadSpec(file: string): DcsaSpec {
  const cached = cache.get(file);
  if (cached) return cached;
  const doc = loadYaml(file);
  rewriteExclusiveMinimum(doc);
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const id = `dcsa:${file}`;
  ajv.addSchema({ $id: id, components: doc.components }, id);
  const validators = new Map<string, ValidateFunction>();
  const spec: DcsaSpec = {
    file,
    components: doc.components as Json,
    validator(schemaName) {
      let v = validators.get(schemaName);
      if (!v) {
        const schemas = (doc.components as { schemas: Json }).schemas;
        if (!(schemaName in schemas)) throw new Error(`${file} has no components.schemas.${schemaName}`);
        v = ajv.getSchema(`${id}#/components/schemas/${schemaName}`) as ValidateFunction;
        validators.set(schemaName, v);
      }
      return v;
    },
  };
  cache.set(file, spec);
  return spec;
}

export const EBL = 'EBL_v3.0.3.yaml';
export const EBL_END = 'EBL_END_v3.0.3.yaml';
export const EBL_SUR = 'EBL_SUR_v3.0.3.yaml';

/** ajv errors as short readable lines, for test failure messages. */
export function describeErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** Validates `value` against components.schemas[schemaName]; returns the error lines (empty = valid). */
export function schemaErrors(file: string, schemaName: string, value: unknown): string[] {
  const validate = loadSpec(file).validator(schemaName);
  return validate(value) ? [] : describeErrors(validate.errors);
}

/**
 * The schemas have no `additionalProperties: false`, so a misspelt property would pass. This walks
 * the instance beside the schema (following $ref, allOf/anyOf/oneOf) and lists every property the
 * schema does not define anywhere at that place.
 */
export function undeclaredProperties(file: string, schemaName: string, value: unknown): string[] {
  const { components } = loadSpec(file);
  const resolve = (schema: Json): Json => {
    let s = schema;
    while (typeof s.$ref === 'string') {
      const name = (s.$ref as string).replace('#/components/schemas/', '');
      s = (components.schemas as Json)[name] as Json;
    }
    return s;
  };
  const found: string[] = [];
  const walk = (schema: Json, node: unknown, at: string): void => {
    const s = resolve(schema);
    if (Array.isArray(node)) {
      if (s.items) node.forEach((item, i) => walk(s.items as Json, item, `${at}[${i}]`));
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const branches = [s, ...(['allOf', 'anyOf', 'oneOf'] as const).flatMap((k) => ((s[k] as Json[] | undefined) ?? []).map(resolve))];
    const props = new Map<string, Json>();
    for (const b of branches) for (const [k, v] of Object.entries((b.properties as Json | undefined) ?? {})) if (!props.has(k)) props.set(k, v as Json);
    for (const [key, child] of Object.entries(node as Json)) {
      const prop = props.get(key);
      if (prop === undefined) found.push(`${at}.${key}`);
      else walk(prop, child, `${at}.${key}`);
    }
  };
  walk({ $ref: `#/components/schemas/${schemaName}` }, value, '$');
  return found;
}
