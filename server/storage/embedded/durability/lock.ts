/**
 * One process owns a data directory. The lock file holds the owner's pid (as PostgreSQL's
 * postmaster.pid does): a lock whose process is gone, as after kill -9 or a power cut, is stale
 * and taken over; a live owner makes the second start fail at once with a message that says how
 * to share one store instead.
 */
import fs from 'node:fs';
import path from 'node:path';

export const LOCK_FILE = 'yidan.lock';

/** Data directories this process holds: a second engine in the same process must fail too. */
const heldHere = new Set<string>();

export class DataDirectoryLockedError extends Error {
  constructor(dir: string, pid: number) {
    super(
      `the data directory ${dir} is in use by process ${pid} (lock file ${path.join(dir, LOCK_FILE)}). ` +
        'One process owns a data directory: to let several servers share one store, run ' +
        `\`YIDAN_DATA_DIR=${dir} npm run mongo:embedded\` and start each server with MONGODB_URI set to the URI it prints. ` +
        'If that process is not running, delete the lock file.',
    );
    this.name = 'DataDirectoryLockedError';
  }
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  // After a reboot the pid may belong to something else entirely; on Linux, check it is node.
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return true;
  }
}

function ownerOf(file: string): number | null {
  try {
    const pid = Number(JSON.parse(fs.readFileSync(file, 'utf8')).pid);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    // Empty or half-written (a crash while creating it): nobody can be relying on it.
    return null;
  }
}

export function lockDataDirectory(dir: string): { release(): void } {
  const file = path.join(dir, LOCK_FILE);
  if (heldHere.has(dir)) throw new DataDirectoryLockedError(dir, process.pid);
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = fs.openSync(file, 'wx');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = ownerOf(file);
      if (pid !== null && processAlive(pid)) throw new DataDirectoryLockedError(dir, pid);
      fs.rmSync(file, { force: true });
      continue;
    }
    fs.writeSync(fd, JSON.stringify({ pid: process.pid }));
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    heldHere.add(dir);
    return {
      release: () => {
        heldHere.delete(dir);
        if (ownerOf(file) === process.pid) fs.rmSync(file, { force: true });
      },
    };
  }
  throw new Error(`could not take the lock file ${file}: it keeps reappearing`);
}
