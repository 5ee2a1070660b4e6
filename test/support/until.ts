/**
 * Waits for a condition that something asynchronous elsewhere brings about (a change stream's
 * event reaching a cache, another process's write); fails the test, naming what it waited for, if
 * the condition never holds.
 */
export async function until(what: string, condition: () => boolean | Promise<boolean>, limitMs = 20_000): Promise<void> {
  for (let waited = 0; !(await condition()); waited += 20) {
    if (waited > limitMs) throw new Error(`${what}: not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
