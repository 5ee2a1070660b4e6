/**
 * Which database commands a scenario run sends, by kind and by the project code that sent them:
 *   node --import tsx server/tools/scenario-commands.ts [scenario.yaml] [orders] [frames]
 * Runs the scenario on a memory-only embedded engine through a driver with command monitoring on,
 * takes the (async) stack of every command the run sends, and names each by its innermost
 * `frames` frames in the project's own code (server/, not storage/). Prints commands per order by
 * kind, then by call site, most first. For finding what to cut; the bench counts the totals.
 */
import path from 'node:path';
import mongoose from 'mongoose';
import { projectRoot } from '../project';
import { runScenario } from '../scenarios/run/runner';
import { loadScenarioFile } from '../scenarios/scenario-file';
import { startEmbeddedMongo } from '../storage/embedded';

/** Commands the driver sends on its own (monitoring, sessions), not because the run asked. */
const HOUSEKEEPING = new Set(['hello', 'ismaster', 'isMaster', 'ping', 'endSessions', 'buildInfo']);

function siteOf(stack: string, frames: number): string {
  const ours = stack
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter((line) => line.includes(`${projectRoot}/server/`) && !line.includes('/server/storage/') && !line.includes('/server/tools/'))
    .map((line) => {
      const match = /at (?:async )?(\S+) \((.+):(\d+):\d+\)/.exec(line) ?? /at (?:async )?()(.+):(\d+):\d+/.exec(line);
      return match ? `${match[1] ? `${match[1]} ` : ''}${path.relative(path.join(projectRoot, 'server'), match[2])}:${match[3]}` : line;
    });
  return ours.slice(0, frames).join(' < ') || '(no project frame)';
}

async function main(file: string, orders: number, frames: number): Promise<void> {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) throw new Error(`${file} is not a valid scenario: ${JSON.stringify(loaded.error)}`);
  const engine = await startEmbeddedMongo({ logger: { info: () => undefined, warn: () => undefined } });
  const connection = await mongoose.createConnection(engine.uri, { dbName: 'scenario-commands', monitorCommands: true }).asPromise();
  const byKind = new Map<string, number>();
  const bySite = new Map<string, number>();
  let counting = false;
  Error.stackTraceLimit = 60;
  connection.getClient().on('commandStarted', (event) => {
    if (!counting || HOUSEKEEPING.has(event.commandName)) return;
    byKind.set(event.commandName, (byKind.get(event.commandName) ?? 0) + 1);
    const site = `${event.commandName} ${event.command[event.commandName] ?? ''}: ${siteOf(new Error().stack ?? '', frames)}`;
    bySite.set(site, (bySite.get(site) ?? 0) + 1);
  });
  try {
    counting = true;
    // One worker, on this connection: threads would send their commands on connections of their own, unmonitored.
    await runScenario(connection, loaded.value, { orders, workers: 1 });
    counting = false;
  } finally {
    await connection.close();
    await engine.stop();
  }
  const total = [...byKind.values()].reduce((a, b) => a + b, 0);
  const perOrder = (n: number): string => (n / orders).toFixed(2).padStart(7);
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  process.stdout.write(`${orders} orders of ${file}: ${total} commands, ${(total / orders).toFixed(2)} per order\n\nper order, by kind\n`);
  for (const [kind, n] of sorted(byKind)) process.stdout.write(`${perOrder(n)}  ${kind}\n`);
  process.stdout.write('\nper order, by call site (innermost project frames first)\n');
  for (const [site, n] of sorted(bySite)) process.stdout.write(`${perOrder(n)}  ${site}\n`);
}

const [file = 'scenarios/01-rail-sea-moto-financing.yaml', orders = '20', frames = '3'] = process.argv.slice(2);
main(file, Number(orders), Number(frames)).then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`scenario-commands: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
