/**
 * The HTTP drain on its own: a request in progress finishes and says Connection: close, so does
 * one arriving on an idle kept-alive connection; past the grace period a request is cut.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpDrain } from '../../server/http/drain';

interface Harness {
  server: http.Server;
  drain: HttpDrain;
  url: string;
  /** answers the request waiting in the handler */
  release(): void;
  /** resolves once a request is in the handler */
  entered: Promise<void>;
}

async function harness(): Promise<Harness> {
  let release!: () => void;
  let enter!: () => void;
  const entered = new Promise<void>((resolve) => (enter = resolve));
  const server = http.createServer((req, res) => {
    if (req.url === '/sync') return void res.end('sync');
    enter();
    release = () => res.end('done');
  });
  const drain = new HttpDrain(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, drain, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, release: () => release(), entered };
}

function get(url: string, agent: http.Agent): Promise<{ body: string; connection: string | undefined } | { error: string }> {
  return new Promise((resolve) => {
    http
      .get(url, { agent }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ body, connection: res.headers.connection }));
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      })
      .on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
  });
}

it('lets a request in progress finish, answering it with Connection: close', async () => {
  const h = await harness();
  const agent = new http.Agent({ keepAlive: true });
  const answer = get(h.url, agent);
  await h.entered;
  const closing = h.drain.close(60_000);
  expect(h.drain.isDraining).toBe(true);
  expect(h.drain.inFlightCount).toBe(1);
  h.release();
  expect(await answer).toEqual({ body: 'done', connection: 'close' });
  expect(await closing).toBe(true);
  expect(await get(h.url, agent)).toEqual({ error: 'ECONNREFUSED' });
  agent.destroy();
});

it('cuts a request still running when the grace period ends', async () => {
  const h = await harness();
  const answer = get(h.url, new http.Agent({ keepAlive: true }));
  await h.entered;
  expect(await h.drain.close(300)).toBe(false);
  expect(await answer).toEqual({ error: 'ECONNRESET' });
});

it('answers a request sent on an idle kept-alive connection during the drain, with Connection: close', async () => {
  const h = await harness();
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  expect(await get(`${h.url}/sync`, agent)).toEqual({ body: 'sync', connection: 'keep-alive' });
  // A linger longer than the test: the connection closes because the answer said so.
  const closing = h.drain.close(60_000, 60_000);
  expect(await get(`${h.url}/sync`, agent)).toEqual({ body: 'sync', connection: 'close' });
  expect(await closing).toBe(true);
  agent.destroy();
});

it('keeps the linger for idle connections when another request finishes during it', async () => {
  const h = await harness();
  const idle = new http.Agent({ keepAlive: true, maxSockets: 1 });
  expect(await get(`${h.url}/sync`, idle)).toEqual({ body: 'sync', connection: 'keep-alive' });
  const busy = get(h.url, new http.Agent({ keepAlive: true }));
  await h.entered;
  const closing = h.drain.close(60_000, 60_000);
  h.release();
  expect(await busy).toEqual({ body: 'done', connection: 'close' });
  // The busy request's end did not close the idle connection: its next request is answered.
  expect(await get(`${h.url}/sync`, idle)).toEqual({ body: 'sync', connection: 'close' });
  expect(await closing).toBe(true);
  idle.destroy();
});
