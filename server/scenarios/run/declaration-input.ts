/**
 * The export declaration a scenario's exporter files: the order's lines as booked, at the office
 * of the port the goods leave from. A documentMismatch incident on the declaration scales the
 * declared values, the way a typing error or an undervaluation would.
 */
import type { DeclarationContentInput, FileDeclarationInput } from '../../customs/declaration-filing';
import type { OrderRecord } from '../../models/order.model';
import type { ShipmentRecord } from '../../models/shipment.model';
import { Decimal, fromDecimal128 } from '../../shared/money';

/** The customs office exports leave through at each departure point (server/customs/validation/customs-offices.ts). */
const EXPORT_OFFICE_AT: Readonly<Record<string, string>> = { CNCKG: '8001', CNYIW: '2921', CNQZH: '7200', CNSHA: '2201' };

/** Where the goods are declared and which way they cross the border. */
export interface DeclaredCrossing {
  office: string;
  /** the leg that crosses: the first leg of an export, the leg entering China of an import */
  leg: { from: string; to: string; mode: string };
  port: string;
  originCountry: string;
  destinationCountry: string;
}

/** The order's lines and totals as booked, at the crossing; `valueFactor` scales the values. */
export function declarationContent(order: OrderRecord, shipment: ShipmentRecord, crossing: DeclaredCrossing, valueFactor = '1'): DeclarationContentInput {
  const factor = new Decimal(valueFactor);
  const scaled = (value: Decimal) => value.times(factor).toDecimalPlaces(2).toFixed(2);
  return {
    customsOffice: crossing.office,
    port: crossing.port,
    transportMode: crossing.leg.mode,
    conveyanceReference: `${crossing.leg.mode.toUpperCase()} ${shipment.number}`,
    containers: shipment.containers.map((c) => c.number),
    lines: order.lines.map((line, i) => ({
      lineNo: i + 1,
      hsCode: line.hsCode.padEnd(10, '0'),
      description: line.description,
      quantity: fromDecimal128(line.quantity).toFixed(),
      unit: line.unit,
      value: scaled(fromDecimal128(line.amount)),
      currency: order.currency,
      originCountry: crossing.originCountry,
      destinationCountry: crossing.destinationCountry,
    })),
    totals: {
      value: scaled(fromDecimal128(order.total)),
      currency: order.currency,
      grossWeightKg: fromDecimal128(order.grossWeightKg).toFixed(),
      packages: shipment.containers.length,
    },
    invoiceNumber: `INV-${order.number}`,
  };
}

export function exportDeclaration(order: OrderRecord, shipment: ShipmentRecord, valueFactor = '1'): FileDeclarationInput {
  const leg = shipment.legs[0];
  const crossing = { office: EXPORT_OFFICE_AT[leg.from] ?? '8001', leg, port: leg.from, originCountry: 'CN', destinationCountry: order.destination.slice(0, 2) };
  return { order: order.number, kind: 'export', mode: 'standard', content: declarationContent(order, shipment, crossing, valueFactor) };
}
