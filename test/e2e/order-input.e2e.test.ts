/**
 * Bad input over HTTP: every broken rule comes back as a userError naming the input field and
 * the rule (and nothing is created or moved); input that does not fit the schema at all is
 * refused by GraphQL validation with HTTP 400.
 */
import type { RunningServer } from '../../server/start';
import { errorCodes, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { BOOK_ROUTE, type BookedRef, CREATE_ORDER, OrderFixtures, RECORD_MILESTONE } from '../support/order-fixtures';
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

interface UserError {
  code: string;
  field: string[] | null;
  rule: string | null;
  message: string;
}

const fieldRules = (errors: UserError[]) => errors.map((e) => [e.field?.join('.') ?? null, e.rule]);

describe('createOrder', () => {
  it('reports every broken rule at once, by field and rule, and creates nothing', async () => {
    const before = await fx.orderCount();
    const { createOrder } = await fx.call<{ createOrder: { order: unknown; userErrors: UserError[] } }>('demo-exporter', CREATE_ORDER, {
      input: fx.orderInput({
        currency: 'XYZ',
        lines: [{ hsCode: '12', description: 'Motorcycle brake assemblies', quantity: '-5', unit: 'ZZZ', unitPrice: '18.35', grossWeightKg: '2400' }],
        incoterm: 'FOOB',
        incotermPlace: 'CNCKG',
        origin: 'CNCKG',
        destination: 'SGXXX',
        readyDate: '2026-03-01',
      }),
    });
    expect(createOrder.order).toBeNull();
    expect(fieldRules(createOrder.userErrors)).toEqual([
      ['input.currency', 'currency-unknown'],
      ['input.lines.0.hsCode', 'hs-length'],
      ['input.lines.0.quantity', 'positive'],
      ['input.lines.0.unit', 'unit-unknown'],
      ['input.incoterm', 'incoterm-unknown'],
      ['input.destination', 'locode-unknown'],
      ['input.readyDate', 'not-past'],
    ]);
    expect(createOrder.userErrors.every((e) => e.code === 'VALIDATION')).toBe(true);
    // Each message starts with the field path and says what was wrong with the value.
    expect(createOrder.userErrors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^input\.currency: .*'XYZ'/),
      expect.stringMatching(/^input\.lines\.0\.hsCode: .*6 to 10 digits, got 2/),
      expect.stringMatching(/^input\.lines\.0\.quantity: .*greater than zero, got -5/),
      expect.stringMatching(/^input\.lines\.0\.unit: .*'ZZZ'/),
      expect.stringMatching(/^input\.incoterm: .*'FOOB'/),
      expect.stringMatching(/^input\.destination: .*'SGXXX'/),
      expect.stringMatching(/^input\.readyDate: .*2026-03-02/),
    ]);
    expect(await fx.orderCount()).toBe(before);
  });

  it('answers a value of the wrong GraphQL type with HTTP 400 before any resolver runs', async () => {
    const before = await fx.orderCount();
    // quantity is a String (exact decimal text); an Int literal is refused by validation.
    const literal = await graphql(
      server,
      `mutation { createOrder(input: {
        buyerId: "${fx.partyId('SG-LION')}", currency: "USD", incoterm: "FCA", incotermPlace: "CNCKG", origin: "CNCKG",
        destination: "SGSIN", tradeMode: "0110", readyDate: "2026-03-03",
        lines: [{ hsCode: "871410", description: "Brake assemblies", quantity: 5, unit: "H87", unitPrice: "18.35", grossWeightKg: "2400" }]
      }) { order { id } userErrors { field rule } } }`,
      { token: 'demo-exporter' },
    );
    expect(literal.status).toBe(400);
    expect(errorCodes(literal)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(literal.body.errors![0].message).toMatch(/String/);

    // The same mistake in variables is refused as bad user input, naming the variable's path.
    const input = fx.orderInput();
    const variables = await graphql(server, CREATE_ORDER, { token: 'demo-exporter', variables: { input: { ...input, lines: [{ ...input.lines[0], quantity: 5 }] } } });
    expect(variables.status).toBe(400);
    expect(errorCodes(variables)).toEqual(['BAD_USER_INPUT']);
    expect(variables.body.errors![0].message).toMatch(/lines\[0\]\.quantity/);

    expect(await fx.orderCount()).toBe(before);
  });
});

describe('bookRoute', () => {
  it('checks the ISO 6346 check digit and names the expected digit', async () => {
    const order = await fx.confirmed();
    const railSea = (await fx.routeOptions(order.id)).find((o) => o.mainCarriageModes.join() === 'RAIL,SEA')!;
    const { bookRoute } = await fx.call<{ bookRoute: { shipment: unknown; userErrors: UserError[] } }>('demo-exporter', BOOK_ROUTE, {
      input: { orderId: order.id, optionId: railSea.id, forwarderId: fx.partyId('CQ-LANDSEA'), containers: [{ number: 'CSQU3054384', type: '22G1' }] },
    });
    expect(bookRoute.shipment).toBeNull();
    expect(fieldRules(bookRoute.userErrors)).toEqual([['input.containers.0.number', 'container-check-digit']]);
    expect(bookRoute.userErrors[0].message).toMatch(/check digit is 3, not 4/);
    expect(await fx.read(order.id)).toMatchObject({ state: 'CONFIRMED', version: 2 });
  });

  it('refuses a sea-only Incoterm on a rail-only route, pointing to FCA, and leaves the order confirmed', async () => {
    const order = await fx.confirmed({ buyerId: fx.partyId('DE-RHEIN'), currency: 'EUR', incoterm: 'FOB', incotermPlace: 'CNCKG', destination: 'DEDUI' });
    const options = await fx.routeOptions(order.id);
    const rail = options.find((o) => o.corridorId === 'cr-express-yuxinou' && o.mainCarriageModes.join() === 'RAIL');
    expect(rail).toMatchObject({ incotermFits: false, incotermNote: expect.stringContaining('FCA') });

    const { bookRoute } = await fx.call<{ bookRoute: { shipment: unknown; order: unknown; userErrors: UserError[] } }>('demo-exporter', BOOK_ROUTE, {
      input: { orderId: order.id, optionId: rail!.id, forwarderId: fx.partyId('CQ-LANDSEA'), containers: [{ number: fx.nextContainer(), type: '42G1' }] },
    });
    expect(bookRoute).toMatchObject({ shipment: null, order: null });
    expect(fieldRules(bookRoute.userErrors)).toEqual([['input.optionId', 'incoterm-mode']]);
    expect(bookRoute.userErrors[0].message).toMatch(/^input\.optionId: FOB .*FCA/);
    expect(await fx.read(order.id)).toMatchObject({ state: 'CONFIRMED', version: 2 });
  });
});

describe('recordMilestone', () => {
  let booked: BookedRef;
  beforeAll(async () => {
    booked = await fx.booked();
  });

  const record = (token: string, input: Record<string, unknown>) =>
    fx.call<{ recordMilestone: { shipment: unknown; userErrors: UserError[] } }>(token, RECORD_MILESTONE, { input: { shipment: booked.shipmentNumber, ...input } });

  it('refuses ARRIVED before DEPARTED on the leg', async () => {
    const { recordMilestone } = await record('demo-carrier', { legSeq: 1, type: 'ARRIVED' });
    expect(recordMilestone.shipment).toBeNull();
    expect(fieldRules(recordMilestone.userErrors)).toEqual([['input.type', 'milestone-order']]);
    expect(recordMilestone.userErrors[0].message).toMatch(/ARRIVED needs leg 1 to have DEPARTED first/);
    expect(await fx.readShipment(booked.shipmentNumber)).toEqual({ version: 1, milestones: 0 });
  });

  it('refuses a leg the shipment does not have, naming it', async () => {
    const { recordMilestone } = await record('demo-forwarder', { legSeq: 9, type: 'GATE_IN' });
    expect(recordMilestone.shipment).toBeNull();
    expect(fieldRules(recordMilestone.userErrors)).toEqual([['input.legSeq', 'milestone-order']]);
    expect(recordMilestone.userErrors[0].message).toMatch(/no leg 9 \(legs 1–2\)/);
    expect(await fx.readShipment(booked.shipmentNumber)).toEqual({ version: 1, milestones: 0 });
    expect(await fx.read(booked.id)).toMatchObject({ state: 'BOOKED', version: 3 });
  });
});

describe('routeOptions', () => {
  it('names input.destination when the destination is not a known place', async () => {
    const { routeOptions } = await fx.call<{ routeOptions: { options: unknown; userErrors: UserError[] } }>(
      'demo-exporter',
      'query($input: RouteOptionsInput!) { routeOptions(input: $input) { options { id } userErrors { code field rule message } } }',
      { input: { origin: 'CNCKG', destination: 'SGXXX', cargo: { grossWeightKg: 2400 }, readyDate: '2026-03-03' } },
    );
    expect(routeOptions.options).toBeNull();
    expect(routeOptions.userErrors).toEqual([
      { code: 'VALIDATION', field: ['input', 'destination'], rule: 'locode-unknown', message: "input.destination: unknown UN/LOCODE 'SGXXX'" },
    ]);
  });
});
