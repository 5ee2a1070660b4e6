/**
 * SIGTERM under a write load on kept-alive connections, with the server as a real process: every
 * request either gets its complete answer, or fails at the connection without having started
 * (its write is not in the database). None is cut off mid-handler, none fails on storage that
 * shutdown closed under it.
 */
import http from 'node:http';
import { MongoClient } from 'mongodb';
import { testDbName, testMongoUri } from '../support/database';
import { type RunningProcess, startTs } from '../support/processes';

const LOOPS = 8;
/** Writes answered before the signal, so the signal falls into a steady load. */
const ANSWERED_BEFORE_SIGNAL = 40;

let server: RunningProcess | undefined;
let client: MongoClient | undefined;
const dbName = testDbName(__filename);

afterAll(async () => {
  await server?.stop('SIGKILL');
  await client?.db(dbName).dropDatabase();
  await client?.close();
});

type Outcome = { marker: string; status: number; body: string; connection: string | undefined } | { marker: string; error: string };

function createOrder(agent: http.Agent, url: string, buyerId: string, marker: string): Promise<Outcome> {
  const body = JSON.stringify({
    query: 'mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { number } userErrors { message } } }',
    variables: {
      input: {
        buyerId, currency: 'USD', incoterm: 'FCA', incotermPlace: 'CNCKG', origin: 'CNCKG', destination: 'SGSIN', tradeMode: '0110', readyDate: '2099-01-01',
        lines: [{ hsCode: '8714.10', description: marker, quantity: '1', unit: 'H87', unitPrice: '1', grossWeightKg: '1' }],
      },
    },
  });
  return new Promise((resolve) => {
    const req = http.request(`${url}/graphql`, { method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: 'Bearer demo-exporter' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ marker, status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), connection: res.headers.connection }));
      res.on('error', (e: NodeJS.ErrnoException) => resolve({ marker, error: `response ${e.code ?? e.message}` }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ marker, error: e.code ?? e.message }));
    req.end(body);
  });
}

it('answers every request it started across SIGTERM, and starts none it cannot answer', async () => {
  server = startTs('server/main.ts', [], { MONGODB_URI: testMongoUri(), YIDAN_DB_NAME: dbName, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', YIDAN_STORAGE: '', NODE_ENV: 'test' });
  const url = (JSON.parse(await server.waitForLine((l) => l.includes('Yidan listening'))) as { url: string }).url.replace(/\/graphql$/, '');
  client = await MongoClient.connect(testMongoUri());
  const buyer = await client.db(dbName).collection('parties').findOne({ code: 'SG-LION' });

  const agent = new http.Agent({ keepAlive: true, maxSockets: LOOPS });
  const outcomes: Outcome[] = [];
  /** each loop's last answer before its connection was refused */
  const lastAnswers: Outcome[] = [];
  let sent = 0;
  let signalled = false;
  const loop = async (): Promise<void> => {
    let previous: Outcome | undefined;
    for (;;) {
      const outcome = await createOrder(agent, url, String(buyer!._id), `drain-${(sent += 1)}`);
      outcomes.push(outcome);
      // A refused connection means the listener is gone: this loop has met the drain.
      if ('error' in outcome && outcome.error === 'ECONNREFUSED') {
        if (previous) lastAnswers.push(previous);
        return;
      }
      previous = outcome;
      if (!signalled && outcomes.filter((o) => 'status' in o).length >= ANSWERED_BEFORE_SIGNAL) {
        signalled = true;
        server!.child.kill('SIGTERM');
      }
    }
  };
  const exited = server.exited;
  await Promise.all(Array.from({ length: LOOPS }, loop));
  expect(await exited).toBe(0);
  agent.destroy();

  const answered = outcomes.filter((o): o is Extract<Outcome, { status: number }> => 'status' in o);
  const failed = outcomes.filter((o): o is Extract<Outcome, { error: string }> => 'error' in o);
  // Every answer is complete: a created order, or a clear refusal while shutting down.
  for (const a of answered) {
    const body = JSON.parse(a.body) as { data?: { createOrder?: { order?: { number: string } } }; errors?: Array<{ message: string }> };
    if (a.status === 503) expect(a.connection).toBe('close');
    else expect({ marker: a.marker, status: a.status, number: body.data?.createOrder?.order?.number ?? body }).toEqual({ marker: a.marker, status: 200, number: expect.stringMatching(/^ORD-/) });
  }
  const created = answered.filter((a) => a.status === 200).map((a) => a.marker);
  const stored = (await client.db(dbName).collection('orders').find({ 'lines.description': /^drain-/ }, { projection: { lines: 1 } }).toArray()).map((o) => (o.lines as Array<{ description: string }>)[0].description);
  // A request that failed was never started: nothing of it reached the database.
  expect(stored.sort()).toEqual(created.sort());
  expect(failed.every((f) => ['ECONNREFUSED', 'ECONNRESET'].includes(f.error))).toBe(true);
  expect(answered.length).toBeGreaterThan(ANSWERED_BEFORE_SIGNAL);
  // Requests running at the signal, or sent during the drain, are answered with Connection:
  // close, so the client sends nothing more down that connection. (A loop starved of CPU past the
  // idle linger may instead find its idle connection closed: a reset of a request never started,
  // which the database check above covers.)
  expect(lastAnswers).toHaveLength(LOOPS);
  const lastConnection = lastAnswers.map((a) => ('connection' in a ? a.connection : a.error));
  expect(lastConnection).toContain('close');
  expect(lastConnection.every((c) => c === 'close' || c === 'ECONNRESET')).toBe(true);
}, 60_000);
