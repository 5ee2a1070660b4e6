/**
 * Writes a run's report to a directory: report.json (the whole report, the source of truth),
 * report.md (for the trainer) and one SVG timeline per order. Writing the same report twice
 * gives the same bytes, and timelines left over from an earlier, larger run in the same
 * directory are removed so the directory always describes one run.
 */
import { mkdir, open, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ScenarioReport } from '../../models/scenario-report';
import { renderMarkdown } from './markdown';
import { renderTimelineSvg } from './svg-timeline';

const TIMELINES = 'timelines';
/** Timelines written at once: enough to keep the disk busy, few enough to bound open files. */
const PARALLEL_WRITES = 16;
const FLUSH_AT = 1 << 20;

/** Handles are lower case with dashes already; anything else is replaced so a handle can never leave the directory. */
export function timelineFileName(handle: string): string {
  const safe = handle.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return `${safe || '_'}.svg`;
}

/**
 * The text of JSON.stringify(report, null, 2), piece by piece: a run of a million orders makes a
 * report larger than the longest string V8 can hold, so the top-level arrays are stringified one
 * element at a time and re-indented (JSON strings never contain a raw line break, so indenting
 * every line is exact).
 */
export function* reportJsonChunks(report: ScenarioReport): Generator<string> {
  // The values JSON.stringify leaves out of an object (tested by type: stringifying the orders to find out would defeat the purpose).
  const entries = Object.entries(report).filter(([, value]) => value !== undefined && typeof value !== 'function' && typeof value !== 'symbol');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [i, [key, value]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      yield '[\n';
      for (const [j, item] of (value as unknown[]).entries()) {
        const text = JSON.stringify(item, null, 2) ?? 'null';
        yield `    ${text.replace(/\n/g, '\n    ')}${j < value.length - 1 ? ',' : ''}\n`;
      }
      yield '  ]';
    } else {
      yield JSON.stringify(value, null, 2)!.replace(/\n/g, '\n  ');
    }
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield '}\n';
}

async function writeChunks(file: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(file, 'w');
  try {
    let buffer = '';
    for (const chunk of chunks) {
      buffer += chunk;
      if (buffer.length >= FLUSH_AT) {
        await handle.write(buffer);
        buffer = '';
      }
    }
    if (buffer) await handle.write(buffer);
  } finally {
    await handle.close();
  }
}

export async function writeReport(report: ScenarioReport, dir: string): Promise<{ files: string[] }> {
  const timelineDir = path.join(dir, TIMELINES);
  await mkdir(timelineDir, { recursive: true });

  // Report order: deterministic, and the order a trainer reads them in (moto, moto-2, ... moto-10).
  const names = report.orders.map((o) => timelineFileName(o.handle));
  const unique = new Set(names);
  if (unique.size !== names.length) throw new Error('two orders would share one timeline file: order handles must be unique');

  await writeChunks(path.join(dir, 'report.json'), reportJsonChunks(report));
  await writeFile(path.join(dir, 'report.md'), renderMarkdown(report));
  // SVGs are rendered as they are written, never all held at once.
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < report.orders.length) {
      const i = next++;
      await writeFile(path.join(timelineDir, names[i]!), renderTimelineSvg(report.orders[i]!));
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL_WRITES, report.orders.length) }, worker));

  // Only .svg files this module could have written are removed; anything else is left alone.
  for (const entry of await readdir(timelineDir)) {
    if (entry.endsWith('.svg') && !unique.has(entry)) await rm(path.join(timelineDir, entry), { force: true });
  }

  // POSIX separators: the list is printed and compared, and must not depend on the platform.
  return { files: ['report.json', 'report.md', ...names.map((n) => `${TIMELINES}/${n}`)] };
}
