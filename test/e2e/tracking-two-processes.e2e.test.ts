/**
 * The tracking cache's promises with real processes: one embedded engine, two `npm start`
 * servers on it. `track` on server A answers from A's memory once it has read a reference; a
 * milestone recorded through server B shows on A as soon as A's change stream brings the change
 * (polled with a deadline), and one recorded through A shows on A's very next `track`. Access
 * is checked on every request, from memory too.
 */
import { graphql } from '../../server/tools/graphql-client';
import { OrderFixtures } from '../support/order-fixtures';
import { ServerProcesses } from '../support/server-processes';

const processes = new ServerProcesses('tracking_two_processes');

afterAll(() => processes.stop());

const TRACK = 'query($ref: String!) { track(reference: $ref) { timeline { type } order { number } onHold } }';

interface Tracked {
  timeline: Array<{ type: string }>;
  order: { number: string } | null;
  onHold: boolean;
}

async function track(server: { url: string }, token: string, ref: string): Promise<Tracked | null> {
  const r = await graphql<{ track: Tracked | null }>(server, TRACK, { token, variables: { ref } });
  if (r.body.errors || !r.body.data) throw new Error(`track failed: ${JSON.stringify(r.body)}`);
  return r.body.data.track;
}

const types = (t: Tracked | null): string[] | undefined => t?.timeline.map((m) => m.type);

it('a milestone recorded through server B shows on server A once its change arrives; one through A on A’s next track', async () => {
  const uri = await processes.engine();
  const a = await processes.server(uri);
  const b = await processes.server(uri);

  // Ready three days after the servers' today (their clock is the real one).
  const readyDate = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
  const throughB = await OrderFixtures.open(b, readyDate);
  const throughA = await OrderFixtures.open(a, readyDate);
  const booked = await throughB.booked();
  const ref = booked.shipmentNumber;

  // Read twice on A: the second answer may come from A's memory.
  for (const round of [1, 2]) expect({ round, timeline: types(await track(a, 'demo-exporter', ref)) }).toEqual({ round, timeline: [] });
  // A party to neither the shipment nor the order sees nothing, from memory as from the database.
  expect(await track(a, 'demo-exporter-th', ref)).toBeNull();

  await throughB.milestone('demo-carrier', ref, 1, 'GATE_IN');
  const deadline = Date.now() + 20_000;
  let seen = types(await track(a, 'demo-exporter', ref));
  while (seen?.join() !== 'GATE_IN' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    seen = types(await track(a, 'demo-exporter', ref));
  }
  expect(seen).toEqual(['GATE_IN']);

  // Through A itself: the very next track on A shows it, no waiting.
  await throughA.milestone('demo-carrier', ref, 1, 'LOADED');
  expect(types(await track(a, 'demo-exporter', ref))).toEqual(['GATE_IN', 'LOADED']);
  expect(await track(a, 'demo-exporter-th', ref)).toBeNull();
  // The carrier is party to the shipment, not to the order.
  expect(await track(a, 'demo-carrier', ref)).toMatchObject({ order: null, timeline: [{ type: 'GATE_IN' }, { type: 'LOADED' }] });
}, 120_000);
