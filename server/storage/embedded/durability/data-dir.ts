/** Where a durable engine keeps its data, from YIDAN_DATA_DIR or a --data-dir flag. */
import path from 'node:path';

/** The value that asks for today's memory-only engine (as SQLite's ':memory:'). */
export const MEMORY_ONLY = ':memory:';

/**
 * undefined means memory only. A relative path is taken from `cwd` (where the user ran npm, so
 * `YIDAN_DATA_DIR=./mydata npm start` means the directory they see); unset means `fallback`.
 */
export function resolveDataDir(raw: string | undefined, fallback: string, cwd: string): string | undefined {
  const value = raw?.trim();
  if (value === MEMORY_ONLY) return undefined;
  if (value === undefined || value === '') return fallback;
  return path.resolve(cwd, value);
}
