/**
 * Live updates of financings and scenario runs: the bank and the exporter follow a loan through
 * review and approval, a party outside it cannot; a trainer follows a run to its end.
 */
import type { RunningServer } from '../../server/start';
import { LiveFeed, type LiveClient, liveClient } from '../../server/tools/live-client';
import { FinancingFixtures } from '../support/financing-fixtures';
import { dataOf, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;
let fx: OrderFixtures;
const clients: LiveClient[] = [];

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  fx = await OrderFixtures.open(server, '2026-03-05');
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.dispose()));
});
afterAll(async () => {
  await stopTestServer(server);
});

function connect(token: string): LiveClient {
  const client = liveClient(server, token);
  clients.push(client);
  return client;
}

interface FinancingEvent {
  state: string;
  entry: { event: string };
  financing: { number: string };
}
const FINANCING_EVENTS = `subscription($filter: FinancingEventFilter) { financingEvents(filter: $filter) { cursor state entry { event } financing { number } } }`;

it('financingEvents: the bank and the exporter see the loan move on; a party outside it is refused', async () => {
  const finance = new FinancingFixtures(server, fx);
  const goods = await finance.shippedGoods();
  const invoice = await finance.issueInvoice(await finance.invoiceInput(goods.id));
  const applied = await finance.apply(goods.bill, invoice.number);
  const filter = { financing: applied.number };
  const feeds = ['demo-bank', 'demo-exporter'].map((token) => new LiveFeed<FinancingEvent>(connect(token), FINANCING_EVENTS, { filter }));
  for (const feed of feeds) expect((await feed.received(1))[0]).toMatchObject({ state: 'APPLIED', entry: { event: 'CREATE' } });
  const outsider = await new LiveFeed(connect('demo-exporter-toys'), FINANCING_EVENTS, { filter }).ended();
  expect(outsider.errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['NOT_FOUND', 'filter.financing']]);

  await finance.reviewAndMatch(applied.number);
  for (const feed of feeds) {
    const events = await feed.received(3);
    expect(events.map((e) => e.entry.event)).toEqual(['CREATE', 'START_REVIEW', 'MATCH_DOCUMENTS']);
  }
});

interface RunEvent {
  ordersDone: number;
  ordersTotal: number;
  finished: boolean;
  run: { number: string; status: string; kpis: { delivered: number } | null };
}
const RUN_PROGRESS = `subscription($run: String!) { scenarioRunProgress(run: $run) { cursor ordersDone ordersTotal simulatedAt finished run { number status kpis { delivered } } } }`;

it('scenarioRunProgress: a trainer follows a run to its end, with its KPIs; an exporter may not', async () => {
  const started = dataOf(
    await graphql<{ startScenarioRun: { run: { number: string } } }>(server, 'mutation($input: StartScenarioRunInput!) { startScenarioRun(input: $input) { run { number } } }', {
      token: 'demo-trainer',
      variables: { input: { scenario: 'rail-sea-moto-financing', seed: 7 } },
    }),
  ).startScenarioRun.run.number;
  const feed = new LiveFeed<RunEvent>(connect('demo-trainer'), RUN_PROGRESS, { run: started });
  while (!feed.events.at(-1)?.finished) await feed.received(feed.events.length + 1);
  const done = feed.events.map((e) => e.ordersDone);
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(feed.events.at(-1)).toMatchObject({ ordersDone: 1, ordersTotal: 1, finished: true, run: { status: 'SUCCEEDED', kpis: { delivered: 1 } } });

  const refused = await new LiveFeed(connect('demo-exporter'), RUN_PROGRESS, { run: started }).ended();
  expect(refused.errors.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
});
