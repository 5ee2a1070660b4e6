/**
 * The fan-out's floor: what the frames' bytes alone cost on this machine, without GraphQL,
 * change streams or WebSocket framing. A writer process (standing in for server A's fan-out)
 * holds `count` plain TCP sockets whose other ends are this process's (standing in for the
 * subscribers, reading as FrameSocket does: one shared buffer, no stream); when told that a
 * mutation on group g was answered, it writes one frame of the given size to every socket of
 * group g (socket i is in group i mod groups, as the bench's subscribers are spread over its
 * shipments), one write per socket, as server A writes one frame per subscriber.
 *
 * The live bench runs its mutations with this in place of the subscribers: the mutation's
 * throughput then is the best any fan-out to that many separate sockets could leave it on these
 * cores, since each frame still costs the kernel a loopback write and a read.
 */
import { type ChildProcess, fork } from 'node:child_process';
import net from 'node:net';

const READ_BUFFER = Buffer.allocUnsafe(256 * 1024);

/** The writer process: accepts `count` sockets, then writes a group's frames per command. */
function runWriter(count: number, groups: number, frameBytes: number): void {
  const frame = Buffer.alloc(frameBytes, 0x78);
  const byGroup: net.Socket[][] = Array.from({ length: groups }, () => []);
  let accepted = 0;
  const server = net.createServer((socket) => {
    // As ws does with a WebSocket's socket: every frame leaves at once.
    socket.setNoDelay(true);
    byGroup[accepted % groups].push(socket);
    accepted += 1;
    if (accepted === count) process.send!({ ready: true });
  });
  server.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as net.AddressInfo).port }));
  process.on('message', (group: number) => {
    for (const socket of byGroup[group]) socket.write(frame);
  });
}

export class SocketFloor {
  private constructor(
    private readonly child: ChildProcess,
    private readonly sockets: net.Socket[],
    private readonly frameBytes: number,
    /** bytes each socket has received */
    private readonly received: number[],
  ) {}

  /** Starts the writer and connects `count` sockets to it, spread over `groups` groups. */
  static async open(count: number, groups: number, frameBytes: number): Promise<SocketFloor> {
    const child = fork(__filename, ['writer', String(count), String(groups), String(frameBytes)], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const port = await new Promise<number>((resolve, reject) => {
      child.once('message', (m: { port: number }) => resolve(m.port));
      child.once('exit', (code) => reject(new Error(`the socket floor's writer exited with ${code}`)));
    });
    const ready = new Promise<void>((resolve) => child.once('message', () => resolve()));
    const received = new Array<number>(count).fill(0);
    const sockets: net.Socket[] = [];
    // One at a time, so socket i is the writer's i-th accepted socket and lands in group i mod groups.
    for (let i = 0; i < count; i += 1) {
      sockets.push(
        await new Promise<net.Socket>((resolve, reject) => {
          const socket = net.connect({ port, host: '127.0.0.1', onread: { buffer: READ_BUFFER, callback: (length) => ((received[i] += length), true) } }, () => resolve(socket));
          socket.once('error', reject);
        }),
      );
    }
    await ready;
    return new SocketFloor(child, sockets, frameBytes, received);
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** A mutation on group g was answered: its sockets get one frame each. */
  fanOut(group: number): void {
    this.child.send(group);
  }

  /** Resolves once socket i has received `frames(i)` frames; fails on more, or after 60 s. */
  async delivered(frames: (socket: number) => number): Promise<void> {
    const deadline = performance.now() + 60_000;
    for (;;) {
      const short = this.received.findIndex((bytes, i) => bytes !== frames(i) * this.frameBytes);
      if (short === -1) return;
      if (this.received[short] > frames(short) * this.frameBytes) throw new Error(`socket floor: socket ${short} received more than it was sent`);
      if (performance.now() > deadline) throw new Error(`socket floor: socket ${short} has ${this.received[short]} of ${frames(short) * this.frameBytes} bytes`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill();
    await exited;
  }
}

if (process.argv[2] === 'writer') runWriter(Number(process.argv[3]), Number(process.argv[4]), Number(process.argv[5]));
