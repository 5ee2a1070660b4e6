/** What one `npm run bench` measured, the machine it ran on, and the tables printed from it. */
import os from 'node:os';
import Table from 'cli-table3';
import type { DurabilityFigures } from './durability';
import type { EngineFigures } from './engine-ops';
import type { LiveFigures, ThroughputComparison, ThroughputPhase } from './live-updates';
import type { ScenarioFigures } from './scenario-throughput';
import type { TrackingFigures } from './tracking';
import type { TransitionFigures } from './transitions';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  platform: string;
  database: string;
}

export interface BenchResults {
  startedAt: string;
  quick: boolean;
  machine: MachineInfo;
  transitions?: TransitionFigures[];
  tracking?: TrackingFigures;
  scenario?: ScenarioFigures;
  engine?: EngineFigures;
  durability?: DurabilityFigures;
  live?: LiveFigures;
}

export function machineInfo(database: string): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    database,
  };
}

const n = (v: number): string => v.toLocaleString('en-US');
const ms = (v: number): string => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const x = (v: number | null): string => (v === null ? '—' : `${v.toFixed(2)}×`);

/** cli-table3 paints headers and borders by default; piped output (files, CI logs) stays plain. */
function table(head: string[], color: boolean): Table.Table {
  return new Table({ head, ...(color ? {} : { style: { head: [], border: [] } }) });
}

export function resultTables(r: BenchResults, color = false): string {
  const out: string[] = [`${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.machine.database}${r.quick ? ' (quick: small sizes, not figures to quote)' : ''}`];
  if (r.transitions) {
    const t = table(['Transition (hold/resume)', 'Concurrency', 'Ops/s', 'p50', 'p99', 'vs raw driver', 'CPU/op: bench client, server, database'], color);
    const cpu = (v: number | null): string => (v === null ? '—' : ms(v));
    for (const f of r.transitions) {
      const c = f.cpuMsPerOp;
      t.push(['GraphQL over HTTP', f.concurrency, n(f.graphql.opsPerSecond), ms(f.graphql.p50Ms), ms(f.graphql.p99Ms), `${x(f.throughputRatio)} throughput`, `${cpu(c.graphqlClient)}, ${cpu(c.graphqlServer)}, ${cpu(c.graphqlDatabase)}`]);
      t.push(['raw driver findOneAndUpdate', f.concurrency, n(f.rawDriver.opsPerSecond), ms(f.rawDriver.p50Ms), ms(f.rawDriver.p99Ms), '1.00×', `${cpu(c.rawClient)}, —, ${cpu(c.rawDatabase)}`]);
    }
    out.push(t.toString());
  }
  if (r.tracking) {
    const f = r.tracking;
    const t = table([`Query (${f.connections} clients, ${f.requests ? `${f.requests} requests` : `${f.seconds} s`})`, 'Requests', 'Req/s', 'p50', 'p99', 'CPU ms/req server', 'CPU ms/req engine', 'vs floor'], color);
    const cpu = (v: number | null): string => (v === null ? '–' : v.toFixed(3));
    const row = (name: string, l: typeof f.floor, ratio: string): string[] => [name, n(l.requests), n(l.requestsPerSecond), ms(l.p50Ms), ms(l.p99Ms), cpu(l.serverCpuMsPerRequest), cpu(l.engineCpuMsPerRequest), ratio];
    t.push(row('track(reference)', f.tracking, `${x(f.throughputRatio)} throughput, p99 ${x(f.p99Ratio)}`));
    t.push(row('{ __typename } (floor)', f.floor, '1.00×'));
    out.push(t.toString());
  }
  if (r.scenario) {
    const s = r.scenario;
    const t = table([`Scenario ${s.runs[0]?.scenario ?? ''}`, 'Workers', 'Rounds', 'Run time', 'Orders/s', 'ms/order', 'CPU ms/order', 'GC (main)', 'Peak RSS', 'Commands/order', 'Delivered', 'Expectations met'], color);
    for (const run of s.runs) {
      t.push([
        `${n(run.orders)} orders`, n(run.workers), `${n(run.rounds)} of ≤ ${n(run.roundOrders)}`, `${(run.runMs / 1000).toFixed(1)} s`, run.ordersPerSecond.toFixed(2), run.msPerOrder.toFixed(1), run.cpuMsPerOrder.toFixed(1),
        `${run.gcPercent.toFixed(1)} %`, `${n(run.peakRssMiB)} MiB`, run.commandsPerOrder === null ? '—' : run.commandsPerOrder.toFixed(1), n(run.delivered), `${run.expectationsMet}/${run.expectations}`,
      ]);
    }
    out.push(t.toString());
    if (s.costPerOrderRatio !== null) out.push(`cost per order, largest run vs smallest: ${x(s.costPerOrderRatio)} wall, ${x(s.cpuPerOrderRatio)} CPU (1.00× is flat)`);
    for (const sp of s.speedups) out.push(`${n(sp.orders)} orders with ${sp.workers} workers: ${x(sp.speedup)} the orders/s of ${s.runs[0].workers}, run just before`);
    for (const run of s.runs) {
      if (!run.commands) continue;
      const kinds = Object.entries(run.commands).sort((a, b) => b[1] - a[1]);
      out.push(`commands per order, ${n(run.orders)} orders: ${kinds.map(([kind, count]) => `${(count / run.orders).toFixed(1)} ${kind}`).join(', ')}`);
    }
    for (const run of s.runs) if (run.profile) out.push(`CPU profile of the ${n(run.orders)}-order run with ${run.workers} worker(s): ${run.profile}`);
  }
  if (r.engine) {
    const e = r.engine;
    const cpu = (v: number | null): string => (v === null ? '–' : v.toFixed(3));
    const t = table([`${e.engine} (${n(e.documents)} docs, ${e.concurrency} clients)`, 'Ops/s', 'p50', 'p99', 'CPU ms/op engine'], color);
    for (const op of e.ops) t.push([op.op, n(op.opsPerSecond), ms(op.p50Ms), ms(op.p99Ms), cpu(op.engineCpuMsPerOp)]);
    out.push(t.toString());
    out.push(
      `indexed query plan: ${e.indexedPlan.stages.join(' > ')}, ${n(e.indexedPlan.docsExamined)} docs examined; ` +
        `unindexed: ${e.unindexedPlan.stages.join(' > ')}, ${n(e.unindexedPlan.docsExamined)} docs examined`,
    );
  }
  if (r.durability) {
    const d = r.durability;
    const t = table(['Journaled vs memory-only', 'Concurrency', 'Memory ops/s', 'Journaled ops/s', 'Journaled p50', 'Journaled p99', 'Journaled ÷ memory'], color);
    for (const row of d.rows) {
      t.push([row.op, row.concurrency, n(row.memory.opsPerSecond), n(row.durable.opsPerSecond), ms(row.durable.p50Ms), ms(row.durable.p99Ms), x(row.ratio)]);
    }
    out.push(t.toString());
    out.push(`recovery of ${n(d.recovery.documents)} documents: ${n(d.recovery.fromJournalMs)} ms from the journal alone (after kill -9), ${n(d.recovery.fromCheckpointMs)} ms from a checkpoint (after a clean stop)`);
  }
  if (r.live) {
    const l = r.live;
    const t = table([`Live updates (subscribers on A, mutation through B, ${l.shipments} shipments)`, 'Milestones', 'Deliveries', 'after answer p50', 'after answer p99', 'from send p50', 'from send p99'], color);
    for (const row of l.latency) t.push([`${n(row.subscribers)} subscribers`, n(row.milestones), n(row.deliveries), ms(row.p50Ms), ms(row.p99Ms), ms(row.fromSendP50Ms), ms(row.fromSendP99Ms)]);
    out.push(t.toString());
    const u = table(['recordMilestone on A', 'Ops/s', 'p50', 'p99', 'vs no subscribers', 'by CPU/op', 'CPU ms/op server A', 'CPU ms/op engine', 'CPU ms/op bench', 'Executions/op', 'Events sent/op'], color);
    const rows = (label: string, c: ThroughputComparison): void => {
      const row = (name: string, p: ThroughputPhase, ratio: string, cpuRatio: string) =>
        u.push([name, n(p.opsPerSecond), ms(p.p50Ms), ms(p.p99Ms), ratio, cpuRatio, p.serverCpuMsPerOp.toFixed(2), p.engineCpuMsPerOp === null ? '—' : p.engineCpuMsPerOp.toFixed(2), p.benchCpuMsPerOp.toFixed(2), p.executionsPerOp.toFixed(2), p.eventsSentPerOp.toFixed(2)]);
      const median = (values?: number[]) => (values ? ` (median of ${values.map(x).join(', ')})` : '');
      row(`${label}: no subscribers (concurrency ${c.concurrency})`, c.without, '1.00×', '1.00×');
      row(`${label}: ${n(c.subscribers)} subscribers attached`, c.with, `${x(c.ratio)}${median(c.rounds)}`, `${x(c.cpuRatio)}${median(c.cpuRounds)}`);
      if (c.floor) row(`${label}: only the frames' bytes to ${n(c.subscribers)} plain sockets (the floor; CPU of A + its writer)`, c.floor, x(c.floorRatio!), x(c.floorCpuRatio!));
    };
    rows(`fan-out, ${n(l.throughput.shipments)} shipments`, l.throughput);
    rows(`own shipment each, ${n(l.ownShipments.shipments)} shipments`, l.ownShipments);
    out.push(u.toString());
    const th = l.throughput;
    out.push(`memory per idle subscription on server A: ${n(Math.round(l.bytesPerIdleSubscription / 1024))} KiB (resident memory growth over the last ${n(th.subscribers)} subscribers' sockets)`);
  }
  return out.join('\n');
}
