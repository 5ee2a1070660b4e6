/**
 * Lets the unmodified mongodb driver (and mongoose over it) reach an embedded engine of the same
 * thread with no TCP socket: a scenario worker thread spends a sixth of its CPU in the kernel
 * round trip and in net.Socket's stream plumbing otherwise.
 *
 * The driver has no public hook for its transport. It opens every connection, pooled or
 * monitoring, with `net.createConnection({ host, port, ... })` in makeSocket
 * (node_modules/mongodb/lib/cmap/connect.js), looking the function up on the `net` module at each
 * call. So this module wraps that one function, for the calling thread only (a worker thread has
 * modules of its own): a connection to IN_PROCESS_HOST gets an in-process socket pair from the
 * engine registered under that port; any other host goes to net as before. The host is under
 * `.invalid`, which never resolves: should a driver version stop calling net.createConnection,
 * connecting fails at once instead of reaching something else (and the in-process tests fail).
 */
import net from 'node:net';
import type { EmbeddedMongo } from './server';

export const IN_PROCESS_HOST = 'embedded-engine.invalid';

const engines = new Map<number, EmbeddedMongo>();
let nextPort = 1;
let installed = false;

type CreateConnection = typeof net.createConnection;

function install(): void {
  if (installed) return;
  installed = true;
  const viaNet: CreateConnection = net.createConnection;
  const createConnection = function (this: unknown, ...args: unknown[]): net.Socket {
    const options = args[0];
    if (isInProcess(options)) {
      const mongo = engines.get(options.port);
      if (!mongo) throw new Error(`no embedded engine is registered in this thread as ${IN_PROCESS_HOST}:${options.port}`);
      // The driver only needs what it uses of a net.Socket (in-process-socket.ts lists it).
      return mongo.connectInProcess({ host: IN_PROCESS_HOST, port: options.port }) as unknown as net.Socket;
    }
    return (viaNet as (...a: unknown[]) => net.Socket).apply(this, args);
  };
  net.createConnection = createConnection as CreateConnection;
}

function isInProcess(options: unknown): options is { host: string; port: number } {
  return typeof options === 'object' && options !== null && (options as { host?: unknown }).host === IN_PROCESS_HOST;
}

export interface InProcessRoute {
  /** A connection string the driver reaches `mongo` by, in this thread only. */
  uri: string;
  /** Forgets the engine: later connections to the uri fail (open ones stay until closed). */
  release(): void;
}

/** Registers an engine of this thread to be reached with no socket; see the module's comment. */
export function routeInProcess(mongo: EmbeddedMongo): InProcessRoute {
  install();
  const port = nextPort++;
  engines.set(port, mongo);
  return {
    uri: `mongodb://${IN_PROCESS_HOST}:${port}/?directConnection=true`,
    release: () => void engines.delete(port),
  };
}
