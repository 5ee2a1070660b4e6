/**
 * Finds a mongod binary on this machine without downloading: MONGOMS_SYSTEM_BINARY, then
 * mongodb-memory-server's binary cache, then `mongod` on the PATH.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { DryMongoBinary } from 'mongodb-memory-server';

export interface LocatedBinary {
  path: string;
  source: 'MONGOMS_SYSTEM_BINARY' | 'cache' | 'PATH';
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function findOnPath(name: string, envPath: string | undefined): string | undefined {
  for (const dir of (envPath ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (executable(candidate)) return candidate;
  }
  return undefined;
}

/** MONGOMS_SYSTEM_BINARY is honoured alone when set, as mongodb-memory-server does. */
export async function locateMongod(env: NodeJS.ProcessEnv): Promise<LocatedBinary | undefined> {
  const system = env.MONGOMS_SYSTEM_BINARY;
  if (system) return executable(system) ? { path: system, source: 'MONGOMS_SYSTEM_BINARY' } : undefined;
  const cached = await DryMongoBinary.locateBinary(DryMongoBinary.getEnsuredOptions()).catch(() => undefined);
  if (cached) return { path: cached, source: 'cache' };
  const onPath = findOnPath('mongod', env.PATH);
  return onPath ? { path: onPath, source: 'PATH' } : undefined;
}
