import Decimal from 'decimal.js';
import { CO2_G_PER_TONNE_KM, co2Kg } from '../../server/routing/emission-factors';

describe('co2Kg', () => {
  it('is factor (g/t-km) x tonnes x km / 1000, as a Decimal in kg', () => {
    const kg = co2Kg('rail', 10, 1170);
    expect(kg).toBeInstanceOf(Decimal);
    expect(kg.toFixed(1)).toBe('257.4'); // 22 g x 10 t x 1170 km = 257,400 g
    expect(co2Kg('sea', 10, 2500).toFixed(1)).toBe('200.0'); // 8 x 10 x 2500
    expect(co2Kg('air', 0.5, 11616).toFixed(1)).toBe('3496.4'); // 602 x 0.5 x 11616 = 3,496,416 g
    expect(co2Kg('road', 2, 348).toFixed(1)).toBe('43.2'); // 62 x 2 x 348 = 43,152 g
    expect(co2Kg('river', 10, 2400).toFixed(1)).toBe('744.0'); // 31 x 10 x 2400
  });

  it('rounds half-up to 0.1 kg in decimal, not binary, arithmetic', () => {
    expect(co2Kg('sea', 1, '6.25').toString()).toBe('0.1'); // exactly 0.05 kg
    expect(co2Kg('sea', 1, '6.2').toString()).toBe('0'); // 0.0496 kg
    expect(co2Kg('rail', '0.1', '0.3').toString()).toBe('0'); // 0.00066 kg
  });

  it('orders the modes air > road > river > rail > sea per tonne-km', () => {
    const f = CO2_G_PER_TONNE_KM;
    expect([f.air, f.road, f.river, f.rail, f.sea].map((d) => d.toNumber())).toEqual([602, 62, 31, 22, 8]);
  });

  it('rejects negative or non-finite inputs', () => {
    expect(() => co2Kg('sea', -1, 100)).toThrow(RangeError);
    expect(() => co2Kg('sea', 1, Infinity)).toThrow(RangeError);
  });
});
