/**
 * Financing service tests' world: the area services plus invoices, credit insurance and
 * financing, wired as an app would wire them; and goods at each stage a loan can stand on (a
 * confirmed order; shipped goods with an issued to-order bill and a released export declaration).
 */
import type { BillRecord } from '../../server/models/bill.model';
import type { DeclarationRecord } from '../../server/models/declaration.model';
import type { OrderRecord } from '../../server/models/order.model';
import type { CreateOrderInput } from '../../server/orders/order.validation';
import type { Caller } from '../../server/parties/caller';
import type { PartyChanges } from '../../server/parties/party-directory';
import { containerCheckDigit } from '../../server/reference';
import { fromDecimal128 } from '../../server/shared/money';
import { CreditPolicyService } from '../../server/financing/credit-policy.service';
import { FinancingService } from '../../server/financing/financing.service';
import { type IssueInvoiceInput, InvoiceService } from '../../server/financing/invoice.service';
import type { RateTable } from '../../server/financing/rules';
import { must, releaseExport } from '../support/customs';
import { type World, areaServices, openWorld } from '../support/world';

export const START = '2026-03-02T08:00:00Z';

export type FinancingWorld = Awaited<ReturnType<typeof financingWorld>>;

/** `partyChanges`: what vouches for the parties the services keep, for the world's database (party-directory.ts). */
export async function financingWorld(tag: string, options: { fxTable?: RateTable; partyChanges?: (world: World) => PartyChanges } = {}) {
  const world: World = await openWorld(tag, new Date(START));
  const area = await areaServices(world, undefined, options.partyChanges?.(world) ?? null);
  const invoices = new InvoiceService(world.connection, world.clock, area.orders);
  const policies = new CreditPolicyService(world.connection, world.clock, area.orders, options.fxTable);
  const financing = new FinancingService(world.connection, world.clock, world.outbox, {
    orders: area.orders,
    bills: area.bills,
    declarations: area.declarations,
    invoices,
    policies,
    fxTable: options.fxTable,
  });
  await Promise.all([invoices.model.init(), policies.model.init(), financing.model.init()]);
  const [exporter, buyer, forwarder, bank, insurer, customs, otherBuyer, otherExporter, auditor] = await Promise.all(
    ['CQ-MOTO', 'SG-LION', 'CQ-LANDSEA', 'CQ-BANK', 'CQ-SINOSURE', 'CQ-CUSTOMS', 'DE-RHEIN', 'CQ-TOYS', 'AUDITOR'].map((c) => world.as(c)),
  );
  return { world, ...area, invoices, policies, financing, exporter, buyer, forwarder, bank, insurer, customs, otherBuyer, otherExporter, auditor };
}

let containerSerial = 400000;

export interface GoodsOptions {
  buyer?: Caller;
  /** rail-sea to Singapore (default) or rail to Duisburg (渝新欧) */
  route?: 'rail+sea' | 'rail';
  quantity?: string;
  unitPrice?: string;
}

/** A confirmed motorcycle-parts order of CQ-MOTO, 1,200 brake assemblies at 18.35 USD (22,020.00 USD). */
export async function confirmedOrder(fw: FinancingWorld, options: GoodsOptions = {}): Promise<OrderRecord> {
  fw.world.clock.set(START);
  const rail = options.route === 'rail';
  const input: CreateOrderInput = {
    buyerId: (options.buyer ?? (rail ? fw.otherBuyer : fw.buyer)).partyId,
    currency: 'USD', incoterm: 'FCA', incotermPlace: 'CNCKG', origin: 'CNCKG', destination: rail ? 'DEDUI' : 'SGSIN', tradeMode: '0110', readyDate: '2026-03-02',
    lines: [{ hsCode: '871410', description: 'Motorcycle brake assemblies', quantity: options.quantity ?? '1200', unit: 'H87', unitPrice: options.unitPrice ?? '18.35', grossWeightKg: '2400' }],
  };
  const created = must(await fw.orders.create(fw.exporter, input), 'order');
  must(await fw.orders.confirm(fw.exporter, String(created._id)), 'confirm');
  return (await fw.orders.model.findById(created._id).lean())!;
}

/** Goods booked, declared and released for export, with an issued to-order bill held by the exporter. */
export async function shippedGoods(fw: FinancingWorld, options: GoodsOptions = {}): Promise<{ order: OrderRecord; bill: BillRecord; declaration: DeclarationRecord }> {
  const confirmed = await confirmedOrder(fw, options);
  const orderId = String(confirmed._id);
  const modes = options.route ?? 'rail+sea';
  const option = must(await fw.shipments.routeOptions(fw.exporter, { orderId, teu: 1 }), 'options').find((o) => o.mainCarriageModes.join('+') === modes)!;
  const prefix = `TEMU${containerSerial++}`;
  const shipment = must(
    await fw.shipments.book(fw.exporter, { orderId, optionId: option.id, forwarderId: fw.forwarder.partyId, containers: [{ number: `${prefix}${containerCheckDigit(prefix)}`, type: '22G1' }] }),
    'book',
  );
  const order = (await fw.orders.model.findById(orderId).lean())!;
  const declaration = await releaseExport(fw.declarations, { exporter: fw.exporter, customs: fw.customs }, order, shipment);
  const drafted = must(await fw.bills.draft(fw.forwarder, shipment.number, { billType: 'toOrder' }), 'draft bill');
  must(await fw.bills.act(fw.exporter, drafted.number, { type: 'APPROVE' }), 'approve bill');
  const bill = must(await fw.bills.act(fw.forwarder, drafted.number, { type: 'ISSUE' }), 'issue bill');
  return { order: (await fw.orders.model.findById(orderId).lean())!, bill, declaration };
}

/** The commercial invoice that agrees with the order line for line. */
export function invoiceFor(order: OrderRecord, overrides: Partial<IssueInvoiceInput> = {}): IssueInvoiceInput {
  return {
    order: order.number,
    number: `INV-${order.number}`,
    currency: order.currency,
    lines: order.lines.map((l) => ({
      hsCode: l.hsCode,
      description: l.description,
      quantity: fromDecimal128(l.quantity).toFixed(),
      unit: l.unit,
      unitPrice: fromDecimal128(l.unitPrice).toFixed(),
    })),
    ...overrides,
  };
}

/** Applied, reviewed, matched and approved: the usual terms, 80 % of the cargo at 4.5 % for 90 days. */
export const TERMS = { advanceRatePercent: '80', annualRatePercent: '4.5', tenorDays: 90 };

/** A bill pledge loan on freshly shipped goods, applied for, matched and approved on TERMS. */
export async function approvedPledgeLoan(fw: FinancingWorld, options: GoodsOptions & { currency?: string } = {}) {
  const goods = await shippedGoods(fw, options);
  const invoice = must(await fw.invoices.issue(fw.exporter, invoiceFor(goods.order)), 'invoice');
  const applied = must(
    await fw.financing.apply(fw.exporter, { kind: 'billPledge', bank: fw.bank.partyId, bill: goods.bill.number, invoice: invoice.number, currency: options.currency }),
    'apply',
  );
  must(await fw.financing.startReview(fw.bank, applied.number), 'review');
  must(await fw.financing.matchDocuments(fw.bank, applied.number), 'match');
  const approved = must(await fw.financing.approve(fw.bank, applied.number, TERMS), 'approve');
  return { ...goods, invoice, loan: approved };
}

/** The same, with the bill pledged to the bank and the whole limit disbursed at START. */
export async function disbursedPledgeLoan(fw: FinancingWorld, options: GoodsOptions & { currency?: string } = {}) {
  const approved = await approvedPledgeLoan(fw, options);
  must(await fw.financing.registerPledge(fw.bank, approved.loan.number), 'pledge');
  const loan = must(await fw.financing.disburse(fw.bank, approved.loan.number), 'disburse');
  return { ...approved, loan };
}
