/**
 * Stored scenario runs: what a trainer started, how far it got, and (once finished) its KPIs,
 * expectations and per-order rows; the events live in a collection of their own, written as the
 * run goes, so a long run stays far below the document size limit and can be watched live.
 */
import { type Connection, type Model, Schema, type Types } from 'mongoose';
import type { ExpectationResult, OrderReport, RunEvent, RunSummary } from './scenario-report';

export const SCENARIO_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;
export type ScenarioRunStatus = (typeof SCENARIO_RUN_STATUSES)[number];

/** An order's row of the report, without its timeline (that is in the events). */
export type OrderRow = Omit<OrderReport, 'timeline'>;

export interface ScenarioRunRecord {
  _id: Types.ObjectId;
  number: string;
  scenarioId: string;
  title: string;
  seed: number;
  orders: number;
  startedBy: Types.ObjectId;
  status: ScenarioRunStatus;
  progress: { ordersDone: number; ordersTotal: number; simulatedAt: string | null; events: number };
  /** the scenario's incidents over the run's orders, by type (kept at the start: a YAML scenario is not stored) */
  incidents?: Array<{ type: string; events: number; orders: number }>;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
  /** the finished run's report, less the timelines */
  report: { scenario: Record<string, unknown>; endedAt: string; summary: RunSummary; expectations: ExpectationResult[]; orders: OrderRow[]; markdown: string } | null;
}

export interface ScenarioRunEventRecord extends RunEvent {
  runId: Types.ObjectId;
}

const runSchema = new Schema<ScenarioRunRecord>(
  {
    number: { type: String, required: true, unique: true },
    scenarioId: { type: String, required: true },
    title: { type: String, required: true },
    seed: { type: Number, required: true },
    orders: { type: Number, required: true },
    startedBy: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, enum: SCENARIO_RUN_STATUSES, required: true },
    progress: { type: Schema.Types.Mixed, required: true },
    incidents: { type: Schema.Types.Mixed },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    error: { type: String, default: null },
    report: { type: Schema.Types.Mixed, default: null },
  },
  { collection: 'scenario_runs', versionKey: false },
);
runSchema.index({ startedAt: -1 });

const eventSchema = new Schema<ScenarioRunEventRecord>(
  {
    runId: { type: Schema.Types.ObjectId, required: true },
    seq: { type: Number, required: true },
    at: { type: String, required: true },
    order: { type: String, default: null },
    name: { type: String, required: true },
    actor: { type: String, required: true },
    outcome: { type: String, required: true },
    detail: { type: String, required: true },
    rule: { type: String },
  },
  { collection: 'scenario_run_events', versionKey: false },
);
eventSchema.index({ runId: 1, seq: 1 }, { unique: true });
eventSchema.index({ runId: 1, order: 1, seq: 1 });

export function scenarioRunModel(connection: Connection): Model<ScenarioRunRecord> {
  return (connection.models.ScenarioRun as Model<ScenarioRunRecord>) ?? connection.model<ScenarioRunRecord>('ScenarioRun', runSchema);
}

export function scenarioRunEventModel(connection: Connection): Model<ScenarioRunEventRecord> {
  return (connection.models.ScenarioRunEvent as Model<ScenarioRunEventRecord>) ?? connection.model<ScenarioRunEventRecord>('ScenarioRunEvent', eventSchema);
}
