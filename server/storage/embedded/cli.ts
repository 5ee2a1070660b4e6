/**
 * `npm run mongo:embedded`: runs the embedded engine as its own process and prints its
 * mongodb:// URI on stdout, so several server processes (MONGODB_URI=...) can share one store.
 * Data lives in --data-dir= or YIDAN_DATA_DIR (default ./data; `:memory:` for memory only).
 */
import path from 'node:path';
import { projectRoot } from '../../project';
import { resolveDataDir } from './durability/data-dir';
import { startEmbeddedMongo } from './index';

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 27017;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`YIDAN_EMBEDDED_PORT must be an integer from 0 to 65535, got '${raw}'`);
  }
  return port;
}

/** --checkpoint-journal-bytes=N: checkpoint whenever the journal has grown by N bytes (default 64 MiB). */
function parseCheckpointBytes(arg: string | undefined): number | undefined {
  if (arg === undefined) return undefined;
  const raw = arg.slice('--checkpoint-journal-bytes='.length);
  const bytes = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(bytes) || bytes < 1) {
    throw new Error(`--checkpoint-journal-bytes must be a positive integer, got '${raw}'`);
  }
  return bytes;
}

function log(level: string, fields: object, msg: string): void {
  process.stderr.write(`${JSON.stringify({ level, msg, ...fields })}\n`);
}

/** YIDAN_CHANGE_HISTORY_MIB: the change history's bound in MiB (default 64). */
function parseHistoryMiB(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const mib = Number(raw);
  if (!/^\d+$/.test(raw) || mib < 1 || mib > 1_048_576) throw new Error(`YIDAN_CHANGE_HISTORY_MIB must be an integer from 1 to 1048576, got '${raw}'`);
  return mib;
}

async function main(): Promise<void> {
  const portArg = process.argv.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  const dirArg = process.argv.find((a) => a.startsWith('--data-dir='))?.slice('--data-dir='.length);
  const dataDir = resolveDataDir(dirArg ?? process.env.YIDAN_DATA_DIR, path.join(projectRoot, 'data'), process.env.INIT_CWD ?? process.cwd());
  const mongo = await startEmbeddedMongo({
    port: parsePort(portArg ?? process.env.YIDAN_EMBEDDED_PORT),
    dataDir,
    changeHistoryBytes: (parseHistoryMiB(process.env.YIDAN_CHANGE_HISTORY_MIB) ?? 64) * 1024 * 1024,
    durability: { checkpointJournalBytes: parseCheckpointBytes(process.argv.find((a) => a.startsWith('--checkpoint-journal-bytes='))) },
    logger: { info: (f, m) => log('info', f, m), warn: (f, m) => log('warn', f, m) },
  });
  process.stdout.write(`${mongo.uri}\n`);
  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) process.exit(1);
    stopping = true;
    log('info', { signal }, 'stopping embedded MongoDB engine');
    void mongo.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err: unknown) => {
  log('error', {}, err instanceof Error ? err.message : String(err));
  process.exit(1);
});
