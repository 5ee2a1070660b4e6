/**
 * Starts the project's commands as real child processes, the way `npm start` runs them
 * (`node --import tsx`: one process, so its pid and signals are the server's own).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '../..');

export interface RunningProcess {
  child: ChildProcess;
  output: string[];
  exited: Promise<number | null>;
  /** Resolves with the first stdout line that `match` accepts. */
  waitForLine(match: (line: string) => boolean, timeoutMs?: number): Promise<string>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** `nodeArgs` go to node itself, before the script (e.g. --cpu-prof, which NODE_OPTIONS refuses). */
export function startTs(script: string, args: string[], env: NodeJS.ProcessEnv, nodeArgs: string[] = []): RunningProcess {
  // Memory only unless the caller names a data directory: a test or bench never writes ./data.
  const childEnv = { ...process.env, YIDAN_DATA_DIR: ':memory:', ...env };
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script, ...args], { cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const listeners = new Set<(line: string) => void>();
  let partial = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      output.push(line);
      for (const l of listeners) l(line);
    }
  });
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output,
    exited,
    waitForLine: (match, timeoutMs = 20_000) =>
      new Promise((resolve, reject) => {
        const seen = output.find(match);
        if (seen) return resolve(seen);
        const timer = setTimeout(() => reject(new Error(`no matching line within ${timeoutMs} ms:\n${output.join('\n')}`)), timeoutMs);
        const listener = (line: string): void => {
          if (!match(line)) return;
          clearTimeout(timer);
          listeners.delete(listener);
          resolve(line);
        };
        listeners.add(listener);
        void exited.then((code) => reject(new Error(`exited with ${code} before a matching line:\n${output.join('\n')}`)));
      }),
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}
