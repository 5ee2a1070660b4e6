/**
 * The report of a finished run, read from what the services stored in the run's database and
 * from each order's log: per-order facts (each worker of a parallel run reads its own orders'),
 * then, over all orders in their order in the run, the plan's KPIs and each expectation with its
 * evidence.
 */
import dayjs from 'dayjs';
import { financingMachine } from '../../../machines/financing.machine';
import { convert } from '../../financing/rules';
import type { DeclarationRecord } from '../../models/declaration.model';
import type { FinancingRecord } from '../../models/financing.model';
import type { ShipmentRecord } from '../../models/shipment.model';
import { Decimal, fromDecimal128 } from '../../shared/money';
import type { Scenario } from '../scenario';
import { checkExpectations } from './expectations';
import { isImport } from './import-script';
import type { OrderRun } from './order-run';
import type { Amount, OrderReport, RunEvent, ScenarioReport } from '../../models/scenario-report';
import type { RunWorld } from './run-world';
import { summarise } from './summarise';
import { machineContext } from '../../lifecycle/snapshot';

const dayOf = (d: Date | string) => dayjs.utc(d).startOf('day');
const wholeDays = (from: Date | string, to: Date | string) => dayOf(to).diff(dayOf(from), 'day');
const hoursBetween = (from: Date, to: Date) => Math.round(((to.getTime() - from.getTime()) / 3_600_000) * 10) / 10;

/** An amount in USD at the run's market rate of that moment, to the cent. */
export function toUsd(world: RunWorld, amount: string, currency: string, at: Date): string {
  if (currency === 'USD') return new Decimal(amount).toFixed(2);
  const converted = convert(new Decimal(amount).toFixed(), currency, 'USD', world.fxTable, at.toISOString());
  if (!converted.ok) throw new Error(`no market rate ${currency}/USD at ${at.toISOString()}: ${converted.error[0]?.message}`);
  return converted.value.converted.amount;
}

function byNumber<T extends { number?: string; orderNumber?: string }>(docs: T[], key: (d: T) => string | undefined): Map<string, T> {
  return new Map(docs.flatMap((d) => (key(d) ? [[key(d)!, d] as const] : [])));
}

function customsOf(d: ReportDeclaration | undefined, run: OrderRun): OrderReport['customs'] {
  if (!d) return null;
  return {
    declaration: d.number,
    lane: d.lane ?? null,
    reasons: d.selection?.reasons ? [...d.selection.reasons] : [],
    dwellHours: run.facts.submittedAt && run.facts.releasedAt ? hoursBetween(run.facts.submittedAt, run.facts.releasedAt) : null,
    charges: new Decimal(d.charges?.total ?? '0').toFixed(2),
    state: d.state,
  };
}

/** The loan in its own currency and in USD at the market rate of `at` (its end, or the run's). */
function financingOf(world: RunWorld, f: ReportFinancing | undefined, at: Date): OrderReport['financing'] {
  if (!f) return null;
  const usd = (amount: string | null) => (amount ? toUsd(world, amount, f.currency, at) : '0.00');
  const context = machineContext(financingMachine, f);
  const interest = context.repayments.reduce((total, r) => total.plus(r.interest), new Decimal(0));
  const interestPaid: Amount | null = context.repayments.length > 0 ? { amount: interest.toFixed(2), currency: f.currency } : null;
  return {
    number: f.number,
    kind: f.kind,
    state: f.state,
    principal: context.principal ? { amount: context.principal, currency: f.currency } : null,
    principalUsd: usd(context.principal),
    interestPaid,
    interestPaidUsd: usd(interestPaid?.amount ?? null),
    claimPaid: context.claimPaidAmount ? { amount: context.claimPaidAmount, currency: f.currency } : null,
    claimPaidUsd: usd(context.claimPaidAmount),
  };
}

function co2ByMode(shipment: ReportShipment | undefined): Record<string, string> {
  const totals = new Map<string, Decimal>();
  for (const leg of shipment?.legs ?? []) totals.set(leg.mode, (totals.get(leg.mode) ?? new Decimal(0)).plus(fromDecimal128(leg.co2Kg)));
  return Object.fromEntries([...totals].sort(([a], [b]) => a.localeCompare(b)).map(([mode, kg]) => [mode, kg.toFixed(1)]));
}

type ReportShipment = Pick<ShipmentRecord, 'orderNumber' | 'routeName' | 'corridorId' | 'legs' | 'plannedEta' | 'cost' | 'costCurrency'>;
type ReportDeclaration = Pick<DeclarationRecord, 'kind' | 'orderNumber' | 'number' | 'lane' | 'selection' | 'charges' | 'state'>;
type ReportFinancing = Pick<FinancingRecord, 'number' | 'kind' | 'state' | 'currency' | 'machine'>;

/** What the report reads of each aggregate (projections of the reads below). */
const REPORT_FIELDS = {
  orders: { number: 1, total: 1, currency: 1, state: 1 },
  shipments: { orderNumber: 1, routeName: 1, corridorId: 1, legs: 1, plannedEta: 1, cost: 1, costCurrency: 1 },
  declarations: { kind: 1, orderNumber: 1, number: 1, lane: 1, 'selection.reasons': 1, 'charges.total': 1, state: 1 },
  bills: { number: 1, state: 1 },
  financings: { number: 1, kind: 1, state: 1, currency: 1, 'machine.snapshot.context': 1 },
} as const;

/** Each played order's row of the report, from the run's database and the order's own log. */
export async function readOrderReports(world: RunWorld, runs: readonly OrderRun[]): Promise<OrderReport[]> {
  const { services } = world;
  // Only the fields the report reads: a bill's hash chain and every aggregate's history are most
  // of a run's bytes, and reading them whole for 10,000 orders at once was the run's peak memory.
  const [orders, shipments, declarations, bills, financings] = await Promise.all([
    services.orders.model.find({}, REPORT_FIELDS.orders).lean(),
    services.shipments.model.find({}, REPORT_FIELDS.shipments).lean<ReportShipment[]>(),
    services.declarations.model.find({ kind: { $in: ['export', 'import'] } }, REPORT_FIELDS.declarations).lean<ReportDeclaration[]>(),
    services.bills.model.find({ state: { $ne: 'VOIDED' } }, REPORT_FIELDS.bills).lean(),
    services.financings.model.find({}, REPORT_FIELDS.financings).lean<ReportFinancing[]>(),
  ]);
  const orderBy = byNumber(orders, (o) => o.number);
  const shipmentBy = byNumber(shipments, (s) => s.orderNumber);
  // An export's customs is its export declaration; an import's, the importer's import declaration.
  const declarationBy = byNumber(declarations.filter((d) => d.kind === 'export'), (d) => d.orderNumber);
  const importDeclarationBy = byNumber(declarations.filter((d) => d.kind === 'import'), (d) => d.orderNumber);
  const billBy = byNumber(bills, (b) => b.number);
  const financingBy = byNumber(financings, (f) => f.number);

  return runs.map((run): OrderReport => {
    const number = run.facts.number ?? '';
    const order = orderBy.get(number);
    const shipment = shipmentBy.get(number);
    const declaration = (isImport(run) ? importDeclarationBy : declarationBy).get(number);
    const bill = run.facts.billNumber ? billBy.get(run.facts.billNumber) : undefined;
    const financing = run.facts.financingNumber ? financingBy.get(run.facts.financingNumber) : undefined;
    const goodsValue = { amount: order ? fromDecimal128(order.total).toFixed(2) : '0.00', currency: order?.currency ?? run.spec.currency ?? 'USD' };
    const plannedEta = shipment?.plannedEta ?? null;
    const arrived = run.facts.arrivedAt;
    const delivered = run.facts.deliveredAt;
    return {
      handle: run.handle,
      ref: run.spec.ref,
      number,
      seller: run.spec.seller,
      buyer: run.spec.buyer,
      route: shipment ? { name: shipment.routeName, corridorId: shipment.corridorId, modes: [...new Set(shipment.legs.map((l) => l.mode))] } : null,
      legs: (shipment?.legs ?? []).map((leg) => ({
        seq: leg.seq,
        from: leg.from,
        to: leg.to,
        mode: leg.mode,
        plannedEtd: leg.plannedEtd,
        plannedEta: leg.plannedEta,
        departedAt: run.facts.legTimes.get(leg.seq)?.departedAt?.toISOString() ?? null,
        arrivedAt: run.facts.legTimes.get(leg.seq)?.arrivedAt?.toISOString() ?? null,
        co2Kg: fromDecimal128(leg.co2Kg).toFixed(1),
        freight: { amount: fromDecimal128(leg.cost).toFixed(2), currency: shipment!.costCurrency },
      })),
      readyAt: run.facts.readyAt.toISOString(),
      plannedEta,
      arrivedAt: arrived?.toISOString() ?? null,
      deliveredAt: delivered?.toISOString() ?? null,
      plannedLeadTimeDays: plannedEta ? wholeDays(run.facts.readyAt, plannedEta) : null,
      leadTimeDays: delivered ? wholeDays(run.facts.readyAt, delivered) : null,
      delayDays: arrived && plannedEta ? wholeDays(plannedEta, arrived) : null,
      delays: arrived ? run.facts.transportDelay.causes() : [],
      destinationWaitDays: arrived && delivered ? wholeDays(arrived, delivered) : null,
      destinationWaits: delivered ? run.facts.destinationWait.causes() : [],
      goodsValue,
      goodsValueUsd: toUsd(world, goodsValue.amount, goodsValue.currency, run.facts.readyAt),
      freightUsd: shipment ? toUsd(world, fromDecimal128(shipment.cost).toFixed(2), shipment.costCurrency, run.facts.readyAt) : '0.00',
      co2KgByMode: co2ByMode(shipment),
      customs: customsOf(declaration, run),
      financing: financingOf(world, financing, delivered ?? run.facts.readyAt),
      finalStates: { order: order?.state ?? 'none', declaration: declaration?.state ?? null, bill: bill?.state ?? null, financing: financing?.state ?? null },
      timeline: run.events,
    };
  });
}

/** The whole report from every order's row, in the orders' order in the run, and the scenario's timeline. */
export function assembleReport(scenario: Scenario, seed: number, reports: OrderReport[], timeline: RunEvent[]): ScenarioReport {
  const expectations = checkExpectations(scenario, reports);
  const lastEvent = [...reports.flatMap((r) => r.timeline.slice(-1)), ...timeline.slice(-1)].reduce((latest, e) => (e.at > latest ? e.at : latest), scenario.start);
  return {
    scenario: { id: scenario.id, title: scenario.title, description: scenario.description?.trim() ?? null, sources: scenario.sources ?? [], seed, start: new Date(scenario.start).toISOString(), orders: reports.length },
    endedAt: new Date(lastEvent).toISOString(),
    summary: summarise(reports, expectations),
    expectations,
    orders: reports,
    timeline,
  };
}
