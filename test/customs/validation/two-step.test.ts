import type { DeclarationInput } from '../../../server/customs/validation/declaration-input';
import { validateDeclaration } from '../../../server/customs/validation/declaration.validation';
import { durianComplete, durianSummary, goodExport, importContext, exportContext, pairs } from './fixtures';

describe('two-step import declaration (两步申报): the summary step', () => {
  it('is accepted with fewer fields: 6-digit HS, no destination, invoice, total value or package count', () => {
    const result = validateDeclaration(durianSummary(), importContext());
    if (!result.ok) throw new Error(result.error.map((e) => e.message).join('\n'));
    expect(result.value).toMatchObject({
      kind: 'import',
      mode: 'twoStep',
      step: 'summary',
      port: 'CNCKG',
      invoiceNumber: null,
      totals: { value: null, currency: null, packages: null },
      twoStep: { dutiable: true, guaranteeReference: 'GTE-CQ-2025-0042', summaryDeclarationNumber: null },
      warnings: [],
    });
    expect(result.value.lines[0]).toMatchObject({ hsCode: '081060', heading: '0810', unit: 'KGM', currency: 'CNY', originCountry: 'TH', destinationCountry: null });
  });

  it('the same fields are not enough for the complete step', () => {
    const input: DeclarationInput = { ...durianSummary(), twoStep: { step: 'complete', dutiable: true } };
    const result = validateDeclaration(input, importContext());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(pairs(result.error)).toEqual([
      'input.lines.0.hsCode#hs-declaration-digits',
      'input.lines.0.destinationCountry#required',
      'input.totals.value#required',
      'input.totals.currency#required',
      'input.totals.packages#required',
      'input.invoiceNumber#required',
      'input.twoStep.summaryDeclarationNumber#required',
    ]);
  });

  it('still checks the summary against the order and the shipment (quantity, value, container, port)', () => {
    const summary = durianSummary();
    const input: DeclarationInput = {
      ...summary,
      port: 'CNSHA',
      containers: ['TRLU4455664'],
      lines: [{ ...summary.lines[0]!, quantity: '21000', value: '756000.00' }],
    };
    const result = validateDeclaration(input, importContext());
    expect(result.ok ? [] : pairs(result.error)).toEqual([
      'input.port#port-on-route',
      'input.containers.0#container-on-shipment',
      'input.lines.0.quantity#quantity-within-order',
    ]);
  });

  it('needs a tax guarantee when the goods are dutiable, and none otherwise', () => {
    const summary = durianSummary();
    const noGuarantee = validateDeclaration({ ...summary, twoStep: { step: 'summary', dutiable: true } }, importContext());
    expect(noGuarantee.ok ? [] : pairs(noGuarantee.error)).toEqual(['input.twoStep.guaranteeReference#required']);
    expect(validateDeclaration({ ...summary, twoStep: { step: 'summary', dutiable: false } }, importContext()).ok).toBe(true);
  });

  it('has no declaration number of its own yet', () => {
    const input: DeclarationInput = { ...durianSummary(), twoStep: { ...durianSummary().twoStep!, summaryDeclarationNumber: '800120251000012345' } };
    const result = validateDeclaration(input, importContext());
    expect(result.ok ? [] : pairs(result.error)).toEqual(['input.twoStep.summaryDeclarationNumber#complete-step-only']);
  });
});

describe('two-step import declaration: the complete step', () => {
  it('is accepted with every field and the summary’s 18-digit number', () => {
    const result = validateDeclaration(durianComplete(), importContext());
    if (!result.ok) throw new Error(result.error.map((e) => e.message).join('\n'));
    expect(result.value).toMatchObject({ step: 'complete', twoStep: { summaryDeclarationNumber: '800120251000012345' } });
    expect(result.value.totals.value?.toFixed(2)).toBe('720000.00');
  });

  it('quotes an import declaration number of the same office', () => {
    const complete = durianComplete();
    const withNumber = (n: string): DeclarationInput => ({ ...complete, twoStep: { ...complete.twoStep!, summaryDeclarationNumber: n } });
    const rules = (n: string) => {
      const r = validateDeclaration(withNumber(n), importContext());
      return r.ok ? [] : pairs(r.error);
    };
    expect(rules('8001-2025-1-12345')).toEqual(['input.twoStep.summaryDeclarationNumber#declaration-number-format']);
    expect(rules('800120250000012345')).toEqual(['input.twoStep.summaryDeclarationNumber#declaration-number-direction']);
    expect(rules('720020251000012345')).toEqual(['input.twoStep.summaryDeclarationNumber#declaration-number-office']);
    expect(rules('800120261000012345')).toEqual(['input.twoStep.summaryDeclarationNumber#declaration-number-year']);
  });
});

describe('two-step mode and its details', () => {
  it('is for imports only', () => {
    const input: DeclarationInput = { ...goodExport(), mode: 'twoStep', twoStep: { step: 'summary', dutiable: false } };
    const result = validateDeclaration(input, exportContext());
    expect(result.ok ? [] : pairs(result.error)).toEqual(['input.mode#two-step-import-only']);
  });

  it('needs its step, and its details belong to two-step mode only', () => {
    const missing = validateDeclaration({ ...durianSummary(), twoStep: null }, importContext());
    expect(missing.ok ? [] : pairs(missing.error)).toEqual(['input.twoStep#required']);
    const stray = validateDeclaration({ ...goodExport(), twoStep: { step: 'summary', dutiable: false } }, exportContext());
    expect(stray.ok ? [] : pairs(stray.error)).toEqual(['input.twoStep#two-step-only']);
    const unknown = validateDeclaration({ ...durianSummary(), twoStep: { step: 'final', dutiable: true } } as unknown as DeclarationInput, importContext());
    expect(unknown.ok ? [] : pairs(unknown.error)).toEqual(['input.twoStep.step#two-step-step']);
  });

  it('an import port is where the route enters China or where it ends', () => {
    const atBorder = validateDeclaration({ ...durianSummary(), port: 'CNKMG' }, importContext());
    expect(atBorder.ok).toBe(true);
  });
});
