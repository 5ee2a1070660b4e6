/**
 * Correcting an invoice this process wrote last needs no read of it (issue 18); when the copy is
 * not the invoice as stored, or the caller may not correct it, the answer is the one a read gives.
 * Two InvoiceService instances on one database stand for two processes.
 */
import { type Connection } from 'mongoose';
import { InvoiceService } from '../../server/financing/invoice.service';
import { monitoredConnection } from '../support/database';
import { must } from '../support/customs';
import { type FinancingWorld, confirmedOrder, financingWorld, invoiceFor } from './financing-fixtures';

let fw: FinancingWorld;
let monitored: Connection;
/** This process: its commands on invoices are recorded. */
let here: InvoiceService;
const commands: string[] = [];
let serial = 0;

beforeAll(async () => {
  fw = await financingWorld(__filename);
  monitored = await monitoredConnection(fw.world.connection.name, ({ name, collection }) => {
    if (collection === 'invoices') commands.push(`${name} ${collection}`);
  });
  here = new InvoiceService(monitored, fw.world.clock, fw.orders);
});
afterAll(async () => {
  await monitored.close();
  await fw.world.close();
});

/** An invoice issued here for a new confirmed order, and the corrected content to send. */
async function issuedHere() {
  const order = await confirmedOrder(fw);
  const input = invoiceFor(order, { number: `INV-COPY-${++serial}` });
  const invoice = must(await here.issue(fw.exporter, input), 'invoice');
  const corrected = { ...input, lines: input.lines.map((l) => ({ ...l, description: `${l.description} (corrected)` })) };
  return { invoice, corrected };
}

async function commandsOf<T>(act: () => Promise<T>): Promise<{ commands: string[]; result: T }> {
  commands.length = 0;
  const result = await act();
  return { commands: [...commands], result };
}

it('corrects an invoice this process wrote last without reading it, keeping the revision it replaces', async () => {
  const { invoice, corrected } = await issuedHere();
  const first = await commandsOf(() => here.correct(fw.exporter, invoice.number, corrected, 'descriptions'));
  expect(first.commands).toEqual(['findAndModify invoices']);
  expect(first.result.ok && first.result.value).toMatchObject({ revision: 2, version: 2, previous: [{ revision: 1, reason: 'descriptions' }] });
  const second = await commandsOf(() => here.correct(fw.exporter, invoice.number.toLowerCase(), corrected, 'again'));
  expect(second.commands).toEqual(['findAndModify invoices']);
  expect(second.result.ok && second.result.value).toMatchObject({ revision: 3, version: 3 });
});

it('reads the invoice when another process corrected it since, and corrects the stored revision', async () => {
  const { invoice, corrected } = await issuedHere();
  must(await fw.invoices.correct(fw.exporter, invoice.number, corrected, 'elsewhere'), 'correct elsewhere');
  const here2 = await commandsOf(() => here.correct(fw.exporter, invoice.number, corrected, 'here'));
  expect(here2.commands).toEqual(['findAndModify invoices', 'find invoices', 'findAndModify invoices']);
  expect(here2.result.ok && here2.result.value).toMatchObject({ revision: 3, version: 3, previous: [{ revision: 1, reason: 'elsewhere' }, { revision: 2, reason: 'here' }] });
});

it('answers a stale expected version CONFLICT and a caller who may not see the invoice NOT_FOUND, as a read does', async () => {
  const { invoice, corrected } = await issuedHere();
  const stale = await here.correct(fw.exporter, invoice.number, corrected, 'stale', 7);
  expect(stale.ok ? null : stale.error[0].code).toBe('CONFLICT');
  const stranger = await here.correct(fw.otherExporter, invoice.number, corrected, 'not mine');
  expect(stranger.ok ? null : stranger.error[0].code).toBe('NOT_FOUND');
  const stored = (await fw.invoices.model.findById(invoice._id).lean())!;
  expect(stored).toMatchObject({ revision: 1, version: 1 });
});
