/**
 * The customs and finance pages in a real browser against a real `npm start` (embedded engine,
 * memory only). Customs: the exporter files a declaration through the form (a refused customs
 * office shown at its field first), submits it, customs accepts, selects the lane and releases it
 * from the pages, and a party that is not customs is offered no decision; customs returns another
 * declaration (refused without a reason first) and the exporter corrects and resubmits it. Finance: the exporter
 * issues the invoice and applies for a pledge loan on a bill issued to it through the API, the
 * bank reviews, matches the four documents, is refused at the advance rate field, approves,
 * registers the pledge and disburses; the exporter repays; a second loan whose invoice disagrees
 * shows the mismatch in the matching table. English and Chinese, axe on each page, screenshots.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { FinancingFixtures } from '../support/financing-fixtures';
import { type BookedRef, OrderFixtures } from '../support/order-fixtures';
import type { RunningProcess } from '../support/processes';
import { launchChromium, SCREENSHOTS, seriousViolations, startWebServer } from './browser';

jest.setTimeout(240_000);


let server: RunningProcess;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let finance: FinancingFixtures;
let order: BookedRef;
let declaration: string;
let returned: string;
let goods: BookedRef & { bill: string };
let loan: string;
let mismatched: string;

beforeAll(async () => {
  browser = await launchChromium();
  ({ server, url } = await startWebServer());
  // Tomorrow by the server's own (real) clock: a ready date may not be in the past.
  const orders = await OrderFixtures.open({ url }, new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
  finance = new FinancingFixtures({ url }, orders);
  order = await orders.booked();
  // A declaration filed and submitted through the API, for customs to return and the exporter to correct.
  const second = await orders.booked();
  returned = (await finance.customs.file('demo-exporter', await finance.customs.exportInput(second.id))).number;
  await finance.customs.step('demo-exporter', 'submitDeclaration', returned);
  goods = await finance.shippedGoods();
  // The second loan: an invoice of 18.95 USD a piece against the order's 18.35, applied for and matched by the bank.
  const other = await finance.shippedGoods();
  const invoice = await finance.issueInvoice(await finance.invoiceInput(other.id, '18.95'));
  mismatched = (await finance.apply(other.bill, invoice.number)).number;
  await finance.reviewAndMatch(mismatched);
  context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
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

/** Signs in with a demo party's token (the picker is web-app.browser.test's) in a language, and opens a page. */
async function signIn(token: string, language: 'en' | 'zh', where: string): Promise<void> {
  await page.goto(`${url}/`);
  // Let the page finish checking any token kept from before, so it cannot store that one again after ours.
  await page.locator('[data-testid="signed-in"], form.token-form').first().waitFor();
  // Runs in the page (the test's tsconfig has no DOM types): the keys session.tsx and i18n use.
  await page.evaluate(`localStorage.setItem('yidan.token', ${JSON.stringify(token)}); localStorage.setItem('yidan.language', ${JSON.stringify(language)});`);
  await page.goto(`${url}${where}`);
  await page.getByTestId('signed-in').waitFor();
}

async function click(name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
}

async function stateIs(testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor();
}

describe('customs', () => {
  it('the exporter files a declaration from the form: the refused office at its field, then the draft and its submission', async () => {
    await signIn('demo-exporter', 'en', `/customs/new?order=${order.number}`);
    await page.getByTestId('declaration-form').waitFor();
    // Prefilled from the order and its shipment.
    expect(await page.getByLabel('HS code (10 digits) 1').inputValue()).toBe('8714100000');
    expect(await page.getByLabel('Containers (comma-separated)').inputValue()).toBe(order.container);
    await page.getByLabel('Customs office (4 digits, e.g. 8001 Chongqing)').fill('9999');
    await page.getByLabel('Conveyance and voyage, train or flight').fill('Rail-sea train CQ-QZ 1201');
    await page.getByLabel('Commercial invoice number').fill(`INV-${order.number}`);
    await page.getByLabel('Packages').fill('40');
    await click('File the declaration (暂存)');
    const refused = page.locator('[data-field="input.content.customsOffice"]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('customs-office-unknown');
    expect(await page.getByLabel('Customs office (4 digits, e.g. 8001 Chongqing)').getAttribute('aria-invalid')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('declaration-form');

    await page.getByLabel('Customs office (4 digits, e.g. 8001 Chongqing)').fill('8001');
    await click('File the declaration (暂存)');
    await page.waitForURL(/\/customs\/\d{18}$/);
    declaration = page.url().split('/').pop()!;
    await stateIs('declaration-state', 'Draft');
    expect(await page.getByTestId('declaration-line').count()).toBe(1);

    await click('Submit to customs (申报)');
    await stateIs('declaration-state', 'Submitted');
    expect(await page.getByTestId('receipt').allTextContents()).toEqual([expect.stringContaining('暂存'), expect.stringContaining('7 申报成功')]);
    // The declarant is offered no customs decision.
    expect(await page.getByRole('button', { name: 'Accept (接单)' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Release (放行)' }).count()).toBe(0);
  });

  it('the other side of the order reads the declaration and is offered nothing', async () => {
    await signIn('demo-importer', 'en', `/customs/${declaration}`);
    await stateIs('declaration-state', 'Submitted');
    // The page follows the declaration's receipts over the live socket (polling only while not live).
    await page.locator('[data-testid="live-indicator"][data-status="live"]').waitFor();
    expect(await page.getByTestId('declaration-actions').textContent()).toContain('Nothing for you to do on this declaration now.');
    expect(await page.getByTestId('declaration-actions').getByRole('button').count()).toBe(0);
  });

  it('customs finds it in the queue by state, accepts it, selects its lane and releases it', async () => {
    await signIn('demo-customs', 'en', '/customs');
    await page.getByLabel('State').selectOption('SUBMITTED');
    const row = page.getByTestId('declaration-row').filter({ hasText: declaration });
    await row.waitFor();
    expect(await row.textContent()).toContain('Not yet selected');
    expect(await page.getByTestId('lane-counts').textContent()).toMatch(/Not yet selected\d+/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('customs-queue');

    await row.getByRole('link').click();
    await stateIs('declaration-state', 'Submitted');
    await click('Accept (接单)');
    await stateIs('declaration-state', 'Accepted');
    await click('Run the risk selection (审单)');
    await page.getByTestId('risk').waitFor();
    // Whatever lane the seed gives, customs walks it from the buttons the API offers.
    for (const step of ['Document review passed', 'Inspection passed']) {
      if ((await page.getByRole('button', { name: step, exact: true }).count()) > 0) await click(step);
    }
    await click('Release (放行)');
    await stateIs('declaration-state', 'Released');
    expect(await page.getByTestId('declaration-lane').textContent()).toMatch(/Green|Yellow|Red/);
    const receipts = await page.getByTestId('receipt').allTextContents();
    expect(receipts[2]).toContain('G 海关接单交单回执');
    expect(receipts.at(-1)).toContain('P 海关已放行');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('declaration');
  });

  it('shows the declaration in Chinese: the status and receipts as the single window writes them', async () => {
    await page.getByLabel('Language').selectOption('zh');
    await page.getByRole('heading', { name: `报关单 ${declaration}` }).waitFor();
    expect(await page.getByTestId('declaration-state').textContent()).toContain('放行');
    expect(await page.getByRole('heading', { name: '回执（按时间）' }).count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('declaration-zh');
  });

  it('customs filters the queue by lane through the API, with how many are in each lane', async () => {
    // Released in its lane, the declaration is listed there and counted in it, and in no other lane.
    await page.getByLabel('语言').selectOption('en');
    await page.goto(`${url}/customs/${declaration}`);
    const lane = /Green|Yellow|Red/.exec((await page.getByTestId('declaration-lane').textContent())!)![0];
    await page.getByRole('link', { name: 'Customs' }).click();
    const row = page.getByTestId('declaration-row').filter({ hasText: declaration });
    await page.getByLabel('State').selectOption('RELEASED');
    // The lanes (and "not yet selected") split the released declarations: their counts add up to
    // the list's total, once both answers for the new state are in.
    const addsUp = async (): Promise<boolean> => {
      const total = /(\d+) declarations match/.exec((await page.getByRole('status').filter({ hasText: 'declarations match' }).textContent()) ?? '')?.[1];
      const counts = await page.getByTestId('lane-counts').locator('dd').allTextContents();
      return total !== undefined && counts.length === 4 && counts.reduce((n, c) => n + Number(c), 0) === Number(total);
    };
    for (let tries = 0; !(await addsUp()); tries += 1) {
      if (tries > 100) throw new Error('the lane counts never added up to the number of released declarations');
      await page.waitForTimeout(200);
    }
    /** The queue's count for a lane, once loaded; the list filtered by it then says as many match. */
    const filterBy = async (label: string): Promise<number> => {
      await page.getByLabel(/^Lane/).selectOption({ label });
      const counted = Number(await page.getByTestId('lane-counts').locator('div').filter({ hasText: label }).locator('dd').textContent());
      await page.getByRole('status').filter({ hasText: `${counted} declarations match` }).waitFor();
      return counted;
    };
    expect(await filterBy(lane)).toBeGreaterThanOrEqual(1);
    await row.waitFor();
    for (const other of [...['Green', 'Yellow', 'Red'].filter((l) => l !== lane), 'Not yet selected']) {
      await filterBy(other);
      expect(await row.count()).toBe(0);
    }
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('customs returns a declaration only with a reason; the exporter corrects and resubmits it', async () => {
    await signIn('demo-customs', 'en', `/customs/${returned}`);
    await stateIs('declaration-state', 'Submitted');
    const reject = page.getByTestId('action-decision-REJECT');
    await click('Return for correction (退单)');
    const refused = reject.locator('[data-field="input.reason"]');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('required');
    await reject.getByLabel('Reason').fill('conveyance reference does not match the manifest');
    await click('Return for correction (退单)');
    await stateIs('declaration-state', 'Returned for correction');

    await signIn('demo-exporter', 'en', `/customs/${returned}`);
    await page.getByRole('link', { name: 'Correct and resubmit (退单修改)' }).click();
    await page.getByTestId('correct-form').waitFor();
    expect(await page.getByTestId('correct-form').textContent()).toContain('Customs returned it: conveyance reference does not match the manifest');
    expect(await page.getByLabel('HS code (10 digits) 1').inputValue()).toBe('8714100000');
    await page.getByLabel('Conveyance and voyage, train or flight').fill('Rail-sea train CQ-QZ 1202');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('declaration-correct');
    await click('Correct and resubmit (退单修改)');
    await stateIs('declaration-state', 'Submitted');
    const receipts = await page.getByTestId('receipt').allTextContents();
    expect(receipts).toEqual(['暂存', '7 申报成功', 'E 海关退单', '7 申报成功'].map((receipt) => expect.stringContaining(receipt)));
  });
});

describe('finance', () => {
  it('the exporter issues the invoice and applies for a pledge loan in yuan on its bill', async () => {
    await signIn('demo-exporter', 'en', `/finance/apply?bill=${goods.bill}`);
    await page.getByLabel('Order number', { exact: true }).fill(goods.number);
    await click('Load the order');
    await page.getByTestId('invoice-form').waitFor();
    expect(await page.getByLabel('Unit price, line 1').inputValue()).toBe('18.35');
    await page.getByLabel('Invoice number', { exact: true }).fill(`INV-${goods.number}`);
    await click('Issue the invoice');
    await page.getByText(`Invoice INV-${goods.number} issued: 22020.00 USD.`).waitFor();
    expect(await page.getByLabel('Commercial invoice number').inputValue()).toBe(`INV-${goods.number}`);
    expect(await page.getByLabel('Bill of lading number (B/L pledge, policy financing)').inputValue()).toBe(goods.bill);
    await page.getByLabel('Loan currency (default: the goods’)').fill('CNY');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('financing-apply');
    await click('Apply');
    await page.waitForURL(/\/finance\/FIN-\d{4}-\d{6}$/);
    loan = page.url().split('/').pop()!;
    await stateIs('financing-state', 'Applied');
    // The exporter may withdraw, never review or approve.
    expect(await page.getByRole('button', { name: 'Withdraw the application (撤回)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Start the review (审核)' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Approve (批准)' }).count()).toBe(0);
  });

  it('the bank reviews, matches the four documents, is refused at the advance rate, approves, pledges and disburses', async () => {
    await signIn('demo-bank', 'en', '/finance');
    await page.getByTestId('financing-row').filter({ hasText: loan }).getByRole('link').click();
    await stateIs('financing-state', 'Applied');
    // The same financing open in another window, following it over the live socket.
    const elsewhere = await context.newPage();
    try {
      await elsewhere.goto(`${url}/finance/${loan}`);
      await elsewhere.locator('[data-testid="live-indicator"][data-status="live"]').waitFor({ timeout: 30_000 });
      await elsewhere.getByTestId('financing-state').filter({ hasText: 'Applied' }).waitFor();
      await click('Start the review (审核)');
      await stateIs('financing-state', 'Under review');
      // Not reloaded, not polling while live: the review reached it as a financingEvents event.
      await elsewhere.getByTestId('financing-state').filter({ hasText: 'Under review' }).waitFor({ timeout: 10_000 });
      expect(await seriousViolations(elsewhere)).toEqual([]);
    } finally {
      await elsewhere.close();
    }
    await click('Match the four documents (四单对碰)');
    await stateIs('matching-result', 'Passed');
    const header = await page.locator('.matching-table thead').textContent();
    expect(header).toMatch(/Order.*Invoice.*Bill of lading.*Declaration/);
    expect(await page.getByTestId('matching-row').filter({ hasText: 'Value' }).textContent()).toContain('22020.00');
    expect(await page.getByTestId('mismatch-cell').count()).toBe(0);

    await page.getByLabel('Advance rate % (质押率)').fill('150');
    await click('Approve (批准)');
    const refused = page.locator('[data-field="input.advanceRatePercent"]');
    await refused.waitFor();
    expect(await page.getByLabel('Advance rate % (质押率)').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Advance rate % (质押率)').fill('80');
    await click('Approve (批准)');
    await stateIs('financing-state', 'Approved');
    await click('Register the pledge (质押登记)');
    await stateIs('financing-state', 'Pledge registered');
    expect(await page.getByTestId('collateral').textContent()).toContain('Pledgee: CQ-BANK');
    await click('Disburse (放款)');
    await stateIs('financing-state', 'Disbursed');
    // 80 % of 22,020.00 USD at 7.30, rounded down: 128,596.80 CNY = 17,616.00 USD.
    expect(await page.getByTestId('position-principal').textContent()).toMatch(/128596\.80 CNY.*17616\.00 USD/);
    expect(await page.getByTestId('maturity').textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('financing-loan');
  });

  it('the exporter repays the settlement amount the page offers', async () => {
    await signIn('demo-exporter', 'en', `/finance/${loan}`);
    await stateIs('financing-state', 'Disbursed');
    expect(await page.getByLabel('Amount to repay (loan currency)').inputValue()).toBe('128596.80');
    await click('Repay (还款)');
    await stateIs('financing-state', 'Repaid');
    expect(await page.getByTestId('repayments').textContent()).toContain('128596.80 CNY');
  });

  it('shows the bank a mismatch in the matching table, in words, and the approval refused', async () => {
    await signIn('demo-bank', 'en', `/finance/${mismatched}`);
    await stateIs('matching-result', 'Failed');
    const cell = page.getByTestId('mismatch-cell');
    expect(await cell.count()).toBe(1);
    expect(await cell.textContent()).toMatch(/≠ differs.*22740\.00.*value-outside-tolerance/);
    expect(await page.getByTestId('matching-row').filter({ hasText: 'Value' }).textContent()).toContain('22020');
    await click('Approve (批准)');
    await page.getByTestId('action-APPROVE').getByText('financing-control').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('financing-matching');

    await page.getByLabel('Language').selectOption('zh');
    await page.getByRole('heading', { name: '四单对碰' }).waitFor();
    expect(await cell.textContent()).toContain('≠ 不符');
    expect(await page.getByTestId('financing-state').textContent()).toContain('审核');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('financing-matching-zh');
  });

  it('shows the insurer its policy: the buyer limit, the insured shipment and its premium', async () => {
    // Set up through the API: the insurer issues the policy, the exporter declares the shipment invoiced above.
    const { issueCreditPolicy } = await finance.call<{ issueCreditPolicy: { policy: { number: string } | null; userErrors: unknown[] } }>(
      'demo-insurer',
      'mutation($input: IssueCreditPolicyInput!) { issueCreditPolicy(input: $input) { policy { number } userErrors { message } } }',
      { input: { exporter: finance.orders.partyId('CQ-MOTO'), currency: 'USD', premiumRatePercent: '0.8', buyerLimits: [{ buyer: finance.orders.partyId('SG-LION'), amount: '100000' }] } },
    );
    const policy = issueCreditPolicy.policy!.number;
    await finance.call('demo-exporter', 'mutation($n: String!, $o: String!) { declareInsuredShipment(number: $n, order: $o) { policy { number } userErrors { message } } }', { n: policy, o: goods.number });

    await signIn('demo-insurer', 'en', '/finance');
    await page.getByLabel('Open a policy by number').fill(policy);
    await click('Open');
    await page.getByTestId('insured-shipment').waitFor();
    expect(await page.getByTestId('buyer-limit').textContent()).toMatch(/Lion City Motors.*100000\.00 USD.*22020\.00 USD.*77980\.00 USD/);
    expect(await page.getByTestId('insured-shipment').textContent()).toContain('176.16 USD');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot('credit-policy');
  });
});
