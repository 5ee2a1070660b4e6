/**
 * Every GraphQL document of README.md, run in the order the README gives them against a server
 * on a fresh database, with the token the README names for each step: the walkthroughs (orders,
 * the bill, customs, financing, scenarios) must work when followed as written. Placeholders such
 * as `<SG-LION's id>` are filled from the rules in PLACEHOLDERS, and an unknown one fails; a step
 * passes when it answers without errors, without userErrors and with every root field set, or,
 * where the README shows the refusal a step gets, with exactly that refusal. A document this test
 * does not run is listed in SKIPPED with the reason, and is still validated against the schema.
 * A subscription runs over the WebSocket, as the README's live-updates section connects: its
 * first event (the document's current state) is its answer.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery, parse, validate } from 'graphql';
import type { RunningServer } from '../../server/start';
import { stopClassroomServer } from '../support/classroom-fixtures';
import { LiveFeed, liveClient } from '../../server/tools/live-client';
import { type GraphQLResponse, dataOf, graphql, startTestServer } from '../support/graphql-client';
import { projectRoot } from '../support/processes';
import { extractReadmeDocuments, fillPlaceholders, operationsOf, type PlaceholderRule, placeholdersOf, type ReadmeDocument } from '../support/readme-documents';
import { testClock } from '../support/world';

// A fixed instant, so the numbers the README prints (ORD-2026-000001, RUN-2026-000001 ...) carry
// the year they show whenever the suite runs, and dates "from today on" are computed from it.
const clock = testClock(new Date('2026-12-07T02:00:00Z'));
const today = clock.now().toISOString().slice(0, 10);

const README = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
const documents = extractReadmeDocuments(README);

/** Documents not run, by section and operation key (see keyOf), each with why. */
const SKIPPED: Array<{ section: string; key: string; reason: string }> = [
  {
    section: 'Trade financing',
    key: 'correctInvoice',
    reason: 'it shows how an invoice that failed the matching is corrected (the README says so); the walk\'s invoice matched and its loan is closed, so a correction is refused by rule',
  },
];

/**
 * The financing walk needs a bill CQ-MOTO still owns, and the bill walkthrough has surrendered its
 * bill to the buyer; the README tells the reader to ship the goods a second time by repeating
 * these steps with these numbers changed.
 */
const SECOND_SHIPMENT = {
  before: { section: 'Trade financing', key: 'issueInvoice' },
  repeat: [
    { section: 'Orders from purchase to delivery', keys: ['createOrder', 'confirmOrder', 'orderRouteOptions', 'bookRoute', 'rerouteShipment'] },
    { section: 'Customs through the single window', keys: ['fileDeclaration', 'submitDeclaration', 'Accept,Assess,Release'] },
    { section: 'The 一单制 bill of lading', keys: ['draftBill', 'approveBill', 'issueBill'] },
  ],
  rewrite: {
    'ORD-2026-000001': 'ORD-2026-000002',
    'SHP-2026-000001': 'SHP-2026-000002',
    CSQU3054383: 'CSQU3054399',
    '800120260000000001': '800120260000000002',
    YDBL2026000001: 'YDBL2026000002',
  } as Record<string, string>,
};

interface Answer {
  doc: ReadmeDocument;
  operation?: string;
  data: Record<string, unknown>;
}

const answers: Answer[] = [];
const partyIds = new Map<string, string>();

/** The option of the latest orderRouteOptions answer on this corridor. */
function optionId(corridorId: string): string {
  const latest = [...answers].reverse().find((a) => 'orderRouteOptions' in a.data);
  const options = (latest?.data.orderRouteOptions as { options: Array<{ id: string }> } | undefined)?.options ?? [];
  const option = options.find((o) => o.id.startsWith(`${corridorId}:`));
  if (!option) throw new Error(`no ${corridorId} option in the latest orderRouteOptions answer`);
  return option.id;
}

/** Each placeholder convention of the README and where its value comes from. */
const PLACEHOLDERS: PlaceholderRule[] = [
  {
    pattern: /^([A-Z][A-Z0-9-]+)'s id$/,
    value: ([, code]) => {
      const id = partyIds.get(code as string);
      if (!id) throw new Error(`no party ${code} in the registry`);
      return id;
    },
  },
  { pattern: /^the rail-sea option's id$/, value: () => optionId('nwlsc-rail-sea') },
  { pattern: /^the Yangtze option's id$/, value: () => optionId('yangtze-river-sea') },
  { pattern: /^a date from today on, e\.g\. \d{4}-\d{2}-\d{2}$/, value: () => today },
  {
    pattern: /^the settlement amount Position gave$/,
    value: () => {
      const latest = [...answers].reverse().find((a) => a.operation === 'Position');
      const amount = (latest?.data.financing as { position?: { settlementAmount?: { loan?: { amount?: string } } } } | undefined)?.position?.settlementAmount?.loan?.amount;
      if (!amount) throw new Error('no settlementAmount in an answer to the Position query');
      return amount;
    },
  },
];

const fill = (text: string): string => fillPlaceholders(text, PLACEHOLDERS);

/** A document's operations by name, or by root fields when unnamed: `createOrder`, `Review,Match,Approve`. */
function keyOf(doc: ReadmeDocument): string {
  return operationsOf(doc.text)
    .map((o) => o.name ?? o.rootFields.join('+'))
    .join(',');
}

function find(section: string, key: string): ReadmeDocument {
  const found = documents.filter((d) => d.section.startsWith(section) && keyOf(d) === key);
  if (found.length !== 1) throw new Error(`expected one README document ${key} under "${section}", found ${found.length}`);
  return found[0] as ReadmeDocument;
}

const where = (doc: ReadmeDocument): string => `README.md:${doc.line}`;

function userErrorsIn(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const v of value) userErrorsIn(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'userErrors' && Array.isArray(v)) out.push(...v);
      else userErrorsIn(v, out);
    }
  }
  return out;
}

let server: RunningServer;
let schema: GraphQLSchema;

/** A subscription's first event, as a response: over a WebSocket with the token in connection_init. */
async function firstEvent(query: string, field: string, token: string | undefined): Promise<GraphQLResponse<Record<string, unknown>>> {
  const live = liveClient(server, token);
  try {
    const feed = new LiveFeed<unknown>(live, query, {}, field);
    const [first] = await feed.received(1).catch(() => [undefined]);
    return { status: 200, headers: new Headers(), body: first === undefined ? { errors: feed.errors } : { data: { [field]: first } } };
  } finally {
    await live.dispose();
  }
}

async function run(doc: ReadmeDocument, rewrite: (text: string) => string = (t) => t): Promise<void> {
  if (doc.kind !== 'curl' && !doc.token) throw new Error(`${where(doc)} names no token: say "(token \`demo-...\`)" before it`);
  for (const operation of operationsOf(doc.text)) {
    const query = fill(rewrite(operation.text));
    const response = /^\s*subscription\b/.test(query) ? await firstEvent(query, operation.rootFields[0], doc.token) : await graphql<Record<string, unknown>>(server, query, { token: doc.token });
    const context = `${where(doc)} ${operation.name ?? operation.rootFields.join('+')} (${doc.token ?? 'no token'})`;
    if (response.body.errors?.length) throw new Error(`${context} answered errors: ${JSON.stringify(response.body.errors)}`);
    const data = dataOf(response);
    const userErrors = userErrorsIn(data);
    if (doc.refusal) {
      const message = doc.refusal.message === undefined ? undefined : fill(rewrite(doc.refusal.message));
      expect({ context, userErrors }).toEqual({ context, userErrors: [expect.objectContaining({ code: doc.refusal.code, rule: doc.refusal.rule, ...(message ? { message } : {}) })] });
    } else {
      expect({ context, userErrors }).toEqual({ context, userErrors: [] });
      for (const [field, value] of Object.entries(data)) if (value === null) throw new Error(`${context}: ${field} is null`);
    }
    answers.push({ doc, operation: operation.name, data });
  }
}

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  const introspection = dataOf(await graphql<IntrospectionQuery>(server, getIntrospectionQuery()));
  schema = buildClientSchema(introspection);
  const { parties } = dataOf(await graphql<{ parties: { edges: Array<{ node: { id: string; code: string } }> } }>(server, '{ parties(first: 100) { edges { node { id code } } } }', { token: 'demo-auditor' }));
  for (const { node } of parties.edges) partyIds.set(node.code, node.id);
});
afterAll(async () => {
  // The classroom walk sets up an exercise: its database goes too.
  await stopClassroomServer(server);
});

it('finds the walkthroughs in the README, and every skip and repeated step names one document', () => {
  for (const section of ['Orders from purchase', 'The 一单制 bill', 'Customs through', 'Trade financing', 'Training scenarios']) {
    expect(documents.some((d) => d.section.startsWith(section))).toBe(true);
  }
  for (const skip of SKIPPED) find(skip.section, skip.key);
  find(SECOND_SHIPMENT.before.section, SECOND_SHIPMENT.before.key);
  const repeated = SECOND_SHIPMENT.repeat.flatMap(({ section, keys }) => keys.map((key) => find(section, key).text)).join('\n');
  for (const from of Object.keys(SECOND_SHIPMENT.rewrite)) expect({ from, used: repeated.includes(from) }).toEqual({ from, used: true });
  // The reader learns the second shipment's numbers from the financing walk's own words.
  const walk = README.slice(README.indexOf('## Trade financing'));
  for (const to of Object.values(SECOND_SHIPMENT.rewrite)) expect({ to, named: walk.includes(`\`${to}\``) }).toEqual({ to, named: true });
});

it('validates every README document against the schema, each placeholder a known one', () => {
  for (const doc of documents) {
    const unknown = placeholdersOf(doc.text).filter((name) => !PLACEHOLDERS.some((rule) => rule.pattern.test(name)));
    expect({ at: where(doc), unknown }).toEqual({ at: where(doc), unknown: [] });
    const problems = validate(schema, parse(fillPlaceholders(doc.text, [{ pattern: /^/, value: () => 'placeholder' }])));
    expect({ at: where(doc), problems: problems.map((p) => p.message) }).toEqual({ at: where(doc), problems: [] });
  }
});

const secondShipmentAt = documents.indexOf(find(SECOND_SHIPMENT.before.section, SECOND_SHIPMENT.before.key));

for (const [index, doc] of documents.entries()) {
  if (index === secondShipmentAt) {
    it('ships the goods a second time for the financing walk, repeating the README steps with the numbers it gives', async () => {
      const rewrite = (text: string): string => Object.entries(SECOND_SHIPMENT.rewrite).reduce((t, [from, to]) => t.split(from).join(to), text);
      for (const { section, keys } of SECOND_SHIPMENT.repeat) for (const key of keys) await run(find(section, key), rewrite);
    });
  }
  // A listed example is not run (its reason is in SKIPPED); the schema test above still checks it.
  if (SKIPPED.some((s) => doc.section.startsWith(s.section) && keyOf(doc) === s.key)) continue;
  const title = `${where(doc)} ${keyOf(doc)} (${doc.kind}, ${doc.token ?? 'no token'})`;
  it(doc.refusal ? `${title} is refused with ${doc.refusal.rule}` : title, () => run(doc));
}

it('lets the scenario run the README starts finish', async () => {
  const started = answers.find((a) => 'startScenarioRun' in a.data)?.data.startScenarioRun as { run: { number: string } } | undefined;
  expect(started?.run.number).toBeDefined();
  for (;;) {
    const { scenarioRun } = dataOf(await graphql<{ scenarioRun: { status: string; error: string | null } }>(server, 'query($n: String!) { scenarioRun(number: $n) { status error } }', { token: 'demo-trainer', variables: { n: started!.run.number } }));
    if (scenarioRun.status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    expect(scenarioRun).toEqual({ status: 'SUCCEEDED', error: null });
    return;
  }
});
