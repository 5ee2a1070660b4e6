/**
 * CPU time a process has used (user + system), read from /proc: the bench's processes share a
 * machine with others, and CPU per request moves far less with their load than wall-clock
 * throughput does. Null where /proc is missing (not Linux) or the process is gone.
 */
import { readFileSync } from 'node:fs';

/** clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux) */
const TICKS_PER_SECOND = 100;

export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; the fields after it are space-separated.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
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
