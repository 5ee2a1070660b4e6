/**
 * `npm start` as a user runs it: killing npm stops the server too, whether npm passes its
 * SIGTERM on (the script execs node) or dies by SIGKILL without a word (the server sees its
 * parent gone). Neither leaves an orphaned server holding its port.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import { projectRoot } from '../support/processes';

const started: number[] = [];
const npms: ChildProcess[] = [];

afterAll(() => {
  // Only a failed test leaves a server behind; it must not outlive the run.
  for (const pid of started) if (alive(pid)) process.kill(pid, 'SIGKILL');
  for (const npm of npms) {
    // A start that timed out never reported its server: find it under npm before npm goes.
    const server = npm.pid === undefined ? undefined : serverProcessUnder(npm.pid);
    if (server !== undefined && alive(server)) process.kill(server, 'SIGKILL');
    if (npm.exitCode === null && npm.signalCode === null) npm.kill('SIGKILL');
    npm.stdout?.destroy();
    npm.stderr?.destroy();
  }
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of the node process running server/main.ts among `root`'s descendants (Linux /proc). */
function serverProcessUnder(root: number): number | undefined {
  const parentOf = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (field 2) is in parentheses and may hold spaces: ppid follows the last ')'.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const descends = (pid: number): boolean => {
    for (let p = parentOf.get(pid); p !== undefined && p > 1; p = parentOf.get(p)) if (p === root) return true;
    return false;
  };
  return [...parentOf.keys()].find((pid) => {
    if (!descends(pid)) return false;
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes('server/main.ts');
    } catch {
      return false;
    }
  });
}

/** npm start with the embedded engine, and the pid of the server process it started. */
async function npmStart(): Promise<{ npm: ChildProcess; serverPid: number; output: string[] }> {
  const npm = spawn('npm', ['start'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', YIDAN_STORAGE: 'embedded', MONGODB_URI: '', LOG_LEVEL: 'info', YIDAN_DEMO_SEED: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  npms.push(npm);
  const output: string[] = [];
  const serverPid = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line:\n${output.join('')}`)), 30_000);
    npm.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      const line = output.join('').split('\n').find((l) => l.includes('Yidan listening'));
      if (!line) return;
      clearTimeout(timer);
      const pid = serverProcessUnder(npm.pid!);
      if (pid === undefined) reject(new Error('the server is listening but is no process under npm'));
      else resolve(pid);
    });
    npm.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    npm.on('exit', () => reject(new Error(`npm exited before the server listened:\n${output.join('')}`)));
  });
  started.push(serverPid);
  return { npm, serverPid, output };
}

/** Waits (bounded) for the process to be gone; true if it went. */
async function gone(pid: number): Promise<boolean> {
  for (let i = 0; i < 100 && alive(pid); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  return !alive(pid);
}

it('stops the server gracefully when npm gets SIGTERM', async () => {
  const { npm, serverPid, output } = await npmStart();
  expect(serverPid).not.toBe(npm.pid);
  npm.kill('SIGTERM');
  expect(await gone(serverPid)).toBe(true);
  expect(output.join('')).toContain('"signal":"SIGTERM"');
}, 60_000);

it('stops the server gracefully when npm is killed outright', async () => {
  const { npm, serverPid, output } = await npmStart();
  npm.kill('SIGKILL');
  expect(await gone(serverPid)).toBe(true);
  expect(output.join('')).toContain('npm, the parent process, exited without stopping the server');
  expect(output.join('')).toContain('"msg":"stopped"');
}, 60_000);
