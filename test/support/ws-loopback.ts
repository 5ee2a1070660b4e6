/**
 * A ws server on loopback and clients connected to it, for tests of what the project writes on
 * a WebSocket: each connection gives the server's side of the socket and the client's messages
 * as text, in the order received.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';

export interface LoopbackConnection {
  /** the server's side of the socket */
  server: WebSocket;
  client: WebSocket;
  /** every message the client received, as text */
  received: string[];
  /** resolves once the client has received `n` messages */
  receivedCount(n: number): Promise<void>;
  /** whether every message so far came as text (not binary) */
  allText(): boolean;
}

export class WsLoopback {
  private wss: WebSocketServer | null = null;
  private readonly clients: WebSocket[] = [];

  async start(): Promise<void> {
    this.wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await once(this.wss, 'listening');
  }

  async connect(): Promise<LoopbackConnection> {
    const wss = this.wss!;
    const accepted = once(wss, 'connection') as Promise<[WebSocket]>;
    const client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`);
    this.clients.push(client);
    const received: string[] = [];
    const waiters: Array<() => void> = [];
    let binary = false;
    client.on('message', (data, isBinary) => {
      binary ||= isBinary;
      received.push(data.toString());
      for (const wake of waiters.splice(0)) wake();
    });
    const [[server]] = await Promise.all([accepted, once(client, 'open')]);
    return {
      server,
      client,
      received,
      receivedCount: async (n) => {
        while (received.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
      },
      allText: () => !binary,
    };
  }

  /** Ends every client connected so far. */
  dropClients(): void {
    for (const client of this.clients.splice(0)) client.terminate();
  }

  async stop(): Promise<void> {
    this.dropClients();
    const wss = this.wss;
    if (wss) await new Promise((resolve) => wss.close(resolve));
  }
}
