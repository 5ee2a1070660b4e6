/**
 * Scenario runs through the API: a trainer starts a bundled scenario (or one written in YAML),
 * the run plays in the background on a database of its own, and anyone allowed to watch reads its
 * status, progress and events as they are written, then its report. Trainers start runs; trainers
 * and auditors read every run.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { Connection, Model, Types } from 'mongoose';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import { nextSequence } from '../models/counter.model';
import { type ScenarioRunEventRecord, type ScenarioRunRecord, scenarioRunEventModel, scenarioRunModel } from '../models/scenario-run.model';
import { type Caller, hasRole } from '../parties/caller';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, forbidden } from '../shared/user-error';
import { renderMarkdown } from './report/markdown';
import { type RefusalTotal, incidentTotals, refusalTotals } from './run-breakdown';
import type { RunEvent, ScenarioReport } from '../models/scenario-report';
import { runScenario } from './run/runner';
import type { Scenario } from './scenario';
import { type BundledScenario, bundledScenarios, orderCount } from './scenario-catalogue';
import { parseScenario } from './scenario-file';

dayjs.extend(utc);

export interface StartScenarioRunInput {
  /** a bundled scenario's id */
  scenario?: string | null;
  /** or a scenario written out, as YAML */
  yaml?: string | null;
  seed?: number | null;
  orders?: number | null;
}

/** Runs started through the API stay small enough to share a server; larger ones use the CLI. */
export const MAX_API_RUN_ORDERS = 1_000;
/** Runs playing at once in one server process; more wait for the trainer to start them later. */
export const MAX_CONCURRENT_RUNS = 2;

/** A bundled scenario as the API lists it. */
export interface CatalogueEntry {
  id: string;
  file: string;
  title: string;
  description: string | null;
  sources: string[];
  seed: number;
  start: string;
  orders: number;
}

export class ScenarioRunService {
  readonly model: Model<ScenarioRunRecord>;
  readonly events: Model<ScenarioRunEventRecord>;
  private readonly playing = new Map<string, Promise<void>>();
  private readonly stopper = new AbortController();

  constructor(
    private readonly connection: Connection,
    private readonly clock: Clock,
    private readonly logger?: Pick<Logger, 'warn' | 'error'>,
    private readonly catalogue: () => BundledScenario[] = () => bundledScenarios(),
  ) {
    this.model = scenarioRunModel(connection);
    this.events = scenarioRunEventModel(connection);
  }

  /** The bundled scenarios that load (the others are the CLI's --list business). */
  scenarios(): Scenario[] {
    return this.catalogue().flatMap((b) => (b.scenario ? [b.scenario] : []));
  }

  catalogueEntries(): CatalogueEntry[] {
    return this.catalogue().flatMap(({ file, scenario: s }) =>
      s ? [{ id: s.id, file, title: s.title, description: s.description?.trim() ?? null, sources: s.sources ?? [], seed: s.seed, start: new Date(s.start).toISOString(), orders: orderCount(s) }] : [],
    );
  }

  /** Runs a restart cut short are failed, so nobody watches them forever. */
  async failInterrupted(): Promise<number> {
    const r = await this.model.updateMany({ status: 'running' }, { $set: { status: 'failed', error: 'interrupted: the server stopped while the run was playing', finishedAt: this.clock.now() } });
    return r.modifiedCount;
  }

  async start(caller: Caller, input: StartScenarioRunInput): Promise<Result<ScenarioRunRecord, UserError[]>> {
    if (!hasRole(caller, 'trainer')) return fail([forbidden('only a trainer starts scenario runs')]);
    const checked = this.check(input);
    if (!checked.ok) return checked;
    if (this.stopper.signal.aborted) return fail([{ code: 'CONFLICT', rule: 'server-stopping', message: 'the server is shutting down: start the run again once it is back' }]);
    if (this.playing.size >= MAX_CONCURRENT_RUNS) {
      return fail([{ code: 'CONFLICT', rule: 'runs-busy', message: `${this.playing.size} runs are playing on this server (at most ${MAX_CONCURRENT_RUNS}); start this one when one has finished` }]);
    }
    const { scenario, seed, orders } = checked.value;
    const now = this.clock.now();
    const number = `RUN-${dayjs.utc(now).year()}-${String(await nextSequence(this.connection, `scenario-run-${dayjs.utc(now).year()}`)).padStart(6, '0')}`;
    const record = await this.model.create({
      number,
      scenarioId: scenario.id,
      title: scenario.title,
      seed,
      orders,
      startedBy: caller.party._id,
      status: 'running',
      progress: { ordersDone: 0, ordersTotal: orders, simulatedAt: null, events: 0 },
      incidents: incidentTotals(scenario, orders),
      startedAt: now,
    });
    const played = this.play(record._id, number, scenario, seed, orders).finally(() => this.playing.delete(number));
    this.playing.set(number, played);
    return ok(record.toObject());
  }

  /** Stops the runs playing here (a server shutting down): each fails, saying why, within a step. */
  async stop(): Promise<void> {
    this.stopper.abort(new Error('stopped: the server shut down while the run was playing'));
    await Promise.all(this.playing.values());
  }

  async find(caller: Caller, number: string): Promise<ScenarioRunRecord | null> {
    if (!canWatch(caller)) return null;
    return this.model.findOne({ number: number.toUpperCase() }).lean();
  }

  async list(caller: Caller, limit: number): Promise<ScenarioRunRecord[]> {
    if (!canWatch(caller)) return [];
    return this.model.find({}).sort({ startedAt: -1, _id: -1 }).limit(limit).lean();
  }

  /** A run's events in the order they happened, after `afterSeq`, optionally of one order. */
  eventsOf(runId: Types.ObjectId, options: { after?: number | null; first: number; order?: string | null }): Promise<RunEvent[]> {
    const query: Record<string, unknown> = { runId, seq: { $gt: options.after ?? 0 } };
    if (options.order) query.order = options.order;
    return this.events.find(query, { _id: 0, runId: 0 }).sort({ seq: 1 }).limit(options.first).lean();
  }

  /** The attempts the rules refused so far, by rule. */
  refusalTotals(runId: Types.ObjectId): Promise<RefusalTotal[]> {
    return refusalTotals(this.events, runId);
  }

  /** The finished run's full report as JSON: the stored rows with each order's timeline put back. */
  async reportJson(run: ScenarioRunRecord): Promise<string | null> {
    if (!run.report) return null;
    const events = await this.events.find({ runId: run._id }, { _id: 0, runId: 0 }).sort({ seq: 1 }).lean();
    const byOrder = new Map<string | null, RunEvent[]>();
    for (const e of events) {
      const list = byOrder.get(e.order);
      if (list) list.push(e);
      else byOrder.set(e.order, [e]);
    }
    const { markdown: _markdown, ...report } = run.report;
    const full = { ...report, orders: report.orders.map((o) => ({ ...o, timeline: byOrder.get(o.handle) ?? [] })), timeline: byOrder.get(null) ?? [] };
    return JSON.stringify(full, null, 2);
  }

  private check(input: StartScenarioRunInput): Result<{ scenario: Scenario; seed: number; orders: number }, UserError[]> {
    const errors: UserError[] = [];
    let scenario: Scenario | null = null;
    if (Boolean(input.scenario) === Boolean(input.yaml)) {
      errors.push(fieldError(['input', 'scenario'], 'one-scenario', 'give either a bundled scenario id or a scenario in YAML, not both or neither'));
    } else if (input.scenario) {
      scenario = this.scenarios().find((s) => s.id === input.scenario) ?? null;
      if (!scenario) errors.push(fieldError(['input', 'scenario'], 'scenario-unknown', `no bundled scenario '${input.scenario}'; known: ${this.scenarios().map((s) => s.id).join(', ')}`));
    } else {
      const parsed = parseScenario(input.yaml!);
      if (parsed.ok) scenario = parsed.value;
      else errors.push(...parsed.error.map((p) => fieldError(['input', 'yaml'], p.rule, `line ${p.line}, column ${p.column}: ${p.message}`)));
    }
    const seed = input.seed ?? scenario?.seed ?? 0;
    if (!Number.isSafeInteger(seed) || seed < 0) errors.push(fieldError(['input', 'seed'], 'seed-range', `the seed is a whole number from 0, got ${input.seed}`));
    const baseOrders = scenario ? orderCount(scenario) : 1;
    const orders = input.orders ?? baseOrders;
    if (!Number.isInteger(orders) || orders < 1 || orders > MAX_API_RUN_ORDERS) {
      errors.push(fieldError(['input', 'orders'], 'orders-range', `a run started through the API plays 1 to ${MAX_API_RUN_ORDERS} orders (the CLI plays more), got ${orders}`));
    }
    return errors.length > 0 || !scenario ? fail(errors) : ok({ scenario, seed, orders });
  }

  private async play(runId: Types.ObjectId, number: string, scenario: Scenario, seed: number, orders: number): Promise<void> {
    try {
      const report = await runScenario(this.connection, scenario, {
        seed,
        orders,
        // One round (an API run is small, MAX_API_RUN_ORDERS): the stored events then carry the
        // report's numbers, which the stream's numbers are only in a run of one round (event-merge.ts).
        roundOrders: orders,
        // Unique across databases sharing a deployment (test files, several servers' databases).
        runId: `${this.connection.name}/${number}`,
        signal: this.stopper.signal,
        onEvents: async (events) => {
          if (events.length > 0) await this.events.insertMany(events.map((e) => ({ ...e, runId })), { ordered: true });
        },
        onProgress: progressWriter(async (progress) => {
          await this.model.updateOne({ _id: runId, status: 'running' }, { $set: { progress } });
        }),
      });
      await this.model.updateOne({ _id: runId }, { $set: { status: 'succeeded', finishedAt: this.clock.now(), report: storedReport(report), 'progress.ordersDone': report.orders.length } });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger?.warn({ run: number, err: message }, 'scenario run failed');
      await this.model.updateOne({ _id: runId }, { $set: { status: 'failed', finishedAt: this.clock.now(), error: message } });
    }
  }
}

function canWatch(caller: Caller): boolean {
  return hasRole(caller, 'trainer') || hasRole(caller, 'auditor');
}

/** Writes progress when an order finishes, not on every step: a run takes thousands of steps. */
function progressWriter(write: (p: { ordersDone: number; ordersTotal: number; simulatedAt: string; events: number }) => Promise<void>) {
  let written = -1;
  return async (p: { ordersDone: number; ordersTotal: number; simulatedAt: string; events: number }) => {
    if (p.ordersDone === written) return;
    written = p.ordersDone;
    // The stored progress as declared (a run's progress also names its round: an API run plays one).
    await write({ ordersDone: p.ordersDone, ordersTotal: p.ordersTotal, simulatedAt: p.simulatedAt, events: p.events });
  };
}

function storedReport(report: ScenarioReport): NonNullable<ScenarioRunRecord['report']> {
  return {
    scenario: report.scenario,
    endedAt: report.endedAt,
    summary: report.summary,
    expectations: report.expectations,
    orders: report.orders.map(({ timeline: _timeline, ...row }) => row),
    markdown: renderMarkdown(report),
  };
}
