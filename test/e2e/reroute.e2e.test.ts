/**
 * Rerouting over HTTP with the demo tokens: the exporter books the Yangtze river-sea route from
 * Chongqing to Singapore, a Three Gorges lock congestion notice comes in before departure, and
 * the forwarder (demo-forwarder) moves the shipment to rail via Qinzhou and sea.
 */
import { containerCheckDigit } from '../../server/reference';
import type { RunningServer } from '../../server/start';
import { dataOf, errorCodes, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;

const call = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => dataOf(await graphql<T>(server, query, { token, variables }));

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
});
afterAll(async () => {
  await stopTestServer(server);
});

type Option = { id: string; mainCarriageModes: string[] };
type Leg = { seq: number; from: { code: string }; to: { code: string }; mode: string; carrier: { code: string } | null };
type ShipmentView = {
  number: string;
  corridorId: string;
  version: number;
  legs: Leg[];
  reroutes: Array<{ at: string; by: { role: string }; reason: string; from: { corridorId: string }; to: { corridorId: string; routeOptionId: string } }>;
};

const REROUTE = `mutation($input: RerouteShipmentInput!) { rerouteShipment(input: $input) {
  shipment { number corridorId version legs { seq from { code } to { code } mode carrier { code } }
    reroutes { at by { role } reason from { corridorId } to { corridorId routeOptionId } } }
  userErrors { code field rule message } } }`;

it('lets the forwarder reroute a booked Yangtze shipment to rail-sea before it leaves Chongqing', async () => {
  const { parties } = await call<{ parties: { edges: Array<{ node: { id: string; code: string } }> } }>('demo-exporter', '{ parties(first: 100) { edges { node { id code } } } }');
  const id = (code: string) => parties.edges.find((e) => e.node.code === code)!.node.id;

  const created = await call<{ createOrder: { order: { id: string; number: string } } }>(
    'demo-exporter',
    'mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id number } userErrors { message } } }',
    {
      input: {
        buyerId: id('SG-LION'), currency: 'USD', incoterm: 'FCA', incotermPlace: 'CNCKG', origin: 'CNCKG', destination: 'SGSIN', tradeMode: '0110', readyDate: '2026-03-03',
        lines: [{ hsCode: '8714.10', description: 'Motorcycle brake assemblies', quantity: '1200', unit: 'H87', unitPrice: '18.35', grossWeightKg: '2400' }],
      },
    },
  );
  const order = created.createOrder.order;
  await call('demo-importer', 'mutation($id: ID!) { confirmOrder(id: $id) { order { state } } }', { id: order.id });
  const planned = await call<{ orderRouteOptions: { options: Option[] } }>('demo-exporter', 'query($id: ID!) { orderRouteOptions(orderId: $id, teu: 1) { options { id mainCarriageModes } } }', { id: order.id });
  const option = (modes: string) => planned.orderRouteOptions.options.find((o) => o.mainCarriageModes.join() === modes)!;

  const container = 'TGHU771201';
  const booked = await call<{ bookRoute: { shipment: ShipmentView; userErrors: unknown[] } }>(
    'demo-exporter',
    'mutation($input: BookRouteInput!) { bookRoute(input: $input) { shipment { number corridorId version legs { seq from { code } to { code } mode carrier { code } } reroutes { at } } userErrors { message } } }',
    { input: { orderId: order.id, optionId: option('RIVER,SEA').id, forwarderId: id('CQ-LANDSEA'), containers: [{ number: `${container}${containerCheckDigit(container)}`, type: '22G1' }] } },
  );
  expect(booked.bookRoute.userErrors).toEqual([]);
  const shipment = booked.bookRoute.shipment;
  expect(shipment).toMatchObject({ corridorId: 'yangtze-river-sea', reroutes: [] });

  // The buyer may see the shipment but not move it; the refusal is an authorisation error.
  const byBuyer = await graphql(server, REROUTE, { token: 'demo-importer', variables: { input: { shipment: shipment.number, optionId: option('RAIL,SEA').id, reason: 'x' } } });
  expect(errorCodes(byBuyer)).toEqual(['FORBIDDEN']);

  // The same option again is a userError, not a change.
  const same = await call<{ rerouteShipment: { shipment: null; userErrors: Array<{ code: string; field: string[]; rule: string }> } }>('demo-forwarder', REROUTE, {
    input: { shipment: shipment.number, optionId: option('RIVER,SEA').id, reason: 'x' },
  });
  expect(same.rerouteShipment).toMatchObject({ shipment: null, userErrors: [{ code: 'VALIDATION', field: ['input', 'optionId'], rule: 'option-unchanged' }] });

  clock.set('2026-03-03T07:00:00Z');
  const rerouted = await call<{ rerouteShipment: { shipment: ShipmentView; userErrors: unknown[] } }>('demo-forwarder', REROUTE, {
    input: {
      shipment: shipment.number,
      optionId: option('RAIL,SEA').id,
      carriers: [{ legSeq: 1, carrierId: id('CQ-RAIL') }, { legSeq: 2, carrierId: id('QZ-SHIP') }],
      reason: 'Three Gorges ship lock congestion notice',
      expectedVersion: shipment.version,
    },
  });
  expect(rerouted.rerouteShipment.userErrors).toEqual([]);
  const moved = rerouted.rerouteShipment.shipment;
  expect(moved.legs.map((l) => `${l.seq}:${l.from.code}>${l.to.code}:${l.mode}:${l.carrier?.code}`)).toEqual(['1:CNCKG>CNQZH:RAIL:CQ-RAIL', '2:CNQZH>SGSIN:SEA:QZ-SHIP']);
  expect(moved).toMatchObject({ corridorId: 'nwlsc-rail-sea', version: shipment.version + 1 });
  expect(moved.reroutes).toEqual([
    {
      at: '2026-03-03T07:00:00.000Z',
      by: { role: 'forwarder' },
      reason: 'Three Gorges ship lock congestion notice',
      from: { corridorId: 'yangtze-river-sea' },
      to: { corridorId: 'nwlsc-rail-sea', routeOptionId: option('RAIL,SEA').id },
    },
  ]);

  // The rail carrier now sees the shipment, and the order follows the new corridor.
  const seen = await call<{ shipment: { number: string } | null }>('demo-carrier', 'query($ref: String!) { shipment(reference: $ref) { number } }', { ref: shipment.number });
  expect(seen.shipment?.number).toBe(shipment.number);
  const listed = await call<{ orders: { edges: Array<{ node: { number: string; state: string } }> } }>(
    'demo-exporter',
    '{ orders(first: 100, filter: { corridorId: "nwlsc-rail-sea" }) { edges { node { number state } } } }',
  );
  expect(listed.orders.edges.map((e) => e.node)).toContainEqual({ number: order.number, state: 'BOOKED' });
});
