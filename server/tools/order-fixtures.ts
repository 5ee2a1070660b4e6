/**
 * Orders in a given lifecycle state, built over HTTP through the public GraphQL API with the demo
 * tokens, the way a client would: draft → confirmed → booked (rail-sea CNCKG→SGSIN, forwarder
 * CQ-LANDSEA, leg 1 by CQ-RAIL, leg 2 by QZ-SHIP) → delivered, or held from booked.
 *
 * Milestones are recorded at the server's "now" (their default time), so a fixture never needs
 * the clock moved; the clock only has to be on or before each order's ready date.
 */
import { containerCheckDigit } from '../reference';
import { dataOf, graphql, type ServerAddress } from './graphql-client';

export interface OrderRef {
  id: string;
  number: string;
}

export interface BookedRef extends OrderRef {
  shipmentNumber: string;
  container: string;
}

import type { CreateOrderInput } from '../orders/order.validation';
import { CustomsFixtures } from './customs-fixtures';
export type { CreateOrderInput, OrderLineInput } from '../orders/order.validation';

export interface RouteOptionView {
  id: string;
  corridorId: string;
  mainCarriageModes: string[];
  incotermFits: boolean;
  incotermNote: string | null;
  legs: Array<{ seq: number; from: { code: string }; to: { code: string }; mode: string }>;
}

interface UserErrorView {
  code: string;
  field: string[] | null;
  rule: string | null;
  message: string;
}

const ORDER_FIELDS = 'id number state version';

export const CREATE_ORDER = `mutation($input: CreateOrderInput!) { createOrder(input: $input) {
  order { ${ORDER_FIELDS} } userErrors { code field rule message } } }`;

export const BOOK_ROUTE = `mutation($input: BookRouteInput!) { bookRoute(input: $input) {
  shipment { number version legs { seq from { code } to { code } carrier { code } } }
  order { ${ORDER_FIELDS} } userErrors { code field rule message } } }`;

export const RECORD_MILESTONE = `mutation($input: RecordMilestoneInput!) { recordMilestone(input: $input) {
  shipment { number version } userErrors { code field rule message } } }`;

const ORDER_ROUTE_OPTIONS = `query($id: ID!) { orderRouteOptions(orderId: $id, rankBy: COST, teu: 1) {
  options { id corridorId mainCarriageModes incotermFits incotermNote legs { seq from { code } to { code } mode } }
  userErrors { code field rule message } } }`;

/** Trainers and auditors read every order; fixtures read through the auditor, who changes nothing. */
export const READER = 'demo-auditor';

/** A valid ISO 6346 number for `serial` (0–999999) under the owner code YDN. */
export function containerNumber(serial: number): string {
  const first10 = `YDNU${String(serial).padStart(6, '0')}`;
  return `${first10}${containerCheckDigit(first10)}`;
}

export class OrderFixtures {
  private containers = 0;

  private constructor(
    readonly server: ServerAddress,
    private readonly partyIds: ReadonlyMap<string, string>,
    /** yyyy-mm-dd used as every fixture order's ready date (not before the server's today). */
    readonly readyDate: string,
  ) {}

  static async open(server: ServerAddress, readyDate: string): Promise<OrderFixtures> {
    const { parties } = await call<{ parties: { edges: Array<{ node: { id: string; code: string } }> } }>(
      server,
      READER,
      '{ parties(first: 100) { edges { node { id code } } } }',
    );
    return new OrderFixtures(server, new Map(parties.edges.map((e) => [e.node.code, e.node.id])), readyDate);
  }

  /** The id of the demo party with this code. */
  partyId(code: string): string {
    const id = this.partyIds.get(code);
    if (!id) throw new Error(`no party ${code}; known: ${[...this.partyIds.keys()].join(', ')}`);
    return id;
  }

  /** The data of a request that must succeed at the GraphQL level. */
  call<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return call<T>(this.server, token, query, variables);
  }

  /** A fresh, unused, valid container number. */
  nextContainer(): string {
    this.containers += 1;
    return containerNumber(this.containers);
  }

  /** A valid order: CQ-MOTO's motorcycle parts to SG-LION, FCA Chongqing, CNCKG→SGSIN. */
  orderInput(overrides: Partial<CreateOrderInput> = {}): CreateOrderInput {
    return {
      buyerId: this.partyId('SG-LION'),
      currency: 'USD',
      lines: [{ hsCode: '8714.10', description: 'Motorcycle brake assemblies', quantity: '1200', unit: 'H87', unitPrice: '18.35', grossWeightKg: '2400' }],
      incoterm: 'FCA',
      incotermPlace: 'CNCKG',
      origin: 'CNCKG',
      destination: 'SGSIN',
      tradeMode: '0110',
      readyDate: this.readyDate,
      ...overrides,
    };
  }

  async draft(overrides: Partial<CreateOrderInput> = {}, token = 'demo-exporter'): Promise<OrderRef> {
    const r = await this.call<{ createOrder: { order: (OrderRef & { state: string }) | null; userErrors: UserErrorView[] } }>(token, CREATE_ORDER, {
      input: this.orderInput(overrides),
    });
    const order = must(r.createOrder, 'createOrder', (p) => p.order);
    expectState(order, 'DRAFT');
    return { id: order.id, number: order.number };
  }

  /** A confirmed order, with the version confirming it gave it. */
  async confirmed(overrides: Partial<CreateOrderInput> = {}): Promise<OrderRef & { version: number }> {
    const order = await this.draft(overrides);
    // The seller confirms: it is party to every fixture order, whoever the buyer is.
    const r = await this.call<{ confirmOrder: { order: { state: string; version: number } | null; userErrors: UserErrorView[] } }>(
      'demo-exporter',
      `mutation($id: ID!) { confirmOrder(id: $id) { order { ${ORDER_FIELDS} } userErrors { code field rule message } } }`,
      { id: order.id },
    );
    const confirmed = must(r.confirmOrder, 'confirmOrder', (p) => p.order);
    expectState(confirmed, 'CONFIRMED');
    return { ...order, version: confirmed.version };
  }

  /** The order's route options as its seller sees them (ranked by cost, 1 TEU). */
  async routeOptions(orderId: string): Promise<RouteOptionView[]> {
    const r = await this.call<{ orderRouteOptions: { options: RouteOptionView[] | null; userErrors: UserErrorView[] } }>('demo-exporter', ORDER_ROUTE_OPTIONS, { id: orderId });
    return must(r.orderRouteOptions, 'orderRouteOptions', (p) => p.options);
  }

  /** Confirmed, then booked on the rail-sea option: leg 1 rail CNCKG→CNQZH (CQ-RAIL), leg 2 sea CNQZH→SGSIN (QZ-SHIP). */
  async booked(): Promise<BookedRef> {
    const order = await this.confirmed();
    const options = await this.routeOptions(order.id);
    const railSea = options.find((o) => o.mainCarriageModes.join() === 'RAIL,SEA');
    if (!railSea) throw new Error(`no rail-sea option for ${order.number}: ${options.map((o) => o.id).join(', ')}`);
    const legs = railSea.legs.map((l) => `${l.seq}:${l.from.code}>${l.to.code}/${l.mode}`).join(' ');
    if (legs !== '1:CNCKG>CNQZH/RAIL 2:CNQZH>SGSIN/SEA') throw new Error(`unexpected rail-sea legs: ${legs}`);
    const container = this.nextContainer();
    const r = await this.call<{ bookRoute: { shipment: { number: string } | null; order: { state: string } | null; userErrors: UserErrorView[] } }>('demo-exporter', BOOK_ROUTE, {
      input: {
        orderId: order.id,
        optionId: railSea.id,
        forwarderId: this.partyId('CQ-LANDSEA'),
        containers: [{ number: container, type: '22G1' }],
        carriers: [
          { legSeq: 1, carrierId: this.partyId('CQ-RAIL') },
          { legSeq: 2, carrierId: this.partyId('QZ-SHIP') },
        ],
      },
    });
    const shipment = must(r.bookRoute, 'bookRoute', (p) => p.shipment);
    expectState(r.bookRoute.order, 'BOOKED');
    return { ...order, shipmentNumber: shipment.number, container };
  }

  /** Booked, then put on hold by its seller. */
  async onHold(): Promise<BookedRef> {
    const order = await this.booked();
    const r = await this.call<{ holdOrder: { order: { state: string } | null; userErrors: UserErrorView[] } }>(
      'demo-exporter',
      `mutation($id: ID!) { holdOrder(id: $id, reason: "fixture: documents missing") { order { ${ORDER_FIELDS} } userErrors { code field rule message } } }`,
      { id: order.id },
    );
    expectState(must(r.holdOrder, 'holdOrder', (p) => p.order), 'ON_HOLD');
    return order;
  }

  /** Records a milestone at the server's now; throws on any userError. */
  async milestone(token: string, shipment: string, legSeq: number, type: string): Promise<void> {
    const r = await this.call<{ recordMilestone: { shipment: unknown; userErrors: UserErrorView[] } }>(token, RECORD_MILESTONE, { input: { shipment, legSeq, type } });
    must(r.recordMilestone, `recordMilestone ${type} on leg ${legSeq}`, (p) => p.shipment);
  }

  /** Booked, cleared for export, carried over both legs by their carriers, and delivered by the forwarder. */
  async delivered(): Promise<BookedRef> {
    const order = await this.booked();
    const s = order.shipmentNumber;
    await new CustomsFixtures(this.server).releaseExport(order.id);
    await this.milestone('demo-carrier', s, 1, 'DEPARTED');
    await this.milestone('demo-carrier', s, 1, 'ARRIVED');
    await this.milestone('demo-carrier-sea', s, 2, 'DEPARTED');
    await this.milestone('demo-carrier-sea', s, 2, 'ARRIVED');
    await this.milestone('demo-forwarder', s, 2, 'DELIVERED');
    expectState(await this.read(order.id), 'DELIVERED');
    return order;
  }

  /** The order as the auditor reads it. */
  async read(id: string): Promise<{ state: string; version: number; history: Array<{ seq: number; event: string }> }> {
    const { order } = await this.call<{ order: { state: string; version: number; history: Array<{ seq: number; event: string }> } | null }>(
      READER,
      'query($id: ID!) { order(id: $id) { state version history { seq event } } }',
      { id },
    );
    if (!order) throw new Error(`order ${id} is not readable by ${READER}`);
    return order;
  }

  /** The shipment's version and milestone count as the auditor reads it. */
  async readShipment(reference: string): Promise<{ version: number; milestones: number }> {
    const { shipment } = await this.call<{ shipment: { version: number; milestones: unknown[] } | null }>(
      READER,
      'query($ref: String!) { shipment(reference: $ref) { version milestones { seq } } }',
      { ref: reference },
    );
    if (!shipment) throw new Error(`shipment ${reference} is not readable by ${READER}`);
    return { version: shipment.version, milestones: shipment.milestones.length };
  }

  /** How many orders exist (the auditor sees all). */
  async orderCount(): Promise<number> {
    const { orders } = await this.call<{ orders: { totalCount: number } }>(READER, '{ orders { totalCount } }');
    return orders.totalCount;
  }
}

async function call<T>(server: ServerAddress, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return dataOf(await graphql<T>(server, query, { token, variables }));
}

/** The payload's result, or an error naming the step and its userErrors. */
function must<P extends { userErrors: UserErrorView[] }, R>(payload: P, step: string, result: (p: P) => R | null | undefined): R {
  const value = result(payload);
  if (payload.userErrors.length > 0 || value == null) throw new Error(`fixture step ${step} failed: ${JSON.stringify(payload.userErrors)}`);
  return value;
}

function expectState(order: { state: string } | null | undefined, state: string): void {
  if (order?.state !== state) throw new Error(`fixture expected an order in state ${state}, got ${JSON.stringify(order)}`);
}
