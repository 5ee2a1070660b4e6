/**
 * A live-updates client over a real WebSocket, as any client connects (graphql-ws, token in
 * connection_init): used by the e2e tests and the bench. A `LiveFeed` collects one
 * subscription's events and lets the caller wait for the next ones, for its end, or its error.
 */
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { ServerAddress } from './graphql-client';

export interface LiveClient {
  client: Client;
  /** Resolves with the close code and reason when the socket closes for good. */
  closed: Promise<{ code: number; reason: string }>;
  /** Closes the socket (1000). */
  dispose(): Promise<void>;
}

/** The socket closes for good at its first close: no retries, so a test sees every close code. */
export function liveClient(server: ServerAddress, token?: string, options: { lazy?: boolean } = {}): LiveClient {
  let onClosed!: (close: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (onClosed = resolve));
  const client = createClient({
    url: `${server.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token === undefined ? {} : { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: options.lazy ?? true,
    on: { closed: (event) => onClosed({ code: (event as { code: number }).code, reason: String((event as { reason?: unknown }).reason ?? '') }) },
  });
  return { client, closed, dispose: () => client.dispose() as Promise<void> };
}

export interface LiveError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** One subscription's events as they arrive. */
export class LiveFeed<T> {
  readonly events: T[] = [];
  /** GraphQL errors the subscription answered (a refusal), or the close event that ended it. */
  errors: LiveError[] = [];
  closeCode: number | null = null;
  done = false;
  /** Called with each event as it arrives (the bench times arrivals with it). */
  onEvent: ((event: T) => void) | null = null;
  private readonly waiters: Array<() => void> = [];
  readonly stop: () => void;

  constructor(live: LiveClient, query: string, variables: Record<string, unknown> = {}, field?: string) {
    this.stop = live.client.subscribe<Record<string, T>>(
      { query, variables },
      {
        next: (result) => {
          if (result.errors?.length) this.errors.push(...(result.errors as LiveError[]));
          const data = result.data;
          if (data) {
            const event = field ? data[field] : (Object.values(data)[0] as T);
            this.events.push(event);
            this.onEvent?.(event);
          }
          this.wake();
        },
        error: (error) => {
          if (Array.isArray(error)) this.errors.push(...(error as LiveError[]));
          else if (typeof (error as { code?: unknown }).code === 'number') this.closeCode = (error as { code: number }).code;
          else this.errors.push({ message: error instanceof Error ? error.message : String(error) });
          this.done = true;
          this.wake();
        },
        complete: () => {
          this.done = true;
          this.wake();
        },
      },
    );
  }

  /** Resolves once `count` events arrived in all; rejects when the subscription ended first. */
  async received(count: number): Promise<T[]> {
    while (this.events.length < count) {
      if (this.done) throw new Error(`the subscription ended after ${this.events.length} of ${count} events: ${JSON.stringify({ errors: this.errors, closeCode: this.closeCode })}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    return this.events.slice(0, count);
  }

  /** Resolves once the subscription ended (completed, refused, or its socket closed). */
  async ended(): Promise<this> {
    while (!this.done) await new Promise<void>((resolve) => this.waiters.push(resolve));
    return this;
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}
