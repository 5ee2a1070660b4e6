/**
 * The classroom pages in a real browser against a real `npm start` (embedded engine, memory
 * only): a non-trainer is not offered the classroom; the trainer sets up an exercise from
 * scenario 01 through the form and invites an exporter; the participant signs in with the token
 * the page showed, in a second browser context, sees the exercise in its header, its seat and an
 * empty world of its own, and drafts an order there through the normal form; the trainer sees the
 * score count it, injects an incident, is refused a backwards move of the clock at its field, then
 * advances a month. axe checks every page (no serious or critical violation), in English and
 * Chinese. Screenshots go to reports/screenshots/, or to docs/screenshots/ under
 * `npm run screenshots`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningProcess } from '../support/processes';
import { launchChromium, SCREENSHOTS, seriousViolations, startWebServer } from './browser';

jest.setTimeout(180_000);

/** Scenario 01: rail to Qinzhou, sea to Singapore, an export loan; its clock starts 2026-03-02T08:00Z. */
const SCENARIO = 'rail-sea-moto-financing';
/** The page polls the score every few seconds; generous, as the machine may be busy. */
const SCORE_SHOWS_MS = 30_000;

let server: RunningProcess;
let url: string;
let browser: Browser;
let trainerContext: BrowserContext;
let trainer: Page;
let participantContext: BrowserContext;
let participant: Page;
let exercise: string;
let token: string;

beforeAll(async () => {
  browser = await launchChromium();
  ({ server, url } = await startWebServer());
  trainerContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  trainer = await trainerContext.newPage();
  participantContext = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  participant = await participantContext.newPage();
});

afterAll(async () => {
  await trainerContext?.close();
  await participantContext?.close();
  await browser?.close();
  await server?.stop();
});

async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

async function signInAs(page: Page, name: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByRole('button', { name: `Sign in as ${name}` }).click();
  await page.getByTestId('signed-in').waitFor();
}

/** The class row's value of one KPI on the trainer's page. */
function classKpi(kpi: string) {
  return trainer.locator('[data-testid="score-row"][data-participant=""]').locator(`[data-kpi="${kpi}"]`);
}

it('does not offer the classroom to a party that is not a trainer', async () => {
  await signInAs(participant, 'Chongqing Moto Parts Co.');
  await participant.getByRole('heading', { name: 'Orders' }).waitFor();
  expect(await participant.getByRole('navigation').getByRole('link').allTextContents()).not.toContain('Classroom');
  expect(await participant.getByTestId('exercise-badge').count()).toBe(0);
  await participant.goto(`${url}/classroom`);
  await participant.getByRole('alert').getByText('Classroom exercises are run by trainers').waitFor();
  await participant.getByRole('button', { name: 'Sign out' }).click();
});

it('sets up an exercise from scenario 01 and invites an exporter, showing the token once', async () => {
  await signInAs(trainer, 'Logistics Academy Trainer');
  await trainer.getByRole('navigation').getByRole('link', { name: 'Classroom', exact: true }).click();
  await trainer.getByRole('heading', { name: 'Set up an exercise' }).waitFor();
  // A refusal at its field first: days to default outside 1 to 360.
  await trainer.getByLabel('Days overdue before default').fill('0');
  await trainer.getByRole('button', { name: 'Set up', exact: true }).click();
  const days = trainer.getByLabel('Days overdue before default');
  await trainer.locator('[data-field="input.defaultAfterDaysOverdue"]').getByText('days-range').waitFor();
  expect(await days.getAttribute('aria-invalid')).toBe('true');
  expect(await seriousViolations(trainer)).toEqual([]);
  await screenshot(trainer, 'classroom-list');

  await trainer.getByLabel('Scenario', { exact: true }).selectOption(SCENARIO);
  await trainer.getByLabel('Title').fill('Class 3B');
  await days.fill('10');
  await trainer.getByRole('button', { name: 'Set up', exact: true }).click();
  await trainer.waitForURL(/\/classroom\/EX-\d{4}-\d{6}$/);
  exercise = decodeURIComponent(trainer.url().split('/').pop()!);
  await trainer.getByRole('heading', { name: `${exercise} · Class 3B` }).waitFor();
  expect(await trainer.getByTestId('exercise-now').textContent()).toBe('2026-03-02T08:00:00.000Z');

  await trainer.getByLabel('Name', { exact: true }).fill('Li Wei');
  await trainer.getByTestId('invite').getByLabel('Party').fill('CQ-MOTO');
  await trainer.getByTestId('invite').getByLabel('Role').selectOption('EXPORTER');
  await trainer.getByRole('button', { name: 'Invite', exact: true }).click();
  token = (await trainer.getByTestId('issued-token').textContent())!;
  expect(token).toMatch(/^ydx_/);
  await trainer.getByTestId('participant-row').filter({ hasText: 'Li Wei' }).waitFor();
  // The same name again is refused at the name field.
  await trainer.getByRole('button', { name: 'Invite', exact: true }).click();
  await trainer.locator('[data-field="input.name"]').getByText('unique').waitFor();
  expect(await trainer.getByTestId('issued-token').count()).toBe(0);
  expect(await seriousViolations(trainer)).toEqual([]);
});

it('lets the participant sign in with the token: the header names the exercise, its seat, an empty world of its own', async () => {
  await participant.goto(`${url}/`);
  await participant.getByLabel('API token').fill(token);
  await participant.getByRole('button', { name: 'Sign in', exact: true }).click();
  await participant.getByTestId('signed-in').waitFor();
  await participant.getByTestId('exercise-badge').getByText(`Exercise ${exercise} · 2026-03-02T08:00:00.000Z`).waitFor();
  expect(await participant.getByRole('navigation').getByRole('link').allTextContents()).not.toContain('Classroom');

  await participant.getByTestId('exercise-badge').click();
  await participant.getByRole('heading', { name: 'My exercise' }).waitFor();
  await participant.getByTestId('seat-who').getByText(`Li Wei plays CQ-MOTO as Exporter in ${exercise} “Class 3B”.`).waitFor();
  expect(await participant.getByTestId('score-row').count()).toBe(1);
  expect(await seriousViolations(participant)).toEqual([]);
  await screenshot(participant, 'classroom-seat');

  // Its world: no orders yet (the real world's are not here), and the normal form drafts one on the exercise's clock.
  await participant.getByRole('navigation').getByRole('link', { name: 'Orders', exact: true }).click();
  await participant.getByText('No orders match.').waitFor();
  await participant.getByRole('navigation').getByRole('link', { name: 'New order' }).click();
  await participant.getByRole('heading', { name: 'New order' }).waitFor();
  await participant.getByLabel('Buyer (importer)').selectOption({ label: 'Lion City Motors Pte. Ltd. (SG-LION, SG)' });
  await participant.getByLabel('Origin').selectOption('CNCKG');
  await participant.getByLabel('Destination').selectOption('SGSIN');
  await participant.getByLabel('Incoterm', { exact: true }).selectOption('FCA');
  await participant.getByLabel('Incoterm named place').selectOption('CNCKG');
  await participant.getByLabel('Ready date').fill('2026-03-09');
  await participant.getByLabel('Description, line 1').fill('Motorcycle brake assemblies');
  await participant.getByLabel('HS code, line 1').fill('8714.10');
  await participant.getByLabel('Quantity, line 1').fill('1200');
  await participant.getByLabel('Unit price, line 1').fill('18.35');
  await participant.getByLabel('Gross weight (kg), line 1').fill('2400');
  await participant.getByRole('button', { name: 'Create order' }).click();
  await participant.waitForURL(/\/orders\/[^/]+$/);
});

it('injects an incident, refuses a backwards move at its field, advances a month and shows the score', async () => {
  // The live score counts the participant's order without a reload.
  await trainer.getByTestId('score-row').filter({ hasText: 'Li Wei' }).locator('[data-kpi="orders"]').getByText('1', { exact: true }).waitFor({ timeout: SCORE_SHOWS_MS });
  await classKpi('orders').getByText('1', { exact: true }).waitFor();

  await trainer.getByLabel('Incident', { exact: true }).selectOption('fxMove');
  await trainer.getByTestId('incident').getByLabel('Rate', { exact: true }).fill('7.3');
  await trainer.getByTestId('incident').getByLabel('Note to the class').fill('The dollar strengthens');
  await trainer.getByRole('button', { name: 'Inject', exact: true }).click();
  await trainer.getByTestId('incidents').getByText('Exchange rate move').waitFor();

  await trainer.getByLabel('Or move to').fill('2026-03-01T00:00:00Z');
  await trainer.getByRole('button', { name: 'Move', exact: true }).click();
  await trainer.locator('[data-field="input.to"]').getByText('clock-forward-only').waitFor();
  expect(await trainer.getByLabel('Or move to').getAttribute('aria-invalid')).toBe('true');
  expect(await trainer.getByTestId('exercise-now').textContent()).toBe('2026-03-02T08:00:00.000Z');

  await trainer.getByLabel('Advance by').fill('P30D');
  await trainer.getByRole('button', { name: 'Advance', exact: true }).click();
  await trainer.getByTestId('clock-fired').getByText('Moved to 2026-04-01T08:00:00.000Z').waitFor();
  await trainer.getByTestId('exercise-now').getByText('2026-04-01T08:00:00.000Z').waitFor();
  expect(await seriousViolations(trainer)).toEqual([]);
  await screenshot(trainer, 'classroom-exercise');

  // The participant's header follows the exercise's clock, not the wall clock.
  await participant.reload();
  await participant.getByTestId('exercise-badge').getByText(`Exercise ${exercise} · 2026-04-01T08:00:00.000Z`).waitFor();
});

it('reads the exercise in Chinese', async () => {
  await trainer.getByLabel('Language').selectOption('zh');
  await trainer.getByRole('heading', { name: '时钟' }).waitFor();
  await trainer.getByRole('heading', { name: '注入突发事件' }).waitFor();
  await trainer.getByTestId('incidents').getByText('汇率变动').waitFor();
  await classKpi('orders').waitFor();
  expect(await trainer.locator('[data-testid="score-row"][data-participant=""] th').textContent()).toBe('全班');
  expect(await trainer.getByRole('navigation').getByRole('link', { name: '课堂', exact: true }).count()).toBe(1);
  expect(await seriousViolations(trainer)).toEqual([]);
  await screenshot(trainer, 'classroom-exercise-zh');
  await participant.getByLabel('Language').selectOption('zh');
  await participant.getByTestId('exercise-badge').getByText(`演练 ${exercise}`, { exact: false }).waitFor();
  expect(await seriousViolations(participant)).toEqual([]);
  await trainer.getByLabel('语言').selectOption('en');
});
