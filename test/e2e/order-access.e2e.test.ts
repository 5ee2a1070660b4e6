/**
 * Who may act on an order, over HTTP with every demo token: each order mutation against each
 * role, as one matrix. A caller who is not party to the order (and does not read everything)
 * gets NOT_FOUND, so it learns nothing of the order; one who can see it but may not act gets a
 * FORBIDDEN error. Refusals leave the order untouched. Also: two parties acting on the same
 * draft at the same moment, where exactly one wins and the other gets CONFLICT.
 */
import type { RunningServer } from '../../server/start';
import { type GraphQLResponse, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { type BookedRef, CREATE_ORDER, OrderFixtures, type OrderRef, RECORD_MILESTONE } from '../support/order-fixtures';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;
let fx: OrderFixtures;

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  fx = await OrderFixtures.open(server, '2026-03-03');
});
afterAll(async () => {
  await stopTestServer(server);
});

const TOKENS = [
  'demo-exporter',
  'demo-exporter-toys',
  'demo-importer',
  'demo-importer-de',
  'demo-consolidator',
  'demo-forwarder',
  'demo-carrier',
  'demo-carrier-sea',
  'demo-customs',
  'demo-bank',
  'demo-insurer',
  'demo-trainer',
  'demo-auditor',
] as const;
type Token = (typeof TOKENS)[number];

type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND';
type Row = Record<Token, Outcome>;

const MUTATIONS = ['createOrder', 'confirmOrder', 'cancelOrder', 'bookRoute', 'holdOrder', 'resumeOrder', 'recordMilestone', 'completeOrder'] as const;
type MutationName = (typeof MUTATIONS)[number];

// prettier-ignore
const EXPECTED: Record<MutationName, Row> = {
  createOrder:     { 'demo-exporter': 'ok',        'demo-exporter-toys': 'ok',        'demo-importer': 'FORBIDDEN', 'demo-importer-de': 'FORBIDDEN', 'demo-consolidator': 'FORBIDDEN', 'demo-forwarder': 'FORBIDDEN', 'demo-carrier': 'FORBIDDEN', 'demo-carrier-sea': 'FORBIDDEN', 'demo-customs': 'FORBIDDEN', 'demo-bank': 'FORBIDDEN', 'demo-insurer': 'FORBIDDEN', 'demo-trainer': 'FORBIDDEN', 'demo-auditor': 'FORBIDDEN' },
  confirmOrder:    { 'demo-exporter': 'ok',        'demo-exporter-toys': 'NOT_FOUND', 'demo-importer': 'ok',        'demo-importer-de': 'NOT_FOUND', 'demo-consolidator': 'NOT_FOUND', 'demo-forwarder': 'NOT_FOUND', 'demo-carrier': 'NOT_FOUND', 'demo-carrier-sea': 'NOT_FOUND', 'demo-customs': 'NOT_FOUND', 'demo-bank': 'NOT_FOUND', 'demo-insurer': 'NOT_FOUND', 'demo-trainer': 'FORBIDDEN', 'demo-auditor': 'FORBIDDEN' },
  cancelOrder:     { 'demo-exporter': 'ok',        'demo-exporter-toys': 'NOT_FOUND', 'demo-importer': 'ok',        'demo-importer-de': 'NOT_FOUND', 'demo-consolidator': 'NOT_FOUND', 'demo-forwarder': 'NOT_FOUND', 'demo-carrier': 'NOT_FOUND', 'demo-carrier-sea': 'NOT_FOUND', 'demo-customs': 'NOT_FOUND', 'demo-bank': 'NOT_FOUND', 'demo-insurer': 'NOT_FOUND', 'demo-trainer': 'FORBIDDEN', 'demo-auditor': 'FORBIDDEN' },
  bookRoute:       { 'demo-exporter': 'ok',        'demo-exporter-toys': 'NOT_FOUND', 'demo-importer': 'FORBIDDEN', 'demo-importer-de': 'NOT_FOUND', 'demo-consolidator': 'NOT_FOUND', 'demo-forwarder': 'NOT_FOUND', 'demo-carrier': 'NOT_FOUND', 'demo-carrier-sea': 'NOT_FOUND', 'demo-customs': 'NOT_FOUND', 'demo-bank': 'NOT_FOUND', 'demo-insurer': 'NOT_FOUND', 'demo-trainer': 'FORBIDDEN', 'demo-auditor': 'FORBIDDEN' },
  holdOrder:       { 'demo-exporter': 'ok',        'demo-exporter-toys': 'NOT_FOUND', 'demo-importer': 'FORBIDDEN', 'demo-importer-de': 'NOT_FOUND', 'demo-consolidator': 'NOT_FOUND', 'demo-forwarder': 'ok',        'demo-carrier': 'NOT_FOUND', 'demo-carrier-sea': 'NOT_FOUND', 'demo-customs': 'NOT_FOUND', 'demo-bank': 'NOT_FOUND', 'demo-insurer': 'NOT_FOUND', 'demo-trainer': 'FORBIDDEN', 'demo-auditor': 'FORBIDDEN' },
  resumeOrder:     { 'demo-exporter': 'ok',        'demo-exporter-toys': 'NOT_FOUND', 'demo-importer': 'FORBIDDEN', 'demo-importer-de': 'NOT_FOUND', 'demo-consolidator': 'NOT_FOUND', 'demo-forwarder': 'ok',        'demo-carrier': 'NOT_FOUND', 'demo-carrier-sea': 'NOT_FOUND', 'demo-customs': 'NOT_FOUND', 'demo-bank': 'NOT_FOUND', 'demo-insurer': 'NOT_FOUND', 'demo-trainer': 'FORBIDDEN', 'demo-auditor': 'FORBIDDEN' },
  recordMilestone: { 'demo-exporter': 'FORBIDDEN', 'demo-exporter-toys': 'NOT_FOUND', 'demo-importer': 'FORBIDDEN', 'demo-importer-de': 'NOT_FOUND', 'demo-consolidator': 'NOT_FOUND', 'demo-forwarder': 'ok',        'demo-carrier': 'ok',        'demo-carrier-sea': 'FORBIDDEN', 'demo-customs': 'NOT_FOUND', 'demo-bank': 'NOT_FOUND', 'demo-insurer': 'NOT_FOUND', 'demo-trainer': 'FORBIDDEN', 'demo-auditor': 'FORBIDDEN' },
  completeOrder:   { 'demo-exporter': 'ok',        'demo-exporter-toys': 'NOT_FOUND', 'demo-importer': 'ok',        'demo-importer-de': 'NOT_FOUND', 'demo-consolidator': 'NOT_FOUND', 'demo-forwarder': 'FORBIDDEN', 'demo-carrier': 'NOT_FOUND', 'demo-carrier-sea': 'NOT_FOUND', 'demo-customs': 'NOT_FOUND', 'demo-bank': 'NOT_FOUND', 'demo-insurer': 'NOT_FOUND', 'demo-trainer': 'FORBIDDEN', 'demo-auditor': 'FORBIDDEN' },
};

const USER_ERRORS = 'userErrors { code field rule message }';
const ORDER_PAYLOAD = `order { id state version } ${USER_ERRORS}`;

interface Payload {
  userErrors: Array<{ code: string; message: string }>;
  [result: string]: unknown;
}

/**
 * One cell's outcome. Anything but the three expected outcomes is spelled out (the HTTP status
 * and errors, or the userErrors) so the matrix shows what went wrong.
 */
function outcomeOf(response: GraphQLResponse<Record<string, Payload>>, field: MutationName, result: string): string {
  const errors = response.body.errors ?? [];
  if (errors.length > 0) {
    const codes = errors.map((e) => e.extensions?.code);
    return codes.length === 1 && codes[0] === 'FORBIDDEN' && response.status === 200 ? 'FORBIDDEN' : `HTTP ${response.status} ${JSON.stringify(errors)}`;
  }
  const p = response.body.data?.[field];
  if (!p) return `no payload: ${JSON.stringify(response.body)}`;
  if (p.userErrors.length === 0 && p[result] != null) return 'ok';
  if (p.userErrors.length === 1 && p.userErrors[0].code === 'NOT_FOUND' && p[result] == null) return 'NOT_FOUND';
  return `userErrors ${JSON.stringify(p.userErrors)}`;
}

/** How to run one mutation, on which fixture, and what must not change when it is refused. */
interface Cell<F> {
  /** a fresh target in the state the mutation needs */
  fixture: () => Promise<F>;
  run: (token: Token, target: F) => Promise<string>;
  /** what a refusal must leave unchanged (version and state) */
  snapshot: (target: F) => Promise<unknown>;
}

const orderMutation = (field: MutationName, args: string) => async (token: Token, target: OrderRef) =>
  outcomeOf(await graphql<Record<string, Payload>>(server, `mutation($id: ID!) { ${field}(id: $id${args}) { ${ORDER_PAYLOAD} } }`, { token, variables: { id: target.id } }), field, 'order');

const orderSnapshot = async (target: OrderRef) => {
  const { state, version } = await fx.read(target.id);
  return { state, version };
};

/** A booking valid in every other respect (own container each time): a refusal is about who asks, not what. */
async function bookingFor(target: OrderRef) {
  const options = await fx.routeOptions(target.id);
  const railSea = options.find((o) => o.mainCarriageModes.join() === 'RAIL,SEA')!;
  return {
    orderId: target.id,
    optionId: railSea.id,
    forwarderId: fx.partyId('CQ-LANDSEA'),
    containers: [{ number: fx.nextContainer(), type: '22G1' }],
    carriers: [
      { legSeq: 1, carrierId: fx.partyId('CQ-RAIL') },
      { legSeq: 2, carrierId: fx.partyId('QZ-SHIP') },
    ],
  };
}

const CELLS: { [M in Exclude<MutationName, 'createOrder'>]: Cell<M extends 'recordMilestone' ? BookedRef : OrderRef> } = {
  confirmOrder: { fixture: () => fx.draft(), run: orderMutation('confirmOrder', ''), snapshot: orderSnapshot },
  cancelOrder: { fixture: () => fx.draft(), run: orderMutation('cancelOrder', ', reason: "buyer changed plans"'), snapshot: orderSnapshot },
  bookRoute: {
    fixture: () => fx.confirmed(),
    run: async (token, target) =>
      outcomeOf(
        await graphql<Record<string, Payload>>(server, `mutation($input: BookRouteInput!) { bookRoute(input: $input) { shipment { number } ${USER_ERRORS} } }`, {
          token,
          variables: { input: await bookingFor(target) },
        }),
        'bookRoute',
        'shipment',
      ),
    snapshot: orderSnapshot,
  },
  holdOrder: { fixture: () => fx.booked(), run: orderMutation('holdOrder', ', reason: "customs query"'), snapshot: orderSnapshot },
  resumeOrder: { fixture: () => fx.onHold(), run: orderMutation('resumeOrder', ''), snapshot: orderSnapshot },
  recordMilestone: {
    fixture: () => fx.booked(),
    run: async (token, target) =>
      outcomeOf(
        await graphql<Record<string, Payload>>(server, RECORD_MILESTONE, { token, variables: { input: { shipment: target.shipmentNumber, legSeq: 1, type: 'GATE_IN' } } }),
        'recordMilestone',
        'shipment',
      ),
    snapshot: async (target) => ({ order: await orderSnapshot(target), shipment: await fx.readShipment(target.shipmentNumber) }),
  },
  completeOrder: { fixture: () => fx.delivered(), run: orderMutation('completeOrder', ''), snapshot: orderSnapshot },
};

/** A row of the matrix, and what its refusals left behind (before and after; equal when untouched). */
interface RowRun {
  row: Record<Token, string>;
  untouched: { before: unknown; after: unknown };
}

async function createOrderRow(): Promise<RowRun> {
  const row = {} as Record<Token, string>;
  const before = await fx.orderCount();
  let created = 0;
  for (const token of TOKENS) {
    const response = await graphql<Record<string, Payload>>(server, CREATE_ORDER, { token, variables: { input: fx.orderInput() } });
    row[token] = outcomeOf(response, 'createOrder', 'order');
    if (row[token] === 'ok') created += 1;
  }
  // Refused creations create nothing; each allowed one creates exactly one order.
  return { row, untouched: { before: { orders: before + created }, after: { orders: await fx.orderCount() } } };
}

/** Refused cells share one order, which must come out unchanged; each allowed cell gets its own. */
async function mutationRow<F>(name: MutationName, cell: Cell<F>): Promise<RowRun> {
  const row = {} as Record<Token, string>;
  const shared = await cell.fixture();
  const before = await cell.snapshot(shared);
  for (const token of TOKENS) {
    const target = EXPECTED[name][token] === 'ok' ? await cell.fixture() : shared;
    row[token] = await cell.run(token, target);
  }
  return { row, untouched: { before, after: await cell.snapshot(shared) } };
}

it('lets each demo role take exactly the order actions the policy gives it', async () => {
  const runs = { createOrder: await createOrderRow() } as Record<MutationName, RowRun>;
  for (const name of Object.keys(CELLS) as Array<keyof typeof CELLS>) {
    runs[name] = await mutationRow(name, CELLS[name] as Cell<unknown>);
  }
  const table = (pick: (run: RowRun) => unknown) => Object.fromEntries(MUTATIONS.map((m) => [m, pick(runs[m])]));

  expect(table((r) => r.row)).toEqual(EXPECTED);
  // The refusals changed nothing: each row's shared order (or the order count) is as it was.
  expect(table((r) => r.untouched.after)).toEqual(table((r) => r.untouched.before));
});

it('answers an order the caller may not see exactly as one that does not exist', async () => {
  const draft = await fx.draft();
  const missing = '0123456789abcdef01234567';
  const confirm = async (id: string) => {
    const r = await graphql<Record<string, Payload>>(server, `mutation($id: ID!) { confirmOrder(id: $id) { ${ORDER_PAYLOAD} } }`, { token: 'demo-exporter-toys', variables: { id } });
    return JSON.stringify(r.body).replaceAll(id, '<id>');
  };
  expect(await confirm(draft.id)).toBe(await confirm(missing));
  expect(await fx.read(draft.id)).toMatchObject({ state: 'DRAFT', version: 1 });
});

describe('two parties acting on the same draft at the same moment', () => {
  const CONFIRM = `mutation($id: ID!, $v: Int) { confirmOrder(id: $id, expectedVersion: $v) { ${ORDER_PAYLOAD} } }`;
  const CANCEL = `mutation($id: ID!, $v: Int) { cancelOrder(id: $id, reason: "found a cheaper supplier", expectedVersion: $v) { ${ORDER_PAYLOAD} } }`;

  it.each([1, 2, 3, 4, 5])('one wins, the other gets CONFLICT, and the history has no gap (run %i)', async (run) => {
    const draft = await fx.draft();
    // Both act on the version they saw (1), as a client passing expectedVersion does: whichever way
    // the two requests interleave, one applies and the other is refused, never applied on top.
    // Which request is sent first alternates between runs, so either may win.
    const confirmRequest = () => graphql<Record<string, Payload>>(server, CONFIRM, { token: 'demo-exporter', variables: { id: draft.id, v: 1 } });
    const cancelRequest = () => graphql<Record<string, Payload>>(server, CANCEL, { token: 'demo-importer', variables: { id: draft.id, v: 1 } });
    const [confirm, cancel] =
      run % 2 === 1
        ? await Promise.all([confirmRequest(), cancelRequest()])
        : await Promise.all([cancelRequest(), confirmRequest()]).then(([x, y]) => [y, x] as const);
    const results = [
      { event: 'CONFIRM', state: 'CONFIRMED', payload: confirm.body.data?.confirmOrder, errors: confirm.body.errors },
      { event: 'CANCEL', state: 'CANCELLED', payload: cancel.body.data?.cancelOrder, errors: cancel.body.errors },
    ];
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const winners = results.filter((r) => r.payload?.order != null);
    const losers = results.filter((r) => r.payload?.order == null);
    expect(winners).toHaveLength(1);
    expect(winners[0].payload!.userErrors).toEqual([]);
    expect(winners[0].payload!.order).toMatchObject({ state: winners[0].state, version: 2 });
    expect(losers).toHaveLength(1);
    expect(losers[0].payload!.userErrors.map((e) => e.code)).toEqual(['CONFLICT']);

    const order = await fx.read(draft.id);
    expect(order.version).toBe(2);
    expect(order.state).toBe(winners[0].state);
    expect(order.history).toEqual([
      { seq: 1, event: 'CREATE' },
      { seq: 2, event: winners[0].event },
    ]);
  });
});
