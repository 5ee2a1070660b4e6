/** The scenario CLI's command line and its --list output, checked without running anything. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { parseCliArgs } from '../../server/scenarios/cli-args';
import { type LoadedFile, formatProblem, formatScenarioList } from '../../server/scenarios/cli-list';
import type { Scenario } from '../../server/scenarios/scenario';
import { loadScenarioFile } from '../../server/scenarios/scenario-file';

const errorsOf = (argv: string[]): string[] => {
  const r = parseCliArgs(argv);
  if (r.ok) throw new Error(`expected errors for ${argv.join(' ')}, got ${JSON.stringify(r.value)}`);
  return r.error;
};

describe('parseCliArgs', () => {
  it('reads a run with every option', () => {
    expect(parseCliArgs(['scenarios/01.yaml', '--seed', '7', '--orders=250', '--workers', '2', '--round-orders', '100', '--out', 'tmp/r', '--quiet'])).toEqual({
      ok: true,
      value: { command: 'run', file: 'scenarios/01.yaml', seed: 7, orders: 250, workers: 2, roundOrders: 100, out: 'tmp/r', quiet: true },
    });
    expect(parseCliArgs(['s.yaml'])).toEqual({ ok: true, value: { command: 'run', file: 's.yaml', quiet: false } });
    expect(parseCliArgs(['--seed', '0', 's.yaml', '--orders', '1000000'])).toMatchObject({ ok: true, value: { seed: 0, orders: 1_000_000 } });
  });

  it('reads --list and --help', () => {
    expect(parseCliArgs(['--list'])).toEqual({ ok: true, value: { command: 'list' } });
    expect(parseCliArgs(['-h'])).toEqual({ ok: true, value: { command: 'help' } });
  });

  it.each([['-1'], ['1.5'], ['abc'], ['1e3'], [''], ['2147483648']])('refuses --seed=%s, naming the flag and the rule', (raw) => {
    expect(errorsOf(['s.yaml', `--seed=${raw}`])).toEqual([`--seed must be an integer from 0 to 2,147,483,647 (got ${JSON.stringify(raw)})`]);
  });

  it.each([['0'], ['1000001'], ['0x10'], ['-5'], [' 7']])('refuses --orders=%s, naming the flag and the rule', (raw) => {
    expect(errorsOf(['s.yaml', `--orders=${raw}`])).toEqual([`--orders must be an integer from 1 to 1,000,000 (got ${JSON.stringify(raw)})`]);
  });

  it.each([['0'], ['257'], ['two']])('refuses --workers=%s, naming the flag and the rule', (raw) => {
    expect(errorsOf(['s.yaml', `--workers=${raw}`])).toEqual([`--workers must be an integer from 1 to 256 (got ${JSON.stringify(raw)})`]);
  });

  it.each([['0'], ['1000001'], ['ten']])('refuses --round-orders=%s, naming the flag and the rule', (raw) => {
    expect(errorsOf(['s.yaml', `--round-orders=${raw}`])).toEqual([`--round-orders must be an integer from 1 to 1,000,000 (got ${JSON.stringify(raw)})`]);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf(['--seed=x', '--orders=0', '--out=']);
    expect(errors).toHaveLength(4);
    expect(errors[0]).toMatch(/scenario file is required/);
    expect(errors.slice(1).map((e) => e.split(' ')[0])).toEqual(['--seed', '--orders', '--out']);
  });

  it('refuses an unknown flag, a missing value and a second file', () => {
    expect(errorsOf(['s.yaml', '--bogus'])[0]).toMatch(/--bogus/);
    expect(errorsOf(['s.yaml', '--seed'])[0]).toMatch(/--seed/);
    expect(errorsOf(['a.yaml', 'b.yaml'])).toEqual(['one scenario file at a time (got 2: a.yaml b.yaml)']);
  });

  it('refuses --list with a file or run options', () => {
    expect(errorsOf(['--list', 's.yaml', '--seed=1'])).toEqual(['--list takes no scenario file or other flags (got s.yaml --seed)']);
  });
});

const scenario = (id: string, title: string, counts: Array<number | undefined>): Scenario =>
  ({ id, title, seed: 1, start: '2026-03-02T08:00:00Z', orders: counts.map((count, i) => ({ ref: `o${i}`, ...(count ? { count } : {}) })) }) as unknown as Scenario;

describe('formatScenarioList', () => {
  it('lists files sorted by name with id, orders and title, aligned', () => {
    const files: LoadedFile[] = [
      { file: '02-sea.yaml', result: { ok: true, value: scenario('sea-only', 'By sea', [3, undefined]) } },
      { file: '01-rail-sea.yaml', result: { ok: true, value: scenario('rail-sea-moto', 'Rail then sea', [undefined]) } },
    ];
    expect(formatScenarioList(files)).toEqual([
      '01-rail-sea.yaml  rail-sea-moto   1 order  Rail then sea',
      '02-sea.yaml       sea-only       4 orders  By sea',
    ]);
  });

  it('lists a file that fails to load as INVALID with its first problem', () => {
    const files: LoadedFile[] = [
      {
        file: '03-bad.yaml',
        result: {
          ok: false,
          error: [
            { path: '/seed', line: 14, column: 7, rule: 'minimum', message: '/seed: must be >= 0' },
            { path: '/title', line: 2, column: 1, rule: 'required', message: '/title: is required' },
          ],
        },
      },
      { file: '04-gone.yaml', result: { ok: false, error: 'EACCES: permission denied' } },
      { file: '01-ok.yaml', result: { ok: true, value: scenario('ok-one', 'Fine', [undefined]) } },
    ];
    expect(formatScenarioList(files)).toEqual([
      '01-ok.yaml    ok-one  1 order  Fine',
      '03-bad.yaml                    INVALID: 14:7 /seed [minimum] must be >= 0',
      '04-gone.yaml                   INVALID: EACCES: permission denied',
    ]);
  });

  it('lists every bundled scenario as valid', () => {
    const dir = path.join(__dirname, '..', '..', 'scenarios');
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((file) => ({ file, result: loadScenarioFile(path.join(dir, file)) }));
    const lines = formatScenarioList(files);
    expect(lines).toHaveLength(files.length);
    for (const line of lines) expect(line).not.toContain('INVALID');
  });
});

describe('formatProblem', () => {
  it('gives line, column, path, rule and message once', () => {
    expect(formatProblem({ path: '', line: 1, column: 1, rule: 'yaml', message: 'Nested mappings are not allowed' })).toBe(
      '1:1 / [yaml] Nested mappings are not allowed',
    );
    expect(formatProblem({ path: '/orders/0/goods/1', line: 30, column: 20, rule: 'unknown-goods', message: "/orders/0/goods/1: no goods named 'tyres'" })).toBe(
      "30:20 /orders/0/goods/1 [unknown-goods] no goods named 'tyres'",
    );
  });
});
