/**
 * The database loses its data under a running server: a memory-only engine process is stopped
 * and started again on the same port while `npm start` keeps running. Readiness must not say
 * ready while every token is refused; the server prepares the new database again (indexes, demo
 * parties and tokens) and only then reports ready.
 */
import { MongoClient } from 'mongodb';
import { type RunningProcess, startTs } from '../support/processes';

const running: RunningProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map((p) => p.stop('SIGKILL')));
});

function startEngine(port: number): RunningProcess {
  const engine = startTs('server/storage/embedded/cli.ts', [`--port=${port}`], {});
  running.push(engine);
  return engine;
}

async function readyz(url: string): Promise<{ status: number; body: { status: string; reason?: string } }> {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: (await res.json()) as { status: string; reason?: string } };
}

async function me(url: string): Promise<{ status: number; code: string | undefined; errors: unknown }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer demo-exporter' },
    body: JSON.stringify({ query: '{ me { party { code } } }' }),
  });
  const body = (await res.json()) as { data?: { me: { party: { code: string } } }; errors?: unknown };
  return { status: res.status, code: body.data?.me.party.code, errors: body.errors };
}

it('prepares a database that lost its data again before it reports ready', async () => {
  const first = startEngine(0);
  const uri = (await first.waitForLine((l) => l.startsWith('mongodb://'))).trim();
  const port = Number(new URL(uri).port);
  // A long heartbeat: readiness, not the periodic check, is what meets the lost data here.
  const server = startTs('server/main.ts', [], { MONGODB_URI: uri, YIDAN_DB_NAME: 'restarted', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', YIDAN_STORAGE: '', YIDAN_HEARTBEAT_MS: '3600000' });
  running.push(server);
  const url = (JSON.parse(await server.waitForLine((l) => l.includes('Yidan listening'))) as { url: string }).url.replace(/\/graphql$/, '');
  expect((await readyz(url)).status).toBe(200);
  expect((await me(url)).code).toBe('CQ-MOTO');

  expect(await first.stop('SIGTERM')).toBe(0);
  const down = await readyz(url);
  expect(down.status).toBe(503);
  expect(down.body.reason).toMatch(/database/);
  // The probe needs no token: it names what failed, not where the database is.
  expect(JSON.stringify(down.body)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|:${port}\\b`));

  const second = startEngine(port);
  await second.waitForLine((l) => l.startsWith('mongodb://'));
  // Until the driver has reconnected readiness says why not; once it says ready, the server serves.
  let ready = await readyz(url);
  for (let attempt = 0; ready.status !== 200 && attempt < 60; attempt += 1) {
    expect(ready.body.reason).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 250));
    ready = await readyz(url);
  }
  expect(ready).toEqual({ status: 200, body: { status: 'ready' } });
  expect(await me(url)).toEqual({ status: 200, code: 'CQ-MOTO', errors: undefined });
  expect(server.output.some((l) => l.includes('lost its data') && l.includes('preparing it again'))).toBe(true);

  // The rules the unique indexes keep hold in the new database too.
  const client = await MongoClient.connect(uri);
  try {
    const indexes = (await client.db('restarted').collection('financings').indexes()).map((i) => i.name);
    expect(indexes).toEqual(expect.arrayContaining(['one_open_financing_per_order', 'one_open_financing_per_bill']));
  } finally {
    await client.close();
  }
}, 90_000);
