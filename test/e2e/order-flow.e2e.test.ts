/**
 * The order-to-delivery flow over HTTP with the demo tokens, as the README walks it: an exporter
 * creates an order, the buyer confirms, the exporter picks a rail-sea route and books it, the
 * carriers record milestones, and the importer tracks the container to delivery.
 */
import type { RunningServer } from '../../server/start';
import { dataOf, errorCodes, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { testClock } from '../support/world';
import { CustomsFixtures } from '../support/customs-fixtures';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;

const call = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => dataOf(await graphql<T>(server, query, { token, variables }));

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
});
afterAll(async () => {
  await stopTestServer(server);
});

const CREATE = `mutation($input: CreateOrderInput!) { createOrder(input: $input) {
  order { id number state total { amount currency } lines { amount } allowedEvents }
  userErrors { code field rule message } } }`;

it('walks an order from creation to completion', async () => {
  const { parties } = await call<{ parties: { edges: Array<{ node: { id: string; code: string } }> } }>('demo-exporter', '{ parties(first: 100) { edges { node { id code } } } }');
  const id = (code: string) => parties.edges.find((e) => e.node.code === code)!.node.id;

  const created = await call<{ createOrder: { order: { id: string; number: string; state: string; total: { amount: string }; allowedEvents: string[] }; userErrors: unknown[] } }>('demo-exporter', CREATE, {
    input: {
      buyerId: id('SG-LION'),
      currency: 'USD',
      lines: [{ hsCode: '8714.10', description: 'Motorcycle brake assemblies', quantity: '1200', unit: 'H87', unitPrice: '18.35', grossWeightKg: '2400' }],
      incoterm: 'FCA',
      incotermPlace: 'CNCKG',
      origin: 'CNCKG',
      destination: 'SGSIN',
      tradeMode: '0110',
      readyDate: '2026-03-03',
    },
  });
  expect(created.createOrder.userErrors).toEqual([]);
  const order = created.createOrder.order;
  expect(order).toMatchObject({ state: 'DRAFT', total: { amount: '22020.00' }, allowedEvents: ['CANCEL', 'CONFIRM'] });

  const confirmed = await call<{ confirmOrder: { order: { state: string; version: number } } }>('demo-importer', 'mutation($id: ID!) { confirmOrder(id: $id) { order { state version } userErrors { message } } }', { id: order.number });
  expect(confirmed.confirmOrder.order).toEqual({ state: 'CONFIRMED', version: 2 });

  const planned = await call<{ orderRouteOptions: { options: Array<{ id: string; mainCarriageModes: string[]; rankByCost: number; legs: Array<{ seq: number; from: { code: string } }> }> } }>(
    'demo-exporter',
    'query($id: ID!) { orderRouteOptions(orderId: $id, rankBy: COST, teu: 1) { options { id mainCarriageModes rankByCost incotermFits legs { seq from { code } } } userErrors { message } } }',
    { id: order.id },
  );
  const railSea = planned.orderRouteOptions.options.find((o) => o.mainCarriageModes.join() === 'RAIL,SEA')!;
  expect(railSea.rankByCost).toBe(1);

  const booked = await call<{ bookRoute: { shipment: { number: string; legs: Array<{ seq: number; plannedEtd: string; plannedEta: string }> }; order: { state: string }; userErrors: unknown[] } }>(
    'demo-exporter',
    `mutation($input: BookRouteInput!) { bookRoute(input: $input) {
      shipment { number legs { seq plannedEtd plannedEta carrier { code } } containers { number } } order { state } userErrors { field rule message } } }`,
    {
      input: {
        orderId: order.id,
        optionId: railSea.id,
        forwarderId: id('CQ-LANDSEA'),
        containers: [{ number: 'CSQU3054383', type: '22G1' }],
        carriers: [
          { legSeq: 1, carrierId: id('CQ-RAIL') },
          { legSeq: 2, carrierId: id('QZ-SHIP') },
        ],
      },
    },
  );
  expect(booked.bookRoute.userErrors).toEqual([]);
  expect(booked.bookRoute.order.state).toBe('BOOKED');
  const [leg1, leg2] = booked.bookRoute.shipment.legs;

  const RECORD = `mutation($input: RecordMilestoneInput!) { recordMilestone(input: $input) { shipment { version } userErrors { field rule message } } }`;
  const record = async (token: string, legSeq: number, type: string, at: string) => {
    clock.set(at);
    const r = await call<{ recordMilestone: { userErrors: unknown[] } }>(token, RECORD, { input: { shipment: 'CSQU3054383', legSeq, type, at } });
    expect(r.recordMilestone.userErrors).toEqual([]);
  };
  await record('demo-carrier', leg1.seq, 'GATE_IN', `${leg1.plannedEtd}T06:00:00Z`);
  // The goods leave China only once customs released their export declaration.
  await new CustomsFixtures(server).releaseExport(order.id);
  await record('demo-carrier', leg1.seq, 'DEPARTED', `${leg1.plannedEtd}T20:00:00Z`);
  await record('demo-carrier', leg1.seq, 'ARRIVED', `${leg1.plannedEta}T10:00:00Z`);
  await record('demo-carrier-sea', leg2.seq, 'DEPARTED', `${leg2.plannedEtd}T08:00:00Z`);

  const TRACK = `query($ref: String!) { track(reference: $ref) {
    order { number state } position { location { code } description } plannedEta revisedEta delayDays
    legs { seq status } timeline { type location { code } recordedBy { role } } } }`;
  const midway = await call<{ track: { order: { state: string }; position: { description: string }; delayDays: number; legs: Array<{ status: string }> } }>('demo-importer', TRACK, { ref: 'CSQU3054383' });
  expect(midway.track).toMatchObject({ order: { state: 'IN_TRANSIT' }, position: { description: 'In transit by sea from Qinzhou (CNQZH) to Singapore (SGSIN)' }, delayDays: 0 });
  expect(midway.track.legs.map((l) => l.status)).toEqual(['arrived', 'departed']);

  await record('demo-carrier-sea', leg2.seq, 'ARRIVED', `${leg2.plannedEta}T12:00:00Z`);
  await record('demo-forwarder', leg2.seq, 'DELIVERED', `${leg2.plannedEta}T18:00:00Z`);
  const done = await call<{ track: { order: { state: string }; timeline: Array<{ type: string }>; revisedEta: string } }>('demo-exporter', TRACK, { ref: order.number });
  expect(done.track.order.state).toBe('DELIVERED');
  expect(done.track.timeline.map((m) => m.type)).toEqual(['GATE_IN', 'DEPARTED', 'ARRIVED', 'DEPARTED', 'ARRIVED', 'DELIVERED']);
  expect(done.track.revisedEta).toBe(leg2.plannedEta);

  const completed = await call<{ completeOrder: { order: { state: string; history: Array<{ event: string; actor: { role: string } }> } } }>(
    'demo-importer',
    'mutation($id: ID!) { completeOrder(id: $id) { order { state history { event actor { role } } } userErrors { message } } }',
    { id: order.id },
  );
  expect(completed.completeOrder.order.state).toBe('COMPLETED');
  expect(completed.completeOrder.order.history.map((h) => `${h.event}/${h.actor.role}`)).toEqual([
    'CREATE/exporter', 'CONFIRM/importer', 'BOOK/exporter', 'DEPART/carrier', 'ARRIVE/carrier', 'DELIVER/forwarder', 'COMPLETE/importer',
  ]);

  // Parties outside the order see nothing of it.
  const outsider = await graphql<{ track: null }>(server, 'query($ref: String!) { track(reference: $ref) { order { number } } }', { token: 'demo-exporter-toys', variables: { ref: order.number } });
  expect(dataOf(outsider).track).toBeNull();
  expect(errorCodes(await graphql(server, '{ orders { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
});
