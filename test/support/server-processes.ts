/**
 * Real processes for the tests that need more than one server: an embedded engine in a process of
 * its own and `npm start` servers on it (server/main.ts), all stopped together. Each server gets
 * a random port and reports its address in its "Yidan listening" log line.
 */
import type { ServerAddress } from './graphql-client';
import { type RunningProcess, startTs } from './processes';

export interface ServerOptions {
  /** more environment for the server (YIDAN_DB_NAME is set from the group) */
  env?: Record<string, string>;
  /** a log line to wait for after "Yidan listening", e.g. a cache saying it serves */
  readyLine?: string;
  timeoutMs?: number;
}

export class ServerProcesses {
  private readonly running: RunningProcess[] = [];

  /** `dbName` names the database every server of the group shares. */
  constructor(private readonly dbName: string) {}

  /** Starts the embedded engine and answers its mongodb:// address. */
  async engine(): Promise<string> {
    const engine = this.track(startTs('server/storage/embedded/cli.ts', ['--port=0'], {}));
    return (await engine.waitForLine((l) => l.startsWith('mongodb://'))).trim();
  }

  async server(mongoUri: string, options: ServerOptions = {}): Promise<ServerAddress> {
    const proc = this.track(
      startTs('server/main.ts', [], { MONGODB_URI: mongoUri, PORT: '0', HOST: '127.0.0.1', YIDAN_DB_NAME: this.dbName, LOG_LEVEL: 'info', YIDAN_STORAGE: '', ...options.env }),
    );
    const line = await proc.waitForLine((l) => l.includes('Yidan listening'), options.timeoutMs);
    if (options.readyLine) await proc.waitForLine((l) => l.includes(options.readyLine!), options.timeoutMs);
    return { url: (JSON.parse(line) as { url: string }).url.replace(/\/graphql$/, '') };
  }

  async stop(): Promise<void> {
    await Promise.all(this.running.splice(0).map((p) => p.stop()));
  }

  private track(proc: RunningProcess): RunningProcess {
    this.running.push(proc);
    return proc;
  }
}
