/**
 * The issue's "Done when", in one browser: ONE order taken from purchase to delivery by clicking
 * through the pages, each step signed in (through the demo picker) as the party whose step it is,
 * with no GraphQL written by anyone. The exporter creates the order, the importer confirms it, the
 * exporter compares routes and books, then files the export declaration from the order's page;
 * customs accepts, selects the lane and releases it. Then the language switches to 中文 and the
 * rest runs in Chinese: the forwarder drafts the bill, the shipper approves it, the forwarder
 * issues it; the exporter goes from the order to its bill and from the bill to the pledge loan
 * application, issues the invoice and applies; the bank matches the four documents, approves,
 * registers the pledge and disburses; the rail and sea carriers record their legs' milestones
 * from the milestone form; the exporter repays and the bank releases the bill; the exporter
 * endorses it to the buyer, who accepts and surrenders it for delivery; the forwarder accepts the
 * surrender; the sea carrier records the delivery, and the tracking page shows the order
 * delivered. Last, a trainer starts a scenario run and reads its report, in Chinese too. The API
 * is only read, to assert. axe checks every page on the way.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OrderFixtures, containerNumber } from '../support/order-fixtures';
import type { RunningProcess } from '../support/processes';
import { launchChromium, SCREENSHOTS, seriousViolations, startWebServer } from './browser';

jest.setTimeout(300_000);

const RAIL_SEA = 'New Western Land-Sea Corridor rail-sea service';
const NAMES = {
  exporter: 'Chongqing Moto Parts Co.',
  importer: 'Lion City Motors Pte. Ltd.',
  forwarder: 'Chongqing Land-Sea Multimodal Transport Co.',
  customs: 'Chongqing Customs (Xiyong)',
  bank: 'Chongqing Trade Finance Bank',
  rail: 'Western Corridor Rail Operator',
  sea: 'Beibu Gulf Container Line',
  trainer: 'Logistics Academy Trainer',
};
// Tomorrow by the server's own (real) clock: a ready date may not be in the past.
const readyDate = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

let server: RunningProcess;
let url: string;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Reads only: what the pages did, checked through the API. */
let reader: OrderFixtures;
let orderNumber: string;
let shipmentNumber: string;
let declaration: string;
let billNumber: string;
let loan: string;

beforeAll(async () => {
  browser = await launchChromium();
  ({ server, url } = await startWebServer());
  reader = await OrderFixtures.open({ url }, readyDate);
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
  await page.screenshot({ path: path.join(SCREENSHOTS, `journey-${name}.png`), fullPage: true });
}

async function noSeriousViolations(): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

/** Signs out whoever is signed in and signs in as a demo party through the picker, in either language. */
async function signInAs(name: string): Promise<void> {
  await page.goto(`${url}/`);
  const signOut = page.getByRole('button', { name: /^(Sign out|退出)$/ });
  const picker = page.getByRole('button', { name: new RegExp(`^(Sign in as ${escape(name)}|以 ${escape(name)} 登录)$`) });
  await signOut.or(picker).first().waitFor();
  if (await signOut.isVisible()) await signOut.click();
  await picker.click();
  await page.getByTestId('signed-in').filter({ hasText: name }).waitFor();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function click(name: string, within: Page | ReturnType<Page['getByTestId']> = page): Promise<void> {
  await within.getByRole('button', { name, exact: true }).click();
}

async function stateIs(testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor();
}

/** From the orders list (the first page after signing in) to the journey's order. */
async function openOrder(): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: /^(Orders|订单)$/ }).click();
  await page.getByTestId('order-row').filter({ hasText: orderNumber }).getByRole('link', { name: orderNumber, exact: true }).click();
  await page.getByTestId('order-summary').waitFor();
}

/** From the order's page to its bill, as a party to the order. */
async function openBillFromOrder(): Promise<void> {
  await openOrder();
  await page.getByTestId('order-documents').getByRole('link', { name: billNumber }).click();
  await page.getByTestId('bill-console').waitFor();
}

/** A carrier records one milestone from the milestone form of the journey's shipment. */
async function recordMilestone(carrier: string, leg: string, type: string, typeZh: string): Promise<void> {
  await signInAs(carrier);
  await page.getByRole('link', { name: '运输节点' }).click();
  await page.getByTestId('milestone-shipment').filter({ hasText: shipmentNumber }).getByRole('link').click();
  await page.getByTestId('milestone-page').waitFor();
  await page.getByLabel('区段', { exact: true }).selectOption(leg);
  await page.getByLabel('节点', { exact: true }).selectOption(type);
  await click('登记');
  await page.getByTestId('recorded-milestone').filter({ hasText: new RegExp(`${typeZh} · .* · 区段 ${leg}`) }).waitFor();
}

async function orderState(): Promise<string> {
  const { order } = await reader.call<{ order: { state: string } }>('demo-exporter', 'query($n: String) { order(number: $n) { state } }', { n: orderNumber });
  return order.state;
}

describe('one order from purchase to delivery, through the pages only', () => {
  it('the exporter creates the order through the form', async () => {
    await signInAs(NAMES.exporter);
    await page.getByRole('navigation').getByRole('link', { name: 'New order' }).click();
    await page.getByLabel('Buyer (importer)').selectOption({ label: 'Lion City Motors Pte. Ltd. (SG-LION, SG)' });
    await page.getByLabel('Origin').selectOption('CNCKG');
    await page.getByLabel('Destination').selectOption('SGSIN');
    await page.getByLabel('Incoterm', { exact: true }).selectOption('FCA');
    await page.getByLabel('Incoterm named place').selectOption('CNCKG');
    await page.getByLabel('Ready date').fill(readyDate);
    await page.getByLabel('Description, line 1').fill('Motorcycle brake assemblies');
    await page.getByLabel('HS code, line 1').fill('8714.10');
    await page.getByLabel('Quantity, line 1').fill('1200');
    await page.getByLabel('Unit price, line 1').fill('18.35');
    await page.getByLabel('Gross weight (kg), line 1').fill('2400');
    await noSeriousViolations();
    await click('Create order');
    await page.waitForURL(/\/orders\/ORD-\d{4}-\d{6}$/);
    orderNumber = decodeURIComponent(page.url().split('/').pop()!);
    await stateIs('order-state', 'Draft');
    // Nothing to link to yet: the order's documents say so.
    expect(await page.getByTestId('order-documents').textContent()).toBe('No declaration or bill yet.');
  });

  it('the importer confirms it from its orders list', async () => {
    await signInAs(NAMES.importer);
    await openOrder();
    await click('Confirm');
    await stateIs('order-state', 'Confirmed');
    expect(await orderState()).toBe('CONFIRMED');
  });

  it('the exporter compares the routes and books the rail-sea service', async () => {
    await signInAs(NAMES.exporter);
    await openOrder();
    await page.getByRole('link', { name: 'Compare routes and book' }).click();
    await page.getByTestId('routes-table').waitFor();
    await page.getByLabel(`Choose ${RAIL_SEA}`).check();
    await page.getByLabel('Forwarder (multimodal transport operator)').selectOption({ label: 'Chongqing Land-Sea Multimodal Transport Co. (CQ-LANDSEA)' });
    await page.getByLabel('Container 1 number').fill(containerNumber(7001));
    await page.getByLabel(/^Leg 1 \(Rail/).selectOption({ label: `${NAMES.rail} (CQ-RAIL)` });
    await page.getByLabel(/^Leg 2 \(Sea/).selectOption({ label: `${NAMES.sea} (QZ-SHIP)` });
    await click('Book');
    await page.waitForURL(`${url}/track/${orderNumber}`);
    await page.getByTestId('tracking').waitFor();
    shipmentNumber = (await page.getByTestId('tracking').locator('dd').first().textContent())!;
    expect(shipmentNumber).toMatch(/^SHP-\d{4}-\d{6}$/);
    expect(await orderState()).toBe('BOOKED');
  });

  it('the exporter goes from the tracking page to the order and files the export declaration from there', async () => {
    await page.getByTestId('tracking').getByRole('link', { name: orderNumber }).click();
    await page.getByTestId('order-summary').waitFor();
    await noSeriousViolations();
    await screenshot('order-documents');
    await page.getByRole('link', { name: 'File the export declaration' }).click();
    await page.getByTestId('declaration-form').waitFor();
    expect(await page.getByLabel('HS code (10 digits) 1').inputValue()).toBe('8714100000');
    await page.getByLabel('Customs office (4 digits, e.g. 8001 Chongqing)').fill('8001');
    await page.getByLabel('Conveyance and voyage, train or flight').fill('Rail-sea train CQ-QZ 1201');
    await page.getByLabel('Commercial invoice number').fill(`INV-${orderNumber}`);
    await page.getByLabel('Packages').fill('40');
    await click('File the declaration (暂存)');
    await page.waitForURL(/\/customs\/\d{18}$/);
    declaration = page.url().split('/').pop()!;
    await click('Submit to customs (申报)');
    await stateIs('declaration-state', 'Submitted');
  });

  it('customs accepts it, selects the lane and releases it from its queue', async () => {
    await signInAs(NAMES.customs);
    await page.getByRole('navigation').getByRole('link', { name: 'Customs' }).click();
    await page.getByTestId('declaration-row').filter({ hasText: declaration }).getByRole('link').click();
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
  });

  it('switched to 中文, the forwarder drafts the bill, the shipper approves it and the forwarder issues it', async () => {
    await signInAs(NAMES.forwarder);
    await page.getByLabel('Language').selectOption('zh');
    await page.getByRole('navigation').getByRole('link', { name: '提单' }).click();
    await page.getByLabel('本公司承运的运单').selectOption(shipmentNumber);
    await page.getByLabel('提单类型').selectOption('TO_ORDER');
    await click('草拟提单');
    await page.getByTestId('bill-console').waitFor();
    billNumber = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
    expect(await page.getByTestId('bill-status').textContent()).toBe('草拟');

    await signInAs(NAMES.exporter);
    await openBillFromOrder();
    await click('确认草稿');
    await stateIs('bill-status', '已确认');

    await signInAs(NAMES.forwarder);
    await openBillFromOrder();
    await click('签发提单');
    await stateIs('bill-status', '已签发');
    await noSeriousViolations();
  });

  it('the exporter goes from its bill to the pledge loan application, issues the invoice and applies', async () => {
    await signInAs(NAMES.exporter);
    await openBillFromOrder();
    await noSeriousViolations();
    await screenshot('bill-zh');
    await page.getByRole('link', { name: '以此提单申请质押融资' }).click();
    // The order comes with the link: its lines are loaded for the invoice.
    const invoice = page.getByTestId('invoice-form');
    await invoice.waitFor();
    expect(await page.getByLabel('提单号（提单质押、信保融资）').inputValue()).toBe(billNumber);
    await invoice.getByLabel('发票号', { exact: true }).fill(`INV-${orderNumber}`);
    await click('开具发票');
    await page.getByText(`已开具发票 INV-${orderNumber}`).waitFor();
    expect(await page.getByLabel('商业发票号').inputValue()).toBe(`INV-${orderNumber}`);
    await noSeriousViolations();
    await screenshot('apply-zh');
    await click('提交申请');
    await page.waitForURL(/\/finance\/FIN-\d{4}-\d{6}$/);
    loan = page.url().split('/').pop()!;
    await stateIs('financing-state', '申请');
  });

  it('the bank matches the four documents, approves, registers the pledge and disburses', async () => {
    await signInAs(NAMES.bank);
    await page.getByRole('navigation').getByRole('link', { name: /融资/ }).click();
    await page.getByTestId('financing-row').filter({ hasText: loan }).getByRole('link').click();
    await click('开始审核');
    await stateIs('financing-state', '审核');
    await click('四单对碰');
    await page.locator('[data-testid="matching-result"].passed').waitFor();
    await page.getByLabel('质押率 %').fill('80');
    await click('批准');
    await stateIs('financing-state', '批准');
    await click('质押登记');
    await stateIs('financing-state', '质押登记');
    await click('放款');
    await stateIs('financing-state', '放款');
    await noSeriousViolations();
    await screenshot('loan-zh');
    // From the loan to the pledged bill: the bank holds it with its lien.
    await page.getByRole('link', { name: billNumber, exact: true }).click();
    await page.locator('[data-field="billConsole.pledgee"]').filter({ hasText: 'CQ-BANK' }).waitFor();
    const { bill } = await reader.call<{ bill: { holder: { code: string }; pledgee: { code: string } } }>('demo-exporter', 'query($n: String!) { bill(number: $n) { holder { code } pledgee { code } } }', { n: billNumber });
    expect(bill).toEqual({ holder: { code: 'CQ-BANK' }, pledgee: { code: 'CQ-BANK' } });
  });

  it('the carriers record their legs from the milestone form: departed, arrived', async () => {
    await recordMilestone(NAMES.rail, '1', 'DEPARTED', '发运');
    await noSeriousViolations();
    await screenshot('milestones-zh');
    await recordMilestone(NAMES.rail, '1', 'ARRIVED', '到达');
    await recordMilestone(NAMES.sea, '2', 'DEPARTED', '发运');
    await recordMilestone(NAMES.sea, '2', 'ARRIVED', '到达');
    expect(await orderState()).toBe('ARRIVED');
  });

  it('the exporter repays the loan and the bank releases the bill', async () => {
    await signInAs(NAMES.exporter);
    await page.getByRole('navigation').getByRole('link', { name: /融资/ }).click();
    await page.getByTestId('financing-row').filter({ hasText: loan }).getByRole('link').click();
    await stateIs('financing-state', '放款');
    await click('还款');
    await stateIs('financing-state', '已还清');

    await signInAs(NAMES.bank);
    await page.getByRole('navigation').getByRole('link', { name: /融资/ }).click();
    await page.getByTestId('financing-row').filter({ hasText: loan }).getByRole('link').click();
    await click('解除质押');
    await stateIs('financing-state', '解除质押');
    const { bill } = await reader.call<{ bill: { holder: { code: string }; pledgee: null } }>('demo-exporter', 'query($n: String!) { bill(number: $n) { holder { code } pledgee { code } } }', { n: billNumber });
    expect(bill).toEqual({ holder: { code: 'CQ-MOTO' }, pledgee: null });
  });

  it('the exporter endorses the bill to the buyer, who accepts it and surrenders it for delivery; the forwarder accepts', async () => {
    await signInAs(NAMES.exporter);
    await openBillFromOrder();
    const endorse = page.getByTestId('action-ENDORSE');
    await endorse.getByLabel('背书给').selectOption({ label: `${NAMES.importer} (SG-LION)` });
    await click('背书', endorse);
    await page.locator('[data-field="billConsole.nominee"]').filter({ hasText: 'SG-LION' }).waitFor();

    await signInAs(NAMES.importer);
    await openBillFromOrder();
    await click('接受背书');
    await page.locator('[data-field="billConsole.holder"]').filter({ hasText: 'SG-LION' }).waitFor();
    const surrender = page.getByTestId('action-SURRENDER');
    await surrender.getByLabel('用途').selectOption('DELIVERY');
    await click('交还提单', surrender);
    await stateIs('bill-status', '提货交单待确认');
    await noSeriousViolations();
    await screenshot('surrender-zh');

    await signInAs(NAMES.forwarder);
    await openBillFromOrder();
    await click('接受交还');
    await stateIs('bill-status', '已交单提货');
  });

  it('the sea carrier records the delivery, and the tracking page shows the order delivered', async () => {
    await recordMilestone(NAMES.sea, '2', 'DELIVERED', '交付');
    await signInAs(NAMES.importer);
    await openOrder();
    await stateIs('order-state', '已交付');
    await page.getByTestId('order-summary').getByRole('link', { name: new RegExp(shipmentNumber) }).click();
    await page.getByTestId('tracking').locator('.state-DELIVERED').filter({ hasText: '已交付' }).waitFor();
    await noSeriousViolations();
    await screenshot('delivered-zh');
    expect(await orderState()).toBe('DELIVERED');
  });

  it('in 中文 too, the trainer starts a run of a scenario and reads its report', async () => {
    await signInAs(NAMES.trainer);
    await page.getByRole('navigation').getByRole('link', { name: '培训' }).click();
    await page.getByLabel('场景', { exact: true }).selectOption('yangtze-locks-reroute-rail');
    await page.getByLabel('随机种子').fill('7');
    await page.getByLabel('订单数', { exact: true }).fill('2');
    await click('启动运行');
    await page.waitForURL(/\/training\/runs\/RUN-\d{4}-\d{6}$/);
    // A two-order run of the embedded engine finishes within the test's own timeout.
    await page.getByTestId('run-status').getByText('已完成').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('kpis').textContent()).toContain('订单数');
    await noSeriousViolations();
  });
});
