/**
 * The score of an exercise: the run KPIs a scenario report gives (orders delivered and on time,
 * lead time, freight cost, CO2, customs dwell, duties and late fees, financing cost), read from
 * the exercise's documents at its current time, for the whole class and for each participant's
 * party (its orders as seller or buyer, or, for a bank, the loans it made). Amounts in USD are
 * converted at the exercise's market rates of now; interest counts what was paid and what has
 * accrued unpaid, so a loan left to run shows its cost before it is settled.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { Types } from 'mongoose';
import { convert } from '../financing/rules';
import type { DeclarationRecord } from '../models/declaration.model';
import type { ExerciseParticipantRecord } from '../models/exercise.model';
import type { FinancingRecord } from '../models/financing.model';
import type { OrderRecord } from '../models/order.model';
import type { ShipmentRecord } from '../models/shipment.model';
import type { Caller } from '../parties/caller';
import { Decimal, fromDecimal128 } from '../shared/money';
import type { ExerciseWorld } from './exercise-worlds';

dayjs.extend(utc);

export interface ExerciseKpis {
  /** the participant's name, or null for the whole exercise */
  participant: string | null;
  partyCode: string | null;
  role: string | null;
  orders: number;
  delivered: number;
  onTime: number;
  /** on time over delivered, percent to 0.1; null before anything is delivered */
  onTimeRatePercent: number | null;
  /** ready date to delivery, days to 0.1 */
  averageLeadTimeDays: number | null;
  averagePlannedLeadTimeDays: number | null;
  freightUsd: string;
  co2Kg: string;
  /** lodged to released, hours to 0.1 */
  averageCustomsDwellHours: number | null;
  dutiesAndFeesCny: string;
  lateFeesCny: string;
  loans: number;
  loansOverdue: number;
  loansDefaulted: number;
  /** interest paid plus interest accrued unpaid, USD */
  financingCostUsd: string;
}

const LODGED = ['SUBMIT', 'DECLARE_SUMMARY', 'TRANSIT_DECLARED'];
const RELEASED = ['RELEASE', 'RELEASE_FOR_PICKUP', 'RELEASE_AFTER_CORRECTION'];
const round1 = (n: number) => Math.round(n * 10) / 10;
const average = (values: number[]) => (values.length === 0 ? null : round1(values.reduce((a, b) => a + b, 0) / values.length));

interface Documents {
  orders: OrderRecord[];
  shipments: Map<string, ShipmentRecord>;
  declarations: DeclarationRecord[];
  loans: FinancingRecord[];
}

function deliveredAt(shipment: ShipmentRecord | undefined): Date | null {
  return shipment?.milestones.find((m) => m.type === 'delivered')?.at ?? null;
}

function dwellHours(d: DeclarationRecord): number | null {
  const lodged = d.history.find((h) => LODGED.includes(h.event));
  const released = d.history.find((h) => RELEASED.includes(h.event));
  return lodged && released ? round1((released.at.getTime() - lodged.at.getTime()) / 3_600_000) : null;
}

async function kpisOf(world: ExerciseWorld, docs: Documents, reader: Caller, who: Pick<ExerciseKpis, 'participant' | 'partyCode' | 'role'>): Promise<ExerciseKpis> {
  const now = world.clock.now();
  const usd = (amount: Decimal, currency: string): Decimal => {
    if (currency === 'USD') return amount;
    const r = convert(amount.toFixed(), currency, 'USD', world.fxTable, now.toISOString());
    return r.ok ? new Decimal(r.value.converted.amount) : new Decimal(0);
  };
  let freight = new Decimal(0);
  let co2 = new Decimal(0);
  const leadTimes: number[] = [];
  const plannedLeadTimes: number[] = [];
  let delivered = 0;
  let onTime = 0;
  for (const order of docs.orders) {
    const shipment = docs.shipments.get(order.number);
    if (!shipment) continue;
    freight = freight.plus(usd(fromDecimal128(shipment.cost), shipment.costCurrency));
    co2 = co2.plus(fromDecimal128(shipment.co2Kg));
    plannedLeadTimes.push(dayjs.utc(shipment.plannedEta).diff(dayjs.utc(order.readyDate), 'day'));
    const at = deliveredAt(shipment);
    if (!at) continue;
    delivered++;
    leadTimes.push(dayjs.utc(at).startOf('day').diff(dayjs.utc(order.readyDate), 'day'));
    if (!dayjs.utc(at).startOf('day').isAfter(dayjs.utc(shipment.plannedEta))) onTime++;
  }
  const dwell = docs.declarations.flatMap((d) => (dwellHours(d) === null ? [] : [dwellHours(d)!]));
  const duties = docs.declarations.reduce((t, d) => t.plus(d.charges?.total ?? '0'), new Decimal(0));
  const lateFees = docs.declarations.reduce((t, d) => t.plus(d.charges?.lateFee?.fee ?? '0'), new Decimal(0));
  let interest = new Decimal(0);
  for (const loan of docs.loans) {
    const position = await world.services.financings.position(reader, loan.number);
    const accrued = position.ok ? position.value.interest?.accrued.loan.amount : null;
    if (accrued) interest = interest.plus(usd(new Decimal(accrued), loan.currency));
  }
  return {
    ...who,
    orders: docs.orders.length,
    delivered,
    onTime,
    onTimeRatePercent: delivered === 0 ? null : round1((onTime / delivered) * 100),
    averageLeadTimeDays: average(leadTimes),
    averagePlannedLeadTimeDays: average(plannedLeadTimes),
    freightUsd: freight.toFixed(2),
    co2Kg: co2.toFixed(1),
    averageCustomsDwellHours: average(dwell),
    dutiesAndFeesCny: duties.toFixed(2),
    lateFeesCny: lateFees.toFixed(2),
    loans: docs.loans.length,
    loansOverdue: docs.loans.filter((l) => l.state === 'overdue').length,
    loansDefaulted: docs.loans.filter((l) => l.history.some((h) => h.event === 'DECLARE_DEFAULT')).length,
    financingCostUsd: interest.toFixed(2),
  };
}

async function documentsOf(world: ExerciseWorld, partyId: Types.ObjectId | null, role: string | null): Promise<Documents> {
  const { orders, shipments, declarations, financings } = world.services;
  const byBank = role === 'bank' || role === 'insurer';
  const orderQuery = partyId === null ? {} : byBank ? { _id: null } : { $or: [{ sellerId: partyId }, { buyerId: partyId }, { forwarderId: partyId }] };
  const mine = await orders.model.find(orderQuery).sort({ number: 1 }).lean();
  const numbers = mine.map((o) => o.number);
  const loanQuery = partyId === null ? {} : byBank ? { $or: [{ bankId: partyId }, { insurerId: partyId }] } : { orderNumber: { $in: numbers } };
  const [ships, decls, loans] = await Promise.all([
    shipments.model.find({ orderNumber: { $in: numbers } }).lean(),
    declarations.model.find({ orderNumber: { $in: numbers }, kind: { $in: ['export', 'import'] }, state: { $ne: 'deleted' } }).lean(),
    financings.model.find(loanQuery).sort({ number: 1 }).lean(),
  ]);
  return { orders: mine, shipments: new Map(ships.map((s) => [s.orderNumber, s])), declarations: decls, loans };
}

/** The class's KPIs (when `participants` holds everyone) and each participant's, in the order given. */
export async function exerciseScore(world: ExerciseWorld, participants: readonly ExerciseParticipantRecord[], includeClass: boolean): Promise<ExerciseKpis[]> {
  const reader = await world.partyCaller('TRAINER');
  if (!reader) throw new Error('the exercise world has lost its trainer party');
  const rows: ExerciseKpis[] = [];
  if (includeClass) rows.push(await kpisOf(world, await documentsOf(world, null, null), reader, { participant: null, partyCode: null, role: null }));
  for (const p of participants) {
    const party = await world.services.parties.model.findOne({ code: p.partyCode }).lean();
    if (!party) continue;
    rows.push(await kpisOf(world, await documentsOf(world, party._id, p.role), reader, { participant: p.name, partyCode: p.partyCode, role: p.role }));
  }
  return rows;
}
