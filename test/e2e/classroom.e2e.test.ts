/**
 * Issue 17's "done when", over GraphQL HTTP: a trainer sets up an exercise from scenario 01, hands
 * out tokens, the class ships and finances an order and clears a two-step import, the trainer
 * injects incidents and advances a month: the legs move on schedule (one held by a missed vessel,
 * one waiting for its export's release), interest accrues, the late fee is charged, the overdue
 * loan defaults, each time-driven step once and in order, and the score shows it. A second
 * exercise beside it never sees the first's documents nor its time, and neither world sees the
 * real one's.
 */
import type { RunningServer } from '../../server/start';
import { ClassroomFixtures, type ExerciseView, TRAINER, stopClassroomServer } from '../support/classroom-fixtures';
import { CustomsFixtures } from '../support/customs-fixtures';
import { FinancingFixtures } from '../support/financing-fixtures';
import { dataOf, errorCodes, startTestServer } from '../support/graphql-client';
import { OrderFixtures } from '../support/order-fixtures';
import type { ParticipantProxy } from '../support/participant-proxy';
import { testClock } from '../support/world';

// The real-time world is in June; the exercise's own clock starts at scenario 01's start in March.
const clock = testClock(new Date('2026-06-01T08:00:00Z'));
let server: RunningServer;
let classroom: ClassroomFixtures;
let exercise: ExerciseView;
let tokens: Record<string, string>;
let proxy: ParticipantProxy;
let fx: FinancingFixtures;
let customs: CustomsFixtures;

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  classroom = new ClassroomFixtures(server);
  exercise = await classroom.create({ scenario: 'rail-sea-moto-financing', seed: 1, defaultAfterDaysOverdue: 10 });
  tokens = await classroom.inviteClass(exercise.number);
  proxy = await classroom.proxy(tokens);
  fx = new FinancingFixtures(proxy, await OrderFixtures.open(proxy, '2026-03-02'));
  customs = new CustomsFixtures(proxy);
});
afterAll(async () => {
  await proxy?.close();
  await stopClassroomServer(server);
});

/** The summary of a two-step import by CQ-IMPORTS, released for pickup on exercise day 0. */
async function twoStepImport(): Promise<{ order: { id: string; number: string }; declaration: string; content: Record<string, unknown> }> {
  const call = fx.orders.call.bind(fx.orders);
  const created = await call<{ createOrder: { order: { id: string; number: string } } }>('demo-exporter-th', 'mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { id number } userErrors { message } } }', {
    input: {
      buyerId: fx.orders.partyId('CQ-IMPORTS'), currency: 'USD', incoterm: 'CIP', incotermPlace: 'CNCKG', origin: 'THBKK', destination: 'CNCKG', tradeMode: '0110', readyDate: '2026-03-02',
      lines: [{ hsCode: '081060', description: 'Fresh durians, Monthong', quantity: '1', unit: 'KGM', unitPrice: '20123.45', grossWeightKg: '18000' }],
    },
  });
  const order = created.createOrder.order;
  await call('demo-exporter-th', 'mutation($id: ID!) { confirmOrder(id: $id) { order { state } } }', { id: order.id });
  const content = {
    customsOffice: '8001', port: 'CNCKG', transportMode: 'RAIL', conveyanceReference: 'China-Laos-Thailand train 26003',
    lines: [{ lineNo: 1, hsCode: '0810600000', description: 'Fresh durians, Monthong', quantity: '1', unit: 'KGM', value: '20123.45', currency: 'USD', originCountry: 'TH', destinationCountry: 'CN' }],
    totals: { value: '20123.45', currency: 'USD', grossWeightKg: '18000', packages: 1200 },
    invoiceNumber: `INV-${order.number}`,
  };
  const filed = await customs.file('demo-importer-cn', {
    order: order.number, kind: 'IMPORT', mode: 'TWO_STEP', content,
    twoStep: { dutiable: true, guaranteeReference: 'GTE-2026-0002', conveyanceDeclaredAt: '2026-03-02T08:00:00Z' },
  });
  await customs.step('demo-importer-cn', 'submitDeclaration', filed.number);
  await customs.step('demo-customs', 'assessDeclarationRisk', filed.number);
  expect(await customs.decide(filed.number, 'RELEASE_FOR_PICKUP')).toMatchObject({ state: 'RELEASED_FOR_PICKUP' });
  return { order, declaration: filed.number, content };
}

const financingState = async (number: string) =>
  (await fx.call<{ financing: { state: string; maturityDate: string } }>('demo-bank', 'query($n: String!) { financing(reference: $n) { state maturityDate } }', { n: number })).financing;

it('runs a class: a month advanced accrues interest, charges the late fee, defaults the overdue loan, once each', async () => {
  expect(exercise).toMatchObject({ scenarioId: 'rail-sea-moto-financing', now: '2026-03-02T08:00:00.000Z', clockRate: 0 });
  expect(exercise.participants).toHaveLength(0);

  // The class at work, all at exercise time: the clock stands still while they act.
  const goods = await fx.shippedGoods();
  const invoice = await fx.issueInvoice(await fx.invoiceInput(goods.id));
  const applied = await fx.apply(goods.bill, invoice.number);
  await fx.reviewAndMatch(applied.number);
  await fx.act('demo-bank', 'approveFinancing', { input: { financing: applied.number, advanceRatePercent: '80', annualRatePercent: '4.5', tenorDays: 7 } });
  await fx.act('demo-bank', 'registerFinancingPledge', { number: applied.number });
  const loan = await fx.act('demo-bank', 'disburseFinancing', { number: applied.number });
  expect(loan).toMatchObject({ state: 'DISBURSED', maturityDate: '2026-03-09' });
  const repaidTheSameMinute = await fx.position('demo-exporter', loan.number);
  expect(repaidTheSameMinute).toMatchObject({ at: '2026-03-02T08:00:00.000Z', interest: { accrued: { loan: { amount: '0.00' } } } });
  const imported = await twoStepImport();

  // Incidents: the market moves the dollar; customs targets a second order's export declaration.
  const moved = await classroom.injectAttempt(exercise.number, { type: 'fxMove', base: 'USD', quote: 'CNY', rate: '7.05', note: 'the dollar weakens' });
  expect(moved.userErrors).toEqual([]);
  const second = await fx.orders.booked();
  const filed = await customs.file('demo-exporter', await customs.exportInput(second.id));
  await customs.step('demo-exporter', 'submitDeclaration', filed.number);
  await customs.decide(filed.number, 'ACCEPT');
  const targeted = await classroom.injectAttempt(exercise.number, { type: 'redLaneInspection', order: second.number, note: 'intelligence: brake assemblies undervalued' });
  expect(targeted.userErrors).toEqual([]);
  expect(targeted.exercise!.incidents.map((i) => [i.type, i.at])).toEqual([
    ['fxMove', '2026-03-02T08:00:00.000Z'],
    ['redLaneInspection', '2026-03-02T08:00:00.000Z'],
  ]);
  const lane = await fx.call<{ declaration: { lane: string; state: string } }>('demo-customs', 'query($n: String!) { declaration(number: $n) { lane state } }', { n: filed.number });
  expect(lane.declaration).toEqual({ lane: 'RED', state: 'PHYSICAL_INSPECTION' });

  // The feeder at Qinzhou leaves without the box: the sea leg departs three days past its schedule.
  const missed = await classroom.injectAttempt(exercise.number, { type: 'vesselMissed', order: goods.number, leg: 2, delayDays: 3, note: 'the feeder left Qinzhou full' });
  expect(missed.userErrors).toEqual([]);

  // A month passes.
  const advanced = await classroom.advance(exercise.number, { by: 'P30D' });
  expect(advanced.exercise!.now).toBe('2026-04-01T08:00:00.000Z');
  // Four leg steps, the second order's departure held, the overdue, the late notice, the default.
  expect(advanced.fired).toBe(8);

  // The legs moved on schedule, recorded by their carriers: noon departures, 10:00 arrivals.
  const { shipment } = await fx.call<{ shipment: { legs: Array<{ seq: number; plannedEtd: string; plannedEta: string; carrier: { code: string } }>; milestones: Array<{ legSeq: number; type: string; at: string }> } }>(
    'demo-forwarder',
    'query($r: String!) { shipment(reference: $r) { legs { seq plannedEtd plannedEta carrier { code } } milestones { legSeq type at } } }',
    { r: goods.shipmentNumber },
  );
  const hours = (day: string, h: number) => Date.parse(day.slice(0, 10)) + h * 3_600_000;
  const [rail, sea] = shipment.legs;
  const arrivedByRail = hours(rail!.plannedEta, 10);
  const seaPlanned = hours(sea!.plannedEtd, 12);
  const seaDeparts = Math.max(seaPlanned, arrivedByRail + 12 * 3_600_000) + 3 * 86_400_000;
  const seaArrives = hours(sea!.plannedEta, 10) + (seaDeparts - seaPlanned);
  expect(shipment.milestones.map((m) => [m.legSeq, m.type, m.at])).toEqual([
    [1, 'DEPARTED', new Date(hours(rail!.plannedEtd, 12)).toISOString()],
    [1, 'ARRIVED', new Date(arrivedByRail).toISOString()],
    [2, 'DEPARTED', new Date(seaDeparts).toISOString()],
    [2, 'ARRIVED', new Date(seaArrives).toISOString()],
  ]);
  expect(await financingState(loan.number)).toEqual({ state: 'DEFAULTED', maturityDate: '2026-03-09' });
  // 17,616.00 USD × 4.5 % × 30 / 360 = 66.06 USD, accrued on the exercise's clock.
  expect(await fx.position('demo-exporter', loan.number)).toMatchObject({ at: '2026-04-01T08:00:00.000Z', interest: { days: 30, accrued: { loan: { amount: '66.06', currency: 'USD' } } } });

  // Filed on 1 April (Beijing), due 15 March: 17 days late × 0.05 % of 142,876.50 CNY = 1,214.45 CNY.
  const completed = await fx.call<{ completeDeclaration: { declaration: { charges: { lateFee: { daysLate: number; fee: { amount: string } } } } } }>(
    'demo-importer-cn',
    'mutation($n: String!, $content: DeclarationContentInput!) { completeDeclaration(number: $n, content: $content) { declaration { charges { lateFee { daysLate fee { amount } } } } userErrors { message } } }',
    { n: imported.declaration, content: imported.content },
  );
  expect(completed.completeDeclaration.declaration.charges.lateFee).toEqual({ daysLate: 17, fee: { amount: '1214.45' } });

  const read = (await classroom.read(exercise.number))!;
  const legSteps = read.events.filter((e) => e.name.startsWith('leg'));
  expect(legSteps.map((e) => [e.name, e.actor, e.refused, e.rule])).toEqual([
    ['leg1.departed', 'CQ-RAIL', false, null],
    ['leg1.departed', 'CQ-RAIL', true, 'export-not-released'],
    ['leg1.arrived', 'CQ-RAIL', false, null],
    ['leg2.departed', 'QZ-SHIP', false, null],
    ['leg2.arrived', 'QZ-SHIP', false, null],
  ]);
  const timed = read.events.filter((e) => e.name.startsWith('financing.') || e.name.startsWith('declaration.'));
  expect(timed.map((e) => [e.at, e.name, e.actor, e.refused])).toEqual([
    ['2026-03-10T00:00:00.000Z', 'financing.overdue', 'CQ-BANK', false],
    ['2026-03-15T16:00:00.000Z', 'declaration.completeOverdue', 'CLOCK', false],
    ['2026-03-20T00:00:00.000Z', 'financing.defaulted', 'CQ-BANK', false],
  ]);
  const classRow = read.score.find((k) => k.participant === null)!;
  expect(classRow).toMatchObject({ orders: 3, loans: 1, loansOverdue: 0, loansDefaulted: 1, lateFeesCny: '1214.45', financingCostUsd: '66.06' });
  expect(read.score.find((k) => k.participant === 'exporter')).toMatchObject({ partyCode: 'CQ-MOTO', role: 'EXPORTER', orders: 2, loans: 1, financingCostUsd: '66.06', lateFeesCny: '0.00' });
  expect(read.score.find((k) => k.participant === 'importer-cn')).toMatchObject({ partyCode: 'CQ-IMPORTS', orders: 1, lateFeesCny: '1214.45', loans: 0 });
  expect(read.score.find((k) => k.participant === 'bank')).toMatchObject({ orders: 0, loans: 1, loansDefaulted: 1 });
  expect(read.markdown).toContain('| Class | — | 3 |');
  expect(JSON.parse(read.reportJson!)).toMatchObject({ exercise: { number: exercise.number }, at: '2026-04-01T08:00:00.000Z' });

  // A participant reads its own score, and nothing of the class's log.
  const mine = await fx.call<{ myExerciseSeat: { participant: string; role: string; exercise: { now: string; score: Array<{ participant: string }>; events: unknown[]; incidents: unknown[] } } }>(
    'demo-exporter',
    '{ myExerciseSeat { participant role exercise { now score { participant } events { seq } incidents { seq } } } }',
  );
  expect(mine.myExerciseSeat).toEqual({ participant: 'exporter', role: 'EXPORTER', exercise: { now: '2026-04-01T08:00:00.000Z', score: [{ participant: 'exporter' }], events: [], incidents: [] } });

  // Another month: nothing fires twice (the held departure is tried again, and logged once).
  const again = await classroom.advance(exercise.number, { by: 'P30D' });
  expect(again.fired).toBe(0);
  expect((await classroom.read(exercise.number))!.events).toHaveLength(read.events.length);
}, 180_000);

it('keeps two exercises apart from each other and from the real world, in data and in time', async () => {
  const other = await classroom.create({ scenario: 'rail-sea-moto-financing', title: 'Second class' });
  const otherTokens = await classroom.inviteClass(other.number, ['demo-exporter', 'demo-auditor']);
  const otherProxy = await classroom.proxy(otherTokens);
  try {
    const otherOrders = await OrderFixtures.open(otherProxy, '2026-03-02');
    const mine = await otherOrders.draft();
    const list = (token: string, via: { call: typeof otherOrders.call }) =>
      via.call<{ orders: { edges: Array<{ node: { id: string } }> } }>(token, '{ orders(first: 100) { edges { node { id } } } }').then((r) => r.orders.edges.map((e) => e.node.id));
    const inOther = await list('demo-auditor', otherOrders);
    const inFirst = await list('demo-auditor', fx.orders);
    const inReal = await list('demo-auditor', { call: (t: string, q: string) => classroom.call(t, q) });
    expect(inOther).toEqual([mine.id]);
    expect(inFirst).not.toContain(mine.id);
    expect(inFirst.length).toBeGreaterThan(0);
    expect(inReal.some((id) => inFirst.includes(id) || inOther.includes(id))).toBe(false);

    // Each world on its own clock; the real world on the wall clock.
    const seat = await otherOrders.call<{ myExerciseSeat: { exercise: { now: string } } }>('demo-exporter', '{ myExerciseSeat { exercise { now } } }');
    expect(seat.myExerciseSeat.exercise.now).toBe('2026-03-02T08:00:00.000Z');
    expect((await classroom.read(exercise.number))!.now).toBe('2026-05-01T08:00:00.000Z');
    expect((await classroom.call<{ myExerciseSeat: unknown }>(TRAINER, '{ myExerciseSeat { participant } }')).myExerciseSeat).toBeNull();

    // A participant of one exercise never opens the other: not by number, not with its id in the token.
    const peek = await otherOrders.call<{ exercise: unknown }>('demo-exporter', 'query($n: String!) { exercise(number: $n) { number } }', { n: exercise.number });
    expect(peek.exercise).toBeNull();
    const firstId = /^ydx_([0-9a-f]{24})\./.exec(tokens['demo-exporter'])![1];
    const forged = otherTokens['demo-exporter'].replace(/^ydx_[0-9a-f]{24}\./, `ydx_${firstId}.`);
    const r = await classroom.send(forged, '{ orders(first: 1) { edges { node { id } } } }');
    expect(r.status).toBe(401);
    expect(errorCodes(r)).toEqual(['UNAUTHENTICATED']);
  } finally {
    await otherProxy.close();
  }
});

it('moves time forward only, and one of two concurrent advances wins while the other gets CONFLICT', async () => {
  const backwards = dataOf(await classroom.advanceAttempt(exercise.number, { to: '2026-03-01T00:00:00Z' })).advanceExerciseClock;
  expect(backwards.userErrors).toEqual([expect.objectContaining({ code: 'VALIDATION', field: ['input', 'to'], rule: 'clock-forward-only' })]);
  const neither = dataOf(await classroom.advanceAttempt(exercise.number, {})).advanceExerciseClock;
  expect(neither.userErrors).toEqual([expect.objectContaining({ field: ['input', 'to'], rule: 'one-of-to-by' })]);
  const badDuration = dataOf(await classroom.advanceAttempt(exercise.number, { by: '30 days' })).advanceExerciseClock;
  expect(badDuration.userErrors).toEqual([expect.objectContaining({ field: ['input', 'by'], rule: 'iso-8601-duration' })]);

  const [a, b] = await Promise.all([classroom.advanceAttempt(exercise.number, { by: 'P1D' }), classroom.advanceAttempt(exercise.number, { by: 'P1D' })]);
  const outcomes = [dataOf(a).advanceExerciseClock, dataOf(b).advanceExerciseClock];
  expect(outcomes.filter((o) => o.exercise !== null)).toHaveLength(1);
  expect(outcomes.flatMap((o) => o.userErrors.map((e) => [e.code, e.rule]))).toEqual([['CONFLICT', 'exercise-clock-busy']]);
  expect((await classroom.read(exercise.number))!.now).toBe('2026-05-02T08:00:00.000Z');
});
