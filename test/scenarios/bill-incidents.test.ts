/**
 * The bill incidents (transferWhilePledged, billTampered): what the loader accepts, and the paths
 * scenario 7 does not take (a tampered straight bill caught by the issuer at surrender, a transfer
 * attempt that comes after the pledge was released), and that a run with them is repeatable.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Connection } from 'mongoose';
import { parseScenario } from '../../server/scenarios/scenario-file';
import type { Scenario } from '../../server/scenarios/scenario';
import { runScenario } from '../../server/scenarios/run/runner';
import { connectMongoose } from '../support/database';

const DIR = path.join(__dirname, '..', '..', 'scenarios');
const SEVEN = readFileSync(path.join(DIR, '07-digital-bill-title.yaml'), 'utf8');
const ONE = readFileSync(path.join(DIR, '01-rail-sea-moto-financing.yaml'), 'utf8');

let connection: Connection;
beforeAll(async () => {
  connection = await connectMongoose(__filename);
});
afterAll(() => connection.close());

function parsed(text: string): Scenario {
  const r = parseScenario(text);
  if (!r.ok) throw new Error(JSON.stringify(r.error, null, 2));
  return r.value;
}

const problems = (text: string) => {
  const r = parseScenario(text);
  return r.ok ? [] : r.error.map((p) => `${p.path}#${p.rule}`);
};

describe('the loader', () => {
  it('wants a bill on the order of a bill incident, and a pledged to-order bill for a transfer while pledged', () => {
    const noBill = ONE.replace('    bill: toOrder\n', '    bill: none\n').replace(
      '  - { day: 1, type: documentMismatch',
      '  - { day: 2, type: billTampered, order: moto }\n  - { day: 1, type: documentMismatch',
    );
    expect(problems(noBill)).toEqual(['/incidents/0/order#no-bill']);
    const straight = ONE.replace('    bill: toOrder\n', '    bill: straight\n').replace(
      '  - { day: 1, type: documentMismatch',
      '  - { day: 2, type: transferWhilePledged, order: moto }\n  - { day: 1, type: documentMismatch',
    );
    expect(problems(straight)).toEqual(['/incidents/0/order#not-pledged']);
    const unknown = SEVEN.replace('    order: tampered-at-sea\n    note', '    order: nobody\n    note');
    expect(problems(unknown)).toEqual(['/incidents/1/order#unknown-order']);
  });

  it('refuses extra fields on the incidents, and a refused check without its event', () => {
    expect(problems(SEVEN.replace('    order: pledged\n    note:', '    order: pledged\n    entry: 2\n    note:'))).toContain('/incidents/0/entry#additionalProperties');
    expect(problems(SEVEN.replace('order: pledged, event: bill.endorsed, is: bill-control', 'order: pledged, is: bill-control'))).toEqual(['/expectations/0/check/event#required']);
  });
});

describe('a run', () => {
  it('catches a tampered straight bill at surrender: the issuer rejects it and reissues it to the consignee', async () => {
    const scenario = parsed(
      ONE.replace('    bill: toOrder\n    financing: { bank: CQ-BANK, kind: billPledge }\n', '    bill: straight\n')
        .replace(/incidents:\n[\s\S]*$/, 'incidents:\n  - { day: 6, type: billTampered, order: moto }\nexpectations:\n  - id: caught\n    text: The issuer finds the altered entry\n    check: { kind: refused, order: moto, event: bill.verified, is: bill-integrity-hash }\n'),
    );
    const report = await runScenario(connection, scenario, { runId: `bi-${process.pid}-straight` });
    expect(report.expectations.every((e) => e.met)).toBe(true);
    const [order] = report.orders;
    const names = order.timeline.map((e) => `${e.name}:${e.actor}:${e.outcome}`);
    expect(names.slice(names.indexOf('bill.transferred:CQ-MOTO:done'))).toEqual([
      'bill.transferred:CQ-MOTO:done',
      'bill.surrendered:SG-LION:done',
      'bill.verified:CQ-LANDSEA:refused',
      'bill.surrenderRejected:CQ-LANDSEA:done',
      'bill.surrenderedForAmendment:SG-LION:done',
      'bill.amendmentAccepted:CQ-LANDSEA:done',
      'bill.amended:CQ-LANDSEA:done',
      'bill.approved:CQ-MOTO:done',
      'bill.reissued:CQ-LANDSEA:done',
      'bill.surrendered:SG-LION:done',
      'bill.verified:CQ-LANDSEA:done',
      'bill.surrenderAccepted:CQ-LANDSEA:done',
      'leg2.delivered:CQ-LANDSEA:done',
      'order.completed:SG-LION:done',
    ]);
    expect(order.finalStates).toMatchObject({ order: 'completed', bill: 'SURRENDERED_FOR_DELIVERY' });
    // Texts name parties by code: no database id leaks into the report.
    expect(JSON.stringify(report)).not.toMatch(/\b[0-9a-f]{24}\b/);
  }, 60_000);

  it('says a transfer attempt did not play when the pledge was already released on its day', async () => {
    const scenario = parsed(
      ONE.replace(/incidents:\n[\s\S]*$/, 'incidents:\n  - { day: 30, type: transferWhilePledged, order: moto }\nexpectations:\n  - id: done\n    text: The order is completed\n    check: { kind: state, order: moto, document: order, is: completed }\n'),
    );
    const report = await runScenario(connection, scenario, { runId: `bi-${process.pid}-late` });
    const events = report.orders[0].timeline.filter((e) => e.name === 'incident.transferWhilePledged' || e.outcome === 'refused');
    expect(events).toEqual([expect.objectContaining({ name: 'incident.transferWhilePledged', outcome: 'done', detail: expect.stringContaining('did not play') })]);
    expect(report.expectations.every((e) => e.met)).toBe(true);
  }, 60_000);

  it('plays scenario 7 the same way twice, byte for byte', async () => {
    const scenario = parsed(SEVEN);
    const first = await runScenario(connection, scenario, { runId: `bi-${process.pid}-a` });
    const second = await runScenario(connection, scenario, { runId: `bi-${process.pid}-b` });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify(first)).not.toMatch(/\b[0-9a-f]{24}\b/);
  }, 60_000);
});
