/**
 * The trainer's pages in a real browser against a real `npm start` (embedded engine, memory
 * only): a non-trainer is not offered training; the trainer reads the scenario catalogue with
 * its sources, is refused a bad orders count at that field, starts a small run through the form,
 * sees its progress and then its report with charts, opens one order's timeline, downloads the
 * report, starts a second run and compares the two, and reads it all in Chinese too. axe checks
 * every page (no serious or critical violation). Screenshots go to reports/screenshots/, or to
 * docs/screenshots/ under `npm run screenshots`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningProcess } from '../support/processes';
import { launchChromium, SCREENSHOTS, seriousViolations, signInAsDemo, startWebServer } from './browser';

jest.setTimeout(180_000);

/** Two orders: a river shipment held at the Three Gorges locks, and its twin re-routed to rail. */
const SCENARIO = 'yangtze-locks-reroute-rail';
/** A run plays in the background; the page polls it. Generous, as the machine may be busy. */
const RUN_FINISHES_MS = 120_000;

let server: RunningProcess;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let firstRun: string;
let secondRun: string;

beforeAll(async () => {
  browser = await launchChromium();
  ({ server, url } = await startWebServer());
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
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

async function signInAs(name: string): Promise<void> {
  await signInAsDemo(page, url, name);
}

/** Starts a run through the form and waits on its page until it has finished. */
async function startRun(seed: string, orders: string): Promise<string> {
  await page.getByRole('link', { name: 'Training', exact: true }).click();
  await page.getByRole('heading', { name: 'Start a run' }).waitFor();
  await page.getByLabel('Scenario', { exact: true }).selectOption(SCENARIO);
  await page.getByLabel('Seed').fill(seed);
  await page.getByLabel('Orders', { exact: true }).fill(orders);
  await page.getByRole('button', { name: 'Start the run' }).click();
  await page.waitForURL(/\/training\/runs\/RUN-\d{4}-\d{6}$/);
  const number = decodeURIComponent(page.url().split('/').pop()!);
  await page.getByTestId('run-progress').waitFor();
  await page.getByTestId('run-status').getByText('Finished').waitFor({ timeout: RUN_FINISHES_MS });
  return number;
}

it('does not offer training to a party that is neither trainer nor auditor', async () => {
  await signInAs('Chongqing Moto Parts Co.');
  await page.getByRole('heading', { name: 'Orders' }).waitFor();
  expect(await page.getByRole('navigation').getByRole('link').allTextContents()).not.toContain('Training');
  await page.goto(`${url}/training`);
  await expect(page.getByRole('alert').textContent()).resolves.toContain('for trainers and auditors');
  expect(await page.getByTestId('start-run').count()).toBe(0);
});

it('lists the scenarios with their sources for the trainer, and the runs', async () => {
  await signInAs('Logistics Academy Trainer');
  await page.getByRole('link', { name: 'Training', exact: true }).click();
  await page.getByRole('heading', { name: 'Training scenarios' }).waitFor();
  const scenarios = page.getByTestId('scenario');
  await scenarios.first().waitFor();
  expect(await scenarios.count()).toBeGreaterThanOrEqual(9);
  const yangtze = await scenarios.filter({ hasText: SCENARIO }).textContent();
  expect(yangtze).toContain('Sources:');
  expect(yangtze).toMatch(/001:207/);
  expect(await page.getByText('No runs yet.').isVisible()).toBe(true);
  expect(await seriousViolations(page)).toEqual([]);
});

it('shows a bad orders count at the orders field, as the API refused it', async () => {
  await page.getByLabel('Scenario', { exact: true }).selectOption(SCENARIO);
  await page.getByLabel('Orders', { exact: true }).fill('5000');
  await page.getByRole('button', { name: 'Start the run' }).click();
  const error = page.locator('[data-field="input.orders"]');
  await error.waitFor();
  expect(await error.textContent()).toMatch(/1 to 1000 orders.*got 5000.*orders-range/);
  const input = page.getByLabel('Orders', { exact: true });
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  expect(await input.getAttribute('aria-describedby')).toBe(await error.getAttribute('id'));
  expect(page.url()).toBe(`${url}/training`);
  expect(await seriousViolations(page)).toEqual([]);
});

it('starts a small run through the form, shows its progress, then the report with its charts', async () => {
  firstRun = await startRun('3', '2');
  await page.getByRole('heading', { name: new RegExp(`^${firstRun}: `) }).waitFor();
  expect(await page.getByTestId('run-progress').textContent()).toContain('Orders played: 2 of 2');
  const kpis = await page.getByTestId('kpis').textContent();
  expect(kpis).toMatch(/Orders2/);
  expect(kpis).toMatch(/Expectations met\d \/ 5/);
  // Each chart is a picture with its figures in words, and a table.
  const incidents = await page.getByTestId('chart-incidents').getByRole('img').getAttribute('aria-label');
  expect(incidents).toMatch(/^Incidents \(count\): Lock congestion 1; Re-routed 1; Vessel missed 1$/);
  expect(await page.getByTestId('chart-delays').getByRole('img').getAttribute('aria-label')).toMatch(/^Transport delay by cause \(days per order\): vessel missed \d/);
  expect(await page.getByTestId('chart-lanes').getByRole('img').getAttribute('aria-label')).toMatch(/^Customs lanes \(declarations\): (Green|Yellow|Red)/);
  expect(await page.getByTestId('chart-co2').getByRole('img').getAttribute('aria-label')).toMatch(/River/);
  expect(await page.getByTestId('chart-lead-time').locator('table').count()).toBe(1);
  expect(await page.getByTestId('expectation').count()).toBe(5);
  expect(await page.getByTestId('run-order').allTextContents()).toEqual([expect.stringContaining('river'), expect.stringContaining('rerouted')]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('heading', { name: 'Charts' }).evaluate((h) => h.scrollIntoView());
  await screenshot('training-run');
});

it('opens one order\'s timeline: its legs planned against actual and its events', async () => {
  await page.getByRole('button', { name: 'Show timeline river' }).click();
  await page.getByRole('heading', { name: 'Timeline of river' }).waitFor();
  await page.getByTestId('timeline-leg').first().waitFor();
  expect(await page.getByTestId('timeline-leg').count()).toBeGreaterThanOrEqual(2);
  const events = await page.getByTestId('timeline-event').allTextContents();
  expect(events.some((e) => e.includes('incident.lockCongestion'))).toBe(true);
  expect(events.some((e) => e.includes('incident.vesselMissed'))).toBe(true);
  await page.getByRole('heading', { name: 'Timeline of river' }).evaluate((h) => h.scrollIntoView());
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('training-timeline');

  await page.getByLabel('Order', { exact: true }).selectOption('rerouted');
  await page.getByRole('heading', { name: 'Timeline of rerouted' }).waitFor();
  await page.getByTestId('timeline-event').filter({ hasText: 'shipment.rerouted' }).first().waitFor();
});

it('downloads the report as the API gives it', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (Markdown)' }).click()]);
  expect(download.suggestedFilename()).toBe(`${firstRun}-${SCENARIO}-seed3.md`);
  const file = await download.path();
  expect(fs.readFileSync(file, 'utf8')).toMatch(/^# Scenario report: /);
});

it('compares two runs side by side: each KPI for both with the difference, and both runs\' charts', async () => {
  secondRun = await startRun('11', '6');
  await page.getByRole('link', { name: 'Compare this run with another' }).click();
  await page.getByRole('heading', { name: 'Compare two runs' }).waitFor();
  expect(await page.getByLabel('Run A').inputValue()).toBe(secondRun);
  await page.getByLabel('Run B').selectOption(firstRun);
  expect(page.url()).toBe(`${url}/training/compare?a=${secondRun}&b=${firstRun}`);
  const rows = page.getByTestId('compare-row');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(14);
  // A played 6 orders, B 2.
  expect(await rows.filter({ hasText: /^Orders/ }).first().textContent()).toBe('Orders62-4');
  expect(await page.getByTestId('run-charts').count()).toBe(2);
  expect(await seriousViolations(page)).toEqual([]);
  await screenshot('training-compare');

  // The catalogue now lists both runs, newest first.
  await page.getByRole('link', { name: '← Training scenarios' }).click();
  await page.getByTestId('run-row').nth(1).waitFor();
  expect(await page.getByTestId('run-row').allTextContents()).toEqual([expect.stringContaining(secondRun), expect.stringContaining(firstRun)]);
  await screenshot('training');
});

it('reads a run in Chinese: headings, status, chart names and incidents', async () => {
  await page.goto(`${url}/training/runs/${firstRun}`);
  await page.getByTestId('run-charts').waitFor();
  await page.getByLabel('Language').selectOption('zh');
  await page.getByRole('heading', { name: '关键指标' }).waitFor();
  expect(await page.getByTestId('run-status').textContent()).toBe('已完成');
  expect(await page.getByTestId('chart-incidents').getByRole('img').getAttribute('aria-label')).toMatch(/^突发事件 \(次数\): 船闸待闸 1; 变更路线 1; 漏装船期 1$/);
  expect(await page.getByTestId('chart-delays').getByRole('img').getAttribute('aria-label')).toContain('漏装船期');
  expect(await page.getByRole('navigation').getByRole('link', { name: '培训', exact: true }).count()).toBe(1);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('heading', { name: '图表' }).evaluate((h) => h.scrollIntoView());
  await screenshot('training-run-zh');
});

it('lets an auditor read the runs but not start one', async () => {
  await page.getByLabel('语言').selectOption('en');
  await signInAs('Single Window Auditor');
  await page.getByRole('navigation').getByRole('link', { name: 'Training', exact: true }).click();
  await page.getByTestId('run-row').nth(1).waitFor();
  expect(await page.getByTestId('start-run').count()).toBe(0);
  await page.getByRole('link', { name: firstRun }).click();
  await page.getByTestId('run-charts').waitFor();
  expect(await page.getByTestId('run-status').textContent()).toBe('Finished');
});
