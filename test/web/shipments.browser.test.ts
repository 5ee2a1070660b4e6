/**
 * The exporter's and importer's pages in a real browser against a real `npm start` (embedded
 * engine, memory only), driven through the pages as a user would: the exporter creates an order
 * through the form (first with a bad HS code and a past ready date, shown at their fields), the
 * importer confirms it on the order page and is offered neither creating nor booking, the
 * exporter compares the route options (table and chart), books one (first with a wrong container
 * check digit, shown at its field) and lands on the tracking page with its map, which follows a
 * milestone the carrier records meanwhile (live, over its subscription). In English and Chinese, axe on every page.
 * Time to a rendered tracking page with its map is printed, not asserted.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OrderFixtures, containerNumber } from '../support/order-fixtures';
import type { RunningProcess } from '../support/processes';
import { launchChromium, SCREENSHOTS, seriousViolations, startWebServer } from './browser';

jest.setTimeout(180_000);

const RAIL_SEA = 'New Western Land-Sea Corridor rail-sea service';

let server: RunningProcess;
let url: string;
let browser: Browser;
let exporter: BrowserContext;
let importer: BrowserContext;
let page: Page;
let orderNumber: string;
let shipmentNumber: string;
// Tomorrow by the server's own (real) clock: a ready date may not be in the past.
const readyDate = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  browser = await launchChromium();
  ({ server, url } = await startWebServer());
  exporter = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  importer = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await exporter.newPage();
});

afterAll(async () => {
  await exporter?.close();
  await importer?.close();
  await browser?.close();
  await server?.stop();
});

async function screenshot(target: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await target.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function signIn(target: Page, name: string): Promise<void> {
  await target.goto(`${url}/`);
  await target.getByRole('button', { name: `Sign in as ${name}` }).click();
  await target.getByRole('heading', { name: 'Orders' }).waitFor();
}

/** The FieldError at a field path, and the input it describes (aria-describedby points at it). */
async function expectFieldError(target: Page, input: ReturnType<Page['getByLabel']>, field: string, rule: string): Promise<void> {
  const error = target.locator(`[data-field="${field}"]`);
  await error.waitFor();
  expect(await error.textContent()).toContain(rule);
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  expect(await input.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
}

it('the exporter creates an order through the form; a bad HS code and a past ready date are shown at their fields', async () => {
  await signIn(page, 'Chongqing Moto Parts Co.');
  await page.getByRole('navigation').getByRole('link', { name: 'New order' }).click();
  await page.getByRole('heading', { name: 'New order' }).waitFor();
  await page.getByLabel('Buyer (importer)').selectOption({ label: 'Lion City Motors Pte. Ltd. (SG-LION, SG)' });
  await page.getByLabel('Origin').selectOption('CNCKG');
  await page.getByLabel('Destination').selectOption('SGSIN');
  await page.getByLabel('Incoterm', { exact: true }).selectOption('FCA');
  await page.getByLabel('Incoterm named place').selectOption('CNCKG');
  await page.getByLabel('Ready date').fill('2020-01-06');
  await page.getByLabel('Description, line 1').fill('Motorcycle brake assemblies');
  await page.getByLabel('HS code, line 1').fill('87');
  await page.getByLabel('Quantity, line 1').fill('1200');
  await page.getByLabel('Unit price, line 1').fill('18.35');
  await page.getByLabel('Gross weight (kg), line 1').fill('2400');
  await page.getByRole('button', { name: 'Add a line' }).click();
  await page.getByLabel('Description, line 2').fill('Clutch levers');
  await page.getByLabel('HS code, line 2').fill('8714.10');
  await page.getByLabel('Quantity, line 2').fill('500');
  await page.getByLabel('Unit price, line 2').fill('4.20');
  await page.getByLabel('Gross weight (kg), line 2').fill('300');
  await page.getByRole('button', { name: 'Create order' }).click();

  // Every broken rule at once, each at its own input; nothing was created.
  await expectFieldError(page, page.getByLabel('HS code, line 1'), 'input.lines.0.hsCode', 'hs-length');
  await expectFieldError(page, page.getByLabel('Ready date'), 'input.readyDate', 'not-past');
  expect(await page.locator('[data-field="input.lines.1.hsCode"]').count()).toBe(0);
  expect(page.url()).toBe(`${url}/orders/new`);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'order-new');

  await page.getByLabel('HS code, line 1').fill('8714.10');
  await page.getByLabel('Ready date').fill(readyDate);
  await page.getByRole('button', { name: 'Create order' }).click();
  await page.waitForURL(/\/orders\/ORD-\d{4}-\d{6}$/);
  orderNumber = decodeURIComponent(page.url().split('/').pop()!);
  await page.getByTestId('order-summary').waitFor();
  expect(await page.getByTestId('order-state').textContent()).toBe('Draft');
  expect(await page.getByTestId('order-line').allTextContents()).toEqual([
    expect.stringContaining('Motorcycle brake assemblies'),
    expect.stringContaining('Clutch levers'),
  ]);
  expect(await page.getByTestId('order-summary').textContent()).toContain('24120.00 USD');
  // A draft is confirmed before it is booked: the seller is offered confirm and cancel, not booking.
  await page.getByRole('button', { name: 'Confirm' }).waitFor();
  expect(await page.getByRole('link', { name: 'Compare routes and book' }).count()).toBe(0);
});

it('the importer finds the order as buyer, confirms it, and is offered neither creating nor booking', async () => {
  const buyer = await importer.newPage();
  await signIn(buyer, 'Lion City Motors Pte. Ltd.');
  expect(await buyer.getByRole('navigation').getByRole('link', { name: 'New order' }).count()).toBe(0);
  const row = buyer.getByTestId('order-row').filter({ hasText: orderNumber });
  await row.getByRole('link', { name: orderNumber, exact: true }).click();
  await buyer.getByTestId('order-summary').waitFor();
  expect(await buyer.getByTestId('order-summary').textContent()).toContain('Chongqing Moto Parts Co. (CQ-MOTO)');
  await buyer.getByRole('button', { name: 'Confirm' }).click();
  await buyer.getByTestId('order-state').filter({ hasText: 'Confirmed' }).waitFor();
  // Confirmed: the buyer may still cancel (with a reason) but booking is the seller's.
  await buyer.getByRole('button', { name: 'Cancel order' }).waitFor();
  expect(await buyer.getByRole('button', { name: 'Confirm' }).count()).toBe(0);
  expect(await buyer.getByRole('link', { name: 'Compare routes and book' }).count()).toBe(0);
  expect(await seriousViolations(buyer)).toEqual([]);
  await screenshot(buyer, 'order-importer');

  // A cancel without a reason is refused at the reason field; the order stays confirmed.
  await buyer.getByRole('button', { name: 'Cancel order' }).click();
  await expectFieldError(buyer, buyer.getByLabel('Reason for cancelling'), 'reason', 'required');
  expect(await buyer.getByTestId('order-state').textContent()).toBe('Confirmed');

  // The routes page shows the importer the comparison, without a booking form.
  await buyer.goto(`${url}/orders/${orderNumber}/routes`);
  await buyer.getByTestId('no-booking').waitFor();
  expect(await buyer.getByRole('radio').count()).toBe(0);
  expect(await buyer.getByRole('button', { name: 'Book' }).count()).toBe(0);
  // And the create-order page, reached by its address, says who creates orders instead of a form.
  await buyer.goto(`${url}/orders/new`);
  await expect(buyer.getByRole('alert').textContent()).resolves.toContain('Only an exporter creates orders');
  expect(await buyer.getByRole('button', { name: 'Create order' }).count()).toBe(0);
  await buyer.close();
});

it('the exporter compares the route options side by side with a chart, and books one; a wrong check digit is shown at its field', async () => {
  await page.goto(`${url}/orders/${orderNumber}`);
  await page.getByRole('link', { name: 'Compare routes and book' }).click();
  await page.getByTestId('routes-table').waitFor();
  const options = await page.getByTestId('route-option').allTextContents();
  expect(options.length).toBeGreaterThanOrEqual(2);
  expect(options.join()).toContain(RAIL_SEA);
  const chart = page.getByTestId('route-chart');
  expect(await chart.getAttribute('aria-label')).toContain(RAIL_SEA);
  expect(await chart.locator('rect.bar').count()).toBe(options.length * 3);
  const table = await page.getByTestId('routes-table').textContent();
  expect(table).toMatch(/Fits/);

  await page.getByLabel('Rank by').selectOption('COST');
  await page.getByTestId('route-option').first().waitFor();
  await page.getByLabel(`Choose ${RAIL_SEA}`).check();
  expect(await page.getByTestId('chosen-option').textContent()).toContain(RAIL_SEA);
  await page.getByLabel('Forwarder (multimodal transport operator)').selectOption({ label: 'Chongqing Land-Sea Multimodal Transport Co. (CQ-LANDSEA)' });
  const good = containerNumber(4711);
  const wrongDigit = `${good.slice(0, 10)}${(Number(good[10]) + 1) % 10}`;
  await page.getByLabel('Container 1 number').fill(wrongDigit);
  await page.getByLabel(/^Leg 1 \(Rail/).selectOption({ label: 'Western Corridor Rail Operator (CQ-RAIL)' });
  await page.getByLabel(/^Leg 2 \(Sea/).selectOption({ label: 'Beibu Gulf Container Line (QZ-SHIP)' });
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'routes');

  await page.getByRole('button', { name: 'Book', exact: true }).click();
  await expectFieldError(page, page.getByLabel('Container 1 number'), 'input.containers.0.number', 'container-check-digit');
  expect(page.url()).toBe(`${url}/orders/${orderNumber}/routes`);

  await page.getByLabel('Container 1 number').fill(good);
  await page.getByRole('button', { name: 'Book', exact: true }).click();
  await page.waitForURL(`${url}/track/${orderNumber}`);
  await page.getByTestId('tracking').waitFor();
  shipmentNumber = (await page.getByTestId('tracking').locator('dd').first().textContent())!;
  expect(shipmentNumber).toMatch(/^SHP-\d{4}-\d{6}$/);
});

it('tracks the booked order on a map of its legs, and follows a milestone recorded meanwhile', async () => {
  const map = page.getByTestId('route-map');
  await map.waitFor();
  await page.locator('[data-testid="route-map"]:not([data-countries="0"])').waitFor();
  expect(await page.getByTestId('map-leg').count()).toBe(2);
  expect(await map.getAttribute('aria-label')).toMatch(/Leg 1 Rail Chongqing \(CNCKG\) → Qinzhou \(CNQZH\).*Leg 2 Sea Qinzhou \(CNQZH\) → Singapore \(SGSIN\)/);
  expect(await page.getByTestId('leg-row').count()).toBe(2);
  expect(await page.getByText('No milestone recorded yet.').count()).toBe(1);

  // The rail carrier gates the container in; the open page shows it as it is recorded, without a reload.
  const fixtures = await OrderFixtures.open({ url }, readyDate);
  await fixtures.milestone('demo-carrier', shipmentNumber, 1, 'GATE_IN');
  await page.getByTestId('milestone').first().waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('milestone').first().textContent()).toMatch(/Gate in · Chongqing \(CNCKG\) · Leg 1/);
  await page.getByTestId('map-position').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'tracking-map');
});

it('measures the time to a rendered tracking page with its map (fresh load, loopback)', async () => {
  const started = performance.now();
  await page.goto(`${url}/track/${orderNumber}`);
  await page.locator('[data-testid="route-map"]:not([data-countries="0"])').waitFor();
  const renderedMs = performance.now() - started;
  expect(await page.getByTestId('map-leg').count()).toBe(2);
  process.stdout.write(`web: time to a rendered tracking page with its map (fresh load, loopback): ${renderedMs.toFixed(0)} ms\n`);
});

it('in Chinese: the map, the route comparison and the order form in the single window’s terms', async () => {
  await page.goto(`${url}/track/${orderNumber}`);
  await page.getByTestId('tracking').waitFor();
  await page.getByLabel('Language').selectOption('zh');
  await page.getByRole('heading', { name: '运输路线图' }).waitFor();
  expect(await page.getByTestId('route-map').getAttribute('aria-label')).toContain('铁路 重庆 (CNCKG) → 钦州 (CNQZH)');
  expect(await page.getByTestId('leg-row').first().textContent()).toContain('重庆 (CNCKG)');
  expect(await page.getByTestId('milestone').first().textContent()).toContain('进场');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot(page, 'tracking-map-zh');

  await page.goto(`${url}/orders/${orderNumber}/routes`);
  await page.getByTestId('routes-table').waitFor();
  expect(await page.getByTestId('routes-table').textContent()).toContain('西部陆海新通道铁海联运');
  expect(await page.getByTestId('route-chart').getAttribute('aria-label')).toContain('运输方案比较');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('navigation').getByRole('link', { name: '新建订单' }).click();
  await page.getByLabel('第 1 项 商品编号（HS）').waitFor();
  expect(await page.getByLabel('监管方式').locator('option:checked').textContent()).toBe('0110 · 一般贸易');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('语言').selectOption('en');
});

it('filters the orders list by state and by party', async () => {
  await page.goto(`${url}/orders`);
  await page.getByTestId('order-row').filter({ hasText: orderNumber }).waitFor();
  await page.getByLabel('State').selectOption('BOOKED');
  await page.getByLabel('Party').selectOption({ label: 'Lion City Motors Pte. Ltd. (SG-LION)' });
  await page.getByRole('status').filter({ hasText: /^1 order$/ }).waitFor();
  await page.getByTestId('order-row').filter({ hasText: orderNumber }).waitFor();
  expect(await page.getByTestId('order-row').allTextContents()).toEqual([expect.stringContaining(orderNumber)]);
  await page.getByLabel('State').selectOption('DRAFT');
  await page.getByText('No orders match.').waitFor();
  expect(await seriousViolations(page)).toEqual([]);
});
