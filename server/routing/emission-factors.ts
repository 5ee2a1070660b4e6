/**
 * CO2 emission intensity per tonne-km by transport mode.
 *
 * Source of the numbers: Cefic / ECTA, "Guidelines for Measuring and Managing CO2 Emission from
 * Freight Transport Operations", Issue 1, March 2011 (A. McKinnon and M. Piecyk), section 4.2,
 * table of average emission factors by mode. Those guidelines predate EN 16258:2012 and the GLEC
 * Framework (Smart Freight Centre; v3.0, 2023, aligned with ISO 14083:2023), which replaced single
 * modal averages with lane-, vehicle- and fuel-specific well-to-wheel CO2e defaults. We use the
 * 2011 modal averages because they are one figure per mode, which is what this simulator needs.
 *
 * They are INDICATIVE DEFAULTS for comparing options, not an emissions report: real intensity
 * varies several-fold with load factor, vessel/aircraft size, electricity mix (Chinese and EU rail
 * are largely electric, Kazakh and Lao sections partly diesel), river direction (upstream vs
 * downstream on the Yangtze) and empty running. The figures are quoted from our reading of the
 * Cefic/ECTA table and should be checked against the publication (or replaced by GLEC v3 values)
 * before being used for anything but training.
 *
 * Weight basis: the cargo's gross weight (container tare excluded), for every mode including air
 * (volumetric "chargeable" weight is a tariff rule and does not emit CO2).
 */
import { Decimal } from '../shared/money';
import type { TransportMode } from './places';

/** Grams of CO2 per tonne-km, by mode (Cefic/ECTA 2011 averages, see above). */
export const CO2_G_PER_TONNE_KM: Readonly<Record<TransportMode, Decimal>> = Object.freeze({
  // Deep-sea container ship: 8 g/t-km. Cefic/ECTA 2011 "deep-sea container". Intra-Asia feeders
  // (e.g. Qinzhou-Singapore) use smaller ships and sit nearer the 16 g/t-km "short sea" figure;
  // one factor per mode keeps the model simple and understates feeder legs.
  sea: new Decimal(8),
  // Rail: 22 g/t-km. Cefic/ECTA 2011 "rail transport" (European average, mixed electric/diesel).
  rail: new Decimal(22),
  // Road: 62 g/t-km. Cefic/ECTA 2011 "road transport" (articulated truck, average load incl. empty running).
  road: new Decimal(62),
  // Air freight: 602 g/t-km. Cefic/ECTA 2011 "airfreight" (long-haul average). ICAO's carbon
  // calculator works per route from fuel burn and gives no single factor; distances for air legs
  // use great-circle + 95 km (EU ETS, Commission Decision 2009/339/EC), see legs.ts.
  air: new Decimal(602),
  // Inland waterway: 31 g/t-km. Cefic/ECTA 2011 "barge transport" (Rhine-type barges). Large
  // Yangtze container vessels are likely more efficient downstream and less upstream.
  river: new Decimal(31),
});

export const CO2_FACTOR_SOURCE =
  'Cefic/ECTA Guidelines for Measuring and Managing CO2 Emission from Freight Transport Operations, Issue 1 (March 2011), average factors by mode; indicative defaults';

/**
 * kg CO2 for moving `tonnes` over `km` by `mode`: factor (g/t-km) x t x km / 1000, rounded half-up
 * to 0.1 kg. Inputs may be numbers or Decimals; negative or non-finite inputs are a programming error.
 */
export function co2Kg(mode: TransportMode, tonnes: number | string | Decimal, km: number | string | Decimal): Decimal {
  const t = new Decimal(tonnes);
  const d = new Decimal(km);
  if (!t.isFinite() || !d.isFinite() || t.isNegative() || d.isNegative()) {
    throw new RangeError(`co2Kg: tonnes and km must be finite and non-negative (got ${t.toString()}, ${d.toString()})`);
  }
  return CO2_G_PER_TONNE_KM[mode].times(t).times(d).dividedBy(1000).toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
}
