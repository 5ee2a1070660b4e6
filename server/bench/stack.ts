/**
 * The stack under measurement, as separate processes the way it is deployed: the database (the
 * embedded engine's own process, or MONGODB_URI) and `npm start`'s server on top of it. The bench
 * process only sends load, so client work does not share the server's event loop.
 */
import net from 'node:net';
import path from 'node:path';
import { type RunningProcess, startTs } from '../tools/processes';

export interface BenchStack {
  /** the server's origin, e.g. http://127.0.0.1:4100 */
  url: string;
  /** where the server's database lives, for the raw-driver baselines */
  mongoUri: string;
  dbName: string;
  engine: 'embedded' | 'mongodb';
  /** the processes' ids, for their CPU time (the database's only when it is the embedded engine's own process) */
  pids: { server: number | undefined; database: number | undefined };
  /** stops the server only (the database stays up, e.g. to be cleaned) */
  stopServer(): Promise<void>;
  /** stops the server if still running, then the database */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * The embedded engine in a process of its own (memory only, or journaled in `dataDir`), or the
 * deployment MONGODB_URI names.
 */
export async function startDatabase(dataDir?: string, profileDir?: string): Promise<{ uri: string; engine: BenchStack['engine']; pid?: number; stop(): Promise<void> }> {
  const external = process.env.MONGODB_URI;
  if (external) return { uri: external, engine: 'mongodb', stop: async () => undefined };
  const engine = startTs('server/storage/embedded/cli.ts', ['--port=0', ...(dataDir ? [`--data-dir=${dataDir}`] : [])], {}, cpuProfile(profileDir, 'engine'));
  try {
    const uri = await engine.waitForLine((line) => line.startsWith('mongodb://'));
    return { uri, engine: 'embedded', pid: engine.child.pid, stop: () => stopProcess(engine) };
  } catch (error) {
    await stopProcess(engine);
    throw error;
  }
}

/**
 * One `npm start` server process on `mongoUri`, ready to serve; `env` adds to its environment,
 * `nodeArgs` go to node (e.g. --cpu-prof).
 */
export async function startServerProcess(mongoUri: string, dbName: string, env: NodeJS.ProcessEnv = {}, nodeArgs: string[] = []): Promise<{ url: string; process: RunningProcess; stop(): Promise<void> }> {
  const port = await freePort();
  const server = startTs('server/main.ts', [], { NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', MONGODB_URI: mongoUri, YIDAN_DB_NAME: dbName, YIDAN_DEMO_SEED: '1', ...env }, nodeArgs);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, server);
  } catch (error) {
    await stopProcess(server);
    throw error;
  }
  return { url, process: server, stop: () => stopProcess(server) };
}

/**
 * `profileDir`: the server and the embedded engine each write a V8 CPU profile there when they
 * stop, in its subdirectory server/ or engine/ (open them in Chrome DevTools).
 */
export async function startStack(dbName: string, profileDir?: string, dataDir?: string): Promise<BenchStack> {
  const database = await startDatabase(dataDir, profileDir);
  const port = await freePort();
  const server = startTs('server/main.ts', [], {
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    // Request logs would be most of what the server writes; the figures are for the work itself.
    LOG_LEVEL: 'warn',
    MONGODB_URI: database.uri,
    YIDAN_DB_NAME: dbName,
    YIDAN_DEMO_SEED: '1',
  }, cpuProfile(profileDir, 'server'));
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(url, server);
  } catch (error) {
    await stopProcess(server);
    await database.stop();
    throw error;
  }
  return {
    url,
    mongoUri: database.uri,
    dbName,
    engine: database.engine,
    pids: { server: server.child.pid, database: database.pid },
    stopServer: () => stopProcess(server),
    stop: async () => {
      await stopProcess(server);
      await database.stop();
    },
  };
}

/** node's flags for CPU profiles in a subdirectory named after the process they measure, or none. */
function cpuProfile(profileDir: string | undefined, name: 'server' | 'engine'): string[] {
  return profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(profileDir, name)}`] : [];
}

async function waitUntilReady(url: string, server: RunningProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited with ${server.child.exitCode}:\n${server.output.join('\n')}`);
    const ready = await fetch(`${url}/readyz`).then((r) => r.ok, () => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not become ready within ${timeoutMs} ms:\n${server.output.join('\n')}`);
}

export async function stopProcess(p: RunningProcess): Promise<void> {
  const timer = setTimeout(() => p.child.kill('SIGKILL'), 15_000);
  await p.stop();
  clearTimeout(timer);
}
