/**
 * Ties the server's life to the npm that started it. Killing npm does not always reach the
 * server: npm runs a script through a shell, and a shell that is not the script's last word (or
 * an npm killed with SIGKILL) leaves the server running on, orphaned, holding its port. The
 * `start` script execs node so npm's SIGTERM reaches the server itself; this covers the rest: a
 * parent that exits is seen as a change of the parent pid (to init or a subreaper).
 */

/** How often the parent pid is compared; a second of orphaned life is harmless. */
const PARENT_CHECK_MS = 1_000;

/** Calls `onOrphaned` once, when the process that is the parent now has exited. */
export function watchParent(onOrphaned: (parentPid: number) => void): void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onOrphaned(parent);
  }, PARENT_CHECK_MS);
  // The watch alone must not keep the process alive.
  timer.unref();
}
