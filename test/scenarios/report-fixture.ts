/**
 * A small hand-made scenario report: two orders (one delivered late after a refused financing
 * attempt, one on time), one expectation met and one not, and text with Markdown and XML
 * specials in it so the renderers' escaping is exercised.
 */
import type { OrderReport, RunEvent, ScenarioReport } from '../../server/models/scenario-report';

let seq = 0;
function event(at: string, order: string | null, name: string, actor: string, detail: string, refusedBy?: string): RunEvent {
  seq += 1;
  return refusedBy
    ? { seq, at, order, name, actor, outcome: 'refused', detail, rule: refusedBy }
    : { seq, at, order, name, actor, outcome: 'done', detail };
}

const moto: OrderReport = {
  handle: 'moto',
  ref: 'moto',
  number: 'SO-000001',
  seller: 'CQ-MOTO',
  buyer: 'SG-LION',
  route: { name: 'Chongqing | Qinzhou | Singapore', corridorId: 'nwlsc-rail-sea', modes: ['rail', 'sea'] },
  legs: [
    {
      seq: 1, from: 'CNCKG', to: 'CNQZH', mode: 'rail',
      plannedEtd: '2026-03-03T08:00:00.000Z', plannedEta: '2026-03-06T08:00:00.000Z',
      departedAt: '2026-03-03T08:00:00.000Z', arrivedAt: '2026-03-06T20:00:00.000Z',
      co2Kg: '52.8', freight: { amount: '1450.00', currency: 'USD' },
    },
    {
      seq: 2, from: 'CNQZH', to: 'SGSIN', mode: 'sea',
      plannedEtd: '2026-03-07T08:00:00.000Z', plannedEta: '2026-03-13T08:00:00.000Z',
      departedAt: '2026-03-10T08:00:00.000Z', arrivedAt: '2026-03-16T08:00:00.000Z',
      co2Kg: '24.12', freight: { amount: '980.5', currency: 'USD' },
    },
  ],
  readyAt: '2026-03-02T08:00:00.000Z',
  plannedEta: '2026-03-13T08:00:00.000Z',
  arrivedAt: '2026-03-16T08:00:00.000Z',
  deliveredAt: '2026-03-16T08:00:00.000Z',
  plannedLeadTimeDays: 11,
  leadTimeDays: 14,
  delayDays: 3,
  delays: [{ cause: 'vesselMissed', days: 3 }],
  destinationWaitDays: 0,
  destinationWaits: [],
  goodsValue: { amount: '22020.00', currency: 'USD' },
  goodsValueUsd: '22020.00',
  freightUsd: '2430.50',
  co2KgByMode: { rail: '52.8', sea: '24.12' },
  customs: { declaration: 'EXD-000001', lane: 'green', reasons: [], dwellHours: 2.5, charges: '0.00', state: 'released' },
  financing: {
    number: 'FIN-000001', kind: 'billPledge', state: 'repaid',
    principal: { amount: '17616.00', currency: 'USD' }, principalUsd: '17616.00',
    interestPaid: { amount: '132.12', currency: 'USD' }, interestPaidUsd: '132.12',
    claimPaid: null, claimPaidUsd: '0.00',
  },
  finalStates: { order: 'completed', declaration: 'released', bill: 'surrendered', financing: 'repaid' },
  timeline: [
    event('2026-03-02T08:00:00.000Z', 'moto', 'order.created', 'CQ-MOTO', 'SO-000001 for 1,200 H87 brake assemblies'),
    event('2026-03-02T09:00:00.000Z', 'moto', 'declaration.submitted', 'CQ-MOTO', 'EXD-000001 lodged'),
    event('2026-03-02T11:30:00.000Z', 'moto', 'declaration.released', 'CNCUSTOMS', 'green lane'),
    event('2026-03-03T08:00:00.000Z', 'moto', 'leg1.departed', 'CQ-LANDSEA', 'rail CNCKG → CNQZH'),
    event('2026-03-04T10:00:00.000Z', 'moto', 'financing.approved', 'CQ-BANK', 'invoice 22 680.60 <> declaration 22 020.00 & more', 'four-document-match'),
    event('2026-03-05T10:00:00.000Z', 'moto', 'invoice.corrected', 'CQ-MOTO', 'value now matches the declaration'),
    event('2026-03-05T12:00:00.000Z', 'moto', 'financing.approved', 'CQ-BANK', 'advance 80 % of 22,020.00 USD'),
    event('2026-03-16T08:00:00.000Z', 'moto', 'order.delivered', 'SG-LION', 'received at SGSIN'),
  ],
};

const moto2: OrderReport = {
  ...moto,
  handle: 'moto-2',
  number: 'SO-000002',
  legs: moto.legs.map((l) => ({ ...l })),
  arrivedAt: '2026-03-13T08:00:00.000Z',
  deliveredAt: '2026-03-13T08:00:00.000Z',
  leadTimeDays: 11,
  delayDays: 0,
  delays: [],
  destinationWaitDays: 0,
  destinationWaits: [],
  customs: { declaration: 'EXD-000002', lane: 'red', reasons: ['random'], dwellHours: 30, charges: '120.00', state: 'released' },
  financing: null,
  finalStates: { order: 'completed', declaration: 'released', bill: null, financing: null },
  timeline: [
    event('2026-03-02T08:00:00.000Z', 'moto-2', 'order.created', 'CQ-MOTO', 'SO-000002'),
    event('2026-03-03T14:00:00.000Z', 'moto-2', 'declaration.released', 'CNCUSTOMS', 'red lane, inspected'),
  ],
};

const fxMoved = event('2026-03-04T00:00:00.000Z', null, 'fx.moved', 'SCENARIO', 'USD/CNY 7.1800');

const REPORT: ScenarioReport = {
  scenario: {
    id: 'rail-sea-moto-financing',
    title: 'Motorcycle parts by rail-sea | financed',
    description: 'Two orders; the first one is pledged.',
    sources: ['001:122', '001:129'],
    seed: 20260302,
    start: '2026-03-02T08:00:00Z',
    orders: 2,
  },
  endedAt: '2026-03-16T08:00:00.000Z',
  summary: {
    orders: 2,
    delivered: 2,
    completed: 2,
    onTime: 1,
    averagePlannedLeadTimeDays: 11,
    averageLeadTimeDays: 12.5,
    averageDelayDays: 1.5,
    averageDestinationWaitDays: 0,
    customsDwellHours: { average: 16.25, max: 30 },
    lanes: { red: 1, green: 1 },
    delaysByCause: [{ cause: 'vesselMissed', orders: 1, totalDays: 3, averageDays: 1.5 }],
    destinationWaitsByCause: [],
    logisticsCost: { freightUsd: '4861.00', goodsValueUsd: '44040.00', sharePercent: '11.04', targetPercent: 13, withinTarget: true },
    dutiesAndFeesCny: '120.00',
    financing: { loans: 1, principalUsd: '17616.00', interestPaidUsd: '132.12', claimsPaidUsd: '0.00' },
    co2KgByMode: { sea: '48.24', rail: '105.6' },
    co2TotalKg: '153.84',
    expectations: { met: 1, total: 2 },
  },
  expectations: [
    {
      id: 'loan-waits-for-invoice',
      text: 'The loan is not approved before the invoice is corrected',
      met: true,
      evidence: ['invoice.corrected at 2026-03-05 10:00', 'financing.approved at 2026-03-05 12:00'],
    },
    {
      id: 'all-on-time',
      text: 'Every order arrives on time',
      met: false,
      evidence: ['moto: 3 days late (vesselMissed)'],
    },
  ],
  orders: [moto, moto2],
  timeline: [fxMoved],
};

/** A fresh copy each time, so a test may change it without affecting the others. */
export function reportFixture(): ScenarioReport {
  return structuredClone(REPORT);
}
