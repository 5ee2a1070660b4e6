/**
 * The layering check (`npm run layering`, part of `npm test`) must fail when an arrow runs up or
 * a circle appears; these tests give it small trees that break each rule and expect it to say so.
 * Two conventions dependency-cruiser cannot see (it follows imports, not property reads) are
 * checked here by reading the source.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const depcruise = path.join(root, 'node_modules/.bin/depcruise');
const config = path.join(root, '.dependency-cruiser.cjs');

/** Runs the project's layering rules over a tree of files; the exit code and what it printed. */
function cruise(files: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'yidan-layering-'));
  try {
    writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16' } }));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), text);
    }
    const top = [...new Set(Object.keys(files).map((f) => f.split('/')[0]))];
    const run = spawnSync(depcruise, [...top, '--config', config, '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the layering check', () => {
  it('passes a tree whose arrows run down', () => {
    const r = cruise({
      'server/graphql/resolvers/order.resolvers.ts': "import { OrderService } from '../../orders/order.service';\nexport const r = OrderService;\n",
      'server/orders/order.service.ts': "import { orderModel } from '../models/order.model';\nexport const OrderService = orderModel;\n",
      'server/models/order.model.ts': "import { ROLES } from './roles';\nexport const orderModel = ROLES;\n",
      'server/models/roles.ts': 'export const ROLES = [];\n',
    });
    expect(r.output).toContain('no dependency violations');
    expect(r.status).toBe(0);
  });

  // One tree breaking every rule once: one run (each takes seconds) must name all of them.
  const BREACHES: ReadonlyArray<[rule: string, files: Record<string, string>]> = [
    ['models-below-areas', { 'server/models/party.model.ts': "import { ROLES } from '../parties/roles';\nexport const m = ROLES;\n", 'server/parties/roles.ts': 'export const ROLES = [];\n' }],
    ['machines-are-pure', { 'machines/financing.machine.ts': "import { Decimal } from '../server/shared/money';\nexport const m = Decimal;\n", 'server/shared/money.ts': 'export const Decimal = 1;\n' }],
    ['lifecycle-below-areas', { 'server/lifecycle/outbox.ts': "import { outboxModel } from '../models/outbox.model';\nexport const o = outboxModel;\n", 'server/models/outbox.model.ts': 'export const outboxModel = 1;\n' }],
    ['areas-below-graphql', { 'server/bills/bill.service.ts': "import { payload } from '../graphql/payload';\nexport const b = payload;\n", 'server/graphql/payload.ts': 'export const payload = 1;\n' }],
    ['resolvers-do-not-touch-models', { 'server/graphql/resolvers/bill.resolvers.ts': "import { billModel } from '../../models/bill.model';\nexport const r = billModel;\n", 'server/models/bill.model.ts': 'export const billModel = 1;\n' }],
    ['production-does-not-import-tests', { 'server/bench/tracking.ts': "import { fixtures } from '../../test/support/order-fixtures';\nexport const t = fixtures;\n", 'test/support/order-fixtures.ts': 'export const fixtures = 1;\n' }],
    ['web-is-an-api-client', { 'web/src/orders.tsx': "import { OrderService } from '../../server/orders/list';\nexport const p = OrderService;\n", 'server/orders/list.ts': 'export const OrderService = 1;\n' }],
    ['server-does-not-import-web', { 'server/http/pages.ts': "import { en } from '../../web/src/i18n/texts';\nexport const h = en;\n", 'web/src/i18n/texts.ts': 'export const en = 1;\n' }],
    ['no-circular', { 'server/shipments/reroute.ts': "import { s } from './shipment.service';\nexport const r = s;\n", 'server/shipments/shipment.service.ts': "import { r } from './reroute';\nexport const s = r;\n" }],
  ];

  it('fails on a tree that breaks each rule, naming every rule broken', () => {
    const r = cruise(Object.assign({}, ...BREACHES.map(([, files]) => files)));
    expect(r.status).not.toBe(0);
    for (const [rule] of BREACHES) expect(r.output).toContain(`error ${rule}:`);
  });
});

/** Every .ts file under `dir` (relative to the project root), generated code left out. */
function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (name === '__generated__') return [];
    return statSync(path.join(root, rel)).isDirectory() ? sources(rel) : rel.endsWith('.ts') ? [rel] : [];
  });
}

describe('conventions the import graph does not show', () => {
  it('only the lifecycle reads a stored snapshot context; everyone else asks machineContext', () => {
    // `x.machine.snapshot.context` as a property read; the quoted form is a query path, which is fine.
    const readers = sources('server').filter((f) => !f.startsWith('server/lifecycle/') && /[\w)\]]\.machine\.snapshot\.context\b/.test(readFileSync(path.join(root, f), 'utf8')));
    expect(readers).toEqual([]);
  });

  it('resolvers reach no model through a service: lists are the services\' list()', () => {
    const offenders = sources('server/graphql/resolvers').filter((f) => /services\.\w+\.model\b|\w+\.model,/.test(readFileSync(path.join(root, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
