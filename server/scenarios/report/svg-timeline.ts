/**
 * One order's run as an SVG picture: each leg's planned window (light) above its actual one
 * (coloured by mode), and markers for customs, financing and refused attempts, on a day axis.
 * Self-contained (generic font family, no scripts, no external references) so it opens from
 * disk in any browser; every coordinate is rounded to 0.1 px so the bytes are stable.
 */
import type { OrderLeg, OrderReport, RunEvent } from '../../models/scenario-report';
import { day, instant } from './format';

const DAY_MS = 86_400_000;
const WIDTH = 960;
const PLOT_LEFT = 200;
const PLOT_RIGHT = WIDTH - 24;
const AXIS_Y = 72;
const ROWS_TOP = AXIS_Y + 16;
const LEG_ROW = 30;
const MARKER_ROW = 24;
/** At most this many date labels fit the plot's width without overlapping. */
const MAX_LABELS = 9;

const MODE_COLOURS: Record<string, string> = {
  sea: '#1f77b4',
  rail: '#8c564b',
  road: '#ff7f0e',
  air: '#9467bd',
  river: '#17becf',
};
const OTHER_MODE = '#7f7f7f';
const PLANNED = '#d9d9d9';
const CUSTOMS = '#6a3d9a';
const FINANCING = '#b8860b';
const REFUSED = '#d62728';

/** Text and attribute values: the five XML specials, and characters XML 1.0 cannot carry at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const px = (n: number): string => String(Math.round(n * 10) / 10);

const ms = (iso: string | null | undefined): number | null => {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
};

/** Whole UTC days around everything drawn, starting at the ready date (or earlier, should anything precede it). */
function timeSpan(o: OrderReport): { start: number; end: number } {
  const times = [
    o.readyAt,
    o.plannedEta,
    o.deliveredAt,
    ...o.legs.flatMap((l) => [l.plannedEtd, l.plannedEta, l.departedAt, l.arrivedAt]),
    ...o.timeline.map((e) => e.at),
  ]
    .map(ms)
    .filter((t): t is number => t !== null);
  const first = Math.min(...times);
  const last = Math.max(...times);
  const start = Math.floor(first / DAY_MS) * DAY_MS;
  const end = Math.max(start + DAY_MS, Math.ceil(last / DAY_MS) * DAY_MS);
  return { start, end };
}

type Category = 'customs' | 'financing' | 'refused';

/** Refused attempts get their own row whatever they were, so the lesson stands out. */
function categoryOf(e: RunEvent): Category | null {
  if (e.outcome === 'refused') return 'refused';
  if (e.name.startsWith('declaration.')) return 'customs';
  if (e.name.startsWith('financing.')) return 'financing';
  return null;
}

const eventTitle = (e: RunEvent): string =>
  `${instant(e.at)} UTC · ${e.actor} · ${e.name}${e.outcome === 'refused' ? ` · refused (rule ${e.rule ?? 'unknown'})` : ''}${e.detail ? ` — ${e.detail}` : ''}`;

function marker(category: Category, x: number, y: number, e: RunEvent): string {
  const title = `<title>${escapeXml(eventTitle(e))}</title>`;
  const shape =
    category === 'customs'
      ? `<circle cx="${px(x)}" cy="${px(y)}" r="5" fill="${CUSTOMS}"/>`
      : category === 'financing'
        ? `<rect x="${px(x - 5)}" y="${px(y - 5)}" width="10" height="10" fill="${FINANCING}"/>`
        : `<path d="M${px(x - 5)} ${px(y - 5)}L${px(x + 5)} ${px(y + 5)}M${px(x - 5)} ${px(y + 5)}L${px(x + 5)} ${px(y - 5)}" stroke="${REFUSED}" stroke-width="2.5"/>`;
  return `<g class="marker ${category}">${title}${shape}</g>`;
}

function legLabel(l: OrderLeg): string {
  return `Leg ${l.seq} · ${l.mode} · ${l.from} → ${l.to}`;
}

function text(x: number, y: number, content: string, attrs = ''): string {
  return `<text x="${px(x)}" y="${px(y)}"${attrs ? ` ${attrs}` : ''}>${escapeXml(content)}</text>`;
}

export function renderTimelineSvg(order: OrderReport): string {
  const { start, end } = timeSpan(order);
  const scale = (PLOT_RIGHT - PLOT_LEFT) / (end - start);
  const x = (t: number): number => PLOT_LEFT + (t - start) * scale;
  const legs = [...order.legs].sort((a, b) => a.seq - b.seq);
  const markerTop = ROWS_TOP + legs.length * LEG_ROW;
  const rows: Category[] = ['customs', 'financing', 'refused'];
  const plotBottom = markerTop + rows.length * MARKER_ROW;
  const legendY = plotBottom + 28;
  const height = legendY + 20;
  const out: string[] = [];

  const title = `${order.handle} — ${order.number}${order.route ? ` — ${order.route.name}` : ''}`;
  out.push(text(12, 24, title, 'font-size="15" font-weight="bold"'));
  const facts = [`ready ${instant(order.readyAt)}`, `planned ETA ${instant(order.plannedEta)}`, `delivered ${instant(order.deliveredAt)}`];
  out.push(text(12, 44, `${facts.join(' · ')} (UTC, simulated)`, 'font-size="11" fill="#555"'));

  // Day ticks; a label on every `step`-th day keeps the labels from overlapping.
  const days = Math.round((end - start) / DAY_MS);
  const step = Math.max(1, Math.ceil(days / MAX_LABELS));
  out.push('<g class="axis" font-size="10" fill="#555">');
  for (let d = 0; d <= days; d++) {
    const labelled = d % step === 0;
    if (!labelled && days > 180) continue;
    const tx = x(start + d * DAY_MS);
    out.push(`<line x1="${px(tx)}" y1="${px(AXIS_Y)}" x2="${px(tx)}" y2="${px(plotBottom)}" stroke="${labelled ? '#ccc' : '#eee'}"/>`);
    if (labelled) out.push(text(tx, AXIS_Y - 6, day(new Date(start + d * DAY_MS).toISOString()), 'text-anchor="middle"'));
  }
  out.push('</g>');

  // Vertical references: when the order was due and when it arrived.
  const due = ms(order.plannedEta);
  if (due !== null) out.push(`<line class="planned-eta" x1="${px(x(due))}" y1="${px(AXIS_Y)}" x2="${px(x(due))}" y2="${px(plotBottom)}" stroke="#999" stroke-dasharray="4 3"/>`);
  const delivered = ms(order.deliveredAt);
  if (delivered !== null) out.push(`<line class="delivered" x1="${px(x(delivered))}" y1="${px(AXIS_Y)}" x2="${px(x(delivered))}" y2="${px(plotBottom)}" stroke="#2ca02c" stroke-width="1.5"/>`);

  legs.forEach((leg, i) => {
    const top = ROWS_TOP + i * LEG_ROW;
    out.push(text(12, top + 17, legLabel(leg), 'font-size="11"'));
    const etd = ms(leg.plannedEtd);
    const eta = ms(leg.plannedEta);
    if (etd !== null && eta !== null) {
      const tip = `planned ${instant(leg.plannedEtd)} → ${instant(leg.plannedEta)}`;
      out.push(`<rect class="bar planned" x="${px(x(etd))}" y="${px(top + 3)}" width="${px(Math.max(1, x(eta) - x(etd)))}" height="9" fill="${PLANNED}"><title>${escapeXml(tip)}</title></rect>`);
    }
    const departed = ms(leg.departedAt);
    if (departed !== null) {
      const arrived = ms(leg.arrivedAt);
      // A leg still under way when the run ended runs to the edge, drawn faint.
      const until = arrived ?? end;
      const colour = MODE_COLOURS[leg.mode] ?? OTHER_MODE;
      const tip = `actual ${instant(leg.departedAt)} → ${arrived === null ? 'not arrived' : instant(leg.arrivedAt)} · ${leg.mode} · CO2 ${leg.co2Kg} kg`;
      const faint = arrived === null ? ' fill-opacity="0.45"' : '';
      out.push(`<rect class="bar actual" x="${px(x(departed))}" y="${px(top + 14)}" width="${px(Math.max(1, x(until) - x(departed)))}" height="11" fill="${colour}"${faint}><title>${escapeXml(tip)}</title></rect>`);
    }
  });

  const rowLabels: Record<Category, string> = { customs: 'Customs', financing: 'Financing', refused: 'Refused' };
  rows.forEach((category, i) => {
    const y = markerTop + i * MARKER_ROW + MARKER_ROW / 2;
    out.push(text(12, y + 4, rowLabels[category], 'font-size="11"'));
    for (const e of order.timeline) {
      const t = ms(e.at);
      if (t !== null && categoryOf(e) === category) out.push(marker(category, x(t), y, e));
    }
  });

  out.push(legend(legendY, legs));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${px(height)}" viewBox="0 0 ${WIDTH} ${px(height)}" font-family="sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${WIDTH}" height="${px(height)}" fill="#fff"/>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}

/** The planned bar, the modes in the order the legs use them, the marker kinds and the two reference lines. */
function legend(y: number, legs: OrderLeg[]): string {
  const modes = [...new Set(legs.map((l) => l.mode))];
  const items: Array<{ label: string; swatch: (x: number) => string }> = [
    { label: 'planned', swatch: (x) => `<rect x="${px(x)}" y="${px(y - 9)}" width="14" height="9" fill="${PLANNED}"/>` },
    ...modes.map((mode) => ({
      label: mode,
      swatch: (x: number) => `<rect x="${px(x)}" y="${px(y - 10)}" width="14" height="11" fill="${MODE_COLOURS[mode] ?? OTHER_MODE}"/>`,
    })),
    { label: 'customs', swatch: (x) => `<circle cx="${px(x + 7)}" cy="${px(y - 4)}" r="5" fill="${CUSTOMS}"/>` },
    { label: 'financing', swatch: (x) => `<rect x="${px(x + 2)}" y="${px(y - 9)}" width="10" height="10" fill="${FINANCING}"/>` },
    { label: 'planned ETA', swatch: (x) => `<line x1="${px(x + 7)}" y1="${px(y - 11)}" x2="${px(x + 7)}" y2="${px(y + 2)}" stroke="#999" stroke-dasharray="4 3"/>` },
    { label: 'delivered', swatch: (x) => `<line x1="${px(x + 7)}" y1="${px(y - 11)}" x2="${px(x + 7)}" y2="${px(y + 2)}" stroke="#2ca02c" stroke-width="1.5"/>` },
    {
      label: 'refused',
      swatch: (x) => `<path d="M${px(x + 2)} ${px(y - 9)}L${px(x + 12)} ${px(y + 1)}M${px(x + 2)} ${px(y + 1)}L${px(x + 12)} ${px(y - 9)}" stroke="${REFUSED}" stroke-width="2.5"/>`,
    },
  ];
  const parts: string[] = ['<g class="legend" font-size="11">'];
  let x = 12;
  for (const item of items) {
    parts.push(item.swatch(x), text(x + 18, y, item.label));
    x += 18 + item.label.length * 7 + 16;
  }
  parts.push('</g>');
  return parts.join('\n');
}
