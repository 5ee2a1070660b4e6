/**
 * `npm start` (server and in-process engine on a data directory) killed with kill -9: an order
 * confirmed and a bill issued before the kill are there after the restart, and the bill's chain
 * still verifies; after a graceful stop the next start recovers from the checkpoint alone.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphql, dataOf } from '../../support/graphql-client';
import { OrderFixtures } from '../../support/order-fixtures';
import { type RunningProcess, startTs } from '../../support/processes';
import { kill9 } from './crash-workload';

let dataDir: string;
const running: RunningProcess[] = [];
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'yidan-server-crash-'));
});
afterAll(async () => {
  await Promise.all(running.map((p) => p.stop()));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function npmStart(): Promise<{ proc: RunningProcess; url: string }> {
  const proc = startTs('server/main.ts', [], { YIDAN_DATA_DIR: dataDir, YIDAN_STORAGE: 'embedded', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', MONGODB_URI: '' });
  running.push(proc);
  const line = await proc.waitForLine((l) => l.includes('Yidan listening'), 60_000);
  return { proc, url: (JSON.parse(line) as { url: string }).url.replace(/\/graphql$/, '') };
}

interface BillState {
  status: string;
  chain: Array<{ actionCode: string }>;
}

it('keeps a confirmed order and an issued bill through kill -9 (the chain still verifies) and through a graceful stop', async () => {
  const first = await npmStart();
  expect(first.proc.output.join('\n')).toContain(`data lives in ${dataDir}`);
  // Tomorrow, by the server's own (real) clock: a ready date may not be in the past.
  const readyDate = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const fx = await OrderFixtures.open(first, readyDate);
  const confirmed = await fx.confirmed();
  const booked = await fx.booked();
  const call = <T>(url: string, token: string, query: string, variables: Record<string, unknown>) => graphql<T>({ url }, query, { token, variables }).then(dataOf);
  const drafted = await call<{ draftBill: { bill: { number: string } | null; userErrors: unknown[] } }>(first.url, 'demo-forwarder',
    'mutation($input: DraftBillInput!) { draftBill(input: $input) { bill { number } userErrors { message } } }',
    { input: { shipment: booked.shipmentNumber, billType: 'TO_ORDER', seals: [{ container: booked.container, seals: ['YDSEAL0001'] }] } });
  const number = drafted.draftBill.bill!.number;
  await call(first.url, 'demo-exporter', 'mutation($n: String!) { approveBill(number: $n) { bill { status } } }', { n: number });
  const issued = await call<{ issueBill: { bill: BillState } }>(first.url, 'demo-forwarder', 'mutation($n: String!) { issueBill(number: $n) { bill { status chain { actionCode } } } }', { n: number });
  expect(issued.issueBill.bill.status).toBe('ISSUED');

  await kill9(first.proc);
  const second = await npmStart();
  const after = await OrderFixtures.open(second, readyDate);
  expect((await after.read(confirmed.id)).state).toBe('CONFIRMED');
  expect((await after.read(booked.id)).state).toBe('BOOKED');
  const { bill } = await call<{ bill: BillState }>(second.url, 'demo-exporter', 'query($n: String!) { bill(number: $n) { status chain { actionCode } } }', { n: number });
  expect(bill).toEqual(issued.issueBill.bill);
  const { verifyBill } = await call<{ verifyBill: unknown }>(second.url, 'demo-exporter', 'query($n: String!) { verifyBill(number: $n) { ok entries brokenAt } }', { n: number });
  expect(verifyBill).toEqual({ ok: true, entries: issued.issueBill.bill.chain.length, brokenAt: null });
  expect(await second.proc.stop('SIGTERM')).toBe(0);

  // A graceful stop (Ctrl-C, SIGTERM) leaves a checkpoint: the next start replays nothing.
  const third = await npmStart();
  expect(third.proc.output.join('\n')).toMatch(/"replayedRecords":0/);
  expect((await (await OrderFixtures.open(third, readyDate)).read(confirmed.id)).state).toBe('CONFIRMED');
  expect(await third.proc.stop('SIGINT')).toBe(0);
}, 180_000);
