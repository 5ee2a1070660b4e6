/**
 * CPU time a process has used so far (user + system), read from Linux's /proc/<pid>/stat; null
 * elsewhere. Issue 18's figures per operation: on a shared machine, throughput swings with the
 * load of others, while the CPU a process spends per operation moves much less.
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

/** CPU milliseconds per operation that `pid` spent while `run` did `ops` operations, or null. */
export async function cpuPerOp<T>(pids: Array<number | undefined>, ops: number, run: () => Promise<T>): Promise<{ result: T; msPerOp: Array<number | null> }> {
  const before = pids.map(processCpuMs);
  const result = await run();
  const msPerOp = pids.map((pid, i) => {
    const after = processCpuMs(pid);
    const start = before[i];
    return after === null || start === null ? null : Math.round(((after - start) / ops) * 1000) / 1000;
  });
  return { result, msPerOp };
}
