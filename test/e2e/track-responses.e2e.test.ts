/**
 * Kept `track` answers (server/graphql/track-responses.ts) over real HTTP against a server in
 * this process: a repeat is sent byte for byte as the first answer without executing `track`
 * again (counted through the tracking service, not timed), and every change that could alter the
 * answer gives the fresh one on the next request. Across two processes:
 * track-responses-two-processes.e2e.test.ts.
 */
import { jest } from '@jest/globals';
import { partyModel } from '../../server/models/party.model';
import type { RunningServer } from '../../server/start';
import { FinancingFixtures } from '../support/financing-fixtures';
import { dataOf, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { BOOK_ROUTE, type BookedRef, OrderFixtures } from '../support/order-fixtures';

let server: RunningServer;
let fx: OrderFixtures;
let booked: BookedRef;
let executions: jest.SpiedFunction<RunningServer['services']['tracking']['answer']>;

const TRACK = 'query Track($ref: String!) { track(reference: $ref) { shipment { number } order { number state } timeline { seq type } legs { seq status } revisedEta delayDays onHold } }';

interface Answer {
  status: number;
  /** the headers Apollo sets (the request id and date differ per request) */
  headers: Record<string, string | null>;
  body: string;
  /** how many times `track` ran for it */
  executed: number;
}

async function post(body: Record<string, unknown>, token: string | undefined, requestHeaders: Record<string, string> = {}): Promise<Answer> {
  const before = executions.mock.calls.length;
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...requestHeaders },
    body: JSON.stringify(body),
  });
  const headers = Object.fromEntries(['content-type', 'content-length', 'cache-control'].map((name) => [name, response.headers.get(name)]));
  return { status: response.status, headers, body: await response.text(), executed: executions.mock.calls.length - before };
}

const track = (ref: string, token = 'demo-exporter', query = TRACK, operationName?: string) => post({ query, variables: { ref }, ...(operationName ? { operationName } : {}) }, token);

/**
 * Sends the request until it is answered without executing: the first answer may not be kept
 * (a change event of the set-up's writes arriving meanwhile moves the generation). Answers the
 * answer that was kept.
 */
async function warm(send: () => Promise<Answer>): Promise<Answer> {
  let previous = await send();
  for (let round = 0; round < 20; round++) {
    const next = await send();
    if (next.executed === 0) {
      expect({ ...next, executed: previous.executed }).toEqual(previous);
      return next;
    }
    previous = next;
  }
  throw new Error(`never answered from a kept response: ${previous.body}`);
}

const data = (a: Answer) => (JSON.parse(a.body) as { data: { track: Record<string, unknown> | null } }).data.track;

beforeAll(async () => {
  server = await startTestServer('track_responses');
  fx = await OrderFixtures.open(server, new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10));
  booked = await fx.booked();
  executions = jest.spyOn(server.services.tracking, 'answer');
  // The tracking cache opens its streams on the first track and serves once they answer.
  const deadline = Date.now() + 30_000;
  await track(booked.shipmentNumber);
  while (!server.services.tracking.cache?.live) {
    if (Date.now() > deadline) throw new Error('the tracking cache never went live');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}, 120_000);

afterAll(async () => {
  executions?.mockRestore();
  await stopTestServer(server);
});

it('a repeated track is answered byte for byte from the kept response, without executing', async () => {
  const kept = await warm(() => track(booked.shipmentNumber));
  expect(data(kept)).toMatchObject({ shipment: { number: booked.shipmentNumber }, order: { number: booked.number, state: 'BOOKED' }, timeline: [] });
  for (let i = 0; i < 5; i++) expect(await track(booked.shipmentNumber)).toEqual({ ...kept, executed: 0 });
});

it('a milestone recorded is in the very next answer', async () => {
  await warm(() => track(booked.shipmentNumber));
  await fx.milestone('demo-carrier', booked.shipmentNumber, 1, 'GATE_IN');
  const next = await track(booked.shipmentNumber);
  expect(next.executed).toBe(1);
  expect(data(next)).toMatchObject({ timeline: [{ seq: 1, type: 'GATE_IN' }] });
  // and that answer is kept in turn
  expect(await warm(() => track(booked.shipmentNumber))).toMatchObject({ body: next.body });
});

it('an order put on hold shows on the very next answer, by order number as by shipment number', async () => {
  const held = await fx.booked();
  for (const ref of [held.number, held.shipmentNumber]) expect(data(await warm(() => track(ref)))).toMatchObject({ onHold: false });
  await fx.call('demo-exporter', 'mutation($id: ID!) { holdOrder(id: $id, reason: "documents missing") { userErrors { message } } }', { id: held.id });
  for (const ref of [held.number, held.shipmentNumber]) expect(data(await track(ref))).toMatchObject({ onHold: true, order: { state: 'ON_HOLD' } });
});

it('a container booked on a new shipment is tracked to that shipment on the very next request', async () => {
  const first = await fx.delivered();
  expect(data(await warm(() => track(first.container)))).toMatchObject({ shipment: { number: first.shipmentNumber } });
  // Delivered, its container is free for another booking.
  const again = await fx.confirmed();
  const option = (await fx.routeOptions(again.id)).find((o) => o.mainCarriageModes.join() === 'RAIL,SEA')!;
  const r = await fx.call<{ bookRoute: { shipment: { number: string } | null; userErrors: unknown[] } }>('demo-exporter', BOOK_ROUTE, {
    input: {
      orderId: again.id,
      optionId: option.id,
      forwarderId: fx.partyId('CQ-LANDSEA'),
      containers: [{ number: first.container, type: '22G1' }],
      carriers: [
        { legSeq: 1, carrierId: fx.partyId('CQ-RAIL') },
        { legSeq: 2, carrierId: fx.partyId('QZ-SHIP') },
      ],
    },
  });
  expect(r.bookRoute.userErrors).toEqual([]);
  expect(data(await track(first.container))).toMatchObject({ shipment: { number: r.bookRoute.shipment!.number }, timeline: [] });
});

it('each caller gets its own access: a carrier sees no order, a stranger nothing, whoever asked first', async () => {
  const exporter = data(await warm(() => track(booked.shipmentNumber)));
  expect(exporter).toMatchObject({ order: { number: booked.number } });
  expect(data(await warm(() => track(booked.shipmentNumber, 'demo-carrier')))).toMatchObject({ order: null, shipment: { number: booked.shipmentNumber } });
  expect(data(await warm(() => track(booked.shipmentNumber, 'demo-exporter-th')))).toBeNull();
  expect(data(await track(booked.shipmentNumber))).toEqual(exporter);
});

it('a party given another role gets the answer for its new access on its next request', async () => {
  const ship = await fx.booked();
  expect(data(await warm(() => track(ship.shipmentNumber, 'demo-carrier-sea')))).toMatchObject({ order: null });
  const parties = partyModel(server.storage.connection);
  await parties.updateOne({ code: 'QZ-SHIP' }, { $addToSet: { roles: 'auditor' } });
  try {
    // The caller cache learns of the change from its stream; the first request it answers with the new roles
    // must get the auditor's view.
    const deadline = Date.now() + 20_000;
    let roles: string[] = [];
    while (!roles.includes('AUDITOR') && Date.now() < deadline) {
      roles = dataOf(await graphql<{ me: { roles: string[] } }>(server, '{ me { roles } }', { token: 'demo-carrier-sea' })).me.roles;
    }
    expect(roles).toContain('AUDITOR');
    expect(data(await track(ship.shipmentNumber, 'demo-carrier-sea'))).toMatchObject({ order: { number: ship.number } });
  } finally {
    await parties.updateOne({ code: 'QZ-SHIP' }, { $pull: { roles: 'auditor' } });
  }
});

it('a revoked token is refused on the very next request, not answered from the kept response', async () => {
  const { me } = dataOf(await graphql<{ me: { party: { id: string } } }>(server, '{ me { party { id } } }', { token: 'demo-exporter' }));
  const issued = dataOf(
    await graphql<{ issueApiToken: { token: string; apiToken: { id: string } } }>(server, 'mutation($p: ID!) { issueApiToken(partyId: $p, label: "tracking") { token apiToken { id } } }', {
      token: 'demo-exporter',
      variables: { p: me.party.id },
    }),
  ).issueApiToken;
  await warm(() => track(booked.shipmentNumber, issued.token));
  await graphql(server, 'mutation($id: ID!) { revokeApiToken(id: $id) { userErrors { message } } }', { token: 'demo-exporter', variables: { id: issued.apiToken.id } });
  const refused = await track(booked.shipmentNumber, issued.token);
  expect({ status: refused.status, executed: refused.executed, code: (JSON.parse(refused.body) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code }).toEqual({
    status: 401,
    executed: 0,
    code: 'UNAUTHENTICATED',
  });
});

it('variables and the operation name are part of what an answer is kept under', async () => {
  const other = await fx.booked();
  const a = await warm(() => track(booked.shipmentNumber));
  const b = await warm(() => track(other.shipmentNumber));
  expect([data(a)?.shipment, data(b)?.shipment]).toEqual([{ number: booked.shipmentNumber }, { number: other.shipmentNumber }]);
  const twoOperations = 'query Numbers($ref: String!) { track(reference: $ref) { shipment { number } } } query States($ref: String!) { track(reference: $ref) { order { state } } }';
  const numbers = await warm(() => track(booked.shipmentNumber, 'demo-exporter', twoOperations, 'Numbers'));
  const states = await warm(() => track(booked.shipmentNumber, 'demo-exporter', twoOperations, 'States'));
  expect([data(numbers), data(states)]).toEqual([{ shipment: { number: booked.shipmentNumber } }, { order: { state: 'BOOKED' } }]);
});

it('the Accept header is part of what an answer is kept under: each gets its own content type', async () => {
  const plain = await warm(() => track(booked.shipmentNumber));
  const accept = { accept: 'application/graphql-response+json' };
  const negotiated = await warm(() => post({ query: TRACK, variables: { ref: booked.shipmentNumber } }, 'demo-exporter', accept));
  expect([plain.headers['content-type'], negotiated.headers['content-type']]).toEqual(['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8']);
  expect(negotiated.body).toBe(plain.body);
});

it('an answer with errors is never kept: the next request executes again', async () => {
  executions.mockRejectedValueOnce(new Error('database unreachable'));
  const failed = await track(booked.shipmentNumber, 'demo-exporter', `${TRACK} `);
  expect(JSON.parse(failed.body)).toMatchObject({ errors: [{ extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  const next = await track(booked.shipmentNumber, 'demo-exporter', `${TRACK} `);
  expect(next.executed).toBe(1);
  expect(data(next)).toMatchObject({ shipment: { number: booked.shipmentNumber } });
});

it('a bill number is answered by executing every time: who may follow a bill is not in the tracking cache', async () => {
  const goods = await new FinancingFixtures(server, fx).shippedGoods();
  for (let i = 0; i < 3; i++) {
    const answer = await track(goods.bill);
    expect(answer.executed).toBe(1);
    expect(data(answer)).toMatchObject({ shipment: { number: goods.shipmentNumber } });
  }
});

it('a selection reading beyond the tracking view (a party through a loader) executes every time', async () => {
  const query = 'query($ref: String!) { track(reference: $ref) { order { number seller { name } } } }';
  for (let i = 0; i < 3; i++) expect((await track(booked.shipmentNumber, 'demo-exporter', query)).executed).toBe(1);
});
