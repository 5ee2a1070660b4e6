/**
 * The bench's own GraphQL client: POSTs over `node:http` on kept-alive sockets. At one client
 * the bench's latency is part of every measured transition, while the raw-driver side's client
 * (the driver on its own socket) costs little; `fetch` (undici) spent 0.55–1.2 ms of the bench's
 * CPU per request against 0.22–0.39 ms for this, so the ratio measured the bench's client more
 * than the server. It speaks only what the bench sends: JSON in, JSON out, one bearer token.
 */
import http from 'node:http';
import type { Socket } from 'node:net';
import type { GraphQLErrorBody } from '../tools/graphql-client';

export interface KeepAliveAnswer<T> {
  status: number;
  body: { data?: T | null; errors?: GraphQLErrorBody[] };
}

export class KeepAliveGraphql {
  private readonly agent: http.Agent;
  private readonly url: URL;
  private readonly authorization: string | undefined;
  private readonly seen = new WeakSet<Socket>();
  /** Connections opened so far: the sockets asked for, unless the server closed kept ones. */
  connections = 0;

  /** `sockets`: at most this many requests in flight, each on a socket of its own that is kept. */
  constructor(serverUrl: string, options: { token?: string; sockets: number }) {
    this.url = new URL('/graphql', serverUrl);
    this.authorization = options.token === undefined ? undefined : `Bearer ${options.token}`;
    this.agent = new http.Agent({ keepAlive: true, maxSockets: options.sockets, maxFreeSockets: options.sockets });
  }

  post<T>(query: string, variables?: Record<string, unknown>): Promise<KeepAliveAnswer<T>> {
    const payload = Buffer.from(JSON.stringify({ query, variables }));
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', 'content-length': payload.length };
    if (this.authorization !== undefined) headers.authorization = this.authorization;
    return new Promise((resolve, reject) => {
      const request = http.request(this.url, { method: 'POST', agent: this.agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) as KeepAliveAnswer<T>['body'] });
          } catch {
            reject(new Error(`HTTP ${response.statusCode}: not JSON: ${text.slice(0, 200)}`));
          }
        });
      });
      request.on('error', reject);
      request.on('socket', (socket) => {
        if (this.seen.has(socket)) return;
        this.seen.add(socket);
        this.connections += 1;
      });
      request.end(payload);
    });
  }

  /** Closes the kept sockets, so the server sees its clients leave. */
  close(): void {
    this.agent.destroy();
  }
}
