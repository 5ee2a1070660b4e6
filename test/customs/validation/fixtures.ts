/**
 * Declarations for the corridor scenarios: motorcycle parts by rail-sea from Chongqing through
 * Qinzhou to Singapore (export), and durians from Bangkok by the China-Laos-Thailand railway to
 * Chongqing (import, two-step). HS codes are 10-digit forms of real headings; the container numbers
 * carry valid ISO 6346 check digits.
 */
import type { DeclarationInput } from '../../../server/customs/validation/declaration-input';
import type {
  DeclarationContext,
  DeclarationOrderContext,
  DeclarationShipmentContext,
} from '../../../server/customs/validation/declaration.validation';
import type { UserError } from '../../../server/shared/user-error';

export const TODAY = '2025-07-01';

export function motoPartsOrder(): DeclarationOrderContext {
  return {
    number: 'ORD-2025-000101',
    currency: 'USD',
    origin: 'CNCKG',
    destination: 'SGSIN',
    tradeMode: '0110',
    lines: [
      { lineNo: 1, hsCode: '8714100090', quantity: '1200', unit: 'H87', amount: '18000.00' },
      { lineNo: 2, hsCode: '4011400000', quantity: '400', unit: 'H87', amount: '9600.00' },
    ],
  };
}

export function railSeaShipment(): DeclarationShipmentContext {
  return {
    containers: ['CSQU3054383', 'MSKU1234565'],
    legs: [
      { from: 'CNCKG', to: 'CNQZH', mode: 'rail' },
      { from: 'CNQZH', to: 'SGSIN', mode: 'sea' },
    ],
  };
}

export function exportContext(): DeclarationContext {
  return { today: TODAY, order: motoPartsOrder(), shipment: railSeaShipment() };
}

/** The whole order declared at the Chongqing rail port by a forwarder acting as customs broker. */
export function goodExport(): DeclarationInput {
  return {
    kind: 'export',
    mode: 'standard',
    declarant: { role: 'customsBroker', customsCode: '5001980123' },
    tradeMode: '0110',
    customsOffice: '8001',
    port: 'CNCKG',
    transportMode: 'rail',
    conveyanceReference: 'Rail-sea train CQ-QZ 0701',
    containers: ['CSQU3054383', 'MSKU 123456-5'],
    lines: [
      {
        lineNo: 1,
        hsCode: '8714.10.0090',
        description: 'Motorcycle parts: clutch assemblies',
        quantity: '1200',
        unit: 'PCE',
        value: '18000.00',
        currency: 'USD',
        originCountry: 'CN',
        destinationCountry: 'SG',
      },
      {
        lineNo: 2,
        hsCode: '4011400000',
        description: 'New pneumatic rubber tyres for motorcycles',
        quantity: '400',
        unit: 'H87',
        value: '9600.00',
        currency: 'USD',
        originCountry: 'CN',
        destinationCountry: 'SG',
      },
    ],
    totals: { value: '27600.00', currency: 'USD', grossWeightKg: '9850.5', packages: 160 },
    invoiceNumber: 'CQMP-INV-2025-0101',
    orderNumber: 'ORD-2025-000101',
  };
}

export function durianOrder(): DeclarationOrderContext {
  return {
    number: 'ORD-2025-000202',
    currency: 'CNY',
    origin: 'THBKK',
    destination: 'CNCKG',
    lines: [{ hsCode: '0810600000', quantity: '20000', unit: 'KGM', amount: '720000.00' }],
  };
}

export function laosThailandRailShipment(): DeclarationShipmentContext {
  return {
    containers: ['SEGU9988776'],
    legs: [
      { from: 'THBKK', to: 'LAVTE', mode: 'rail' },
      { from: 'LAVTE', to: 'CNKMG', mode: 'rail' },
      { from: 'CNKMG', to: 'CNCKG', mode: 'rail' },
    ],
  };
}

export function importContext(): DeclarationContext {
  return { today: TODAY, order: durianOrder(), shipment: laosThailandRailShipment() };
}

/**
 * The first step of a two-step import: 6-digit HS subheading, no destination, no invoice, no
 * total value or package count; dutiable (import VAT), so a tax guarantee.
 */
export function durianSummary(): DeclarationInput {
  return {
    kind: 'import',
    mode: 'twoStep',
    declarant: { role: 'customsBroker', customsCode: '5001980123' },
    tradeMode: '0110',
    customsOffice: '8001',
    port: 'CNCKG',
    transportMode: 'rail',
    conveyanceReference: 'China-Laos-Thailand cold-chain train 45001',
    containers: ['SEGU9988776'],
    lines: [
      {
        lineNo: 1,
        hsCode: '081060',
        description: 'Fresh durians',
        quantity: '20000',
        unit: 'KGM',
        value: '720000.00',
        currency: 'CNY',
        originCountry: 'TH',
      },
    ],
    totals: { grossWeightKg: '23500' },
    orderNumber: 'ORD-2025-000202',
    twoStep: { step: 'summary', dutiable: true, guaranteeReference: 'GTE-CQ-2025-0042' },
  };
}

/** The second step: everything, quoting the number customs gave the summary. */
export function durianComplete(): DeclarationInput {
  const summary = durianSummary();
  return {
    ...summary,
    lines: [{ ...summary.lines[0]!, hsCode: '0810600000', destinationCountry: 'CN' }],
    totals: { value: '720000.00', currency: 'CNY', grossWeightKg: '23500', packages: 1250 },
    invoiceNumber: 'TH-DUR-2025-77',
    twoStep: { step: 'complete', dutiable: true, guaranteeReference: 'GTE-CQ-2025-0042', summaryDeclarationNumber: '800120251000012345' },
  };
}

/** `field#rule` of each error, in the order reported. */
export function pairs(errors: readonly UserError[]): string[] {
  return errors.map((e) => `${(e.field ?? []).join('.')}#${e.rule ?? ''}`);
}
