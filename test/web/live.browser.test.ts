/**
 * The tracking page follows a shipment over the live socket (graphql-ws), in a real browser
 * against a real `npm start` (embedded engine, memory only). While the indicator says live the
 * page does not poll, so a milestone the carrier records through the API can only reach the open
 * page through its `shipmentTracked` subscription. A token revoked while the page is open is
 * refused by the socket (4403) and the page says so. In English and Chinese, axe on the page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type BookedRef, OrderFixtures } from '../support/order-fixtures';
import type { RunningProcess } from '../support/processes';
import { launchChromium, SCREENSHOTS, seriousViolations, startWebServer } from './browser';

jest.setTimeout(180_000);


let server: RunningProcess;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let fixtures: OrderFixtures;
let booked: BookedRef;
let shipmentNumber: string;
// Tomorrow by the server's own (real) clock: a ready date may not be in the past.
const readyDate = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  browser = await launchChromium();
  ({ server, url } = await startWebServer());
  fixtures = await OrderFixtures.open({ url }, readyDate);
  booked = await fixtures.booked();
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
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

/** Waits until the live indicator shows this status, then returns its text. */
async function indicator(status: string): Promise<string> {
  const element = page.locator(`[data-testid="live-indicator"][data-status="${status}"]`);
  await element.waitFor({ timeout: 30_000 });
  return (await element.textContent()) ?? '';
}

it('the tracking page goes live and shows a milestone the carrier records, without polling', async () => {
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: 'Sign in as Chongqing Moto Parts Co.' }).click();
  await page.getByRole('heading', { name: 'Orders' }).waitFor();
  await page.goto(`${url}/track/${booked.number}`);
  await page.getByTestId('tracking').waitFor();
  expect(await indicator('live')).toContain('Live: changes appear as they are recorded.');
  expect(await page.getByText('No milestone recorded yet.').count()).toBe(1);
  shipmentNumber = (await page.getByTestId('tracking').locator('dd').first().textContent())!;

  // Count the tracking queries from here on: while live, the page asks again only after an event.
  const trackRequests: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/graphql') && (request.postData() ?? '').includes('query Track(')) trackRequests.push(request.url());
  });
  await fixtures.milestone('demo-carrier', shipmentNumber, 1, 'GATE_IN');
  await page.getByTestId('milestone').first().waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('milestone').first().textContent()).toMatch(/Gate in · Chongqing \(CNCKG\) · Leg 1/);
  expect(trackRequests.length).toBeGreaterThanOrEqual(1);
  expect(await indicator('live')).toContain('Live');
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('tracking-live');

  await page.getByLabel('Language').selectOption('zh');
  expect(await indicator('live')).toContain('实时：记录的变化即时显示。');
  await fixtures.milestone('demo-carrier', shipmentNumber, 1, 'LOADED');
  await page.getByText('装载').first().waitFor({ timeout: 30_000 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('语言').selectOption('en');
});

it('a token revoked while the page is open is refused by the socket (4403), and the page says so', async () => {
  const { me } = await fixtures.call<{ me: { party: { id: string } } }>('demo-exporter', '{ me { party { id } } }');
  const issued = await fixtures.call<{ issueApiToken: { token: string; apiToken: { id: string } } }>(
    'demo-exporter',
    'mutation($partyId: ID!) { issueApiToken(partyId: $partyId, label: "live browser test") { token apiToken { id } userErrors { code } } }',
    { partyId: me.party.id },
  );
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.goto(`${url}/`);
  await page.getByLabel('API token').fill(issued.issueApiToken.token);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Orders' }).waitFor();
  await page.goto(`${url}/track/${booked.number}`);
  expect(await indicator('live')).toContain('Live');

  await fixtures.call('demo-exporter', 'mutation($id: ID!) { revokeApiToken(id: $id) { userErrors { code } } }', { id: issued.issueApiToken.apiToken.id });
  const refusal = page.locator('[data-testid="live-indicator"][data-status="refused"]');
  await refusal.waitFor({ timeout: 30_000 });
  expect(await refusal.getAttribute('role')).toBe('alert');
  expect(await refusal.textContent()).toMatch(/Live updates refused: the server did not accept this token \(4403/);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('tracking-live-refused');
});
