/**
 * Freight bases derived from the cargo: TEU for container legs, chargeable weight for air legs.
 */
import { Decimal } from '../shared/money';

export interface CargoInput {
  readonly grossWeightKg: number;
  readonly volumeM3?: number;
  /** Twenty-foot equivalent units booked. */
  readonly teu?: number;
  /** 40-foot containers booked (2 TEU each). */
  readonly containers?: number;
}

/** IATA volumetric rule 1:6000 (6,000 cm3 per kg) = 166.67 kg/m3, rounded to 167 as the trade does. */
export const VOLUMETRIC_KG_PER_M3 = 167;
/** Usable volume of a 20' dry container used to turn m3 into TEU (~33 m3). */
export const M3_PER_TEU = 33;

/** Why a cargo is unusable, or undefined if it is fine. */
/** A large container ship's load, as the upper bound of one booking. */
export const MAX_TEU = 25_000;
export const MAX_GROSS_WEIGHT_KG = 100_000_000;
export const MAX_VOLUME_M3 = 1_000_000;

export function cargoProblem(cargo: CargoInput | undefined): string | undefined {
  if (cargo === undefined || cargo === null || typeof cargo !== 'object') return 'cargo is required';
  const { grossWeightKg, volumeM3, teu, containers } = cargo;
  if (typeof grossWeightKg !== 'number' || !Number.isFinite(grossWeightKg) || grossWeightKg <= 0) {
    return 'cargo.grossWeightKg must be a positive number';
  }
  // Bounds keep costs and CO2 within what a shipment can be (and what Decimal128 carries).
  if (grossWeightKg > MAX_GROSS_WEIGHT_KG) return `cargo.grossWeightKg must be at most ${MAX_GROSS_WEIGHT_KG} (100,000 t)`;
  if (volumeM3 !== undefined && (typeof volumeM3 !== 'number' || !Number.isFinite(volumeM3) || volumeM3 < 0 || volumeM3 > MAX_VOLUME_M3)) {
    return `cargo.volumeM3 must be a number from 0 to ${MAX_VOLUME_M3}`;
  }
  if (teu !== undefined && !(Number.isInteger(teu) && teu > 0 && teu <= MAX_TEU)) return `cargo.teu must be a whole number from 1 to ${MAX_TEU}`;
  if (containers !== undefined && !(Number.isInteger(containers) && containers > 0)) {
    return 'cargo.containers must be a positive whole number';
  }
  return undefined;
}

/** TEU to charge container legs for: teu, else 40' containers x 2, else ceil(volume / 33 m3); at least 1. */
export function teuFor(cargo: CargoInput): number {
  if (cargo.teu !== undefined) return Math.max(1, cargo.teu);
  if (cargo.containers !== undefined) return Math.max(1, cargo.containers * 2);
  if (cargo.volumeM3 !== undefined) return Math.max(1, Math.ceil(cargo.volumeM3 / M3_PER_TEU));
  return 1;
}

/**
 * Air chargeable weight: the greater of gross weight and volume x 167 kg/m3, rounded up to the
 * next 0.5 kg (IATA practice for chargeable weight).
 */
export function chargeableWeightKg(cargo: CargoInput): Decimal {
  const gross = new Decimal(cargo.grossWeightKg);
  const volumetric = new Decimal(cargo.volumeM3 ?? 0).times(VOLUMETRIC_KG_PER_M3);
  return Decimal.max(gross, volumetric).times(2).ceil().dividedBy(2);
}
