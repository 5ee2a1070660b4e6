/**
 * Customs for service tests: a declaration built from a stored order and shipment, and a helper
 * that walks an export through whatever lane customs selects until it is released, so tests of
 * transport can let goods depart the way the rules require.
 */
import type { DeclarationService } from '../../server/customs/declaration.service';
import type { FileDeclarationInput } from '../../server/customs/declaration-filing';
import type { DeclarationRecord } from '../../server/models/declaration.model';
import type { OrderRecord } from '../../server/models/order.model';
import type { ShipmentRecord } from '../../server/models/shipment.model';
import type { Caller } from '../../server/parties/caller';
import { fromDecimal128 } from '../../server/shared/money';
import type { Result } from '../../server/shared/result';
import type { UserError } from '../../server/shared/user-error';

/** The customs office declarations at each place go to (see server/customs/validation/customs-offices.ts). */
const OFFICE_AT: Readonly<Record<string, string>> = { CNCKG: '8001', CNYIW: '2921', CNQZH: '7200', CNSHA: '2201' };

/** The whole order, declared for export where its route starts. */
export function exportDeclarationFor(order: OrderRecord, shipment: ShipmentRecord | null, overrides: Partial<FileDeclarationInput> = {}): FileDeclarationInput {
  const firstLeg = shipment?.legs[0];
  const port = firstLeg?.from ?? order.origin;
  return {
    order: order.number,
    kind: 'export',
    mode: 'standard',
    content: {
      customsOffice: OFFICE_AT[port] ?? '8001',
      port,
      transportMode: firstLeg?.mode ?? 'rail',
      conveyanceReference: `Train ${order.number}`,
      containers: shipment?.containers.map((c) => c.number) ?? [],
      lines: order.lines.map((l, i) => ({
        lineNo: i + 1,
        hsCode: l.hsCode.padEnd(10, '0'),
        description: l.description,
        quantity: fromDecimal128(l.quantity).toFixed(),
        unit: l.unit,
        value: fromDecimal128(l.amount).toFixed(),
        currency: order.currency,
        originCountry: 'CN',
        destinationCountry: order.destination.slice(0, 2),
      })),
      totals: {
        value: fromDecimal128(order.total).toFixed(),
        currency: order.currency,
        grossWeightKg: fromDecimal128(order.grossWeightKg).toFixed(),
        packages: 1,
      },
      invoiceNumber: `INV-${order.number}`,
    },
    ...overrides,
  };
}

export function must<T>(r: Result<T, UserError[]>, what = 'step'): T {
  if (!r.ok) throw new Error(`${what} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Walks a submitted declaration through the lane customs selects, to release. */
export async function clearThroughLane(declarations: DeclarationService, declarant: Caller, customs: Caller, number: string): Promise<DeclarationRecord> {
  let d = must(await declarations.act(customs, number, { type: 'ACCEPT' }), 'accept');
  d = must(await declarations.assessRisk(customs, number), 'assess');
  if (d.state === 'documentReview') d = must(await declarations.act(customs, number, { type: 'REVIEW_PASSED' }), 'review');
  if (d.state === 'physicalInspection') d = must(await declarations.act(customs, number, { type: 'INSPECTION_PASSED' }), 'inspection');
  if (d.state === 'taxDue') d = must(await declarations.act(declarant, number, { type: 'PAY' }), 'pay');
  return must(await declarations.act(customs, number, { type: 'RELEASE' }), 'release');
}

/** Files, submits and clears the export declaration of a booked order: its goods may depart. */
export async function releaseExport(
  declarations: DeclarationService,
  parties: { exporter: Caller; customs: Caller },
  order: OrderRecord,
  shipment: ShipmentRecord | null,
): Promise<DeclarationRecord> {
  const filed = must(await declarations.file(parties.exporter, exportDeclarationFor(order, shipment)), 'file');
  must(await declarations.submit(parties.exporter, filed.number), 'submit');
  return clearThroughLane(declarations, parties.exporter, parties.customs, filed.number);
}
