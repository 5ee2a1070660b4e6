/**
 * Export clearance in a scenario: the exporter files and submits two days before the first
 * departure; customs accepts, selects the lane (with a targeting instruction when the scenario
 * sends the order to the red lane), reviews or inspects, and releases. Inspect-then-stuff
 * exporters are inspected at the factory and their container e-locked. A failed inspection holds
 * the goods until customs releases them after correction.
 */
import dayjs from 'dayjs';
import type { DeclarationRecord } from '../../models/declaration.model';
import type { ShipmentRecord } from '../../models/shipment.model';
import { exportDeclaration } from './declaration-input';
import type { OrderRun } from './order-run';

/** How long each customs step takes on the simulated clock, in hours (indicative, not statistics). */
export const CUSTOMS_HOURS = { accept: 2, review: 4, inspection: 24, correction: 48, payment: 1, release: 1 };

/** Filing lead time before the first planned departure, in days (goods are declared at the yard). */
const FILE_DAYS_BEFORE_DEPARTURE = 2;

export function elockIdOf(orderNumber: string): string {
  return `EL-${orderNumber}`;
}

export async function clearExport(run: OrderRun, shipment: ShipmentRecord, order: { number: string }): Promise<DeclarationRecord> {
  const { declarations } = run.services;
  const fileAt = dayjs.utc(shipment.legs[0].plannedEtd).subtract(FILE_DAYS_BEFORE_DEPARTURE, 'day').add(8, 'hour').toDate();
  await run.wait(new Date(Math.max(fileAt.getTime(), run.later(1).getTime())));
  const stored = (await run.services.orders.model.findById(run.facts.orderId, { history: 0 }).lean())!;
  const mismatch = run.incidents('documentMismatch').find((i) => i.document === 'declaration');
  const filed = await run.act('declaration.filed', run.seller, declarations.file(run.seller, exportDeclaration(stored, shipment, mismatch?.valueFactor)), (d) =>
    `${d.number} for ${order.number} at office ${d.content.customsOffice}${mismatch ? `, values × ${mismatch.valueFactor} (${mismatch.note ?? 'document mismatch'})` : ''}`,
  );
  run.facts.declarationNumber = filed.number;
  await run.act('declaration.submitted', run.seller, declarations.submit(run.seller, filed.number), `${filed.number} submitted through the single window`);
  run.facts.submittedAt = run.now();

  await run.wait(run.later(CUSTOMS_HOURS.accept));
  await run.act('declaration.accepted', run.customs, declarations.act(run.customs, filed.number, { type: 'ACCEPT' }), `${filed.number} accepted`);
  const targeted = run.incidents('redLaneInspection')[0] ?? run.incidents('failedInspection')[0];
  let d = await run.act(
    'declaration.assessed',
    run.customs,
    declarations.assessRisk(run.customs, filed.number, targeted ? { targeting: { reason: targeted.note ?? 'targeting instruction (布控) on this consignment' } } : {}),
    (a) => `lane ${a.lane}${a.selection?.reasons.length ? ` (${a.selection.reasons.join(', ')})` : ''}`,
  );
  if (d.state === 'documentReview') {
    await run.wait(run.later(CUSTOMS_HOURS.review));
    d = await run.act('declaration.reviewed', run.customs, declarations.act(run.customs, filed.number, { type: 'REVIEW_PASSED' }), 'documents reviewed and accepted');
  }
  if (d.state === 'physicalInspection') d = await inspect(run, filed.number, order.number);
  if (d.state === 'taxDue') {
    await run.wait(run.later(CUSTOMS_HOURS.payment));
    d = await run.act('declaration.paid', run.seller, declarations.act(run.seller, filed.number, { type: 'PAY' }), `charges paid: ${d.charges?.total ?? '0'} CNY`);
  }
  await run.wait(run.later(CUSTOMS_HOURS.release));
  d = await run.act('declaration.released', run.customs, declarations.act(run.customs, filed.number, { type: 'RELEASE' }), `${filed.number} released (放行): the goods may leave`);
  run.facts.releasedAt = run.now();
  return d;
}

async function inspect(run: OrderRun, number: string, orderNumber: string): Promise<DeclarationRecord> {
  const { declarations } = run.services;
  await run.wait(run.later(CUSTOMS_HOURS.inspection));
  const failed = run.incidents('failedInspection')[0];
  if (failed) {
    await run.act('declaration.inspectionFailed', run.customs, declarations.act(run.customs, number, { type: 'INSPECTION_FAILED', reason: failed.note ?? 'goods do not match the declaration' }), `inspection failed: ${failed.note ?? 'goods do not match the declaration'}; goods held`);
    await run.wait(run.later(CUSTOMS_HOURS.correction));
    return run.act('declaration.releasedAfterCorrection', run.customs, declarations.act(run.customs, number, { type: 'RELEASE_AFTER_CORRECTION' }), 'non-conforming goods taken out; the rest released after correction');
  }
  if (run.seller.party.inspectThenStuff) {
    const elockId = elockIdOf(orderNumber);
    return run.act('declaration.factoryInspected', run.customs, declarations.act(run.customs, number, { type: 'FACTORY_INSPECTED', elockId }), `inspected at the factory, stuffed and sealed with e-lock ${elockId} (先查验后装箱)`);
  }
  return run.act('declaration.inspected', run.customs, declarations.act(run.customs, number, { type: 'INSPECTION_PASSED' }), 'physical inspection passed');
}
