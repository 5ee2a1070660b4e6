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
import { DEMO_PARTIES } from '../parties/demo-parties';
import type { Scenario, ScenarioIncident } from './scenario';
import { isImportOrder } from './scenario';

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
    if (incident.type === 'transferWhilePledged' || incident.type === 'billTampered') out.push(...billIncidentProblems(s, incident, i));
  });
  (s.expectations ?? []).forEach((expectation, i) => {
    const order = expectation.check.order;
    if (order !== undefined && !refs.has(order)) out.push({ path: `/expectations/${i}/check/order`, rule: 'unknown-order', message: `/expectations/${i}/check/order: no order with ref '${order}'` });
    if (expectation.check.kind === 'refused' && expectation.check.event === undefined) {
      out.push({ path: `/expectations/${i}/check/event`, rule: 'required', message: `/expectations/${i}/check/event: a refused check names the event of the attempt, e.g. bill.endorsed` });
    }
  });
  out.push(...importProblems(s));
  return out;
}

/** Incidents the import script plays (import-script.ts); any other aimed at an import would be ignored. */
const IMPORT_INCIDENTS: ReadonlySet<string> = new Set(['vesselMissed', 'portCongestion', 'lockCongestion', 'railSlotShortage', 'redLaneInspection', 'failedInspection', 'reroute']);

/**
 * What imports into China may and may not ask for: two-step declaration and two-stage admission
 * are import reforms; a loan, a transit or an incident the import script does not play is refused
 * rather than silently ignored.
 */
function importProblems(s: Scenario): Array<Omit<ScenarioProblem, 'line' | 'column'>> {
  const out: Array<Omit<ScenarioProblem, 'line' | 'column'>> = [];
  const countries = new Map<string, string>([...DEMO_PARTIES, ...(s.parties ?? [])].map((p) => [p.code, p.country]));
  const imports = new Set<string>();
  s.orders.forEach((order, i) => {
    const at = `/orders/${i}`;
    const customs = order.customs ?? {};
    if (isImportOrder(order, countries.get(order.buyer))) {
      imports.add(order.ref);
      if (order.financing) out.push({ path: `${at}/financing`, rule: 'import-financing', message: `${at}/financing: loans are played on exports only; order '${order.ref}' is an import into China` });
      if (customs.transit) out.push({ path: `${at}/customs/transit`, rule: 'import-transit', message: `${at}/customs/transit: a transit (转关) is played on exports only` });
      if (customs.twoStage && customs.mode === 'twoStep') {
        out.push({ path: `${at}/customs/twoStage`, rule: 'two-stage-not-two-step', message: `${at}/customs/twoStage: two-step goods leave the port at pickup; two-stage admission (两段准入) goes with a standard or advance declaration` });
      }
    } else {
      const why = `order '${order.ref}' is not an import into China (a buyer in China, goods from abroad to a place in China)`;
      if (customs.mode === 'twoStep') out.push({ path: `${at}/customs/mode`, rule: 'two-step-import-only', message: `${at}/customs/mode: two-step declaration (两步申报) is for imports; ${why}` });
      if (customs.twoStage) out.push({ path: `${at}/customs/twoStage`, rule: 'two-stage-import-only', message: `${at}/customs/twoStage: two-stage admission (两段准入) is for imports; ${why}` });
    }
    if (customs.completeAfterDays !== undefined && customs.mode !== 'twoStep') {
      out.push({ path: `${at}/customs/completeAfterDays`, rule: 'two-step-only', message: `${at}/customs/completeAfterDays: only a two-step declaration has a complete declaration to file later` });
    }
  });
  (s.incidents ?? []).forEach((incident, i) => {
    if (!('order' in incident) || typeof incident.order !== 'string' || !imports.has(incident.order) || IMPORT_INCIDENTS.has(incident.type)) return;
    out.push({ path: `/incidents/${i}/type`, rule: 'import-incident', message: `/incidents/${i}/type: ${incident.type} is not played on an import; on order '${incident.order}' use ${[...IMPORT_INCIDENTS].join(', ')}` });
  });
  return out;
}

/**
 * The bill incidents need a bill on their order; a transfer while pledged also a to-order bill
 * pledged for a loan (a straight bill cannot be pledged).
 */
function billIncidentProblems(s: Scenario, incident: Extract<ScenarioIncident, { type: 'transferWhilePledged' | 'billTampered' }>, i: number): Array<Omit<ScenarioProblem, 'line' | 'column'>> {
  const order = s.orders.find((o) => o.ref === incident.order);
  if (!order) return [];
  const path = `/incidents/${i}/order`;
  const bill = order.bill ?? 'toOrder';
  if (bill === 'none') return [{ path, rule: 'no-bill', message: `${path}: order '${order.ref}' has no bill (bill: none), so a ${incident.type} incident cannot happen to it` }];
  if (incident.type === 'transferWhilePledged' && (bill !== 'toOrder' || order.financing?.kind !== 'billPledge')) {
    return [{ path, rule: 'not-pledged', message: `${path}: order '${order.ref}' never pledges its bill (it needs a to-order bill and financing of kind billPledge), so it cannot be transferred while pledged` }];
  }
  return [];
}

/** Reads and checks a scenario file. */
export function loadScenarioFile(file: string): Result<Scenario, ScenarioProblem[]> {
  return parseScenario(readFileSync(file, 'utf8'));
}

