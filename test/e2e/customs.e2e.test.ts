/**
 * Customs through the single window over HTTP with the demo tokens, as the README walks it: the
 * three lanes, a failed inspection, two-step with a late fee to the fen, advance declaration,
 * transit closed and overdue, the export refund, a bad declaration, and who may do what.
 */
import type { RunningServer } from '../../server/start';
import { CustomsFixtures, type DeclarationView, type UserErrorView } from '../support/customs-fixtures';
import { dataOf, errorCodes, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;
let orders: OrderFixtures;
let customs: CustomsFixtures;

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  orders = await OrderFixtures.open(server, '2026-03-02');
  customs = new CustomsFixtures(server);
});
afterAll(async () => {
  await stopTestServer(server);
});

const call = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => dataOf(await graphql<T>(server, query, { token, variables }));

type Payload = { declaration: DeclarationView | null; userErrors: UserErrorView[] };

/** A confirmed order of `seller`, booked rail-sea by the seller with the demo forwarder and carriers. */
async function bookedOrder(seller: string, lines: Array<Record<string, string>>): Promise<{ id: string; number: string; shipment: string }> {
  const created = await call<{ createOrder: { order: { id: string; number: string } } }>(
    seller,
    `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id number } userErrors { message } } }`,
    { input: { ...orders.orderInput(), lines } },
  );
  const { id, number } = created.createOrder.order;
  await call(seller, `mutation($id: ID!) { confirmOrder(id: $id) { order { state } } }`, { id });
  const { orderRouteOptions } = await call<{ orderRouteOptions: { options: Array<{ id: string; mainCarriageModes: string[] }> } }>(
    seller,
    `query($id: ID!) { orderRouteOptions(orderId: $id, teu: 1, rankBy: COST) { options { id mainCarriageModes } } }`,
    { id },
  );
  const railSea = orderRouteOptions.options.find((o) => o.mainCarriageModes.join() === 'RAIL,SEA')!;
  const booked = await call<{ bookRoute: { shipment: { number: string } } }>(
    seller,
    `mutation($input: BookRouteInput!) { bookRoute(input: $input) { shipment { number } userErrors { message } } }`,
    {
      input: {
        orderId: id, optionId: railSea.id, forwarderId: orders.partyId('CQ-LANDSEA'),
        containers: [{ number: orders.nextContainer(), type: '22G1' }],
        carriers: [{ legSeq: 1, carrierId: orders.partyId('CQ-RAIL') }, { legSeq: 2, carrierId: orders.partyId('QZ-SHIP') }],
      },
    },
  );
  return { id, number, shipment: booked.bookRoute.shipment.number };
}

/** Durians from Bangkok to Chongqing: TH-DURIAN sells, CQ-IMPORTS buys and declares. */
async function importOrder(unitPrice: string, readyDate = '2026-03-02'): Promise<{ id: string; number: string }> {
  const created = await call<{ createOrder: { order: { id: string; number: string } } }>(
    'demo-exporter-th',
    `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id number } userErrors { message } } }`,
    {
      input: {
        buyerId: orders.partyId('CQ-IMPORTS'), currency: 'USD', incoterm: 'CIP', incotermPlace: 'CNCKG', origin: 'THBKK', destination: 'CNCKG', tradeMode: '0110', readyDate,
        lines: [{ hsCode: '081060', description: 'Fresh durians, Monthong', quantity: '1', unit: 'KGM', unitPrice, grossWeightKg: '18000' }],
      },
    },
  );
  const { id } = created.createOrder.order;
  await call('demo-exporter-th', `mutation($id: ID!) { confirmOrder(id: $id) { order { state } } }`, { id });
  return created.createOrder.order;
}

function importInput(order: { number: string }, value: string, extra: Record<string, unknown> = {}) {
  return {
    order: order.number, kind: 'IMPORT', mode: 'STANDARD',
    content: {
      customsOffice: '8001', port: 'CNCKG', transportMode: 'RAIL', conveyanceReference: 'China-Laos-Thailand train 26003',
      lines: [{ lineNo: 1, hsCode: '0810600000', description: 'Fresh durians, Monthong', quantity: '1', unit: 'KGM', value, currency: 'USD', originCountry: 'TH', destinationCountry: 'CN' }],
      totals: { value, currency: 'USD', grossWeightKg: '18000', packages: 1200 },
      invoiceNumber: `INV-${order.number}`,
    },
    ...extra,
  };
}

const PARTS = [{ hsCode: '8714.10', description: 'Motorcycle brake assemblies', quantity: '1200', unit: 'H87', unitPrice: '18.35', grossWeightKg: '2400' }];

it('green lane: release lets the goods depart; after closure the exporter is refunded', async () => {
  const order = await bookedOrder('demo-exporter', PARTS);
  const filed = await customs.file('demo-exporter', await customs.exportInput(order.id));
  expect(filed).toMatchObject({ state: 'DRAFT', number: expect.stringMatching(/^800120260\d{9}$/) });
  await customs.step('demo-exporter', 'submitDeclaration', filed.number);
  await customs.decide(filed.number, 'ACCEPT');
  const assessed = await customs.step('demo-customs', 'assessDeclarationRisk', filed.number);
  expect(assessed).toMatchObject({ state: 'AWAITING_RELEASE', lane: 'GREEN', selection: { reasons: [] } });

  const depart = `mutation($input: RecordMilestoneInput!) { recordMilestone(input: $input) { shipment { number } userErrors { code field rule message } } }`;
  const early = await call<{ recordMilestone: { userErrors: UserErrorView[] } }>('demo-carrier', depart, { input: { shipment: order.shipment, legSeq: 1, type: 'DEPARTED' } });
  expect(early.recordMilestone.userErrors).toEqual([expect.objectContaining({ rule: 'export-not-released', message: expect.stringContaining('is awaitingRelease') })]);
  await customs.decide(filed.number, 'RELEASE');
  const gone = await call<{ recordMilestone: { userErrors: UserErrorView[] } }>('demo-carrier', depart, { input: { shipment: order.shipment, legSeq: 1, type: 'DEPARTED' } });
  expect(gone.recordMilestone.userErrors).toEqual([]);
  await customs.decide(filed.number, 'CLOSE');

  const { declaration } = await call<{ declaration: { state: string; chineseStatus: string; history: Array<{ event: string }> } }>(
    'demo-importer',
    `query($n: String!) { declaration(number: $n) { state chineseStatus history { event } } }`,
    { n: filed.number },
  );
  expect(declaration).toMatchObject({ state: 'CLOSED', chineseStatus: expect.stringContaining('结关') });
  expect(declaration.history.map((h) => h.event)).toEqual(['CREATE', 'SUBMIT', 'ACCEPT', 'ASSESS_RISK', 'ASSIGN_LANE', 'RELEASE', 'CLOSE']);

  const REFUND = `state appliedAmount { amount currency } approvedAmount { amount } lines { tableKey ratePercent refund } paymentReference`;
  const applied = await call<{ applyForExportRefund: { refund: { state: string; appliedAmount: { amount: string; currency: string } } } }>(
    'demo-exporter',
    `mutation($input: ApplyForExportRefundInput!) { applyForExportRefund(input: $input) { refund { ${REFUND} } userErrors { code message } } }`,
    { input: { declaration: filed.number } },
  );
  expect(applied.applyForExportRefund.refund).toMatchObject({ state: 'APPLIED', appliedAmount: { amount: '20324.46', currency: 'CNY' } });
  const decide = (token: string, input: Record<string, unknown>) =>
    graphql<{ decideExportRefund: { refund: { state: string; approvedAmount: { amount: string } | null; paymentReference: string | null } | null } }>(
      server,
      `mutation($input: ExportRefundDecisionInput!) { decideExportRefund(input: $input) { refund { ${REFUND} } userErrors { code message } } }`,
      { token, variables: { input: { refund: filed.number, ...input } } },
    );
  expect(errorCodes(await decide('demo-exporter', { decision: 'APPROVE' }))).toEqual(['FORBIDDEN']);
  expect(dataOf(await decide('demo-customs', { decision: 'APPROVE' })).decideExportRefund.refund).toMatchObject({ state: 'APPROVED', approvedAmount: { amount: '20324.46' } });
  expect(dataOf(await decide('demo-customs', { decision: 'PAY', reference: 'STA-2026-0412' })).decideExportRefund.refund).toMatchObject({ state: 'PAID', paymentReference: 'STA-2026-0412' });
});

it('yellow lane: battery goods are reviewed on their documents, then released', async () => {
  const order = await bookedOrder('demo-exporter', [{ hsCode: '871160', description: 'Electric motorcycles', quantity: '40', unit: 'H87', unitPrice: '850', grossWeightKg: '3200' }]);
  const filed = await customs.file('demo-exporter', await customs.exportInput(order.id));
  await customs.step('demo-exporter', 'submitDeclaration', filed.number);
  await customs.decide(filed.number, 'ACCEPT');
  expect(await customs.step('demo-customs', 'assessDeclarationRisk', filed.number)).toMatchObject({ state: 'DOCUMENT_REVIEW', lane: 'YELLOW', selection: { reasons: ['BATTERY-GOODS'] } });
  expect(await customs.decide(filed.number, 'REVIEW_PASSED')).toMatchObject({ state: 'AWAITING_RELEASE' });
  expect(await customs.decide(filed.number, 'RELEASE')).toMatchObject({ state: 'RELEASED' });
});

it('red lane: toys are inspected; a failed inspection holds them until customs releases them after correction', async () => {
  const order = await bookedOrder('demo-exporter-toys', [{ hsCode: '950300', description: 'Plastic building blocks', quantity: '5000', unit: 'H87', unitPrice: '4.2', grossWeightKg: '2600' }]);
  const filed = await customs.file('demo-exporter-toys', await customs.exportInput(order.id));
  await customs.step('demo-exporter-toys', 'submitDeclaration', filed.number);
  // Only customs decides: the exporter is refused, and nothing changes.
  const byExporter = await graphql(server, `mutation($input: CustomsDecisionInput!) { recordCustomsDecision(input: $input) { declaration { state } } }`, {
    token: 'demo-exporter-toys',
    variables: { input: { declaration: filed.number, decision: 'ACCEPT' } },
  });
  expect(errorCodes(byExporter)).toEqual(['FORBIDDEN']);
  await customs.decide(filed.number, 'ACCEPT');
  expect(await customs.step('demo-customs', 'assessDeclarationRisk', filed.number)).toMatchObject({ state: 'PHYSICAL_INSPECTION', lane: 'RED', selection: { reasons: ['TOYS-STATUTORY-INSPECTION'] } });
  const noReason = await call<{ recordCustomsDecision: Payload }>('demo-customs', `mutation($input: CustomsDecisionInput!) { recordCustomsDecision(input: $input) { declaration { state } userErrors { code field rule message } } }`, {
    input: { declaration: filed.number, decision: 'INSPECTION_FAILED' },
  });
  expect(noReason.recordCustomsDecision.userErrors).toEqual([{ code: 'VALIDATION', field: ['input', 'reason'], rule: 'required', message: 'input.reason: INSPECTION_FAILED must say why' }]);
  expect(await customs.decide(filed.number, 'INSPECTION_FAILED', { reason: 'small parts without the age warning label' })).toMatchObject({ state: 'HELD' });
  expect(await customs.decide(filed.number, 'RELEASE_AFTER_CORRECTION')).toMatchObject({ state: 'AWAITING_RELEASE' });
  expect(await customs.decide(filed.number, 'RELEASE')).toMatchObject({ state: 'RELEASED' });
});

it('red lane: a passed inspection clears the toys for release', async () => {
  const order = await bookedOrder('demo-exporter-toys', [{ hsCode: '950300', description: 'Wooden puzzles', quantity: '800', unit: 'H87', unitPrice: '6.5', grossWeightKg: '900' }]);
  const filed = await customs.file('demo-exporter-toys', await customs.exportInput(order.id));
  await customs.step('demo-exporter-toys', 'submitDeclaration', filed.number);
  await customs.decide(filed.number, 'ACCEPT');
  expect(await customs.step('demo-customs', 'assessDeclarationRisk', filed.number)).toMatchObject({ state: 'PHYSICAL_INSPECTION', lane: 'RED' });
  expect(await customs.decide(filed.number, 'INSPECTION_PASSED')).toMatchObject({ state: 'AWAITING_RELEASE' });
  expect(await customs.decide(filed.number, 'RELEASE')).toMatchObject({ state: 'RELEASED' });
});

it('targeting (布控): customs sends a clean export to physical inspection, saying why', async () => {
  const order = await bookedOrder('demo-exporter', PARTS);
  const filed = await customs.file('demo-exporter', await customs.exportInput(order.id));
  await customs.step('demo-exporter', 'submitDeclaration', filed.number);
  await customs.decide(filed.number, 'ACCEPT');
  const assess = `mutation($n: String!, $t: CustomsTargetingInput) { assessDeclarationRisk(number: $n, targeting: $t) {
    declaration { state lane selection { reasons targeting { reason } } } userErrors { code field rule message } } }`;
  type Assessed = { assessDeclarationRisk: { declaration: { state: string; lane: string; selection: { reasons: string[]; targeting: { reason: string } | null } } | null; userErrors: UserErrorView[] } };
  const short = await call<Assessed>('demo-customs', assess, { n: filed.number, t: { reason: ' x ' } });
  expect(short.assessDeclarationRisk).toMatchObject({ declaration: null, userErrors: [{ code: 'VALIDATION', field: ['targeting', 'reason'], rule: 'targeting-reason' }] });
  const targeted = await call<Assessed>('demo-customs', assess, { n: filed.number, t: { reason: 'Intelligence: brake assemblies undervalued' } });
  expect(targeted.assessDeclarationRisk).toMatchObject({
    declaration: { state: 'PHYSICAL_INSPECTION', lane: 'RED', selection: { targeting: { reason: 'Intelligence: brake assemblies undervalued' } } },
    userErrors: [],
  });
  expect(targeted.assessDeclarationRisk.declaration!.selection.reasons[0]).toBe('TARGETED');
});

it('refuses a bad declaration with every broken rule, each naming its field', async () => {
  const order = await bookedOrder('demo-exporter', PARTS);
  const input = await customs.exportInput(order.id);
  const content = input.content as Record<string, unknown> & { lines: Array<Record<string, unknown>> };
  const r = await call<{ fileDeclaration: Payload }>('demo-exporter', `mutation($input: FileDeclarationInput!) { fileDeclaration(input: $input) { declaration { number } userErrors { code field rule message } } }`, {
    input: { ...input, content: { ...content, customsOffice: '1234', lines: [{ ...content.lines[0], hsCode: '8507600000', originCountry: 'XX' }], totals: { ...(content.totals as object), packages: 0 } } },
  });
  expect(r.fileDeclaration.declaration).toBeNull();
  expect(r.fileDeclaration.userErrors.map((e) => `${e.field?.join('.')}#${e.rule}`)).toEqual([
    'input.content.customsOffice#customs-office-unknown',
    'input.content.lines.0.hsCode#hs-heading-matches-order',
    'input.content.lines.0.originCountry#country-unknown',
    'input.content.totals.packages#positive-integer',
  ]);
});

it('two-step: pickup on the summary; a complete declaration 3 days late owes the late fee to the fen', async () => {
  // Bought the day before the train declares its arrival in Chongqing.
  clock.set('2026-03-01T08:00:00Z');
  const order = await importOrder('20123.45', '2026-03-01');
  clock.set('2026-03-02T08:00:00Z');
  const filed = await customs.file(
    'demo-importer-cn',
    importInput(order, '20123.45', { mode: 'TWO_STEP', twoStep: { dutiable: true, guaranteeReference: 'GTE-2026-0002', conveyanceDeclaredAt: '2026-03-02T06:00:00Z' } }),
  );
  await customs.step('demo-importer-cn', 'submitDeclaration', filed.number);
  expect(await customs.step('demo-customs', 'assessDeclarationRisk', filed.number)).toMatchObject({ state: 'SUMMARY_DECLARED', lane: 'GREEN' });
  expect(await customs.decide(filed.number, 'RELEASE_FOR_PICKUP')).toMatchObject({ state: 'RELEASED_FOR_PICKUP' });
  clock.set('2026-03-18T10:00:00Z');
  const content = importInput(order, '20123.45').content;
  const completed = await call<{ completeDeclaration: { declaration: { state: string; twoStep: { completeDueBy: string }; charges: { customsValue: { amount: string }; lateFee: { daysLate: number; fee: { amount: string; currency: string } }; total: { amount: string } } } } }>(
    'demo-importer-cn',
    `mutation($n: String!, $content: DeclarationContentInput!) { completeDeclaration(number: $n, content: $content) {
      declaration { state twoStep { completeDueBy } charges { customsValue { amount } lateFee { daysLate fee { amount currency } } total { amount } } } userErrors { message } } }`,
    { n: filed.number, content },
  );
  expect(completed.completeDeclaration.declaration).toEqual({
    state: 'SUBMITTED',
    twoStep: { completeDueBy: '2026-03-15' },
    // 142,876.50 CNY × 0.05 % × 3 days = 214.31475 → 214.31; duty 28,575.30 + VAT 15,430.66 + fee
    charges: { customsValue: { amount: '142876.50' }, lateFee: { daysLate: 3, fee: { amount: '214.31', currency: 'CNY' } }, total: { amount: '44220.27' } },
  });
  await customs.decide(filed.number, 'ACCEPT');
  await customs.step('demo-customs', 'assessDeclarationRisk', filed.number);
  await customs.step('demo-importer-cn', 'payDeclarationCharges', filed.number);
  expect(await customs.decide(filed.number, 'RELEASE')).toMatchObject({ state: 'RELEASED' });
  clock.set('2026-03-02T08:00:00Z');
});

it('advance declaration: accepted once the manifest is on file, released once the goods arrive', async () => {
  const order = await importOrder('5000.00');
  const input = importInput(order, '5000.00', { mode: 'ADVANCE' });
  const filed = await customs.file('demo-importer-cn', { ...input, content: { ...input.content, expectedDate: '2026-03-06' } });
  await customs.step('demo-importer-cn', 'submitDeclaration', filed.number);
  const early = await call<{ recordCustomsDecision: Payload }>('demo-customs', `mutation($input: CustomsDecisionInput!) { recordCustomsDecision(input: $input) { declaration { state } userErrors { code rule message } } }`, {
    input: { declaration: filed.number, decision: 'ACCEPT' },
  });
  expect(early.recordCustomsDecision.userErrors).toEqual([expect.objectContaining({ code: 'BUSINESS_RULE', rule: 'declaration-control', message: expect.stringContaining('manifest (舱单)') })]);
  await customs.decide(filed.number, 'MANIFEST_FILED');
  await customs.decide(filed.number, 'ACCEPT');
  await customs.step('demo-customs', 'assessDeclarationRisk', filed.number);
  await customs.step('demo-importer-cn', 'guaranteeDeclarationCharges', filed.number);
  await customs.decide(filed.number, 'ARRIVED');
  expect(await customs.decide(filed.number, 'RELEASE')).toMatchObject({ state: 'RELEASED' });
});

describe('transit (转关) Yiwu → Chongqing air-to-air', () => {
  async function transitFiled(): Promise<DeclarationView> {
    const created = await call<{ createOrder: { order: { id: string; number: string } } }>(
      'demo-exporter',
      `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id number } userErrors { message } } }`,
      { input: { ...orders.orderInput(), origin: 'CNYIW', incotermPlace: 'CNYIW', destination: 'USLAX' } },
    );
    const { id } = created.createOrder.order;
    await call('demo-exporter', `mutation($id: ID!) { confirmOrder(id: $id) { order { state } } }`, { id });
    const { orderRouteOptions } = await call<{ orderRouteOptions: { options: Array<{ id: string; legs: Array<{ from: { code: string }; mode: string }> }> } }>(
      'demo-exporter',
      `query($id: ID!) { orderRouteOptions(orderId: $id, teu: 1) { options { id legs { from { code } mode } } } }`,
      { id },
    );
    const air = orderRouteOptions.options.find((o) => o.legs[0].from.code === 'CNYIW' && o.legs[0].mode === 'AIR')!;
    await call('demo-exporter', `mutation($input: BookRouteInput!) { bookRoute(input: $input) { shipment { number } } }`, {
      input: { orderId: id, optionId: air.id, forwarderId: orders.partyId('CQ-LANDSEA'), containers: [{ number: orders.nextContainer(), type: '22G1' }] },
    });
    const input = await customs.exportInput(id);
    return customs.file('demo-forwarder', {
      ...input,
      kind: 'TRANSIT',
      content: { ...(input.content as object), customsOffice: '2921', port: 'CNYIW', transportMode: 'AIR', conveyanceReference: 'Flight YD8801' },
      transit: { destinationOffice: '8003' },
    });
  }

  const TRANSIT = `query($n: String!) { declaration(number: $n) { state transit { originOffice { nameZh } destinationOffice { code } deadline overdue flaggedOverdue } } }`;

  it('is sealed at Yiwu and closed at Jiangbei within 24 hours', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const filed = await transitFiled();
    await customs.step('demo-forwarder', 'submitDeclaration', filed.number);
    await customs.decide(filed.number, 'SEALED', { elockId: 'EL-YW-42' });
    clock.set('2026-03-03T02:00:00Z');
    await customs.decide(filed.number, 'ARRIVED_AT_DESTINATION');
    expect(await customs.decide(filed.number, 'TRANSIT_CLOSED')).toMatchObject({ state: 'CLOSED' });
    const { declaration } = await call<{ declaration: unknown }>('demo-exporter', TRANSIT, { n: filed.number });
    expect(declaration).toEqual({ state: 'CLOSED', transit: { originOffice: { nameZh: '义乌海关' }, destinationOffice: { code: '8003' }, deadline: '2026-03-03T08:00:00.000Z', overdue: false, flaggedOverdue: false } });
    clock.set('2026-03-02T08:00:00Z');
  });

  it('is flagged overdue when not closed by its deadline', async () => {
    clock.set('2026-03-02T08:00:00Z');
    const filed = await transitFiled();
    await customs.step('demo-forwarder', 'submitDeclaration', filed.number);
    await customs.decide(filed.number, 'SEALED', { elockId: 'EL-YW-43' });
    clock.set('2026-03-03T09:00:00Z');
    const { declaration: before } = await call<{ declaration: { transit: { overdue: boolean; flaggedOverdue: boolean } } }>('demo-forwarder', TRANSIT, { n: filed.number });
    expect(before.transit).toMatchObject({ overdue: true, flaggedOverdue: false });
    const flag = `mutation { flagOverdueTransits { flagged { number } userErrors { message } } }`;
    expect(errorCodes(await graphql(server, flag, { token: 'demo-forwarder' }))).toEqual(['FORBIDDEN']);
    const flagged = await call<{ flagOverdueTransits: { flagged: Array<{ number: string }> } }>('demo-customs', flag);
    expect(flagged.flagOverdueTransits.flagged.map((d) => d.number)).toContain(filed.number);
    const { declaration: after } = await call<{ declaration: { transit: { flaggedOverdue: boolean } } }>('demo-auditor', TRANSIT, { n: filed.number });
    expect(after.transit.flaggedOverdue).toBe(true);
    clock.set('2026-03-02T08:00:00Z');
  });
});

it('lists declarations by kind and state for customs, and only their own for the others', async () => {
  const list = `query($filter: DeclarationFilter) { declarations(first: 100, filter: $filter) { totalCount edges { node { number kind state declarant { code } } } } }`;
  const all = await call<{ declarations: { totalCount: number } }>('demo-customs', list);
  const imports = await call<{ declarations: { edges: Array<{ node: { kind: string } }> } }>('demo-customs', list, { filter: { kind: 'IMPORT' } });
  expect(imports.declarations.edges.every((e) => e.node.kind === 'IMPORT')).toBe(true);
  const mine = await call<{ declarations: { totalCount: number; edges: Array<{ node: { declarant: { code: string } } }> } }>('demo-importer-cn', list);
  expect(mine.declarations.totalCount).toBeGreaterThan(0);
  expect(mine.declarations.totalCount).toBeLessThan(all.declarations.totalCount);
  expect(mine.declarations.edges.every((e) => e.node.declarant.code === 'CQ-IMPORTS')).toBe(true);
  const none = await call<{ declarations: { totalCount: number } }>('demo-importer-de', list);
  expect(none.declarations.totalCount).toBe(0);
  const bad = await graphql(server, list, { token: 'demo-customs', variables: { filter: { state: 'NOPE' } } });
  expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
});


it('lists declarations by lane, or those without one yet, with the count of each; not both at once', async () => {
  const list = `query($filter: DeclarationFilter) { declarations(first: 100, filter: $filter) { totalCount edges { node { number lane } } } }`;
  type Listed = { declarations: { totalCount: number; edges: Array<{ node: { number: string; lane: string | null } }> } };
  // One more in each lane, so every lane has at least one.
  const motorcycles = [{ hsCode: '871160', description: 'Electric motorcycles', quantity: '40', unit: 'H87', unitPrice: '850', grossWeightKg: '3200' }];
  for (const [goods, lane] of [[PARTS, 'GREEN'], [motorcycles, 'YELLOW']] as const) {
    const order = await bookedOrder('demo-exporter', goods);
    const filed = await customs.file('demo-exporter', await customs.exportInput(order.id));
    await customs.step('demo-exporter', 'submitDeclaration', filed.number);
    await customs.decide(filed.number, 'ACCEPT');
    expect(await customs.step('demo-customs', 'assessDeclarationRisk', filed.number)).toMatchObject({ lane });
  }
  const all = (await call<Listed>('demo-customs', list)).declarations;
  const counts: Record<string, number> = {};
  for (const lane of ['GREEN', 'YELLOW', 'RED']) {
    const listed = (await call<Listed>('demo-customs', list, { filter: { lane } })).declarations;
    expect(listed.edges.every((e) => e.node.lane === lane)).toBe(true);
    counts[lane] = listed.totalCount;
  }
  expect(counts.GREEN).toBeGreaterThan(0);
  expect(counts.YELLOW).toBeGreaterThan(0);
  const without = (await call<Listed>('demo-customs', list, { filter: { withoutLane: true } })).declarations;
  expect(without.edges.every((e) => e.node.lane === null)).toBe(true);
  const given = (await call<Listed>('demo-customs', list, { filter: { withoutLane: false } })).declarations;
  expect(given.totalCount).toBe(counts.GREEN + counts.YELLOW + counts.RED);
  expect(without.totalCount + given.totalCount).toBe(all.totalCount);
  // Combined with the other filters, and seen only where the caller may read.
  const greenExports = (await call<Listed>('demo-customs', list, { filter: { lane: 'GREEN', kind: 'EXPORT' } })).declarations;
  expect(greenExports.totalCount).toBeLessThanOrEqual(counts.GREEN);
  expect((await call<Listed>('demo-importer-de', list, { filter: { lane: 'GREEN' } })).declarations.totalCount).toBe(0);
  const both = await graphql<{ declarations: unknown }>(server, list, { token: 'demo-customs', variables: { filter: { lane: 'RED', withoutLane: false } } });
  expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
  expect(JSON.stringify(both.body.errors)).toContain('lane-or-without-lane');
  expect(JSON.stringify(both.body.errors)).toContain('withoutLane');
});
