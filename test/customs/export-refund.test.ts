import { exportRefund, fobValue, type ExportRefund, type FobValue } from '../../server/customs/rules/export-refund';

function fob(...args: Parameters<typeof fobValue>): FobValue {
  const result = fobValue(...args);
  if (!result.ok) throw new Error(`expected a FOB value, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function refund(...args: Parameters<typeof exportRefund>): ExportRefund {
  const result = exportRefund(...args);
  if (!result.ok) throw new Error(`expected a refund, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const usd = (amount: string) => ({ amount, currency: 'USD' });

describe('fobValue', () => {
  it('CIF: invoice − freight − insurance (100,000.00 − 3,250.50 − 110.35 = 96,639.15)', () => {
    expect(fob('CIF', usd('100000.00'), usd('3250.50'), usd('110.35'))).toEqual({
      incoterm: 'CIF',
      amount: '96639.15',
      currency: 'USD',
      deducted: { freight: '3250.50', insurance: '110.35' },
      notes: ['CIF price 100000.00 USD less freight 3250.50 and insurance 110.35: FOB value 96639.15 USD'],
    });
  });

  it('CFR: invoice − freight (100,000.00 − 3,250.50 = 96,749.50), insurance ignored with a note', () => {
    expect(fob('cfr', usd('100000.00'), usd('3250.50'))).toMatchObject({ incoterm: 'CFR', amount: '96749.50', notes: ['CFR price 100000.00 USD less freight 3250.50: FOB value 96749.50 USD'] });
    expect(fob('CFR', usd('100000.00'), usd('3250.50'), usd('110.35'))).toMatchObject({
      amount: '96749.50',
      deducted: { freight: '3250.50', insurance: '0.00' },
      notes: ['CFR price 100000.00 USD less freight 3250.50: FOB value 96749.50 USD', 'insurance not part of a CFR price: ignored'],
    });
  });

  it('CIP and CPT like CIF and CFR', () => {
    expect(fob('CIP', usd('100000.00'), usd('3250.50'), usd('110.35'))).toMatchObject({
      amount: '96639.15',
      notes: ['CIP treated like CIF: carriage and insurance deducted', 'CIP price 100000.00 USD less freight 3250.50 and insurance 110.35: FOB value 96639.15 USD'],
    });
    expect(fob('CPT', usd('100000.00'), usd('3250.50'))).toMatchObject({ amount: '96749.50', notes: ['CPT treated like CFR: carriage deducted', 'CPT price 100000.00 USD less freight 3250.50: FOB value 96749.50 USD'] });
  });

  it('FOB as it stands; EXW, FCA and FAS taken as the FOB value with a note', () => {
    expect(fob('FOB', usd('100000.00'))).toMatchObject({ amount: '100000.00', notes: [] });
    expect(fob('FOB', usd('100000.00'), usd('3250.50'))).toMatchObject({ amount: '100000.00', notes: ['freight not part of a FOB price: ignored'] });
    expect(fob('EXW', usd('100000.00')).notes).toEqual(['EXW price taken as the FOB value (export clearance and carriage to the ship not added)']);
    expect(fob('FCA', usd('100000.00')).notes).toEqual(['FCA price taken as the FOB value (delivery to the carrier, not on board)']);
    expect(fob('FAS', usd('100000.00')).notes).toEqual(['FAS price taken as the FOB value (loading on board not added)']);
  });

  it("keeps the invoice currency's minor units", () => {
    // 1,500,000 − 42,000 − 1,650 = 1,456,350 yen
    expect(fob('CIF', { amount: '1500000', currency: 'JPY' }, { amount: '42000', currency: 'JPY' }, { amount: '1650', currency: 'JPY' })).toMatchObject({
      amount: '1456350',
      currency: 'JPY',
    });
  });

  it('refuses the D rules, a missing freight, another currency, and charges that leave nothing', () => {
    expect(fobValue('DAP', usd('100'))).toMatchObject({ ok: false, error: [{ rule: 'incoterm-fob-unsupported' }] });
    expect(fobValue('XYZ', usd('100'))).toMatchObject({ ok: false, error: [{ rule: 'incoterm-unknown' }] });
    expect(fobValue('CIF', usd('100'), usd('5'))).toMatchObject({ ok: false, error: [{ field: ['insurance'], rule: 'required' }] });
    expect(fobValue('CFR', usd('100'), { amount: '5', currency: 'CNY' })).toMatchObject({
      ok: false,
      error: [{ field: ['freight', 'currency'], rule: 'currency-mismatch' }],
    });
    expect(fobValue('CIF', usd('100'), usd('90'), usd('10'))).toMatchObject({ ok: false, error: [{ rule: 'fob-not-positive' }] });
  });
});

describe('exportRefund', () => {
  it('refunds FOB × rate per line, each rounded half-up to the fen, and totals the rounded lines', () => {
    const result = refund({
      currency: 'CNY',
      lines: [
        // 686,543.21 × 13 % = 89,250.6173 → 89,250.62
        { hsCode: '8471300000', fobValue: '686543.21' },
        // 123,456.78 × 9 % = 11,111.1102 → 11,111.11
        { hsCode: '8507.60.00', fobValue: '123456.78' },
        // 50,000.50 × 9 % = 4,500.045 → 4,500.05 (half-even would give 4,500.04)
        { hsCode: '8541430000', fobValue: '50000.50' },
        // 10,000.00 × 13 % = 1,300.00
        { hsCode: '9503000000', fobValue: '10000.00' },
      ],
    });
    expect(result).toEqual({
      currency: 'CNY',
      lines: [
        { hsCode: '8471300000', tableKey: '8471', fobValue: '686543.21', ratePercent: '13', refund: '89250.62' },
        { hsCode: '85076000', tableKey: '8507', fobValue: '123456.78', ratePercent: '9', refund: '11111.11' },
        { hsCode: '8541430000', tableKey: '854143', fobValue: '50000.50', ratePercent: '9', refund: '4500.05' },
        { hsCode: '9503000000', tableKey: '9503', fobValue: '10000.00', ratePercent: '13', refund: '1300.00' },
      ],
      totals: {
        fobValue: '870000.49', // 686,543.21 + 123,456.78 + 50,000.50 + 10,000.00
        refund: '106161.78', // 89,250.62 + 11,111.11 + 4,500.05 + 1,300.00
      },
    });
  });

  it('uses the longest prefix: LEDs (8541 41) keep 13 %', () => {
    // 20,000.00 × 13 % = 2,600.00
    expect(refund({ currency: 'CNY', lines: [{ hsCode: '8541410000', fobValue: '20000.00' }] }).lines[0]).toMatchObject({
      tableKey: '8541',
      refund: '2600.00',
    });
  });

  it('takes a configured table', () => {
    // 1,000.00 × 6 % = 60.00
    const table = { '0303': { description: 'Frozen fish', ratePercent: '6' } };
    expect(refund({ currency: 'CNY', lines: [{ hsCode: '0303890000', fobValue: '1000.00' }] }, table).totals).toEqual({ fobValue: '1000.00', refund: '60.00' });
  });

  it('reports goods without a rate and malformed lines', () => {
    const result = exportRefund({
      currency: 'CNY',
      lines: [
        { hsCode: '0303890000', fobValue: '100' },
        { hsCode: '8471300000', fobValue: 'abc' },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: [
        { field: ['lines', '0', 'hsCode'], rule: 'refund-rate-unknown' },
        { field: ['lines', '1', 'fobValue'], rule: 'decimal' },
      ],
    });
    expect(() => exportRefund({ currency: 'CNY', lines: [] }, { '8471': { description: '', ratePercent: '113' } })).toThrow(RangeError);
  });
});
