/**
 * Free text with NUL, other control characters, bidirectional overrides or lone surrogates is
 * refused in one place for every field (issue 19 item 10): BAD_USER_INPUT naming the field and
 * the rule, in a literal or a variable, and nothing is written.
 */
import type { RunningServer } from '../../server/start';
import { errorCodes, graphql, type GraphQLResponse, startTestServer, stopTestServer } from '../support/graphql-client';
import { type BookedRef, CREATE_ORDER, OrderFixtures, RECORD_MILESTONE } from '../support/order-fixtures';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;
let fx: OrderFixtures;
let booked: BookedRef;

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  fx = await OrderFixtures.open(server, '2026-03-03');
  booked = await fx.booked();
});
afterAll(async () => {
  await stopTestServer(server);
});

function refusal(response: GraphQLResponse<unknown>) {
  const [error] = response.body.errors ?? [];
  return { status: response.status, codes: errorCodes(response), field: error?.extensions?.field, rule: error?.extensions?.rule, message: error?.message };
}

describe('refused text', () => {
  it.each([
    ['NUL', 'Brake\u0000 assemblies', 'no-control-characters', 'U+0000'],
    ['ESC', 'Brake \u001b[2J assemblies', 'no-control-characters', 'U+001B'],
    ['RIGHT-TO-LEFT OVERRIDE', 'Brake assemblies \u202Eexe.fdp', 'no-bidi-controls', 'U+202E'],
    ['LEFT-TO-RIGHT ISOLATE', 'Brake \u2066assemblies\u2069', 'no-bidi-controls', 'U+2066'],
    ['a lone surrogate', 'Brake \uD83D assemblies', 'well-formed-unicode', 'U+D83D'],
  ])('%s in a line description (variable) is refused naming the field; no order is created', async (_name, description, rule, codePoint) => {
    const before = await fx.orderCount();
    const input = fx.orderInput();
    input.lines = [...input.lines, { ...input.lines[0], description }];
    const result = refusal(await graphql(server, CREATE_ORDER, { token: 'demo-exporter', variables: { input } }));
    expect(result).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'], field: ['input', 'lines', '1', 'description'], rule });
    expect(result.message).toMatch(new RegExp(`^input\\.lines\\.1\\.description: contains ${codePoint.replace('+', '\\+')} at position \\d+`));
    expect(await fx.orderCount()).toBe(before);
  });

  it('an escaped NUL in a literal argument is refused, naming the argument', async () => {
    const result = refusal(
      await graphql(server, `mutation { holdOrder(id: "${booked.id}", reason: "customs \\u0000 hold") { order { state } } }`, { token: 'demo-exporter' }),
    );
    expect(result).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'], field: ['reason'], rule: 'no-control-characters' });
    expect(await fx.read(booked.id)).toMatchObject({ state: 'BOOKED' });
  });

  it('a bidirectional override in a literal inside a list of input objects is named by its index', async () => {
    const result = refusal(
      await graphql(
        server,
        `mutation { createOrder(input: { buyerId: "${fx.partyId('SG-LION')}", currency: "USD", incoterm: "FCA", incotermPlace: "CNCKG", origin: "CNCKG", destination: "SGSIN", tradeMode: "0110", readyDate: "2026-03-03",
          lines: [{ hsCode: "871410", description: "ok", quantity: "1", unit: "H87", unitPrice: "1", grossWeightKg: "1" },
                  { hsCode: "871410", description: "bad \u202E", quantity: "1", unit: "H87", unitPrice: "1", grossWeightKg: "1" }] }) { order { id } } }`,
        { token: 'demo-exporter' },
      ),
    );
    expect(result).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'], field: ['input', 'lines', '1', 'description'], rule: 'no-bidi-controls' });
  });

  it('a milestone note with a bidirectional override records nothing', async () => {
    const result = refusal(
      await graphql(server, RECORD_MILESTONE, {
        token: 'demo-forwarder',
        variables: { input: { shipment: booked.shipmentNumber, legSeq: 1, type: 'GATE_IN', note: 'sealed \u202Bok' } },
      }),
    );
    expect(result).toMatchObject({ status: 400, codes: ['BAD_USER_INPUT'], field: ['input', 'note'], rule: 'no-bidi-controls' });
    expect(await fx.readShipment(booked.shipmentNumber)).toEqual({ version: 1, milestones: 0 });
  });
});

describe('accepted text', () => {
  it('keeps tabs, line breaks, Chinese, right-to-left scripts and emoji as sent', async () => {
    const note = 'Gate-in 已进闸\tbay 3\nمرحبا שלום 🚛';
    const { recordMilestone } = await fx.call<{ recordMilestone: { userErrors: unknown[] } }>('demo-forwarder', RECORD_MILESTONE, {
      input: { shipment: booked.shipmentNumber, legSeq: 1, type: 'GATE_IN', note },
    });
    expect(recordMilestone.userErrors).toEqual([]);
    const { shipment } = await fx.call<{ shipment: { milestones: Array<{ note: string | null }> } }>(
      'demo-forwarder',
      'query($ref: String!) { shipment(reference: $ref) { milestones { note } } }',
      { ref: booked.shipmentNumber },
    );
    expect(shipment.milestones.map((m) => m.note)).toEqual([note]);
  });
});
