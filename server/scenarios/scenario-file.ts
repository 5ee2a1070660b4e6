/**
 * Reads a scenario file: YAML (the `yaml` library keeps every node's position, so an error can
 * name its line) checked against scenarios/scenario.schema.json with ajv, then the cross-field
 * rules a JSON Schema cannot say (goods and order references, incident days). Every problem is
 * reported at once, each with the field's path, its line and column, and the rule.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';
import { projectRoot } from '../project';
import { type Result, fail, ok } from '../shared/result';
import type { Scenario } from './scenario';

export interface ScenarioProblem {
  /** JSON pointer of the field, e.g. /orders/0/goods/1 ('' for the whole file) */
  path: string;
  line: number;
  column: number;
  /** the schema keyword or cross-field rule, e.g. required, pattern, unknown-goods */
  rule: string;
  message: string;
}

const SCHEMA_FILE = path.join(projectRoot, 'scenarios', 'scenario.schema.json');

let compiled: ReturnType<Ajv['compile']> | undefined;

function validator() {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, discriminator: true, strict: true, strictRequired: false });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  }
  return compiled;
}

const segments = (pointer: string): string[] =>
  pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

/** Where the node at `pointer` starts, or its nearest existing ancestor. */
function position(doc: Document, lines: LineCounter, pointer: string): { line: number; column: number } {
  let parts = segments(pointer);
  for (;;) {
    const node = doc.getIn(parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p)), true) as { range?: [number, number, number] } | undefined;
    const range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
    if (range) {
      const { line, col } = lines.linePos(range[0]);
      return { line, column: col };
    }
    if (parts.length === 0) return { line: 1, column: 1 };
    parts = parts.slice(0, -1);
  }
}

function describe(error: ErrorObject): { pointer: string; message: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { pointer: `${error.instancePath}/${String(params.missingProperty)}`, message: `is required` };
    case 'additionalProperties':
      return { pointer: `${error.instancePath}/${String(params.additionalProperty)}`, message: 'is not a field here' };
    case 'discriminator':
      return { pointer: `${error.instancePath}/${String(params.tag)}`, message: `'${String(params.tagValue)}' is not a known ${String(params.tag)} (see the incident types in scenarios/scenario.schema.json)` };
    case 'enum':
      return { pointer: error.instancePath, message: `must be one of ${(params.allowedValues as unknown[]).join(', ')}` };
    default:
      return { pointer: error.instancePath, message: error.message ?? 'is invalid' };
  }
}

export function parseScenario(text: string): Result<Scenario, ScenarioProblem[]> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return fail(
      doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { path: '', line, column: col, rule: 'yaml', message: e.message.split('\n')[0]! };
      }),
    );
  }
  if (!isMap(doc.contents)) return fail([{ path: '', line: 1, column: 1, rule: 'type', message: 'a scenario is a YAML mapping of fields (id, title, seed, start, orders ...)' }]);
  const data = doc.toJS() as unknown;
  const validate = validator();
  const problems: ScenarioProblem[] = [];
  if (!validate(data)) {
    // One message per field and rule: a discriminated union repeats its parent's errors.
    const seen = new Set<string>();
    for (const error of validate.errors ?? []) {
      const { pointer, message } = describe(error);
      const key = `${pointer}#${error.keyword}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ path: pointer, ...position(doc, lines, pointer), rule: error.keyword, message: `${pointer || '/'}: ${message}` });
    }
    return fail(problems);
  }
  const scenario = data as Scenario;
  for (const problem of crossFieldProblems(scenario)) problems.push({ ...problem, ...position(doc, lines, problem.path) });
  return problems.length > 0 ? fail(problems) : ok(scenario);
}

/** The references between sections: goods names, order refs, expectation targets. */
function crossFieldProblems(s: Scenario): Array<Omit<ScenarioProblem, 'line' | 'column'>> {
  const out: Array<Omit<ScenarioProblem, 'line' | 'column'>> = [];
  const goods = new Set(Object.keys(s.goods ?? {}));
  const refs = new Set<string>();
  s.orders.forEach((order, i) => {
    if (refs.has(order.ref)) out.push({ path: `/orders/${i}/ref`, rule: 'unique-ref', message: `/orders/${i}/ref: '${order.ref}' is used by another order` });
    refs.add(order.ref);
    order.goods.forEach((name, j) => {
      if (!goods.has(name)) out.push({ path: `/orders/${i}/goods/${j}`, rule: 'unknown-goods', message: `/orders/${i}/goods/${j}: no goods named '${name}' in the goods table` });
    });
  });
  (s.incidents ?? []).forEach((incident, i) => {
    if ('order' in incident && typeof incident.order === 'string' && !refs.has(incident.order)) {
      out.push({ path: `/incidents/${i}/order`, rule: 'unknown-order', message: `/incidents/${i}/order: no order with ref '${incident.order}'` });
    }
  });
  (s.expectations ?? []).forEach((expectation, i) => {
    const order = expectation.check.order;
    if (order !== undefined && !refs.has(order)) out.push({ path: `/expectations/${i}/check/order`, rule: 'unknown-order', message: `/expectations/${i}/check/order: no order with ref '${order}'` });
  });
  return out;
}

/** Reads and checks a scenario file. */
export function loadScenarioFile(file: string): Result<Scenario, ScenarioProblem[]> {
  return parseScenario(readFileSync(file, 'utf8'));
}

