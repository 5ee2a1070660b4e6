/**
 * The acceptance check, with real processes: one `npm run mongo:embedded`, two
 * `npm start` servers pointed at it, and each server seeing the other's writes.
 */
import { type RunningProcess, startTs } from '../support/processes';

const running: RunningProcess[] = [];

afterAll(async () => {
  await Promise.all(running.map((p) => p.stop()));
});

async function health(url: string): Promise<{ storage: string; instances: Array<{ pid: number }> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health { storage instances { pid } } }' }),
  });
  return ((await res.json()) as { data: { health: { storage: string; instances: Array<{ pid: number }> } } }).data.health;
}

async function startServer(mongoUri: string): Promise<{ proc: RunningProcess; url: string }> {
  const proc = startTs('server/main.ts', [], { MONGODB_URI: mongoUri, PORT: '0', HOST: '127.0.0.1', YIDAN_DB_NAME: 'shared_processes', LOG_LEVEL: 'info', YIDAN_STORAGE: '' });
  running.push(proc);
  const line = await proc.waitForLine((l) => l.includes('Yidan listening'));
  return { proc, url: (JSON.parse(line) as { url: string }).url };
}

it('two servers share one embedded engine process and see each other', async () => {
  const engine = startTs('server/storage/embedded/cli.ts', ['--port=0'], {});
  running.push(engine);
  const uri = (await engine.waitForLine((l) => l.startsWith('mongodb://'))).trim();

  const a = await startServer(uri);
  const b = await startServer(uri);
  const pids = [a.proc.child.pid, b.proc.child.pid].sort();

  const fromA = await health(a.url);
  expect(fromA.storage).toBe('URI');
  expect(fromA.instances.map((i) => i.pid).sort()).toEqual(pids);
  expect((await health(b.url)).instances.map((i) => i.pid).sort()).toEqual(pids);

  expect(await b.proc.stop('SIGTERM')).toBe(0);
  expect((await health(a.url)).instances.map((i) => i.pid)).toEqual([a.proc.child.pid]);
}, 60_000);
