/**
 * A declaration's content as a form holds it (text as typed), built from what the order and its
 * shipment already say or from a declaration being corrected, and turned back into the API's
 * DeclarationContentInput. Nothing is checked here: the single window checks it on filing.
 */
import type { DeclarationContentInput, DeclarationKind, DeclarationMode, DeclarationQuery, OrderToDeclareQuery, TransportMode } from '../../gql/graphql';

export const LINE_FIELDS = ['hsCode', 'description', 'quantity', 'unit', 'value', 'currency', 'originCountry', 'destinationCountry'] as const;
export type LineDraft = Record<(typeof LINE_FIELDS)[number], string>;

export interface ContentDraft {
  customsOffice: string;
  port: string;
  transportMode: TransportMode;
  conveyanceReference: string;
  containers: string;
  invoiceNumber: string;
  tradeMode: string;
  expectedDate: string;
  lines: LineDraft[];
  totalValue: string;
  currency: string;
  grossWeightKg: string;
  packages: string;
}

export interface FilingDraft extends ContentDraft {
  kind: DeclarationKind;
  mode: DeclarationMode;
  dutiable: boolean;
  guaranteeReference: string;
  conveyanceDeclaredAt: string;
  transitDestination: string;
}

type Order = NonNullable<OrderToDeclareQuery['order']>;
type Declaration = NonNullable<DeclarationQuery['declaration']>;

/** What the order and its shipment already say: the declarant checks and completes it. */
export function draftFromOrder(order: Order): FilingDraft {
  const firstLeg = order.shipment?.legs[0];
  return {
    kind: 'EXPORT',
    mode: 'STANDARD',
    customsOffice: '',
    port: firstLeg?.from.code ?? order.origin.code,
    transportMode: firstLeg?.mode ?? 'RAIL',
    conveyanceReference: '',
    containers: order.shipment?.containers.map((c) => c.number).join(', ') ?? '',
    invoiceNumber: '',
    tradeMode: order.tradeMode,
    expectedDate: '',
    lines: order.lines.map((l) => ({
      // The order may carry a 6- or 8-digit code; a declaration takes China's 10 digits.
      hsCode: l.hsCode.replace(/\D/g, '').padEnd(10, '0'),
      description: l.description,
      quantity: l.quantity,
      unit: l.unit,
      value: l.amount,
      currency: order.currency,
      originCountry: order.origin.country,
      destinationCountry: order.destination.country,
    })),
    totalValue: order.total.amount,
    currency: order.currency,
    grossWeightKg: order.grossWeightKg,
    packages: '',
    dutiable: false,
    guaranteeReference: '',
    conveyanceDeclaredAt: '',
    transitDestination: '',
  };
}

/** The content a declaration states now: a correction or a complete declaration starts from it. */
export function draftFromDeclaration(d: Declaration): ContentDraft {
  return {
    customsOffice: d.customsOffice.code,
    port: d.port.code,
    transportMode: d.transportMode,
    conveyanceReference: d.conveyanceReference,
    containers: d.containers.join(', '),
    invoiceNumber: d.invoiceNumber ?? '',
    tradeMode: d.tradeMode,
    expectedDate: d.expectedDate ?? '',
    lines: d.lines.map((l) => ({
      hsCode: l.hsCode,
      description: l.description,
      quantity: l.quantity,
      unit: l.unit,
      value: l.value.amount,
      currency: l.value.currency,
      originCountry: l.originCountry,
      destinationCountry: l.destinationCountry ?? '',
    })),
    totalValue: d.totalValue?.amount ?? '',
    currency: d.totalValue?.currency ?? d.lines[0]?.value.currency ?? '',
    grossWeightKg: d.grossWeightKg,
    packages: d.packages == null ? '' : String(d.packages),
  };
}

const blank = (s: string) => (s.trim() === '' ? null : s.trim());

export function contentOf(d: ContentDraft, advance: boolean): DeclarationContentInput {
  return {
    customsOffice: d.customsOffice.trim(),
    port: d.port.trim(),
    transportMode: d.transportMode,
    conveyanceReference: d.conveyanceReference.trim(),
    containers: d.containers.split(/[,\s]+/).filter(Boolean),
    invoiceNumber: blank(d.invoiceNumber),
    tradeMode: blank(d.tradeMode),
    expectedDate: advance ? blank(d.expectedDate) : null,
    lines: d.lines.map((l, i) => ({ lineNo: i + 1, ...l, quantity: blank(l.quantity), destinationCountry: blank(l.destinationCountry) })),
    totals: {
      value: blank(d.totalValue),
      currency: blank(d.currency),
      grossWeightKg: d.grossWeightKg.trim(),
      // Not a whole number: sent as missing, and the single window says the rule.
      packages: /^\d+$/.test(d.packages.trim()) ? Number(d.packages.trim()) : null,
    },
  };
}

export function filingOf(order: string, d: FilingDraft) {
  return {
    order,
    kind: d.kind,
    mode: d.mode,
    content: contentOf(d, d.mode === 'ADVANCE'),
    twoStep: d.mode === 'TWO_STEP' ? { dutiable: d.dutiable, guaranteeReference: blank(d.guaranteeReference), conveyanceDeclaredAt: d.conveyanceDeclaredAt.trim() } : null,
    transit: d.kind === 'TRANSIT' ? { destinationOffice: d.transitDestination.trim() } : null,
  };
}
