/**
 * Randomness as a dependency: domain code (risk selection, scenario incidents) draws from a
 * seeded generator so the same seed replays the same run. xoroshiro128+ from pure-rand: fast,
 * well tested, and its state can be saved and restored.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** The generator's state, to resume the same sequence later. */
  state(): readonly number[];
}

function wrap(rng: ReturnType<typeof xoroshiro128plus>): Random {
  return {
    next: () => uniformFloat64(rng),
    int: (min, max) => uniformInt(rng, min, max),
    state: () => rng.getState(),
  };
}

/** xoroshiro's first outputs from a small seed are poorly mixed; burning a few fixes that. */
const WARM_UP = 20;

export function seededRandom(seed: number): Random {
  if (!Number.isInteger(seed)) throw new Error(`a random seed must be an integer, got ${seed}`);
  const rng = xoroshiro128plus(seed);
  for (let i = 0; i < WARM_UP; i++) rng.next();
  return wrap(rng);
}

export function resumeRandom(state: readonly number[]): Random {
  return wrap(xoroshiro128plusFromState(state));
}

/**
 * A generator of its own for one key (a declaration number, an order) under a run's seed: the
 * draws a key gets do not depend on how many other keys drew before it, so concurrent requests
 * arriving in another order still replay the same outcomes. FNV-1a mixes seed and key into 32 bits.
 */
export function keyedRandom(seed: number, key: string): Random {
  if (!Number.isInteger(seed)) throw new Error(`a random seed must be an integer, got ${seed}`);
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(`${seed}:${key}`, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return seededRandom(hash | 0);
}
