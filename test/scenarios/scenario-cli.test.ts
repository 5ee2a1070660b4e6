/**
 * The scenario CLI as a trainer runs it, as a real process on the test deployment: --list, a run
 * that writes the report files, the same files again for the same seed, and a malformed file
 * refused with its line and rule.
 */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testMongoUri } from '../support/database';
import { startTs } from '../support/processes';

const CLI = 'server/scenarios/cli.ts';
const env = () => ({ MONGODB_URI: testMongoUri(), LOG_LEVEL: 'silent', CI: 'true' });

async function cli(args: string[]): Promise<{ code: number | null; output: string }> {
  const child = startTs(CLI, args, env());
  const code = await child.exited;
  return { code, output: child.output.join('\n') };
}

const filesIn = (dir: string): Record<string, string> => {
  const walk = (d: string): string[] => readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
  return Object.fromEntries(walk(dir).map((f) => [path.relative(dir, f), readFileSync(f, 'utf8')]));
};

it('lists every bundled scenario, one line each', async () => {
  const { code, output } = await cli(['--list']);
  expect(code).toBe(0);
  const bundled = readdirSync(path.join(__dirname, '..', '..', 'scenarios')).filter((f) => f.endsWith('.yaml'));
  for (const file of bundled) expect(output).toContain(file);
  expect(output).not.toContain('INVALID');
}, 30_000);

it('runs a scenario, writes JSON, Markdown and an SVG per order, and writes the same bytes for the same seed', async () => {
  const [a, b] = [mkdtempSync(path.join(os.tmpdir(), 'yidan-a-')), mkdtempSync(path.join(os.tmpdir(), 'yidan-b-'))];
  const first = await cli(['scenarios/01-rail-sea-moto-financing.yaml', '--seed', '11', '--orders', '3', '--out', a]);
  expect(first.code).toBe(0);
  expect(first.output).toMatch(/expectations/i);
  const second = await cli(['scenarios/01-rail-sea-moto-financing.yaml', '--seed', '11', '--orders', '3', '--out', b]);
  expect(second.code).toBe(0);
  const files = filesIn(a);
  expect(Object.keys(files).sort()).toEqual(['report.json', 'report.md', 'timelines/moto-2.svg', 'timelines/moto-3.svg', 'timelines/moto.svg']);
  expect(filesIn(b)).toEqual(files);
  const report = JSON.parse(files['report.json']) as { scenario: { seed: number; orders: number }; summary: { expectations: { met: number; total: number } } };
  expect(report.scenario).toMatchObject({ seed: 11, orders: 3 });
  expect(report.summary.expectations).toEqual({ met: 2, total: 2 });
}, 120_000);

it('refuses a malformed scenario with its line and rule, and bad flags naming the flag', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yidan-bad-'));
  const file = path.join(dir, 'bad.yaml');
  writeFileSync(file, readFileSync(path.join(__dirname, '..', '..', 'scenarios', '01-rail-sea-moto-financing.yaml'), 'utf8').replace('seed: 20260302', 'seed: -4'));
  const bad = await cli([file]);
  expect(bad.code).toBe(1);
  expect(bad.output).toMatch(/bad\.yaml:\d+:\d+ \/seed \[minimum\]/);
  const flags = await cli(['scenarios/01-rail-sea-moto-financing.yaml', '--orders', 'many']);
  expect(flags.code).toBe(2);
  expect(flags.output).toContain('--orders');
}, 60_000);
