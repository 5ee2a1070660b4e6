/** Scenario files: the bundled ones are valid; a malformed one is refused field by field, with lines. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadScenarioFile, parseScenario } from '../../server/scenarios/scenario-file';

const DIR = path.join(__dirname, '..', '..', 'scenarios');
const BUNDLED = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

it.each(BUNDLED)('%s is a valid scenario citing its seed lines', (file) => {
  const r = loadScenarioFile(path.join(DIR, file));
  if (!r.ok) throw new Error(JSON.stringify(r.error, null, 2));
  expect(r.value.sources?.length).toBeGreaterThan(0);
  expect(readFileSync(path.join(DIR, file), 'utf8')).toMatch(/^# Scenario \d+ — /);
});

const GOOD = readFileSync(path.join(DIR, '01-rail-sea-moto-financing.yaml'), 'utf8');

it('names the field, line and rule of every problem at once', () => {
  const bad = GOOD.replace('seed: 20260302', 'seed: -4')
    .replace('    unit: H87\n', '    unit: pieces\n')
    .replace('    goods: [brakes]', '    goods: [brakes, tyres]')
    .replace('incoterm: FCA', 'incoterm: FREE')
    .replace('    route: { modes: [rail, sea], rankBy: cost }', '    route: { modes: [rail, sea], rankBy: cost, via: CNQZH }');
  const r = parseScenario(bad);
  expect(r.ok).toBe(false);
  const problems = !r.ok ? r.error.map((p) => `${p.path}@${p.line}#${p.rule}`) : [];
  const lineOf = (text: string) => bad.split('\n').findIndex((l) => l.includes(text)) + 1;
  expect(problems).toEqual(
    expect.arrayContaining([
      `/seed@${lineOf('seed: -4')}#minimum`,
      `/goods/brakes/unit@${lineOf('unit: pieces')}#pattern`,
      `/orders/0/incoterm@${lineOf('incoterm: FREE')}#enum`,
      `/orders/0/route/via@${lineOf('via: CNQZH')}#additionalProperties`,
    ]),
  );
  // Cross-field rules run only on a file the schema accepts.
  const unknownGoods = parseScenario(GOOD.replace('    goods: [brakes]', '    goods: [brakes, tyres]'));
  expect(!unknownGoods.ok && unknownGoods.error).toEqual([
    expect.objectContaining({ path: '/orders/0/goods/1', rule: 'unknown-goods', line: GOOD.split('\n').findIndex((l) => l.includes('goods: [brakes]')) + 1 }),
  ]);
});

it('points at the missing field, the unknown incident type and the unknown order', () => {
  const r = parseScenario(GOOD.replace('title: Motorcycle parts by rail-sea via Qinzhou, financed against the one bill\n', '').replace('type: documentMismatch', 'type: meteorStrike'));
  const problems = !r.ok ? r.error.map((p) => `${p.path}#${p.rule}`) : [];
  expect(problems).toEqual(expect.arrayContaining(['/title#required', '/incidents/0/type#discriminator']));
  const orphan = parseScenario(GOOD.replace('order: moto, document: invoice', 'order: nobody, document: invoice'));
  expect(!orphan.ok && orphan.error.map((p) => `${p.path}#${p.rule}`)).toEqual(['/incidents/0/order#unknown-order']);
});

it('reports YAML syntax errors with their line', () => {
  const r = parseScenario('id: x\ntitle: [unclosed\nseed: 1\n');
  expect(r.ok).toBe(false);
  expect(!r.ok && r.error[0]).toMatchObject({ rule: 'yaml', line: expect.any(Number) });
});

it('keeps the import reforms to imports, and refuses on an import what the import script does not play', () => {
  const IMPORT = readFileSync(path.join(DIR, '08-bonded-import-two-step.yaml'), 'utf8');
  const rules = (text: string) => {
    const r = parseScenario(text);
    return r.ok ? [] : r.error.map((p) => `${p.path}#${p.rule}`);
  };
  // scenario 1's export cannot be declared in two steps nor admitted in two stages
  expect(rules(GOOD.replace('    bill: toOrder\n', '    bill: toOrder\n    customs: { mode: twoStep, twoStage: true }\n'))).toEqual(['/orders/0/customs/mode#two-step-import-only', '/orders/0/customs/twoStage#two-stage-import-only']);
  expect(rules(IMPORT.replace('customs: { mode: twoStep, completeAfterDays: 5 }', 'customs: { mode: twoStep, twoStage: true }'))).toEqual(['/orders/0/customs/twoStage#two-stage-not-two-step']);
  expect(rules(IMPORT.replace('customs: { mode: advance, twoStage: true }', 'customs: { mode: advance, completeAfterDays: 3 }'))).toEqual(['/orders/1/customs/completeAfterDays#two-step-only']);
  expect(rules(IMPORT.replace('    bill: straight\n', '    bill: straight\n    financing: { bank: CQ-BANK, kind: billPledge }\n'))).toEqual(['/orders/0/financing#import-financing']);
  expect(rules(IMPORT.replace('expectations:\n', 'incidents:\n  - { day: 1, type: buyerDefault, order: durian }\n  - { day: 1, type: redLaneInspection, order: durian }\nexpectations:\n'))).toEqual(['/incidents/0/type#import-incident']);
});
