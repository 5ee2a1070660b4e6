import type { DeclarationInput } from '../../../server/customs/validation/declaration-input';
import {
  type DeclarationContext,
  type ValidDeclaration,
  validateDeclaration,
} from '../../../server/customs/validation/declaration.validation';
import { routePorts } from '../../../server/routing/route-ports';
import type { UserError } from '../../../server/shared/user-error';
import { TODAY, exportContext, goodExport, motoPartsOrder, pairs, railSeaShipment } from './fixtures';

function accepted(input: DeclarationInput, context: DeclarationContext = exportContext()): ValidDeclaration {
  const result = validateDeclaration(input, context);
  if (!result.ok) throw new Error(`expected the declaration to pass, got:\n${result.error.map((e) => e.message).join('\n')}`);
  return result.value;
}

function refused(input: DeclarationInput, context: DeclarationContext = exportContext()): UserError[] {
  const result = validateDeclaration(input, context);
  if (result.ok) throw new Error('expected the declaration to be refused');
  return result.error;
}

describe('validateDeclaration: a good export declaration (CNCKG -> CNQZH -> SGSIN)', () => {
  const valid = accepted(goodExport());

  it('passes, with codes normalised and amounts as exact decimals', () => {
    expect(valid).toMatchObject({
      kind: 'export',
      mode: 'standard',
      step: null,
      declarant: { role: 'customsBroker', customsCode: '5001980123' },
      tradeMode: '0110',
      customsOffice: { code: '8001', nameZh: '重庆海关', district: '8000' },
      port: 'CNCKG',
      transportMode: 'rail',
      containers: ['CSQU3054383', 'MSKU1234565'],
      invoiceNumber: 'CQMP-INV-2025-0101',
      orderNumber: 'ORD-2025-000101',
      expectedDate: null,
      twoStep: null,
      warnings: [],
    });
    expect(valid.lines.map((l) => [l.lineNo, l.orderLineNo, l.hsCode, l.heading, l.unit, l.quantity.toFixed(), l.value.toFixed(2), l.destinationCountry])).toEqual([
      [1, 1, '8714100090', '8714', 'H87', '1200', '18000.00', 'SG'],
      [2, 2, '4011400000', '4011', 'H87', '400', '9600.00', 'SG'],
    ]);
    expect(valid.totals.value?.toFixed(2)).toBe('27600.00');
    expect(valid.totals.grossWeightKg.toFixed()).toBe('9850.5');
    expect(valid.totals.packages).toBe(160);
  });

  it('may also name the port where the route leaves China, with that leg’s mode', () => {
    expect(accepted({ ...goodExport(), port: 'CNQZH', transportMode: 'sea', customsOffice: '7200' }).port).toBe('CNQZH');
  });

  it('passes without an order or a shipment in the context (field rules only)', () => {
    expect(accepted(goodExport(), { today: TODAY }).lines).toHaveLength(2);
  });

  it('accepts an 8-digit tariff code with a warning: China declares 10 digits', () => {
    const input = goodExport();
    input.lines[1] = { ...input.lines[1]!, hsCode: '40114000' };
    expect(accepted(input).warnings.map((w) => `${w.field.join('.')}#${w.rule}`)).toEqual(['input.lines.1.hsCode#hs-cn-10-digits']);
  });
});

describe('validateDeclaration: a bad declaration lists every broken rule at once', () => {
  it('returns the exact [field, rule] pairs, in the order of the input', () => {
    const good = goodExport();
    const bad: DeclarationInput = {
      ...good,
      mode: 'advance',
      expectedDate: '2025-06-30',
      declarant: { role: 'customsBroker', customsCode: '5001-98' },
      tradeMode: '1039',
      customsOffice: '8000',
      port: 'CNSHA',
      transportMode: 'truck',
      conveyanceReference: '   ',
      containers: ['CSQU3054384', 'TGHU7654320'],
      lines: [
        { ...good.lines[0]!, hsCode: '8714', quantity: '1500', value: '18000.005' },
        { ...good.lines[1]!, lineNo: 3, hsCode: '8501100000', unit: 'KGM', currency: 'EUR', originCountry: 'XX', destinationCountry: 'US' },
      ],
      totals: { value: '27600.00', currency: 'USD', grossWeightKg: '-5', packages: 0 },
      invoiceNumber: null,
      orderNumber: 'ORD-2025-000999',
    };
    const errors = refused(bad);
    expect(pairs(errors)).toEqual([
      'input.declarant.customsCode#customs-code-format',
      'input.tradeMode#trade-mode-matches-order',
      'input.customsOffice#customs-office-district',
      'input.port#port-on-route',
      'input.transportMode#transport-mode',
      'input.conveyanceReference#required',
      'input.containers.0#container-check-digit',
      'input.containers.1#container-on-shipment',
      'input.lines.0.hsCode#hs-length',
      'input.lines.0.quantity#quantity-within-order',
      'input.lines.0.value#money-minor-units',
      'input.lines.1.lineNo#line-number',
      'input.lines.1.hsCode#hs-heading-matches-order',
      'input.lines.1.unit#unit-matches-order',
      'input.lines.1.currency#currency-matches-order',
      'input.lines.1.originCountry#country-unknown',
      'input.lines.1.destinationCountry#destination-matches-order',
      'input.totals.currency#currency-matches-lines',
      'input.totals.grossWeightKg#positive',
      'input.totals.packages#positive-integer',
      'input.invoiceNumber#required',
      'input.orderNumber#order-number-matches',
      'input.expectedDate#advance-date-future',
    ]);
    expect(new Set(errors.map((e) => e.rule)).size).toBeGreaterThanOrEqual(10);
    expect(errors.every((e) => e.code === 'VALIDATION' && e.message.startsWith(`${e.field!.join('.')}: `))).toBe(true);
  });

  it('says plainly what each rule wants', () => {
    const errors = refused({ ...goodExport(), customsOffice: '8000', port: 'CNSHA' });
    expect(errors.map((e) => e.message)).toEqual([
      'input.customsOffice: 8000 is the Chongqing Customs district; declare the office instead (8001 重庆海关, 8003 重庆机办, 8005 万州海关, 8008 渝加工区, 8010 寸滩水港, 8011 两路空港, 8013 西永综保)',
      "input.port: an export on this shipment's route is declared at CNCKG or CNQZH, not CNSHA",
    ]);
  });

  it('reports the field rules of the kind, mode and declarant', () => {
    const input = { ...goodExport(), kind: 'reexport', mode: 'express', declarant: { role: 'carrier', customsCode: '5001980123' } } as unknown as DeclarationInput;
    expect(pairs(refused(input))).toEqual(['input.kind#declaration-kind', 'input.mode#declaration-mode', 'input.declarant.role#declarant-role']);
  });

  it('refuses an empty declaration line list and more than 50 lines', () => {
    expect(pairs(refused({ ...goodExport(), lines: [], totals: { ...goodExport().totals } }, { today: TODAY }))).toEqual(['input.lines#required']);
    const line = goodExport().lines[0]!;
    const many = Array.from({ length: 51 }, (_, i) => ({ ...line, lineNo: i + 1, quantity: '1', value: '15.00' }));
    expect(pairs(refused({ ...goodExport(), lines: many, totals: { ...goodExport().totals, value: '765.00' } }, { today: TODAY }))).toEqual(['input.lines#max-items']);
  });
});

describe('validateDeclaration: consistency with the order and the shipment', () => {
  it('reports a line value that is not the order’s, a container not on the shipment and more quantity than ordered, each by field', () => {
    const good = goodExport();
    const input: DeclarationInput = {
      ...good,
      containers: ['CSQU3054383', 'TGHU7654320'],
      lines: [
        { ...good.lines[0]!, value: '18500.00' },
        good.lines[1]!,
        // a second line for order line 1: 1200 + 100 > 1200 ordered
        { ...good.lines[0]!, lineNo: 3, orderLineNo: 1, quantity: '100', value: '1500.00' },
      ],
      totals: { ...good.totals, value: '29600.00' },
    };
    const errors = refused(input);
    expect(pairs(errors)).toEqual([
      'input.containers.1#container-on-shipment',
      'input.lines.0.value#value-matches-order',
      'input.lines.2.quantity#quantity-within-order',
    ]);
    expect(errors.map((e) => e.message)).toEqual([
      'input.containers.1: container TGHU7654320 is not on the shipment',
      'input.lines.0.value: declares 18500.00 USD for 1200 H87; order line 1 gives 18000.00 USD for that quantity (tolerance 0.01)',
      'input.lines.2.quantity: declares 100 H87 (1300 with the lines before it), more than the 1200 H87 of order line 1',
    ]);
  });

  it('accepts part of an order line at its pro-rata value, within one minor unit of rounding', () => {
    const context: DeclarationContext = {
      today: TODAY,
      order: { ...motoPartsOrder(), lines: [{ hsCode: '8714100090', quantity: '3', unit: 'H87', amount: '10.00' }] },
      shipment: railSeaShipment(),
    };
    const line = goodExport().lines[0]!;
    const declare = (value: string) => ({ ...goodExport(), lines: [{ ...line, quantity: '1', value }], totals: { ...goodExport().totals, value } });
    expect(accepted(declare('3.33'), context).lines[0]!.value.toFixed(2)).toBe('3.33');
    expect(accepted(declare('3.34'), context).lines[0]!.value.toFixed(2)).toBe('3.34');
    expect(pairs(refused(declare('3.35'), context))).toEqual(['input.lines.0.value#value-matches-order']);
    expect(accepted(declare('3.32'), context).lines[0]!.value.toFixed(2)).toBe('3.32');
    expect(pairs(refused(declare('3.31'), context))).toEqual(['input.lines.0.value#value-matches-order']);
  });

  it('requires the declared total to equal the sum of the lines exactly', () => {
    expect(pairs(refused({ ...goodExport(), totals: { ...goodExport().totals, value: '27600.01' } }))).toEqual(['input.totals.value#total-equals-lines']);
  });

  it('checks the order line a goods line points to, and the order the declaration names', () => {
    const good = goodExport();
    const input: DeclarationInput = { ...good, lines: [{ ...good.lines[0]!, orderLineNo: 7 }, good.lines[1]!] };
    expect(pairs(refused(input))).toEqual(['input.lines.0.orderLineNo#order-line-exists']);
    expect(pairs(refused({ ...good, orderNumber: 'PO 4711' }))).toEqual(['input.orderNumber#order-number-format']);
  });

  it('requires the trade mode to fit the kind, and the kind to fit the order', () => {
    // 1039 market procurement exists for exports only
    const input: DeclarationInput = { ...goodExport(), kind: 'import', tradeMode: '1039' };
    expect(pairs(refused(input, { today: TODAY, order: { ...motoPartsOrder(), tradeMode: undefined } }))).toEqual([
      'input.kind#kind-matches-order',
      'input.tradeMode#trade-mode-kind',
      'input.lines.0.destinationCountry#destination-china',
      'input.lines.1.destinationCountry#destination-china',
    ]);
  });

  it('lets an exporter declare its own exports only', () => {
    const input: DeclarationInput = { ...goodExport(), kind: 'transit', declarant: { role: 'exporter', customsCode: '5001960077' } };
    expect(pairs(refused(input, { today: TODAY }))).toEqual(['input.declarant.role#declarant-role-kind']);
    expect(accepted({ ...goodExport(), declarant: { role: 'exporter', customsCode: '5001960077' } }).declarant.role).toBe('exporter');
  });

  it('lets an importer declare its own imports only', () => {
    const input: DeclarationInput = { ...goodExport(), declarant: { role: 'importer', customsCode: '5001960078' } };
    expect(pairs(refused(input, { today: TODAY }))).toEqual(['input.declarant.role#declarant-role-kind']);
  });

  it('takes the transport mode of the leg leaving the port, and a port in China', () => {
    expect(pairs(refused({ ...goodExport(), port: 'CNQZH', transportMode: 'rail', customsOffice: '7200' }))).toEqual(['input.transportMode#transport-mode-leg']);
    expect(pairs(refused({ ...goodExport(), port: 'SGSIN', transportMode: 'sea' }))).toEqual(['input.port#port-in-china']);
  });

  it('asks for the containers when the shipment has some, and refuses one listed twice', () => {
    expect(pairs(refused({ ...goodExport(), containers: [] }))).toEqual(['input.containers#required']);
    expect(pairs(refused({ ...goodExport(), containers: ['CSQU3054383', 'csqu 305438 3'] }))).toEqual(['input.containers.1#duplicate']);
  });

  it('refuses a 6-digit HS code outside a two-step summary', () => {
    const input = goodExport();
    input.lines[0] = { ...input.lines[0]!, hsCode: '871410' };
    expect(pairs(refused(input))).toEqual(['input.lines.0.hsCode#hs-declaration-digits']);
  });

  it('throws on a malformed today or context order: a programming error, not the declarant’s', () => {
    expect(() => validateDeclaration(goodExport(), { today: '1 July 2025' })).toThrow(RangeError);
    expect(() => validateDeclaration(goodExport(), { today: TODAY, order: { ...motoPartsOrder(), currency: 'XXX' } })).toThrow(RangeError);
  });
});

describe('validateDeclaration: advance declaration (提前申报)', () => {
  const advance = (expectedDate: string | null): DeclarationInput => ({ ...goodExport(), mode: 'advance', expectedDate });

  it('is accepted with an expected loading date after today', () => {
    expect(accepted(advance('2025-07-03'))).toMatchObject({ mode: 'advance', expectedDate: '2025-07-03' });
  });

  it('is refused with a past date, or today', () => {
    const errors = refused(advance('2025-06-28'));
    expect(pairs(errors)).toEqual(['input.expectedDate#advance-date-future']);
    expect(errors[0]!.message).toBe('input.expectedDate: an advance declaration is made before the goods are loaded: 2025-06-28 is not after today (2025-07-01)');
    expect(pairs(refused(advance(TODAY)))).toEqual(['input.expectedDate#advance-date-future']);
  });

  it('needs a real date, and a date only in advance mode', () => {
    expect(pairs(refused(advance(null)))).toEqual(['input.expectedDate#required']);
    expect(pairs(refused(advance('2025-02-30')))).toEqual(['input.expectedDate#iso-date']);
    expect(pairs(refused({ ...goodExport(), expectedDate: '2025-07-03' }))).toEqual(['input.expectedDate#advance-only']);
  });
});

describe('routePorts', () => {
  const legs = railSeaShipment().legs;
  it('export: where the route starts or leaves China; import: where it enters or ends; transit: any Chinese place', () => {
    expect(routePorts('export', legs)).toEqual(['CNCKG', 'CNQZH']);
    const back = [...legs].reverse().map((l) => ({ from: l.to, to: l.from, mode: l.mode }));
    expect(routePorts('import', back)).toEqual(['CNQZH', 'CNCKG']);
    expect(routePorts('transit', [{ from: 'CNYIW', to: 'CNCKG', mode: 'air' }, { from: 'CNCKG', to: 'USLAX', mode: 'air' }])).toEqual(['CNYIW', 'CNCKG']);
  });
});
