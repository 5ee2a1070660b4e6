/**
 * The scenario CLI's arguments, parsed and checked without side effects so the rules can be
 * tested: every problem is collected, each naming the flag and the rule it broke.
 */
import { parseArgs } from 'node:util';
import { type Result, fail, ok } from '../shared/result';

export const USAGE =
  'usage: npm run scenario -- scenarios/<file>.yaml [--seed N] [--orders N] [--workers N] [--round-orders N] [--out DIR] [--quiet]\n' +
  '       npm run scenario -- --list';

/** The scenario schema's own bound for a seed (and YIDAN_SEED's). */
export const MAX_SEED = 2_147_483_647;
export const MAX_ORDERS = 1_000_000;
/** Worker threads for one run: far above any machine's cores, a guard against a typo. */
export const MAX_WORKERS = 256;

export type CliOptions =
  | { command: 'help' }
  | { command: 'list' }
  | { command: 'run'; file: string; seed?: number; orders?: number; workers?: number; roundOrders?: number; out?: string; quiet: boolean };

/** Digits only: '1e3', '0x10', ' 7' and '3.0' are refused rather than guessed at. */
function integer(flag: string, raw: string | undefined, min: number, max: number, problems: string[]): number | undefined {
  if (raw === undefined) return undefined;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    problems.push(`--${flag} must be an integer from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} (got ${JSON.stringify(raw)})`);
    return undefined;
  }
  return value;
}

export function parseCliArgs(argv: readonly string[]): Result<CliOptions, string[]> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: true,
      options: {
        seed: { type: 'string' },
        orders: { type: 'string' },
        workers: { type: 'string' },
        'round-orders': { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node:util's messages already name the flag (unknown option, missing value).
    return fail([error instanceof Error ? error.message : String(error)]);
  }
  const { values, positionals } = parsed;
  if (values.help) return ok({ command: 'help' });

  const problems: string[] = [];
  if (values.list) {
    const extra = [...positionals, ...(['seed', 'orders', 'workers', 'round-orders', 'out', 'quiet'] as const).filter((f) => values[f] !== undefined).map((f) => `--${f}`)];
    if (extra.length > 0) problems.push(`--list takes no scenario file or other flags (got ${extra.join(' ')})`);
    return problems.length > 0 ? fail(problems) : ok({ command: 'list' });
  }

  if (positionals.length === 0) problems.push('a scenario file is required (or --list to see the bundled ones)');
  if (positionals.length > 1) problems.push(`one scenario file at a time (got ${positionals.length}: ${positionals.join(' ')})`);
  const seed = integer('seed', values.seed, 0, MAX_SEED, problems);
  const orders = integer('orders', values.orders, 1, MAX_ORDERS, problems);
  const workers = integer('workers', values.workers, 1, MAX_WORKERS, problems);
  const roundOrders = integer('round-orders', values['round-orders'], 1, MAX_ORDERS, problems);
  if (values.out !== undefined && values.out.trim() === '') problems.push('--out must name a directory (got an empty value)');
  if (problems.length > 0) return fail(problems);
  return ok({
    command: 'run',
    file: positionals[0]!,
    ...(seed !== undefined ? { seed } : {}),
    ...(orders !== undefined ? { orders } : {}),
    ...(workers !== undefined ? { workers } : {}),
    ...(roundOrders !== undefined ? { roundOrders } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    quiet: values.quiet ?? false,
  });
}
