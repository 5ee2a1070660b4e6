/**
 * A graphql-transport-ws client that hands over each message after the handshake as the bytes
 * the server wrote, unparsed. The bench's thousand subscribers check their frames by their bytes
 * (they run on the same cores as the servers they measure), and tests compare the bytes that
 * different subscribers received. For a client that parses events, see live-client.ts.
 */
import WebSocket from 'ws';
import type { ServerAddress } from './graphql-client';

export interface Closed {
  code: number;
  reason: string;
}

export class FrameSocket {
  /** Every message after connection_ack, as received; set before subscribing. */
  onFrame: (frame: Buffer) => void = () => undefined;
  /** Resolves when the socket closes, however it closes. */
  readonly closed: Promise<Closed>;

  private constructor(private readonly socket: WebSocket) {
    this.closed = new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  }

  /** Connects with the token in connection_init; resolves once the server acknowledged it. */
  static open(server: ServerAddress, token: string): Promise<FrameSocket> {
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    const frames = new FrameSocket(socket);
    return new Promise((resolve, reject) => {
      // A socket error is followed by its close, which `closed` reports; before the ack it fails the open.
      socket.on('error', reject);
      void frames.closed.then(({ code, reason }) => reject(new Error(`the socket closed before connection_ack: ${code} ${reason}`)));
      socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
      socket.once('message', (data: Buffer) => {
        const message = JSON.parse(data.toString()) as { type?: string };
        if (message.type !== 'connection_ack') return reject(new Error(`expected connection_ack, got ${data.toString()}`));
        socket.on('message', (frame: Buffer) => frames.onFrame(frame));
        resolve(frames);
      });
    });
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, variables } }));
  }

  /** Stops one subscription (graphql-transport-ws `complete`). */
  complete(id: string): void {
    this.socket.send(JSON.stringify({ id, type: 'complete' }));
  }

  /** Closes the socket (1000) and waits until it is closed. */
  async close(): Promise<Closed> {
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) this.socket.close(1000);
    return this.closed;
  }
}
