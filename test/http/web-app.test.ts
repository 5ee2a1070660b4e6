/**
 * The web app's server side: built files at `/`, index.html for a browser's client route, JSON
 * 404s kept for API paths and for non-page requests, a plain 503 naming the build command when
 * the app is not built, and the demo-party list only where demo tokens may be shown.
 */
import fs from 'node:fs';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { webAppRouter } from '../../server/http/web-app';
import { notFound } from '../../server/http/errors';
import { demoPartiesRouter } from '../../server/parties/demo-parties.route';
import { DEMO_PARTIES } from '../../server/parties/demo-parties';

let dist: string;
const servers: http.Server[] = [];

beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'yidan-web-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  fs.rmSync(dist, { recursive: true, force: true });
});

async function serve(app: express.Express): Promise<string> {
  app.use(notFound);
  const server = await new Promise<http.Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function webApp(directory: string): Promise<string> {
  const app = express();
  app.use(webAppRouter(directory));
  return serve(app);
}

const page = { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } };

it('answers a client route with index.html, and hashed assets as immutable', async () => {
  const url = await webApp(dist);
  for (const route of ['/', '/orders', '/track/ORD-2026-000001']) {
    const res = await fetch(`${url}${route}`, page);
    expect([route, res.status, await res.text()]).toEqual([route, 200, '<!doctype html><title>app</title>']);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  }
  const asset = await fetch(`${url}/assets/index-abc123.js`);
  expect(asset.status).toBe(200);
  expect(asset.headers.get('cache-control')).toContain('immutable');
});

it('keeps API paths, missing assets and non-page requests as JSON 404s', async () => {
  const url = await webApp(dist);
  for (const route of ['/graphql/nothing', '/api/nothing', '/healthz/x', '/ide/assets/x.js']) {
    const res = await fetch(`${url}${route}`, page);
    expect([route, res.status, res.headers.get('content-type')]).toEqual([route, 404, expect.stringContaining('application/json')]);
  }
  expect((await fetch(`${url}/assets/missing.js`)).status).toBe(404);
  expect((await fetch(`${url}/orders`, { headers: { accept: 'application/json' } })).status).toBe(404);
  expect((await fetch(`${url}/orders`, { headers: { accept: '*/*' } })).status).toBe(404);
  expect((await fetch(`${url}/orders`, { method: 'POST', headers: page.headers })).status).toBe(404);
});

it('says how to build the app when web/dist has no index.html', async () => {
  const url = await webApp(path.join(dist, 'nowhere'));
  const res = await fetch(`${url}/orders`, page);
  expect(res.status).toBe(503);
  expect(await res.text()).toContain('npm run build:web');
});

it('lists the demo parties with their tokens only when told to', async () => {
  const listing = express();
  listing.use(demoPartiesRouter({ listTokens: true }));
  const hidden = express();
  hidden.use(demoPartiesRouter({ listTokens: false }));
  const listed = (await (await fetch(`${await serve(listing)}/api/demo-parties`)).json()) as { demoParties: Array<{ code: string; token: string }> };
  expect(listed.demoParties.map((p) => [p.code, p.token])).toEqual(DEMO_PARTIES.map((p) => [p.code, p.token]));
  expect(await (await fetch(`${await serve(hidden)}/api/demo-parties`)).json()).toEqual({ demoParties: [] });
});
