/**
 * CPU time a process has used so far (user + system), read from Linux's /proc/<pid>/stat; null
 * elsewhere or once the process is gone. Issue 18's figures per operation: on a shared machine,
 * throughput swings with the load of others, while the CPU a process spends per operation moves
 * much less.
 */
import { readFileSync } from 'node:fs';

/** /proc counts in clock ticks of USER_HZ, which Linux fixes at 100 per second for user space. */
const TICKS_PER_SECOND = 100;

export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined || process.platform !== 'linux') return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, hence the last ')'): utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU milliseconds each of `pids` uses while `work` runs (null where it cannot be read). */
export async function measureCpu<T, K extends string>(pids: Record<K, number | undefined>, work: () => Promise<T>): Promise<{ result: T; cpuMs: Record<K, number | null> }> {
  const keys = Object.keys(pids) as K[];
  const before = keys.map((k) => processCpuMs(pids[k]));
  const result = await work();
  const cpuMs = {} as Record<K, number | null>;
  keys.forEach((k, i) => {
    const after = processCpuMs(pids[k]);
    const start = before[i];
    cpuMs[k] = after === null || start === null ? null : after - start;
  });
  return { result, cpuMs };
}

/** CPU milliseconds per operation that each of `pids` spent while `run` did `ops` operations, or null. */
export async function cpuPerOp<T>(pids: Array<number | undefined>, ops: number, run: () => Promise<T>): Promise<{ result: T; msPerOp: Array<number | null> }> {
  const { result, cpuMs } = await measureCpu(Object.fromEntries(pids.map((pid, i) => [String(i), pid])), run);
  const msPerOp = pids.map((_, i) => {
    const spent = cpuMs[String(i)];
    return spent === null ? null : Math.round((spent / ops) * 1000) / 1000;
  });
  return { result, msPerOp };
}

/**
 * CPU milliseconds per operation this process (all its threads) spent since `since`, a
 * process.cpuUsage() reading: microseconds, on every platform, where /proc counts 10 ms ticks.
 */
export function ownCpuMsPerOp(since: NodeJS.CpuUsage, ops: number): number {
  const { user, system } = process.cpuUsage(since);
  return Math.round(((user + system) / 1000 / ops) * 1000) / 1000;
}
