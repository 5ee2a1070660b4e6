/** The report renderers: Markdown, SVG timelines, the files on disk and the console summary. */
import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { KPI_LABELS } from '../../server/scenarios/report/kpis';
import { MARKDOWN_TIMELINE_LIMIT, renderMarkdown } from '../../server/scenarios/report/markdown';
import { summaryTable, unmetExpectationLines } from '../../server/scenarios/report/summary-table';
import { renderTimelineSvg } from '../../server/scenarios/report/svg-timeline';
import { reportJsonChunks, writeReport } from '../../server/scenarios/report/write-report';
import type { ScenarioReport } from '../../server/models/scenario-report';
import { reportFixture } from './report-fixture';

/**
 * Problems that would make `xml` not well-formed: unbalanced or mismatched tags, more than one
 * root, bad names, unquoted or duplicate attributes, a raw `<` or stray `&` in text or values.
 * Enough of XML 1.0 for generated SVG (no DOCTYPE, no CDATA).
 */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const NAME = /^[A-Za-z_:][\w:.-]*$/;
  const badAmp = (s: string) => /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(s);
  const stack: string[] = [];
  let roots = 0;
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  for (const token of body.match(/<[^>]*>|[^<]+|</g) ?? []) {
    if (!token.startsWith('<')) {
      if (badAmp(token)) problems.push(`stray & in text: ${token.slice(0, 40)}`);
      if (stack.length === 0 && token.trim() !== '') problems.push(`text outside the root: ${token.slice(0, 40)}`);
      continue;
    }
    if (token === '<' || !token.endsWith('>')) {
      problems.push('a raw < in text');
      continue;
    }
    if (token.startsWith('<!--')) continue;
    if (token.startsWith('</')) {
      const name = token.slice(2, -1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}>`);
      continue;
    }
    const selfClosing = token.endsWith('/>');
    const inner = token.slice(1, selfClosing ? -2 : -1);
    const name = inner.match(/^[^\s/>]+/)?.[0] ?? '';
    if (!NAME.test(name)) problems.push(`bad element name in ${token.slice(0, 40)}`);
    let rest = inner.slice(name.length);
    const seen = new Set<string>();
    for (let m = rest.match(/^\s+([A-Za-z_:][\w:.-]*)="([^"]*)"/); m; m = rest.match(/^\s+([A-Za-z_:][\w:.-]*)="([^"]*)"/)) {
      if (seen.has(m[1]!)) problems.push(`duplicate attribute ${m[1]} on <${name}>`);
      seen.add(m[1]!);
      if (m[2]!.includes('<') || badAmp(m[2]!)) problems.push(`unescaped value of ${m[1]} on <${name}>`);
      rest = rest.slice(m[0].length);
    }
    if (rest.trim() !== '') problems.push(`malformed attributes on <${name}>: ${rest.slice(0, 40)}`);
    if (stack.length === 0) roots += 1;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

const count = (text: string, needle: string | RegExp): number =>
  typeof needle === 'string' ? text.split(needle).length - 1 : (text.match(needle) ?? []).length;

describe('the XML checker', () => {
  it('finds what it is meant to find', () => {
    expect(xmlProblems('<svg><g><rect a="1"/></g></svg>')).toEqual([]);
    expect(xmlProblems('<svg><g></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>a < b</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>R&D</text></svg>')).not.toEqual([]);
    expect(xmlProblems('<svg a="1" a="2"/>')).not.toEqual([]);
    expect(xmlProblems('<svg/><svg/>')).not.toEqual([]);
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(reportFixture());

  it('states what was run', () => {
    expect(md).toMatch(/^# Scenario report: Motorcycle parts by rail-sea \\\| financed\n/);
    expect(md).toContain('- **Scenario:** `rail-sea-moto-financing`');
    expect(md).toContain('- **Seed:** 20260302');
    expect(md).toContain('- **Start:** 2026-03-02 08:00 UTC');
    expect(md).toContain('- **Orders:** 2');
    expect(md).toContain('**Sources:** 001:122, 001:129');
  });

  it('gives the KPIs against the plan', () => {
    expect(md).toContain('| Lead time (days) | average 12.5 actual vs 11.0 planned |');
    expect(md).toContain('| Customs dwell (hours) | average 16.3, max 30.0 |');
    expect(md).toContain('| Customs lanes | green 1, red 1 |');
    // A cause's total and its average per order are named apart: a sum never reads as an average.
    expect(md).toContain('| Transport delay (days) | average 1.5 per arrived order (arrival at destination against planned ETA) |');
    expect(md).toContain('| Delay by cause | vesselMissed: total 3 d, average 1.5 d per arrived order (1 order affected) |');
    expect(md).toContain('| Wait by cause | none |');
    expect(md).toContain('4,861.00 USD freight on 44,040.00 USD goods = 11.04 % of goods value (target ≤ 13 %: within target)');
    expect(md).toContain('| Duties and fees | 120.00 CNY |');
    expect(md).toContain('1 loan, principal 17,616.00 USD, interest 132.12 USD, claims paid 0.00 USD');
    expect(md).toContain('| CO2 by mode | rail 105.6 kg, sea 48.2 kg |');
    expect(md).toContain('| CO2 total | 153.8 kg |');
  });

  it('tabulates the delay by cause with totals and averages in separate columns, each stage closed by its KPI', () => {
    expect(md).toContain('## Delay by cause');
    expect(md).toContain('| Stage | Cause | Orders | Total (d) | Average per order (d) |');
    expect(md).toContain('| transport | vesselMissed | 1 | 3 | 1.5 |');
    expect(md).toContain('| transport | **all causes** | 2 | 3 | 1.5 |');
    expect(md).toContain('| at destination | **all causes** | 2 | 0 | 0.0 |');
  });

  it('marks each expectation met or not, with its evidence', () => {
    expect(md).toContain('## Expectations (1 of 2 met)');
    expect(md).toContain(
      '| ✅ | The loan is not approved before the invoice is corrected (`loan-waits-for-invoice`) | invoice.corrected at 2026-03-05 10:00<br>financing.approved at 2026-03-05 12:00 |',
    );
    expect(md).toContain('| ❌ | Every order arrives on time (`all-on-time`) | moto: 3 days late (vesselMissed) |');
  });

  it('has a row per order, with | escaped so no cell splits', () => {
    expect(md).toContain(
      '| `moto` | SO-000001 | Chongqing \\| Qinzhou \\| Singapore (rail → sea) | 11 | 14 | +3 | 0 | vesselMissed 3 | green | 2.5 | 2,430.50 | billPledge repaid |',
    );
    expect(md).toContain('| `moto-2` | SO-000002 |');
    // Every table row has as many cell separators as its header.
    const tables = md.split('\n\n').filter((block) => block.startsWith('|'));
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const t of tables) {
      const separators = t.split('\n').map((row) => count(row.replace(/\\\|/g, ''), '|'));
      expect(new Set(separators).size).toBe(1);
    }
  });

  it('lists the timelines, refused attempts with their rule, specials escaped', () => {
    expect(md).toContain('### moto — SO-000001 — Chongqing \\| Qinzhou \\| Singapore (rail → sea)');
    expect(md).toContain(
      '- 2026-03-04 10:00 · CQ-BANK · `financing.approved` · **refused** (rule `four-document-match`) — invoice 22 680.60 \\<\\> declaration 22 020.00 & more',
    );
    expect(md).toContain('- 2026-03-05 10:00 · CQ-MOTO · `invoice.corrected` — value now matches the declaration');
    expect(md).toContain('### Scenario events');
    expect(md).not.toContain('left out of this file');
  });

  it('leaves timelines beyond the first 20 orders to the JSON, and says so', () => {
    const report = reportFixture();
    const [first] = report.orders;
    report.orders = Array.from({ length: 23 }, (_, i) => ({ ...first!, handle: i === 0 ? 'moto' : `moto-${i + 1}` }));
    const long = renderMarkdown(report);
    expect(count(long, /^### moto/gm)).toBe(MARKDOWN_TIMELINE_LIMIT);
    expect(long).toContain('3 more order timelines are left out of this file; every timeline is in report.json.');
    expect(count(long, /^\| `moto/gm)).toBe(23);
  });

  it('does not depend on the wall clock', () => {
    jest.useFakeTimers({ now: new Date('2031-07-01T00:00:00Z') });
    const later = renderMarkdown(reportFixture());
    jest.useRealTimers();
    expect(later).toBe(md);
  });
});

describe('renderTimelineSvg', () => {
  const [moto] = reportFixture().orders;
  const svg = renderTimelineSvg(moto!);

  it('is well-formed XML with a title', () => {
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('<title>moto — SO-000001 — Chongqing | Qinzhou | Singapore</title>');
    expect(svg).not.toMatch(/<script|href=|@import|url\(/);
  });

  it('draws one planned and one actual bar per leg', () => {
    expect(count(svg, 'class="bar planned"')).toBe(2);
    expect(count(svg, 'class="bar actual"')).toBe(2);
    const notDeparted = renderTimelineSvg({ ...moto!, legs: [moto!.legs[0]!, { ...moto!.legs[1]!, departedAt: null, arrivedAt: null }] });
    expect(count(notDeparted, 'class="bar planned"')).toBe(2);
    expect(count(notDeparted, 'class="bar actual"')).toBe(1);
  });

  it('marks customs, financing and refused events', () => {
    expect(count(svg, 'class="marker customs"')).toBe(2);
    expect(count(svg, 'class="marker financing"')).toBe(1);
    expect(count(svg, 'class="marker refused"')).toBe(1);
    expect(svg).toContain('#d62728');
  });

  it('escapes < and & in details', () => {
    expect(svg).toContain('invoice 22 680.60 &lt;&gt; declaration 22 020.00 &amp; more');
    expect(svg).not.toContain('680.60 <>');
    const nasty = renderTimelineSvg({
      ...moto!,
      handle: 'a&b',
      route: { name: '<Chongqing> & "Qinzhou" \u0001', corridorId: 'x', modes: ['rail'] },
      legs: [{ ...moto!.legs[0]!, mode: 'hovercraft <&>' }],
    });
    expect(xmlProblems(nasty)).toEqual([]);
    expect(nasty).toContain('a&amp;b — SO-000001 — &lt;Chongqing&gt; &amp; &quot;Qinzhou&quot; </title>');
  });

  it('labels the day axis sparsely and gives the same bytes every time', () => {
    expect(svg).toContain('>2026-03-02</text>');
    expect(count(svg, /<text[^>]*text-anchor="middle"[^>]*>\d{4}-\d{2}-\d{2}<\/text>/g)).toBeLessThanOrEqual(10);
    expect(renderTimelineSvg(reportFixture().orders[0]!)).toBe(svg);
  });
});

describe('writeReport', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'yidan-report-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function snapshot(root: string): Promise<Map<string, Buffer>> {
    const files = new Map<string, Buffer>();
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        const full = path.join(entry.parentPath ?? entry.path, entry.name);
        files.set(path.relative(root, full), await readFile(full));
      }
    }
    return files;
  }

  it('writes the JSON, the Markdown and a timeline per order, and lists them', async () => {
    const report = reportFixture();
    const { files } = await writeReport(report, path.join(dir, 'out', 'nested'));
    expect(files).toEqual(['report.json', 'report.md', 'timelines/moto.svg', 'timelines/moto-2.svg']);
    const written = await snapshot(path.join(dir, 'out', 'nested'));
    expect([...written.keys()].sort()).toEqual(files.map((f) => path.join(...f.split('/'))).sort());
    expect(written.get('report.json')!.toString('utf8')).toBe(JSON.stringify(report, null, 2) + '\n');
    expect(written.get('report.md')!.toString('utf8')).toBe(renderMarkdown(report));
    expect(written.get(path.join('timelines', 'moto-2.svg'))!.toString('utf8')).toBe(renderTimelineSvg(report.orders[1]!));
  });

  it('gives identical bytes when written twice, and drops timelines of an earlier run', async () => {
    await mkdir(path.join(dir, 'timelines'), { recursive: true });
    await writeFile(path.join(dir, 'timelines', 'moto-99.svg'), '<svg/>');
    await writeFile(path.join(dir, 'timelines', 'notes.txt'), 'mine');
    await writeReport(reportFixture(), dir);
    const first = await snapshot(dir);
    await writeReport(reportFixture(), dir);
    const second = await snapshot(dir);
    expect(first.has(path.join('timelines', 'moto-99.svg'))).toBe(false);
    expect(first.get(path.join('timelines', 'notes.txt'))?.toString()).toBe('mine');
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(second.get(name)!.equals(bytes)).toBe(true);
  });

  it('streams exactly what JSON.stringify would write', () => {
    const empty = { ...reportFixture(), orders: [], expectations: [], extra: undefined } as unknown as ScenarioReport;
    for (const report of [reportFixture(), empty]) {
      expect([...reportJsonChunks(report)].join('')).toBe(JSON.stringify(report, null, 2) + '\n');
    }
  });
});

describe('summaryTable', () => {
  const report = reportFixture();

  it('has a row for each KPI and the expectations met', () => {
    const table = summaryTable(report);
    for (const label of KPI_LABELS) expect(table).toContain(label);
    expect(table).toMatch(/Expectations met\s+│\s+1\/2/);
    expect(table).toContain('within target');
  });

  it('is plain text unless colour is asked for', () => {
    expect(summaryTable(report)).not.toContain('\u001b[');
    expect(summaryTable(report, { color: true })).toContain('\u001b[');
  });

  it('names the unmet expectations', () => {
    expect(unmetExpectationLines(report)).toEqual(['unmet: all-on-time: Every order arrives on time']);
  });
});
