/**
 * `--list` and problem output of the scenario CLI, as pure functions over files already loaded,
 * so the formatting is tested without touching the disk.
 */
import type { Result } from '../shared/result';
import type { Scenario } from './scenario';
import { orderCount } from './scenario-catalogue';
import type { ScenarioProblem } from './scenario-file';

export interface LoadedFile {
  /** file name as listed, e.g. 01-rail-sea-moto-financing.yaml */
  file: string;
  /** the loader's answer, or the message of an error reading the file */
  result: Result<Scenario, ScenarioProblem[]> | { ok: false; error: string };
}

/** A problem's message already starts with its path ("/seed: must be >= 0"); said once is enough. */
function messageOf(problem: ScenarioProblem): string {
  const prefix = `${problem.path || '/'}: `;
  return problem.message.startsWith(prefix) ? problem.message.slice(prefix.length) : problem.message;
}

/** `<line>:<column> <path> [<rule>] <message>`, the file name left to the caller. */
export function formatProblem(problem: ScenarioProblem): string {
  return `${problem.line}:${problem.column} ${problem.path || '/'} [${problem.rule}] ${messageOf(problem)}`;
}

/** One line per file, sorted by file name, columns aligned. */
export function formatScenarioList(files: readonly LoadedFile[]): string[] {
  const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const rows = sorted.map(({ file, result }): [string, string, string, string] => {
    if (result.ok) {
      const n = orderCount(result.value);
      return [file, result.value.id, `${n} ${n === 1 ? 'order' : 'orders'}`, result.value.title];
    }
    const first = typeof result.error === 'string' ? result.error : result.error[0] ? formatProblem(result.error[0]) : 'unknown problem';
    return [file, '', '', `INVALID: ${first}`];
  });
  const width = (i: number): number => Math.max(0, ...rows.map((r) => r[i].length));
  const widths = [width(0), width(1), width(2)];
  return rows.map((r) => `${r[0].padEnd(widths[0]!)}  ${r[1].padEnd(widths[1]!)}  ${r[2].padStart(widths[2]!)}  ${r[3]}`.replace(/ +$/, ''));
}
