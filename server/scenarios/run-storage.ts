/**
 * The storage a scenario run opens when it has a process of its own (`npm run scenario`, the
 * scenario benchmark): memory only, and a change history of 1 MiB instead of the server's 64,
 * since nothing in that process watches changes; a full history held about 64 MiB of document
 * versions no one would read. YIDAN_CHANGE_HISTORY_MIB, when set, still decides.
 */
import { loadConfig } from '../config';
import type { StorageConfig } from '../storage';

export const RUN_PROCESS_CHANGE_HISTORY_MIB = 1;

export function runProcessStorage(env: NodeJS.ProcessEnv): StorageConfig {
  const storage = loadConfig(env).storage;
  const historySet = env.YIDAN_CHANGE_HISTORY_MIB !== undefined && env.YIDAN_CHANGE_HISTORY_MIB !== '';
  return { ...storage, dataDir: undefined, changeHistoryMiB: historySet ? storage.changeHistoryMiB : RUN_PROCESS_CHANGE_HISTORY_MIB };
}
