/** Small file-system steps that durability depends on. */
import { open } from 'node:fs/promises';

/**
 * Makes a directory's entries (a created, renamed or deleted file) durable. Without it a power
 * cut can lose a rename even though the file's own data was synced.
 */
export async function fsyncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
