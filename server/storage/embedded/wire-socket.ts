/**
 * What the engine needs of a client connection: a net.Socket from the TCP server, or the
 * engine's end of a connection inside the same thread (in-process-socket.ts).
 */
export interface WireSocket {
  readonly destroyed: boolean;
  write(bytes: Buffer): boolean;
  destroy(): void;
  on(event: 'data', listener: (chunk: Buffer) => void): this;
  on(event: 'close', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
}
