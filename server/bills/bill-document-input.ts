/** The bill's content from the booked order and shipment, in the document builder's terms. */
import type { OrderRecord } from '../models/order.model';
import type { PartyRecord } from '../models/party.model';
import type { ShipmentRecord } from '../models/shipment.model';
import type { BillType } from '../../machines/bill.machine';
import type { BuildBillInput } from './document/bill-document';

export interface DraftBillOptions {
  billType: BillType;
  /** straight bills: default the order's buyer */
  consigneeId?: string;
  /** to-order bills: the party it is made out to the order of (default: the shipper) */
  toOrderOfId?: string;
  /** e-lock or carrier seals per container number */
  seals?: Array<{ container: string; seals: string[] }>;
}

/** Seals given for containers the shipment does not carry, as field errors. */
export function unknownSealContainers(shipment: ShipmentRecord, options: DraftBillOptions): Array<{ field: string[]; rule: string; message: string }> {
  const carried = new Set(shipment.containers.map((c) => c.number));
  return (options.seals ?? []).flatMap((s, i) => {
    const number = s.container.toUpperCase().replace(/[\s-]/g, '');
    return carried.has(number) ? [] : [{ field: ['seals', String(i), 'container'], rule: 'known-container', message: `seals.${i}.container: shipment ${shipment.number} carries no container ${number}` }];
  });
}

export function billDocumentInput(
  reference: string,
  issueDate: string,
  order: OrderRecord,
  shipment: ShipmentRecord,
  parties: PartyRecord[],
  options: DraftBillOptions,
): BuildBillInput {
  const sealsOf = new Map((options.seals ?? []).map((s) => [s.container.toUpperCase().replace(/[\s-]/g, ''), s.seals]));
  return {
    reference,
    type: options.billType,
    issueDate,
    order: {
      number: order.number,
      sellerId: String(order.sellerId),
      buyerId: String(order.buyerId),
      lines: order.lines.map((l) => ({
        lineNo: l.lineNo,
        hsCode: l.hsCode,
        description: l.description,
        quantity: l.quantity.toString(),
        unit: l.unit,
        grossWeightKg: l.grossWeightKg.toString(),
      })),
      incoterm: order.incoterm,
      incotermPlace: order.incotermPlace,
      origin: order.origin,
      destination: order.destination,
    },
    shipment: {
      number: shipment.number,
      forwarderId: String(shipment.forwarderId),
      legs: shipment.legs.map((l) => ({ seq: l.seq, from: l.from, to: l.to, mode: l.mode, carrierId: l.carrierId ? String(l.carrierId) : null, plannedEtd: l.plannedEtd, plannedEta: l.plannedEta })),
      containers: shipment.containers.map((c) => ({ number: c.number, type: c.type, seals: (sealsOf.get(c.number) ?? []).map((number) => ({ number, source: 'carrier' as const })) })),
      cost: shipment.cost.toString(),
      costCurrency: shipment.costCurrency,
    },
    parties: parties.map((p) => ({
      id: String(p._id),
      code: p.code,
      name: p.name,
      country: p.country,
      address: p.address ? { street: p.address.street, city: p.address.city, postCode: p.address.postCode ?? null, countryCode: p.address.countryCode } : null,
      scac: p.scac ?? null,
    })),
    consigneeId: options.billType === 'straight' ? (options.consigneeId ?? String(order.buyerId)) : null,
    toOrderOfId: options.billType === 'toOrder' ? (options.toOrderOfId ?? null) : null,
  };
}
