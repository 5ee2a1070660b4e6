/**
 * `npm run scenario -- scenarios/<file>.yaml [--seed N] [--orders N] [--workers N] [--round-orders N] [--out DIR] [--quiet]`
 * runs a training scenario against a database of its own (split among N worker threads, by default
 * one per core) and writes its report;
 * `npm run scenario -- --list` lists the bundled scenarios.
 * Exit codes: 0 the run finished (met or not, the expectations are the report's business),
 * 1 the scenario file is invalid or the run failed, 2 the command line is wrong.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { projectRoot } from '../project';
import { type Storage, type StorageLogger, openStorage } from '../storage';
import { type CliOptions, USAGE, parseCliArgs } from './cli-args';
import { type LoadedFile, formatProblem, formatScenarioList } from './cli-list';
import { runProcessStorage } from './run-storage';
import { summaryTable, unmetExpectationLines } from './report/summary-table';
import { writeReport } from './report/write-report';
import { type RunProgress, runScenario } from './run/runner';
import { loadScenarioFile } from './scenario-file';

const SCENARIO_DIR = path.join(projectRoot, 'scenarios');
/** After storage is closed the process should exit by itself; if a stray handle holds it, this does. */
const EXIT_WATCHDOG_MS = 5_000;

const out = (line: string): void => void process.stdout.write(`${line}\n`);
const err = (line: string): void => void process.stderr.write(`${line}\n`);
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** npm runs scripts from the package root; paths typed by the user are relative to where they typed them. */
const userCwd = (): string => process.env.INIT_CWD ?? process.cwd();

function shown(absolute: string): string {
  const relative = path.relative(userCwd(), absolute);
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}

/** Only warnings reach the terminal (plain lines on stderr), so the progress bar and the table stay readable. */
const quietLogger: StorageLogger = {
  info: () => undefined,
  warn: (fields, message) => err(`warning: ${message} ${JSON.stringify(fields)}`),
};

interface Progress {
  update(p: RunProgress): void;
  stop(): void;
}

/** A bar on a terminal; elsewhere (CI logs) a line per 10 %; nothing with --quiet. */
function progressReporter(quiet: boolean): Progress {
  if (quiet) return { update: () => undefined, stop: () => undefined };
  // A run in rounds replays the calendar in each: the simulated instant is within the round named.
  const date = (p: RunProgress): string => `${p.rounds > 1 ? `round ${p.round}/${p.rounds} ` : ''}${p.simulatedAt.slice(0, 16).replace('T', ' ')}`;
  if (!process.stderr.isTTY) {
    let lastTenth = -1;
    return {
      update: (p) => {
        const tenth = p.ordersTotal > 0 ? Math.floor((p.ordersDone * 10) / p.ordersTotal) : 0;
        if (tenth <= lastTenth) return;
        lastTenth = tenth;
        err(`progress ${tenth * 10}%: ${p.ordersDone}/${p.ordersTotal} orders, simulated ${date(p)}, ${p.events} events`);
      },
      stop: () => undefined,
    };
  }
  const bar = new SingleBar(
    { stream: process.stderr, format: 'orders {bar} {value}/{total} | simulated {simulated} | {events} events', hideCursor: true, barsize: 30 },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p) => {
      const payload = { simulated: date(p), events: p.events };
      if (!started) {
        bar.start(p.ordersTotal, p.ordersDone, payload);
        started = true;
        return;
      }
      if (bar.getTotal() !== p.ordersTotal) bar.setTotal(p.ordersTotal);
      bar.update(p.ordersDone, payload);
    },
    stop: () => {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** Every bundled scenario, loaded; a file that cannot even be read is listed with why. */
function loadBundled(): LoadedFile[] {
  return readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((file) => {
      try {
        return { file, result: loadScenarioFile(path.join(SCENARIO_DIR, file)) };
      } catch (error) {
        return { file, result: { ok: false as const, error: messageOf(error) } };
      }
    });
}

/** Set while a run holds storage, so Ctrl-C can close it (a local engine must not be left behind). */
let openedStorage: Storage | undefined;
let activeProgress: Progress | undefined;
/** After Ctrl-C the run fails on its closed connection; that failure is ours, not worth reporting. */
let interrupted = false;

async function run(options: Extract<CliOptions, { command: 'run' }>): Promise<number> {
  const file = path.resolve(userCwd(), options.file);
  let loaded;
  try {
    loaded = loadScenarioFile(file);
  } catch (error) {
    err(`${options.file}: ${messageOf(error)}`);
    return 1;
  }
  if (!loaded.ok) {
    for (const problem of loaded.error) err(`${options.file}:${formatProblem(problem)}`);
    return 1;
  }
  const scenario = loaded.value;

  let storage: Storage;
  try {
    // The server's own configuration and storage choice: embedded engine, or MONGODB_URI if set.
    // A run is thrown away once its report is written, so a local engine stays in memory (and
    // does not contend with `npm start` for the data directory).
    storage = await openStorage(runProcessStorage(process.env), quietLogger);
  } catch (error) {
    err(`cannot open storage: ${messageOf(error)}`);
    return 1;
  }
  openedStorage = storage;
  const progress = progressReporter(options.quiet);
  activeProgress = progress;
  try {
    const report = await runScenario(storage.connection, scenario, {
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.orders !== undefined ? { orders: options.orders } : {}),
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.roundOrders !== undefined ? { roundOrders: options.roundOrders } : {}),
      onProgress: (p) => progress.update(p),
    });
    progress.stop();
    const dir = options.out
      ? path.resolve(userCwd(), options.out)
      : path.join(projectRoot, 'reports', `${report.scenario.id}-seed${report.scenario.seed}`);
    const { files } = await writeReport(report, dir);
    const terminal = Boolean(process.stdout.isTTY);
    out(summaryTable(report, { color: terminal && !process.env.NO_COLOR, width: terminal ? process.stdout.columns || undefined : undefined }));
    for (const line of unmetExpectationLines(report)) out(line);
    out(`report written to ${shown(dir)} (${files.length} files)`);
    return 0;
  } catch (error) {
    progress.stop();
    if (interrupted) return 130;
    err(`scenario run failed: ${messageOf(error)}`);
    return 1;
  } finally {
    activeProgress = undefined;
    openedStorage = undefined;
    await storage.close().catch((error: unknown) => err(`warning: closing storage failed: ${messageOf(error)}`));
  }
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    for (const problem of parsed.error) err(`error: ${problem}`);
    err(USAGE);
    return 2;
  }
  const options = parsed.value;
  if (options.command === 'help') {
    out(USAGE);
    return 0;
  }
  if (options.command === 'list') {
    const lines = formatScenarioList(loadBundled());
    out(lines.length > 0 ? lines.join('\n') : `no scenario files in ${shown(SCENARIO_DIR)}`);
    return 0;
  }
  return run(options);
}

process.once('SIGINT', () => {
  interrupted = true;
  activeProgress?.stop();
  err('interrupted');
  const closing = openedStorage?.close() ?? Promise.resolve();
  closing.catch(() => undefined).finally(() => process.exit(130));
});

main(process.argv.slice(2))
  .catch((error: unknown) => {
    err(`scenario: ${messageOf(error)}`);
    return 1;
  })
  .then((code) => {
    process.exitCode = code;
    setTimeout(() => {
      err('warning: something kept the process alive after storage was closed; exiting');
      process.exit(code);
    }, EXIT_WATCHDOG_MS).unref();
  });
