/**
 * GET /api/demo-parties, the web sign-in picker's list, on a started server: the seeded demo
 * parties with their tokens outside production; nothing in production, even when seeding is
 * forced on, and nothing with seeding off (the tokens would not work anyway).
 */
import { type RunningServer } from '../../server/start';
import { DEMO_PARTIES } from '../../server/parties/demo-parties';
import { startTestServer, stopTestServer } from '../support/graphql-client';

async function listed(env: NodeJS.ProcessEnv, tag: string): Promise<{ status: number; tokens: string[] }> {
  let server: RunningServer | undefined;
  try {
    server = await startTestServer(`${__filename}-${tag}`, env);
    const response = await fetch(`${server.url}/api/demo-parties`);
    const body = (await response.json()) as { demoParties: Array<{ token: string }> };
    return { status: response.status, tokens: body.demoParties.map((p) => p.token) };
  } finally {
    await stopTestServer(server);
  }
}

it('lists the demo parties and their tokens outside production', async () => {
  expect(await listed({ NODE_ENV: 'development' }, 'development')).toEqual({ status: 200, tokens: DEMO_PARTIES.map((p) => p.token) });
});

it('lists none in production, even with seeding forced on', async () => {
  expect(await listed({ NODE_ENV: 'production', YIDAN_DEMO_SEED: '1' }, 'production')).toEqual({ status: 200, tokens: [] });
});

it('lists none with seeding off', async () => {
  expect(await listed({ NODE_ENV: 'development', YIDAN_DEMO_SEED: '0' }, 'seed-off')).toEqual({ status: 200, tokens: [] });
});
