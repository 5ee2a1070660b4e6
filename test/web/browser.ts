/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download does not work
 * offline). A missing browser fails the run with the command that installs it: the browser
 * tests are part of `npm test` and never skip.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type RunningProcess, projectRoot, startTs } from '../support/processes';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: the browser tests need it. Install it with ` +
        '`apt-get update && apt-get install -y chromium` (Debian), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS, headless: true });
}

/** The page's serious and critical accessibility violations (axe-core), as `id: help (n nodes)`. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length} nodes: ${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Signs out whoever is signed in and signs in as a demo party through the picker. It waits for
 * the page to settle on one of the two first: right after a load the stored token is still being
 * checked, and neither the sign-out button nor the picker is there yet.
 */
export async function signInAsDemo(page: Page, url: string, name: string): Promise<void> {
  await page.goto(`${url}/`);
  const signOut = page.getByRole('button', { name: /^(Sign out|退出)$/ });
  const picker = page.getByRole('button', { name: `Sign in as ${name}` });
  await signOut.or(picker).first().waitFor();
  if (await signOut.isVisible()) await signOut.click();
  await picker.click();
  await page.getByTestId('signed-in').filter({ hasText: name }).waitFor();
}

/** Where the suites save their page screenshots: docs/ for the README under YIDAN_UPDATE_SCREENSHOTS=1, reports/ (ignored by git) otherwise. */
export const SCREENSHOTS = path.join(projectRoot, process.env.YIDAN_UPDATE_SCREENSHOTS === '1' ? 'docs' : 'reports', 'screenshots');

/**
 * A real `npm start` serving the built web app on a memory-only embedded engine with the demo
 * parties, as a newcomer would run it; `url` is its origin (no path).
 */
export async function startWebServer(): Promise<{ server: RunningProcess; url: string }> {
  if (!fs.existsSync(path.join(projectRoot, 'web', 'dist', 'index.html'))) throw new Error('web/dist is not built: run `npm run build:web` (npm test and npm ci do it)');
  const server = startTs('server/main.ts', [], { PORT: '0', HOST: '127.0.0.1', YIDAN_STORAGE: 'embedded', MONGODB_URI: '', LOG_LEVEL: 'info', NODE_ENV: 'development', YIDAN_DEMO_SEED: '' });
  const line = await server.waitForLine((l) => l.includes('Yidan listening'), 60_000);
  return { server, url: (JSON.parse(line) as { url: string }).url.replace(/\/graphql$/, '') };
}
