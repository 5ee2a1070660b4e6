/** Reads a find's explain output the same way for mongod and the embedded engine. */
export interface ExplainSummary {
  stages: string[];
  docsExamined: number;
}

function collectStages(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collectStages(n, out);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const rec = node as Record<string, unknown>;
  if (typeof rec.stage === 'string') out.push(rec.stage);
  for (const [k, v] of Object.entries(rec)) if (k !== 'rejectedPlans') collectStages(v, out);
}

export function summarizeExplain(explain: Record<string, unknown>): ExplainSummary {
  const stages: string[] = [];
  collectStages((explain.queryPlanner as Record<string, unknown> | undefined)?.winningPlan, stages);
  const stats = explain.executionStats as { totalDocsExamined?: number } | undefined;
  return { stages, docsExamined: Number(stats?.totalDocsExamined ?? NaN) };
}
