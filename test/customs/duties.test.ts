import { computeImportTaxes, DEFAULT_TARIFF_TABLE, type ImportTaxes } from '../../server/customs/rules/duties';

function taxes(...args: Parameters<typeof computeImportTaxes>): ImportTaxes {
  const result = computeImportTaxes(...args);
  if (!result.ok) throw new Error(`expected taxes, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('computeImportTaxes', () => {
  it('computes duty, consumption tax and VAT per line and in total, to the fen', () => {
    const result = taxes({
      customsValue: { amount: '270345.72', currency: 'CNY' },
      lines: [
        { hsCode: '8703.23.90.00', value: '250000.00' },
        { hsCode: '2204210000', value: '12345.67' },
        { hsCode: '0810600000', value: '8000.05' },
      ],
    });
    expect(result.currency).toBe('CNY');
    expect(result.customsValue).toBe('270345.72');
    expect(result.lines).toEqual([
      {
        // Petrol car: duty 15 %, consumption tax 5 %, VAT 13 %.
        //   duty     250,000.00 × 0.15                          = 37,500.00
        //   CT basis (250,000.00 + 37,500.00) ÷ 0.95            = 302,631.578947…
        //   CT       302,631.578947… × 0.05 = 15,131.578947…    → 15,131.58
        //   VAT      (250,000.00 + 37,500.00 + 15,131.58) × 0.13
        //            = 302,631.58 × 0.13 = 39,342.1054          → 39,342.11
        //   total    37,500.00 + 15,131.58 + 39,342.11          = 91,973.69
        hsCode: '8703239000',
        tariffKey: '8703',
        value: '250000.00',
        dutyPercent: '15',
        duty: '37500.00',
        consumptionTaxPercent: '5',
        consumptionTaxBasis: '302631.58',
        consumptionTax: '15131.58',
        vatPercent: '13',
        vatBasis: '302631.58',
        vat: '39342.11',
        total: '91973.69',
      },
      {
        // Bottled wine: duty 14 %, consumption tax 10 %, VAT 13 %.
        //   duty     12,345.67 × 0.14 = 1,728.3938                      → 1,728.39
        //   CT basis (12,345.67 + 1,728.39) ÷ 0.9 = 14,074.06 ÷ 0.9 = 15,637.8444…
        //   CT       15,637.8444… × 0.1 = 1,563.78444…                  → 1,563.78
        //   VAT      (12,345.67 + 1,728.39 + 1,563.78) × 0.13
        //            = 15,637.84 × 0.13 = 2,032.9192                    → 2,032.92
        //   total    1,728.39 + 1,563.78 + 2,032.92                      = 5,325.09
        hsCode: '2204210000',
        tariffKey: '2204',
        value: '12345.67',
        dutyPercent: '14',
        duty: '1728.39',
        consumptionTaxPercent: '10',
        consumptionTaxBasis: '15637.84',
        consumptionTax: '1563.78',
        vatPercent: '13',
        vatBasis: '15637.84',
        vat: '2032.92',
        total: '5325.09',
      },
      {
        // Fresh durians: duty 20 %, no consumption tax, VAT 9 %.
        //   duty     8,000.05 × 0.20 = 1,600.01
        //   VAT      (8,000.05 + 1,600.01) × 0.09 = 9,600.06 × 0.09 = 864.0054 → 864.01
        //   total    1,600.01 + 864.01 = 2,464.02
        hsCode: '0810600000',
        tariffKey: '081060',
        value: '8000.05',
        dutyPercent: '20',
        duty: '1600.01',
        consumptionTaxPercent: '0',
        consumptionTaxBasis: '9600.06',
        consumptionTax: '0.00',
        vatPercent: '9',
        vatBasis: '9600.06',
        vat: '864.01',
        total: '2464.02',
      },
    ]);
    expect(result.totals).toEqual({
      duty: '40828.40', // 37,500.00 + 1,728.39 + 1,600.01
      consumptionTax: '16695.36', // 15,131.58 + 1,563.78 + 0
      vat: '42239.04', // 39,342.11 + 2,032.92 + 864.01
      total: '99762.80', // 91,973.69 + 5,325.09 + 2,464.02 = 40,828.40 + 16,695.36 + 42,239.04
      vatBasis: '327869.48', // 302,631.58 + 15,637.84 + 9,600.06
    });
  });

  it('rounds half-up, not half-even: 0.30 × 15 % = 0.045 → 0.05', () => {
    // duty 0.045 → 0.05; CT (0.30 + 0.05) ÷ 0.95 × 0.05 = 0.018421… → 0.02;
    // VAT (0.30 + 0.05 + 0.02) × 0.13 = 0.0481 → 0.05
    const [line] = taxes({ customsValue: { amount: '0.30', currency: 'CNY' }, lines: [{ hsCode: '8703239000', value: '0.30' }] }).lines;
    expect(line).toMatchObject({ duty: '0.05', consumptionTax: '0.02', vatBasis: '0.37', vat: '0.05', total: '0.12' });
  });

  it('uses the longest matching tariff key: battery-electric cars pay no consumption tax', () => {
    // duty 200,000.00 × 0.15 = 30,000.00; VAT 230,000.00 × 0.13 = 29,900.00
    const [line] = taxes({ customsValue: { amount: '200000', currency: 'CNY' }, lines: [{ hsCode: '8703800000', value: '200000' }] }).lines;
    expect(line).toMatchObject({ tariffKey: '870380', duty: '30000.00', consumptionTax: '0.00', vat: '29900.00', total: '59900.00' });
  });

  it("rounds to the currency's minor units: yen have none", () => {
    // Laptop, duty 0: VAT 1,000,005 × 0.13 = 130,000.65 → 130,001
    const result = taxes({ customsValue: { amount: '1000005', currency: 'JPY' }, lines: [{ hsCode: '8471300000', value: '1000005' }] });
    expect(result.lines[0]).toMatchObject({ duty: '0', vat: '130001', total: '130001' });
    expect(result.totals).toMatchObject({ vat: '130001', total: '130001' });
  });

  it('takes a configured table', () => {
    const table = { '9503': { description: 'Toys', dutyPercent: '5', vatPercent: '13' } };
    // 1,000.00 × 0.05 = 50.00; 1,050.00 × 0.13 = 136.50
    const [line] = taxes({ customsValue: { amount: '1000.00', currency: 'CNY' }, lines: [{ hsCode: '9503000000', value: '1000.00' }] }, table).lines;
    expect(line).toMatchObject({ duty: '50.00', vat: '136.50', total: '186.50' });
  });

  it('reports every input problem with its field', () => {
    const result = computeImportTaxes({
      customsValue: { amount: '100', currency: 'XYZ' },
      lines: [
        { hsCode: '9503000000', value: '60' },
        { hsCode: '1234', value: '-1' },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((e) => [e.field?.join('.'), e.rule])).toEqual([
      ['customsValue.currency', 'currency-unknown'],
      ['lines.0.hsCode', 'tariff-unknown'],
      ['lines.1.hsCode', 'hs-length'],
      ['lines.1.value', 'non-negative'],
    ]);
  });

  it('refuses lines that do not add up to the customs value', () => {
    const result = computeImportTaxes({
      customsValue: { amount: '100.00', currency: 'CNY' },
      lines: [{ hsCode: '8471300000', value: '99.99' }],
    });
    expect(result).toEqual({
      ok: false,
      error: [
        {
          code: 'VALIDATION',
          field: ['lines'],
          rule: 'lines-total',
          message: 'lines: line values add up to 99.99, not the customs value 100.00',
        },
      ],
    });
  });

  it('throws for a table that cannot be used', () => {
    const broken = { ...DEFAULT_TARIFF_TABLE, '87.03': { description: '', dutyPercent: 'x', vatPercent: '100' } };
    expect(() => computeImportTaxes({ customsValue: { amount: '1', currency: 'CNY' }, lines: [] }, broken)).toThrow(
      "invalid tariff table: '87.03' is not an HS prefix of 2 to 10 digits; 87.03.dutyPercent: 'x' is not a percentage; 87.03.vatPercent: '100' is not a percentage below 100",
    );
  });
});
