/**
 * The bundled scenarios: every `scenarios/*.yaml` beside the code, loaded and validated once.
 * A file that does not load is listed with its problems rather than hidden, so a broken bundled
 * scenario shows up in --list and in the API instead of disappearing.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../project';
import type { Scenario } from './scenario';
import { type ScenarioProblem, loadScenarioFile } from './scenario-file';

export const SCENARIO_DIRECTORY = path.join(projectRoot, 'scenarios');

export interface BundledScenario {
  file: string;
  scenario: Scenario | null;
  problems: ScenarioProblem[];
}

export function bundledScenarios(directory = SCENARIO_DIRECTORY): BundledScenario[] {
  return readdirSync(directory)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const loaded = loadScenarioFile(path.join(directory, file));
      return loaded.ok ? { file, scenario: loaded.value, problems: [] } : { file, scenario: null, problems: loaded.error };
    });
}


/** What a scenario plays when no order count is given: each order line `count` times. */
export function orderCount(scenario: Scenario): number {
  return scenario.orders.reduce((n, o) => n + (o.count ?? 1), 0);
}
