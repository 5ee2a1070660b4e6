/**
 * What a `next` frame costs the sending process: FrameOutput (one write per socket and turn)
 * against one write per frame (what it did before: the frame's bytes straight to the TCP socket),
 * side by side in one process on the same sockets, alternating, as CPU time per frame (user +
 * system), which other load on a shared machine moves far less than wall time. 500 ws sockets on
 * loopback, their clients in a child process (their reading is not counted); each round writes
 * `--frames K` frames to every socket in one turn (K subscriptions of one socket, or K changes of
 * one change-stream batch). The bench's fan-out case is K = 1.
 *
 *   node --import tsx server/tools/frame-writes.ts --frames 1,2,4
 */
import { fork } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { FrameOutput, nextFrameBytes, nextPrefix } from '../graphql/frame-output';

const SOCKETS = 500;
const ROUNDS = 50;
const REPEATS = 10;
/** A milestone event as the bench's selection gives it. */
const PAYLOAD = Buffer.from(JSON.stringify({ data: { shipmentTracked: { tracking: { shipment: { number: 'SHP-2026-000001' } }, kind: 'MILESTONE', milestone: { seq: 12 }, cursor: `shipments:${'8265'.repeat(30)}` } } }));
const PREFIX = nextPrefix('1');
const NO_RESUME = { resume: () => undefined };

const turn = () => new Promise((resolve) => setImmediate(resolve));
const pause = () => new Promise((resolve) => setTimeout(resolve, 2));

function clients(port: number): void {
  let open = 0;
  for (let i = 0; i < SOCKETS; i += 1) {
    const client = new WebSocket(`ws://127.0.0.1:${port}`);
    client.on('open', () => {
      open += 1;
      if (open === SOCKETS) process.send!('open');
    });
    client.on('message', () => undefined);
  }
}

/** Median CPU µs per frame of each way of writing, K frames per socket per turn. */
async function measure(sockets: WebSocket[], k: number): Promise<{ perTurn: number; perFrame: number }> {
  const outputs = sockets.map((socket) => new FrameOutput(socket));
  const tcps = sockets.map((socket) => (socket as unknown as { _socket: Socket })._socket);
  const ways = {
    perTurn: () => {
      for (let i = 0; i < k; i += 1) for (const output of outputs) output.write(PREFIX, PAYLOAD, NO_RESUME);
    },
    perFrame: () => {
      for (let i = 0; i < k; i += 1) for (const tcp of tcps) tcp.write(nextFrameBytes(PREFIX, PAYLOAD));
    },
  };
  const samples: Record<keyof typeof ways, number[]> = { perTurn: [], perFrame: [] };
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    const order: Array<keyof typeof ways> = repeat % 2 ? ['perTurn', 'perFrame'] : ['perFrame', 'perTurn'];
    for (const way of order) {
      const start = process.cpuUsage();
      for (let round = 0; round < ROUNDS; round += 1) {
        ways[way]();
        await turn();
        // The clients read meanwhile, so no socket backs up.
        await pause();
      }
      const used = process.cpuUsage(start);
      samples[way].push((used.user + used.system) / (ROUNDS * SOCKETS * k));
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { perTurn: median(samples.perTurn), perFrame: median(samples.perFrame) };
}

async function main(): Promise<void> {
  const at = process.argv.indexOf('--frames');
  const counts = (at > 0 ? process.argv[at + 1] : '1,2,4').split(',').map(Number);
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise((resolve) => wss.once('listening', resolve));
  const sockets: WebSocket[] = [];
  wss.on('connection', (socket) => sockets.push(socket));
  const child = fork(process.argv[1], ['--clients', String((wss.address() as AddressInfo).port)], { execArgv: process.execArgv });
  await new Promise((resolve) => child.once('message', resolve));
  while (sockets.length < SOCKETS) await pause();
  for (const k of counts) {
    const { perTurn, perFrame } = await measure(sockets, k);
    console.log(`${k} frame(s) per socket and turn: one write per frame ${perFrame.toFixed(2)} µs CPU per frame, one write per turn (FrameOutput) ${perTurn.toFixed(2)} µs (${((perTurn / perFrame) * 100).toFixed(0)} %)`);
  }
  child.kill();
  wss.close();
}

if (process.argv[2] === '--clients') clients(Number(process.argv[3]));
else void main();
