/**
 * The web single window in a real browser against a real `npm start` (embedded engine, memory
 * only): sign in through the demo picker, the orders list, the tracking page of an order booked
 * and departed through the API, a refused token and an unknown reference shown as errors, the
 * language switch, and axe's accessibility check on each page. Page weight and time to a
 * rendered tracking page are printed, not asserted. Screenshots go to reports/screenshots/ (not
 * committed); `npm run screenshots` writes them to docs/screenshots/ for the README instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CustomsFixtures } from '../support/customs-fixtures';
import { type BookedRef, OrderFixtures } from '../support/order-fixtures';
import { type RunningProcess, projectRoot } from '../support/processes';
import { launchChromium, SCREENSHOTS, seriousViolations, startWebServer } from './browser';

jest.setTimeout(120_000);

const WEB_DIST = path.join(projectRoot, 'web', 'dist');

let server: RunningProcess;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let order: BookedRef;

beforeAll(async () => {
  browser = await launchChromium();
  ({ server, url } = await startWebServer());
  // Tomorrow by the server's own (real) clock: a ready date may not be in the past.
  const fixtures = await OrderFixtures.open({ url }, new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  order = await fixtures.booked();
  await new CustomsFixtures({ url }).releaseExport(order.id);
  await fixtures.milestone('demo-carrier', order.shipmentNumber, 1, 'DEPARTED');
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

async function screenshot(name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

it('refuses a pasted token the server does not know, showing its error', async () => {
  await page.goto(`${url}/`);
  await page.getByLabel('API token').fill('not-a-token');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('UNAUTHENTICATED');
});

it('signs in as a demo party from the picker and lists its orders', async () => {
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: 'Sign in as Chongqing Moto Parts Co.' }).waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('sign-in');

  await page.getByRole('button', { name: 'Sign in as Chongqing Moto Parts Co.' }).click();
  await page.getByRole('heading', { name: 'Orders' }).waitFor();
  expect(await page.getByTestId('signed-in').textContent()).toContain('Chongqing Moto Parts Co. (CQ-MOTO)');
  const row = page.getByTestId('order-row').filter({ hasText: order.number });
  await row.waitFor();
  expect(await row.textContent()).toContain('In transit');
  expect(page.url()).toBe(`${url}/orders`);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('orders');
});

it('opens the tracking page from the list: legs planned against actual, milestones, revised ETA', async () => {
  await page.getByTestId('order-row').filter({ hasText: order.number }).getByRole('link', { name: `Track ${order.number}` }).click();
  await page.getByTestId('tracking').waitFor();
  expect(page.url()).toBe(`${url}/track/${order.number}`);
  const legs = await page.getByTestId('leg-row').allTextContents();
  expect(legs).toHaveLength(2);
  expect(legs[0]).toMatch(/Rail.*Chongqing \(CNCKG\).*\(CNQZH\).*Departed/);
  expect(legs[1]).toMatch(/Sea.*\(CNQZH\).*Singapore \(SGSIN\).*Planned/);
  expect(await page.getByTestId('milestone').allTextContents()).toEqual([expect.stringMatching(/Departed · Chongqing \(CNCKG\) · Leg 1/)]);
  expect(await page.getByTestId('revised-eta').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('tracking');
});

it('tracks by container number on a fresh load, and says when a reference is unknown', async () => {
  const started = performance.now();
  await page.goto(`${url}/track/${order.container}`);
  await page.getByTestId('leg-row').first().waitFor();
  const renderedMs = performance.now() - started;
  expect(await page.getByTestId('tracking').textContent()).toContain(order.shipmentNumber);

  await page.getByLabel('Order, shipment, container or bill number').fill('NO-SUCH-REF');
  await page.getByRole('button', { name: 'Track', exact: true }).click();
  await expect(page.getByRole('alert').textContent()).resolves.toContain('Nothing to track under NO-SUCH-REF');
  process.stdout.write(`web: time to a rendered tracking page (fresh load, loopback): ${renderedMs.toFixed(0)} ms\n`);
});

it('switches to Chinese: texts, state and milestone names as the single window writes them', async () => {
  await page.goto(`${url}/track/${order.number}`);
  await page.getByTestId('tracking').waitFor();
  await page.getByLabel('Language').selectOption('zh');
  await page.getByRole('heading', { name: '物流跟踪' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  const text = await page.getByTestId('tracking').textContent();
  expect(text).toContain('运输中');
  expect(text).toContain('铁路');
  expect(await page.getByTestId('milestone').first().textContent()).toContain('发运');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('tracking-zh');

  // The choice is kept: the orders list opens in Chinese.
  await page.getByRole('link', { name: '订单', exact: true }).click();
  await page.getByRole('heading', { name: '订单' }).waitFor();
  expect(await page.getByTestId('order-row').filter({ hasText: order.number }).textContent()).toContain('运输中');
});

it('weighs the first load (JavaScript, gzipped)', async () => {
  const fresh = await browser.newContext({ locale: 'en-US' });
  const firstLoad = await fresh.newPage();
  const scripts: string[] = [];
  firstLoad.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
  });
  await firstLoad.goto(`${url}/`);
  await firstLoad.getByRole('heading', { name: 'Sign in' }).waitFor();
  await fresh.close();
  expect(scripts.length).toBeGreaterThan(0);
  const gzipped = scripts.reduce((sum, script) => sum + gzipSync(fs.readFileSync(path.join(WEB_DIST, script))).length, 0);
  process.stdout.write(`web: first-load JavaScript ${scripts.length} file(s), ${(gzipped / 1024).toFixed(1)} kB gzipped (goal < 300 kB)\n`);
});
