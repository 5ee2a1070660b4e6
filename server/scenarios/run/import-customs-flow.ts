/**
 * Import clearance in a scenario: the importer (the order's buyer in China) declares the goods to
 * the customs office where they enter China, by the order's customs mode (004:239):
 * - standard: filed once the goods have arrived (运抵); customs accepts, selects the lane, reviews
 *   or inspects; the importer pays duty, consumption tax and VAT; customs releases (放行);
 * - advance (提前申报): filed while the goods travel, once the carrier's manifest (舱单) is sent as
 *   the train leaves for China; customs accepts and the importer pays before arrival, and the
 *   goods are released as soon as they arrive;
 * - twoStep (两步申报): a summary declaration at arrival, backed by a tax guarantee; customs
 *   selects its lane and releases the goods for pickup; the importer files the complete
 *   declaration later (within 14 days of entry, or it owes the late fee 滞报金), pays, and customs
 *   releases it;
 * - twoStage (两段准入), with standard or advance: released from the port (附条件提离), then the
 *   conformity assessment after release closes the declaration.
 * The customs dwell of an import runs from when both the declaration and the goods are there
 * (submission, or arrival for an advance declaration) to when the goods may leave customs' hands.
 */
import dayjs from 'dayjs';
import type { DeclarationContentInput, FileDeclarationInput } from '../../customs/declaration-filing';
import type { DeclarationRecord } from '../../models/declaration.model';
import { declarationContent } from './declaration-input';
import type { OrderRecord } from '../../models/order.model';
import type { ShipmentLegRecord, ShipmentRecord } from '../../models/shipment.model';
import { CUSTOMS_HOURS } from './customs-flow';
import type { OrderRun } from './order-run';
import type { Signal } from './simulation';
import { declarationMachine } from '../../../machines/declaration.machine';
import { machineContext } from '../../lifecycle/snapshot';

/** The customs office imports are declared at, by the place they enter China (server/customs/validation/customs-offices.ts). */
const IMPORT_OFFICE_AT: Readonly<Record<string, string>> = { CNCKG: '8001', CNYIW: '2921', CNQZH: '7200', CNSHA: '2201' };

/** Hours after the goods arrive that the importer files a standard or two-step declaration. */
const FILE_HOURS_AFTER_ARRIVAL = 2;
/** Days after release for pickup that the complete two-step declaration is filed, unless the scenario says. */
const COMPLETE_AFTER_DAYS = 5;
/** Days after release from the port that the conformity assessment of two-stage admission ends. */
const CONFORMITY_DAYS = 3;


/** The leg that brings the goods into China: its arrival place is where they are declared. */
export function entryLeg(shipment: ShipmentRecord): ShipmentLegRecord {
  const legs = shipment.legs;
  return [...legs].reverse().find((l) => !l.from.startsWith('CN') && l.to.startsWith('CN')) ?? legs[legs.length - 1];
}

/** The goods, transport and references of the order's import declaration, as booked. */
export function importDeclarationContent(order: OrderRecord, shipment: ShipmentRecord, expectedDate?: string): DeclarationContentInput {
  const leg = entryLeg(shipment);
  const crossing = { office: IMPORT_OFFICE_AT[leg.to] ?? '8001', leg, port: leg.to, originCountry: order.origin.slice(0, 2), destinationCountry: 'CN' };
  return { ...declarationContent(order, shipment, crossing), ...(expectedDate ? { expectedDate } : {}) };
}

/** What the transport tells the import clearance, and what the clearance tells the delivery. */
export interface ImportClearance {
  /** hears the legs as carry() records them */
  onLeg(legSeq: number, happened: 'departed' | 'arrived'): void;
  /** fired once the goods may leave customs' hands: released, released for pickup or from the port */
  goodsReleased: Signal;
}

interface Signals {
  /** the train or vessel left for China: the carrier's manifest is sent */
  manifest: Signal;
  /** the goods arrived at the place of entry (运抵) */
  arrived: Signal;
  goodsReleased: Signal;
}

/** Starts the importer's and customs' side of the order as a process beside the transport. */
export function startImportClearance(run: OrderRun, shipment: ShipmentRecord): ImportClearance {
  const signals: Signals = { manifest: run.sim.signal(), arrived: run.sim.signal(), goodsReleased: run.sim.signal() };
  const entry = entryLeg(shipment);
  run.sim.spawn(() => clearImport(run, shipment, signals));
  return {
    onLeg: (legSeq, happened) => {
      if (legSeq !== entry.seq) return;
      (happened === 'departed' ? signals.manifest : signals.arrived).fire();
    },
    goodsReleased: signals.goodsReleased,
  };
}

const chargesText = (d: DeclarationRecord) => {
  const c = d.charges;
  if (!c?.taxes) return `charges: ${c?.total ?? '0.00'} CNY`;
  const t = c.taxes.totals;
  const fee = c.lateFee && Number(c.lateFee.fee) > 0 ? `, late fee ${c.lateFee.fee} (${c.lateFee.daysLate} day(s) late)` : '';
  return `customs value ${c.customsValue} CNY at ${c.exchangeRate}: duty ${t.duty}, consumption tax ${t.consumptionTax}, VAT ${t.vat}${fee}; total ${c.total} CNY`;
};

async function clearImport(run: OrderRun, shipment: ShipmentRecord, signals: Signals): Promise<void> {
  const { declarations } = run.services;
  const mode = run.spec.customs?.mode ?? 'standard';
  const twoStage = run.spec.customs?.twoStage === true;
  const entry = entryLeg(shipment);
  const arrivedAt = () => run.facts.legTimes.get(entry.seq)?.arrivedAt ?? run.now();

  let expectedDate: string | undefined;
  if (mode === 'advance') {
    await signals.manifest.wait();
    await run.wait(run.later(FILE_HOURS_AFTER_ARRIVAL));
    const transitDays = Math.max(1, dayjs.utc(entry.plannedEta).diff(dayjs.utc(entry.plannedEtd), 'day'));
    expectedDate = dayjs.utc(run.now()).add(transitDays, 'day').format('YYYY-MM-DD');
  } else {
    await signals.arrived.wait();
    await run.wait(run.later(FILE_HOURS_AFTER_ARRIVAL));
  }
  const order = (await run.services.orders.model.findById(run.facts.orderId).lean())!;
  const content = importDeclarationContent(order, shipment, expectedDate);
  const input: FileDeclarationInput =
    mode === 'twoStep'
      ? { order: order.number, kind: 'import', mode, content, twoStep: { dutiable: true, guaranteeReference: `GTE-${order.number}`, conveyanceDeclaredAt: arrivedAt().toISOString() } }
      : { order: order.number, kind: 'import', mode, content };
  const what = { standard: 'import declaration', advance: `advance import declaration (提前申报), goods expected ${expectedDate}`, twoStep: 'two-step summary declaration (概要申报), duty and tax secured by a guarantee' }[mode];
  const filed = await run.act('declaration.filed', run.buyer, declarations.file(run.buyer, input), (d) => `${d.number} for ${order.number} at office ${d.content.customsOffice} (${d.content.port}): ${what}`);
  const number = filed.number;
  run.facts.declarationNumber = number;

  if (mode === 'twoStep') {
    await run.act('declaration.summaryDeclared', run.buyer, declarations.submit(run.buyer, number), (d) => {
      const due = machineContext(declarationMachine, d).completeDueBy;
      return `${number}: summary lodged through the single window; the complete declaration is due by ${due}`;
    });
    run.facts.submittedAt = run.now();
    await run.wait(run.later(CUSTOMS_HOURS.accept));
    let d = await assess(run, number);
    d = await reviewOrInspect(run, d, signals);
    await run.wait(run.later(CUSTOMS_HOURS.release));
    await run.act('declaration.releasedForPickup', run.customs, declarations.act(run.customs, number, { type: 'RELEASE_FOR_PICKUP' }), `${number} released for pickup (两步申报): the importer takes the goods before the complete declaration`);
    goodsFree(run, signals);
    const afterDays = run.spec.customs?.completeAfterDays ?? COMPLETE_AFTER_DAYS;
    await run.wait(run.later(afterDays * 24));
    const completed = await run.act('declaration.completed', run.buyer, declarations.complete(run.buyer, number, importDeclarationContent(order, shipment)), (c) =>
      `complete declaration (完整申报) filed ${afterDays} day(s) after pickup, due by ${c.charges?.lateFee?.dueBy ?? '?'}: ${chargesText(c)}`,
    );
    await run.wait(run.later(CUSTOMS_HOURS.accept));
    await run.act('declaration.accepted', run.customs, declarations.act(run.customs, number, { type: 'ACCEPT' }), `${completed.number}: complete declaration accepted`);
    d = await assess(run, number, false);
    d = await reviewOrInspect(run, d, signals);
    d = await pay(run, d);
    await run.wait(run.later(CUSTOMS_HOURS.release));
    await run.act('declaration.released', run.customs, declarations.act(run.customs, number, { type: 'RELEASE' }), `${number} released (放行): the two-step declaration is settled`);
    return;
  }

  await run.act('declaration.submitted', run.buyer, declarations.submit(run.buyer, number), (d) => `${number} submitted through the single window; ${chargesText(d)}`);
  run.facts.submittedAt = run.now();
  if (mode === 'advance') {
    await run.wait(run.later(1));
    await run.act('declaration.manifestFiled', run.customs, declarations.act(run.customs, number, { type: 'MANIFEST_FILED' }), `the carrier's manifest (舱单) for ${entry.from} → ${entry.to} is on file`);
  }
  await run.wait(run.later(CUSTOMS_HOURS.accept));
  await run.act('declaration.accepted', run.customs, declarations.act(run.customs, number, { type: 'ACCEPT' }), `${number} accepted${mode === 'advance' ? ' before the goods arrive' : ''}`);
  let d = await assess(run, number);
  d = await reviewOrInspect(run, d, signals);
  d = await pay(run, d);
  if (mode === 'advance') {
    await arrival(run, d, signals);
    // The dwell of an advance declaration runs from the goods' arrival: it was lodged in transit.
    run.facts.submittedAt = arrivedAt();
  }
  await run.wait(run.later(CUSTOMS_HOURS.release));
  if (!twoStage) {
    await run.act('declaration.released', run.customs, declarations.act(run.customs, number, { type: 'RELEASE' }), `${number} released (放行): the goods may leave the port`);
    goodsFree(run, signals);
    return;
  }
  await run.act('declaration.releasedFromPort', run.customs, declarations.act(run.customs, number, { type: 'RELEASE_FROM_PORT' }), `${number} released from the port (两段准入, 附条件提离): the goods leave pending their conformity assessment`);
  goodsFree(run, signals);
  await run.wait(run.later(CONFORMITY_DAYS * 24));
  await run.act('declaration.conformityPassed', run.customs, declarations.act(run.customs, number, { type: 'CONFORMITY_PASSED' }), 'conformity assessment after release (合格评定) passed: the declaration is closed');
}

/** The goods may leave: the delivery goes ahead (the days they waited at the port are the import's, importHoldCause). */
function goodsFree(run: OrderRun, signals: Signals): void {
  run.facts.releasedAt = run.now();
  signals.goodsReleased.fire();
}

/** Why an import's goods wait at the destination until customs lets them go, as the report names it. */
export function importHoldCause(run: OrderRun): string {
  if (run.incidents('failedInspection').length > 0) return 'failed inspection';
  if (run.incidents('redLaneInspection').length > 0) return 'red-lane inspection';
  return 'import clearance';
}

/** Customs' lane for the declaration (a targeting instruction sends it red), at the summary or the declaration. */
async function assess(run: OrderRun, number: string, targetable = true): Promise<DeclarationRecord> {
  const targeted = targetable ? (run.incidents('redLaneInspection')[0] ?? run.incidents('failedInspection')[0]) : undefined;
  return run.act(
    'declaration.assessed',
    run.customs,
    run.services.declarations.assessRisk(run.customs, number, targeted ? { targeting: { reason: targeted.note ?? 'targeting instruction (布控) on this consignment' } } : {}),
    (a) => {
      // after pickup a red selection becomes a document review, and the selection says why
      const note = (a.selection as { note?: string | null } | null)?.note;
      return `lane ${a.lane}${a.selection?.reasons.length ? ` (${a.selection.reasons.join(', ')})` : ''}${note ? `; ${note}` : ''}`;
    },
  );
}

/** Records the goods' arrival on an advance declaration, once (运抵). */
async function arrival(run: OrderRun, d: DeclarationRecord, signals: Signals): Promise<DeclarationRecord> {
  if (d.mode !== 'advance' || machineContext(declarationMachine, d).arrived) return d;
  await signals.arrived.wait();
  await run.wait(run.later(1));
  return run.act('declaration.arrived', run.customs, run.services.declarations.act(run.customs, d.number, { type: 'ARRIVED' }), 'the goods have arrived (运抵): the advance declaration may be released');
}

/** A document review (yellow) or a physical inspection (red), which waits for the goods to be there. */
async function reviewOrInspect(run: OrderRun, declaration: DeclarationRecord, signals: Signals): Promise<DeclarationRecord> {
  const { declarations } = run.services;
  let d = declaration;
  if (d.state === 'documentReview') {
    await run.wait(run.later(CUSTOMS_HOURS.review));
    d = await run.act('declaration.reviewed', run.customs, declarations.act(run.customs, d.number, { type: 'REVIEW_PASSED' }), 'documents reviewed and accepted');
  }
  if (d.state !== 'physicalInspection') return d;
  d = await arrival(run, d, signals);
  await run.wait(run.later(CUSTOMS_HOURS.inspection));
  const failed = run.incidents('failedInspection')[0];
  if (failed) {
    const reason = failed.note ?? 'goods do not match the declaration';
    await run.act('declaration.inspectionFailed', run.customs, declarations.act(run.customs, d.number, { type: 'INSPECTION_FAILED', reason }), `inspection failed: ${reason}; goods held`);
    await run.wait(run.later(CUSTOMS_HOURS.correction));
    return run.act('declaration.releasedAfterCorrection', run.customs, declarations.act(run.customs, d.number, { type: 'RELEASE_AFTER_CORRECTION' }), 'non-conforming goods taken out; the rest cleared after correction');
  }
  return run.act('declaration.inspected', run.customs, declarations.act(run.customs, d.number, { type: 'INSPECTION_PASSED' }), 'physical inspection passed');
}

/** The importer pays the duty and taxes assessed (自报自缴) when customs asks for them. */
async function pay(run: OrderRun, d: DeclarationRecord): Promise<DeclarationRecord> {
  if (d.state !== 'taxDue') return d;
  await run.wait(run.later(CUSTOMS_HOURS.payment));
  return run.act('declaration.paid', run.buyer, run.services.declarations.act(run.buyer, d.number, { type: 'PAY' }), `${run.buyer.party.code} pays ${chargesText(d)}`);
}
