/**
 * The bills area in a real browser against a real `npm start` (embedded engine, memory only).
 * A shipment is booked and cleared for export through the API (the exporter's and customs' part);
 * everything the forwarder, the shipper, the bank, the buyer and the carrier do here goes through
 * the pages: draft, approve, issue, a refused transfer shown at its field, pledge and release,
 * transfer, a CONFLICT with its reload, the chain verified green, the printable bill on one A4
 * page, the DCSA download, a carrier's milestone (a refused one at its field first), and the
 * Chinese console, and finally an entry altered in the database shown in red by Verify. axe checks every page; screenshots go to reports/screenshots/ (docs/ under
 * `npm run screenshots`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { MongoClient } from 'mongodb';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CustomsFixtures } from '../support/customs-fixtures';
import { type BookedRef, OrderFixtures } from '../support/order-fixtures';
import type { RunningProcess } from '../support/processes';
import { launchChromium, SCREENSHOTS, seriousViolations, signInAsDemo, startWebServer } from './browser';

jest.setTimeout(180_000);

const NAMES = {
  forwarder: 'Chongqing Land-Sea Multimodal Transport Co.',
  exporter: 'Chongqing Moto Parts Co.',
  importer: 'Lion City Motors Pte. Ltd.',
  bank: 'Chongqing Trade Finance Bank',
  carrier: 'Western Corridor Rail Operator',
  customs: 'Chongqing Customs (Xiyong)',
};
const SEAL = 'YDEL20260042';

let server: RunningProcess;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let fixtures: OrderFixtures;
let shipment: BookedRef;
let billNumber: string;

beforeAll(async () => {
  browser = await launchChromium();
  ({ server, url } = await startWebServer());
  // Tomorrow by the server's own (real) clock: a ready date may not be in the past.
  fixtures = await OrderFixtures.open({ url }, new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  shipment = await fixtures.booked();
  await new CustomsFixtures({ url }).releaseExport(shipment.id);
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function screenshot(name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Signs out whoever is signed in and signs in as a demo party through the picker. */
async function signInAs(name: string): Promise<void> {
  await signInAsDemo(page, url, name);
}

async function openConsole(): Promise<void> {
  await page.goto(`${url}/bills/${billNumber}`);
  await page.getByTestId('bill-console').waitFor();
}

async function status(): Promise<string | null> {
  return page.getByTestId('bill-status').textContent();
}

/** The console's facts, e.g. fact('billConsole.holder'). */
async function fact(key: string): Promise<string | null> {
  return page.locator(`[data-field="${key}"]`).textContent();
}

async function offeredActions(): Promise<string[]> {
  await page.getByTestId('bill-actions').waitFor();
  return page.locator('form[data-testid^="action-"]').evaluateAll((forms) => forms.map((f) => f.getAttribute('data-testid')!.replace('action-', '')));
}

it('the forwarder drafts the bill of a booked shipment from the bills page, and is not offered the shipper’s approval', async () => {
  await signInAs(NAMES.forwarder);
  await page.getByRole('link', { name: 'Bills of lading' }).click();
  await page.getByRole('heading', { name: 'Draft a bill for a booked shipment' }).waitFor();
  await page.getByLabel('Shipment you operate').selectOption(shipment.shipmentNumber);
  await page.getByLabel('Bill type').selectOption('TO_ORDER');
  await page.getByLabel(`Seal numbers of ${shipment.container}`).fill(SEAL);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Draft the bill' }).click();
  await page.getByTestId('bill-console').waitFor();
  billNumber = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
  expect(billNumber).toMatch(/^YDBL\d{4}\d{6}$/);
  expect(await status()).toBe('Draft');
  // DRAFT accepts APPROVE and VOID; approving is the shipper's, so the forwarder sees only VOID.
  expect(await offeredActions()).toEqual(['VOID']);
  expect(await page.getByTestId('bill-console').textContent()).toContain(SEAL);
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Bills of lading' }).click();
  const row = page.getByTestId('bill-row').filter({ hasText: billNumber });
  await row.waitFor();
  expect(await row.textContent()).toContain(shipment.shipmentNumber);
  await page.getByLabel('Status').selectOption('ISSUED');
  await page.getByText('0 bills').waitFor();
  await page.getByLabel('Status').selectOption('DRAFT');
  await row.waitFor();
  // The bank has not reached the bill yet: filtered by it, the list is empty.
  await page.getByLabel('Party to the bill').selectOption({ label: `${NAMES.bank} (CQ-BANK)` });
  await page.getByText('0 bills').waitFor();
  await page.getByLabel('Party to the bill').selectOption({ label: `${NAMES.exporter} (CQ-MOTO)` });
  await row.waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('bills');
});

it('the shipper approves the draft and the forwarder issues it: the chain starts', async () => {
  await signInAs(NAMES.exporter);
  await openConsole();
  expect(await offeredActions()).toEqual(['APPROVE']);
  await page.getByTestId('action-APPROVE').getByRole('button', { name: 'Approve the draft' }).click();
  await page.getByTestId('bill-status').filter({ hasText: 'Approved' }).waitFor();
  expect(await offeredActions()).toEqual([]);

  await signInAs(NAMES.forwarder);
  await openConsole();
  expect((await offeredActions()).sort()).toEqual(['ISSUE', 'VOID']);
  await page.getByRole('button', { name: 'Issue the bill' }).click();
  await page.getByTestId('bill-status').filter({ hasText: 'Issued' }).waitFor();
  expect(await fact('billConsole.holder')).toContain('CQ-MOTO');
  expect(await page.getByTestId('chain-entry').allTextContents()).toEqual([expect.stringContaining('ISSUE')]);
  // Issued, the bill is the shipper's to move: the forwarder is offered nothing.
  expect(await offeredActions()).toEqual([]);
});

it('the holder is refused a transfer to customs at the field, pledges to the bank, and is then not offered a transfer', async () => {
  await signInAs(NAMES.exporter);
  await openConsole();
  expect((await offeredActions()).sort()).toEqual(['BLANK_ENDORSE', 'ENDORSE', 'PLEDGE', 'SURRENDER', 'TRANSFER']);
  const transfer = page.getByTestId('action-TRANSFER');
  await transfer.getByLabel('Transfer to').selectOption({ label: `${NAMES.customs} (CQ-CUSTOMS)` });
  await transfer.getByRole('button', { name: 'Transfer' }).click();
  const refusal = transfer.locator('.field-error[data-field="TRANSFER.to"]');
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain('cannot hold a bill of lading');
  expect(await transfer.getByLabel('Transfer to').getAttribute('aria-describedby')).toBe(await refusal.getAttribute('id'));
  expect(await transfer.getByLabel('Transfer to').getAttribute('aria-invalid')).toBe('true');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('bill-console');

  const pledge = page.getByTestId('action-PLEDGE');
  await pledge.getByLabel('Pledge to bank').selectOption({ label: `${NAMES.bank} (CQ-BANK)` });
  await pledge.getByRole('button', { name: 'Pledge' }).click();
  await page.locator('[data-field="billConsole.pledgee"]').filter({ hasText: 'CQ-BANK' }).waitFor();
  expect(await fact('billConsole.holder')).toContain('CQ-BANK');
  expect(await fact('billConsole.beneficiary')).toContain('CQ-MOTO');
  expect(await offeredActions()).toEqual([]);
  expect(await page.getByTestId('action-TRANSFER').count()).toBe(0);
});

it('the bank releases the pledge from the console, and a console open elsewhere shows it live', async () => {
  await signInAs(NAMES.bank);
  await page.getByRole('link', { name: 'Bills of lading' }).click();
  await page.getByTestId('bill-row').filter({ hasText: billNumber }).getByRole('link').click();
  await page.getByTestId('bill-console').waitFor();
  expect((await offeredActions()).sort()).toEqual(['ENFORCE_PLEDGE', 'RELEASE_PLEDGE']);
  // The same bill open in another window, following it over the live socket.
  const elsewhere = await context.newPage();
  try {
    await elsewhere.goto(`${url}/bills/${billNumber}`);
    await elsewhere.locator('[data-testid="live-indicator"][data-status="live"]').waitFor({ timeout: 30_000 });
    expect(await elsewhere.locator('[data-field="billConsole.holder"]').textContent()).toContain('CQ-BANK');
    await page.getByRole('button', { name: 'Release the pledge' }).click();
    await page.locator('[data-field="billConsole.holder"]').filter({ hasText: 'CQ-MOTO' }).waitFor();
    expect(await offeredActions()).toEqual([]);
    // Not reloaded, not polling while live: the release reached it as a billEvents event.
    await elsewhere.locator('[data-field="billConsole.holder"]').filter({ hasText: 'CQ-MOTO' }).waitFor({ timeout: 10_000 });
    expect(await elsewhere.locator('[data-field="billConsole.pledgee"]').textContent()).toBe('—');
    expect(await seriousViolations(elsewhere)).toEqual([]);
  } finally {
    await elsewhere.close();
  }
});

it('the holder transfers to the buyer; on a console whose live socket is down, a change made meanwhile answers CONFLICT and the reload shows it', async () => {
  await signInAs(NAMES.exporter);
  await openConsole();
  const transfer = page.getByTestId('action-TRANSFER');
  await transfer.getByLabel('Transfer to').selectOption({ label: `${NAMES.importer} (SG-LION)` });
  await transfer.getByRole('button', { name: 'Transfer' }).click();
  await page.locator('[data-field="billConsole.holder"]').filter({ hasText: 'SG-LION' }).waitFor();
  expect(await offeredActions()).toEqual([]);

  await signInAs(NAMES.importer);
  // A window whose live socket cannot connect: the console falls back to asking every 15 s, so it
  // still shows the bill as it was when a change is made elsewhere.
  const live = page;
  page = await context.newPage();
  try {
    await page.routeWebSocket(/\/graphql/, (socket) => socket.close());
    await openConsole();
    expect(await offeredActions()).toContain('TRANSFER');
    expect(await page.getByTestId('live-indicator').getAttribute('data-status')).not.toBe('live');
    // Meanwhile, elsewhere (another window of the buyer's), the bill goes back to the shipper.
    const importer = fixtures.partyId('CQ-MOTO');
    const moved = await fixtures.call<{ transferBill: { userErrors: unknown[] } }>('demo-importer', 'mutation($n: String!, $to: ID!) { transferBill(number: $n, to: $to) { userErrors { code } } }', {
      n: billNumber,
      to: importer,
    });
    expect(moved.transferBill.userErrors).toEqual([]);
    const form = page.getByTestId('action-TRANSFER');
    await form.getByLabel('Transfer to').selectOption({ label: `${NAMES.bank} (CQ-BANK)` });
    await form.getByRole('button', { name: 'Transfer' }).click();
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('reload it and try again');
    await conflict.getByRole('button', { name: 'Reload the bill' }).click();
    await page.locator('[data-field="billConsole.holder"]').filter({ hasText: 'CQ-MOTO' }).waitFor();
    // The buyer no longer holds the bill: no transfer is offered.
    expect(await offeredActions()).toEqual([]);
  } finally {
    await page.close();
    page = live;
  }
});

it('verifies the chain green, listing who held it when', async () => {
  await signInAs(NAMES.exporter);
  await openConsole();
  const entries = await page.getByTestId('chain-entry').allTextContents();
  expect(entries.map((e) => /(ISSUE|PLEDGE|RELEASE_PLEDGE|TRANSFER)/.exec(e)?.[1])).toEqual(['ISSUE', 'PLEDGE', 'RELEASE_PLEDGE', 'TRANSFER', 'TRANSFER']);
  expect(entries[1]).toContain(`${NAMES.bank} (CQ-BANK)`);
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  const result = page.getByTestId('verify-result');
  await result.waitFor();
  expect(await result.getAttribute('class')).toContain('verified');
  expect(await result.textContent()).toContain('all 5 entries');
  expect(await seriousViolations(page)).toEqual([]);
});

it('downloads the DCSA 3.0.3 TransportDocument as a JSON file named after the bill', async () => {
  await openConsole();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download DCSA 3.0.3 JSON' }).click()]);
  expect(download.suggestedFilename()).toBe(`${billNumber}.dcsa-ebl-3.0.3.json`);
  const file = await download.path();
  const document = JSON.parse(fs.readFileSync(file!, 'utf8')) as { transportDocumentReference: string; transportDocumentStatus: string; isToOrder: boolean };
  expect(document.transportDocumentReference).toBe(billNumber);
  expect(document.transportDocumentStatus).toBe('ISSUED');
  expect(document.isToOrder).toBe(true);
});

it('prints the bill on one A4 page, readable as a paper multimodal bill of lading', async () => {
  await openConsole();
  await page.getByRole('link', { name: 'Printable bill' }).click();
  const paper = page.getByTestId('bill-paper');
  await paper.waitFor();
  await page.getByTestId('chain-head').filter({ hasText: 'TRANSFER' }).waitFor();
  const text = (await paper.textContent()) ?? '';
  for (const expected of [billNumber, NAMES.exporter, NAMES.forwarder, 'Chongqing (CNCKG)', '(SGSIN)', shipment.container, SEAL, 'Motorcycle brake assemblies', '8714', 'Electronic bill']) {
    expect(text).toContain(expected);
  }
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('bill-print');

  await page.emulateMedia({ media: 'print' });
  // The app's header (navigation, sign-out) is not printed.
  expect(await page.locator('header').first().isVisible()).toBe(false);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });
});

it('a carrier records a milestone from the form, offered only its own leg; an out-of-order one is refused at its field', async () => {
  await signInAs(NAMES.carrier);
  await page.getByRole('link', { name: 'Milestones' }).click();
  const row = page.getByTestId('milestone-shipment').filter({ hasText: shipment.shipmentNumber });
  await row.waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await row.getByRole('link').click();
  await page.getByTestId('milestone-page').waitFor();
  // Leg 2 (sea) is the container line's: CQ-RAIL is offered leg 1 only.
  const legs = await page.getByLabel('Leg', { exact: true }).locator('option').allTextContents();
  expect(legs.filter((l) => /^\d:/.test(l))).toEqual([expect.stringMatching(/^1: Rail .*CNCKG.*CNQZH/)]);
  await page.getByLabel('Leg', { exact: true }).selectOption('1');
  await page.getByLabel('Milestone', { exact: true }).selectOption('ARRIVED');
  await page.getByRole('button', { name: 'Record' }).click();
  const refusal = page.locator('.field-error[data-field="input.type"]');
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain('milestone-order');
  expect(await page.getByLabel('Milestone', { exact: true }).getAttribute('aria-invalid')).toBe('true');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('milestone-form');

  await page.getByLabel('Milestone', { exact: true }).selectOption('DEPARTED');
  await page.getByRole('button', { name: 'Record' }).click();
  await page.getByTestId('recorded-milestone').filter({ hasText: 'Departed' }).waitFor();
  expect(await page.getByTestId('recorded-milestone').allTextContents()).toEqual([expect.stringMatching(/Departed · Chongqing \(CNCKG\) · Leg 1/)]);
  expect(await fixtures.readShipment(shipment.shipmentNumber)).toEqual({ version: expect.any(Number), milestones: 1 });
});

it('shows the console in Chinese: statuses, actions and the chain as the single window writes them', async () => {
  await signInAs(NAMES.exporter);
  await openConsole();
  await page.getByLabel('Language').selectOption('zh');
  await page.getByRole('heading', { name: `提单 ${billNumber}` }).waitFor();
  expect(await status()).toBe('已签发');
  expect(await page.getByTestId('bill-actions').textContent()).toContain('转让');
  expect(await page.getByTestId('bill-chain').textContent()).toContain('质押');
  await page.getByRole('button', { name: '校验签名链' }).click();
  await page.getByTestId('verify-result').filter({ hasText: '校验通过' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('bill-console-zh');
  await page.getByLabel('语言').selectOption('en');
});

it('shows the first broken entry in red when someone altered the chain in the database', async () => {
  // The server logs where its embedded engine listens; a party with database access rewrites the
  // pledge (entry 2) to name another bank, leaving its hash as it was.
  const line = await server.waitForLine((l) => l.includes('"storage"') && l.includes('"uri"'));
  const { uri, database } = JSON.parse(line) as { uri: string; database: string };
  const client = await MongoClient.connect(uri);
  try {
    const r = await client.db(database).collection('bills').updateOne({ number: billNumber }, { $set: { 'chain.1.recipient': fixtures.partyId('SG-LION') } });
    expect(r.modifiedCount).toBe(1);
  } finally {
    await client.close();
  }
  await signInAs(NAMES.exporter);
  await openConsole();
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  const result = page.getByTestId('verify-result');
  await result.waitFor();
  expect(await result.getAttribute('role')).toBe('alert');
  expect(await result.textContent()).toContain('Broken at entry 2 (hash)');
  expect(await result.textContent()).toContain(`bill ${billNumber}: entry 2`);
  // Entries from the broken one on are marked; the ISSUE before it still verified.
  const rows = page.getByTestId('chain-entry');
  expect(await rows.nth(0).getAttribute('class')).toBeNull();
  expect(await rows.nth(1).getAttribute('class')).toBe('chain-broken');
  expect(await seriousViolations(page)).toEqual([]);
});
