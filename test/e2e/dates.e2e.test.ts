/**
 * Every date and date-time input goes through the strict Date and DateTime scalars (issue 19 item
 * 9): an impossible day is refused with BAD_USER_INPUT naming the field, in a literal and in a
 * variable alike, and nothing is written; a real one is read exactly, offsets included.
 */
import type { RunningServer } from '../../server/start';
import { dataOf, errorCodes, graphql, type GraphQLResponse, startTestServer, stopTestServer } from '../support/graphql-client';
import { type BookedRef, OrderFixtures, RECORD_MILESTONE } from '../support/order-fixtures';
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

/** The one error of a refused request: HTTP 400, BAD_USER_INPUT, its message. */
function refusal(response: GraphQLResponse<unknown>): { status: number; codes: Array<string | undefined>; message: string; field?: unknown; rule?: unknown } {
  const [error] = response.body.errors ?? [];
  return { status: response.status, codes: errorCodes(response), message: error?.message ?? '', field: error?.extensions?.field, rule: error?.extensions?.rule };
}

const ORDERS_FROM = (from: string) => `{ orders(first: 5, filter: { createdFrom: ${JSON.stringify(from)} }) { edges { node { number } } } }`;
const ORDERS_FILTERED = 'query($filter: OrderFilter) { orders(first: 5, filter: $filter) { edges { node { number } } } }';

describe('OrderFilter.createdFrom / createdTo (DateTime)', () => {
  it.each([
    ['2026-02-30', /not a date-time/],
    ['2026-02-30T00:00:00Z', /has no day 30: February 2026 has 28 days/],
    ['2026-13-01T00:00:00Z', /has no month 13/],
    ['-1', /not a date-time/],
    ['2026-03-01T00:00:00', /followed by Z or an offset/],
  ])('refuses the literal %j naming filter.createdFrom', async (from, reason) => {
    const result = refusal(await graphql(server, ORDERS_FROM(from), { token: 'demo-auditor' }));
    expect(result).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'], field: ['filter', 'createdFrom'], rule: 'date-time' });
    expect(result.message).toMatch(/^filter\.createdFrom: /);
    expect(result.message).toMatch(reason);
  });

  it.each(['2026-02-30T00:00:00Z', '2026-13-01T00:00:00Z', '-1'])('refuses the variable value %j naming the field', async (createdTo) => {
    const result = refusal(await graphql(server, ORDERS_FILTERED, { token: 'demo-auditor', variables: { filter: { createdTo } } }));
    expect(result).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(result.message).toContain('at "filter.createdTo"');
  });

  it('reads a real instant with its offset exactly', async () => {
    const order = await fx.draft();
    const numbers = async (filter: Record<string, string>) =>
      dataOf(await graphql<{ orders: { edges: Array<{ node: { number: string } }> } }>(server, ORDERS_FILTERED, { token: 'demo-exporter', variables: { filter } })).orders.edges.map(
        (e) => e.node.number,
      );
    // Created at 08:00Z, which is 16:00 in Beijing.
    expect(await numbers({ createdFrom: '2026-03-02T16:00:00+08:00' })).toContain(order.number);
    expect(await numbers({ createdFrom: '2026-03-02T16:00:00.001+08:00' })).not.toContain(order.number);
    expect(await numbers({ createdTo: '2026-03-02T03:00:00.001-05:00' })).toContain(order.number);
  });
});

describe('CreateOrderInput.readyDate (Date)', () => {
  it.each([
    ['2026-02-30', /February 2026 has 28 days/],
    ['2026-02-29', /2026 is not a leap year/],
    ['2026-13-01', /has no month 13/],
    ['-1', /not a date in the form yyyy-mm-dd/],
    ['2026-03-03T00:00:00Z', /not a date in the form yyyy-mm-dd/],
  ])('refuses %j naming input.readyDate and creates nothing', async (readyDate, reason) => {
    const before = await fx.orderCount();
    const literal = refusal(
      await graphql(
        server,
        `mutation { createOrder(input: { buyerId: "${fx.partyId('SG-LION')}", currency: "USD", lines: [], incoterm: "FCA", incotermPlace: "CNCKG", origin: "CNCKG", destination: "SGSIN", tradeMode: "0110", readyDate: "${readyDate}" }) { order { id } } }`,
        { token: 'demo-exporter' },
      ),
    );
    expect(literal).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'], field: ['input', 'readyDate'], rule: 'calendar-date' });
    expect(literal.message).toMatch(/^input\.readyDate: /);
    expect(literal.message).toMatch(reason);
    const variable = refusal(
      await graphql(server, 'mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id } } }', { token: 'demo-exporter', variables: { input: fx.orderInput({ readyDate }) } }),
    );
    expect(variable).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(variable.message).toContain('at "input.readyDate"');
    expect(variable.message).toMatch(reason);
    expect(await fx.orderCount()).toBe(before);
  });

  it('accepts 29 February of a leap year', async () => {
    const order = await fx.draft({ readyDate: '2028-02-29' });
    expect(order.number).toMatch(/^ORD-/);
  });
});

describe('RecordMilestoneInput.at (DateTime)', () => {
  let booked: BookedRef;
  beforeAll(async () => {
    booked = await fx.booked();
  });

  it('refuses 31 November, and records nothing', async () => {
    const response = await graphql(server, RECORD_MILESTONE, {
      token: 'demo-forwarder',
      variables: { input: { shipment: booked.shipmentNumber, legSeq: 1, type: 'GATE_IN', at: '2026-11-31T10:00:00Z' } },
    });
    const result = refusal(response);
    expect(result).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'] });
    expect(result.message).toMatch(/at "input\.at".*November 2026 has 30 days/);
    expect(await fx.readShipment(booked.shipmentNumber)).toEqual({ version: 1, milestones: 0 });
  });

  it('stores a time given with an offset as the instant it names', async () => {
    const { recordMilestone } = await fx.call<{ recordMilestone: { userErrors: unknown[] } }>('demo-forwarder', RECORD_MILESTONE, {
      input: { shipment: booked.shipmentNumber, legSeq: 1, type: 'GATE_IN', at: '2026-03-02T15:30:00+08:00' },
    });
    expect(recordMilestone.userErrors).toEqual([]);
    const { shipment } = await fx.call<{ shipment: { milestones: Array<{ type: string; at: string }> } }>(
      'demo-forwarder',
      'query($ref: String!) { shipment(reference: $ref) { milestones { type at } } }',
      { ref: booked.shipmentNumber },
    );
    expect(shipment.milestones).toEqual([{ type: 'GATE_IN', at: '2026-03-02T07:30:00.000Z' }]);
  });
});

describe('RouteOptionsInput.readyDate (Date)', () => {
  it('refuses 2026-04-31 naming input.readyDate', async () => {
    const result = refusal(
      await graphql(server, '{ routeOptions(input: { origin: "CNCKG", destination: "SGSIN", cargo: { grossWeightKg: 2400 }, readyDate: "2026-04-31" }) { options { id } } }', {
        token: 'demo-exporter',
      }),
    );
    expect(result).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'], field: ['input', 'readyDate'], rule: 'calendar-date' });
    expect(result.message).toBe("input.readyDate: '2026-04-31' has no day 31: April 2026 has 30 days");
  });
});
