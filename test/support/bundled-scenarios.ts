/**
 * The scenarios the project ships (`scenarios/*.yaml`), for tests that play them: the directory,
 * their file names in order, and a loader that fails the test with the loader's errors.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Scenario } from '../../server/scenarios/scenario';
import { loadScenarioFile } from '../../server/scenarios/scenario-file';

export const SCENARIOS_DIR = path.join(__dirname, '..', '..', 'scenarios');

export const BUNDLED_SCENARIOS = readdirSync(SCENARIOS_DIR).filter((f) => f.endsWith('.yaml')).sort();

/** A bundled scenario by file name; throws with the loader's errors if it is not valid. */
export function loadBundled(file: string): Scenario {
  const r = loadScenarioFile(path.join(SCENARIOS_DIR, file));
  if (!r.ok) throw new Error(JSON.stringify(r.error, null, 2));
  return r.value;
}
