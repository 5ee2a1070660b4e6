/**
 * One of the bench's subscribers: its own socket to server A, one `shipmentTracked`
 * subscription, and a check of every frame by its bytes instead of a JSON parse, because a
 * thousand of them run on the same two cores as the servers being measured. The selection puts
 * the shipment number first, so one comparison of a frame's start proves it is a `next` for this
 * subscription's id, about the right shipment, and says which kind of event it is; its end proves
 * the payload carries no errors. The first frame (CURRENT) is parsed in full.
 */
import { FrameSocket } from '../tools/frame-socket';
import type { ServerAddress } from '../tools/graphql-client';

/** The shipment number first, then the kind: the frame's fixed start (see the prefix below). */
export const BENCH_TRACKED = 'subscription($ref: String!) { shipmentTracked(reference: $ref) { tracking { shipment { number } } kind milestone { seq } cursor } }';

/** Each kind as it follows the prefix, with its closing quote. */
const KINDS = (['MILESTONE', 'CURRENT', 'REROUTED'] as const).map((kind) => ({ kind, bytes: Buffer.from(`${kind}"`) }));
/** Where a frame without errors ends: the cursor's closing quote, the event, shipmentTracked, data, payload, the frame. */
const CLEAN_END = Buffer.from('"}}}}');

/** Whether `frame` holds `bytes` at `at`, compared in place (no copy, no view). */
const holds = (frame: Buffer, bytes: Buffer, at: number): boolean => frame.length >= at + bytes.length && frame.compare(bytes, 0, bytes.length, at, at + bytes.length) === 0;

export class BenchSubscriber {
  /** MILESTONE frames received so far. */
  milestones = 0;
  /** Bytes on the wire of the last MILESTONE frame, its WebSocket header included (the socket floor sends frames this size). */
  milestoneFrameBytes = 0;
  /** Called at each MILESTONE frame (the latency phases time arrivals with it). */
  onMilestone: (() => void) | null = null;
  /** The first frame that was not what it should be, or the socket's unexpected close. */
  failure: string | null = null;
  /** Resolves with the CURRENT event, the subscription's first. */
  readonly current: Promise<void>;
  private readonly prefix: Buffer;
  private onCurrent!: (error?: Error) => void;
  private started = false;
  private closing = false;

  private constructor(
    private readonly socket: FrameSocket,
    readonly shipment: string,
    private readonly id: string,
  ) {
    this.prefix = Buffer.from(`{"id":${JSON.stringify(id)},"type":"next","payload":{"data":{"shipmentTracked":{"tracking":{"shipment":{"number":${JSON.stringify(shipment)}}},"kind":"`);
    this.current = new Promise((resolve, reject) => (this.onCurrent = (error) => (error ? reject(error) : resolve())));
    socket.onFrame = (frame) => this.check(frame);
    void socket.closed.then(({ code, reason }) => this.fail(`socket closed: ${code} ${reason}`));
  }

  static async open(server: ServerAddress, token: string, shipment: string, id: string): Promise<BenchSubscriber> {
    const subscriber = new BenchSubscriber(await FrameSocket.open(server, token), shipment, id);
    subscriber.socket.subscribe(id, BENCH_TRACKED, { ref: shipment });
    return subscriber;
  }

  private check(frame: Buffer): void {
    const { prefix } = this;
    const kind = holds(frame, prefix, 0) ? KINDS.find((k) => holds(frame, k.bytes, prefix.length))?.kind : undefined;
    if (!kind || frame.length < prefix.length + CLEAN_END.length || !holds(frame, CLEAN_END, frame.length - CLEAN_END.length)) {
      return this.fail(`unexpected frame for subscription ${this.id} on ${this.shipment}: ${frame.toString().slice(0, 300)}`);
    }
    if (!this.started) {
      if (kind !== 'CURRENT') return this.fail(`the first event of ${this.id} is ${kind}, not CURRENT`);
      // Parsed once in full: the whole frame is the JSON it should be.
      const event = (JSON.parse(frame.toString()) as { payload: { data: { shipmentTracked: { cursor: string } } } }).payload.data.shipmentTracked;
      if (!event.cursor.startsWith('shipments:')) return this.fail(`CURRENT of ${this.id} has no shipments cursor`);
      this.started = true;
      return this.onCurrent();
    }
    if (kind === 'MILESTONE') {
      this.milestones += 1;
      // A server's text frame: 2 header bytes, 4 from 126 bytes of body (RFC 6455 §5.2).
      this.milestoneFrameBytes = frame.length + (frame.length < 126 ? 2 : 4);
      this.onMilestone?.();
    }
  }

  private fail(message: string): void {
    if (this.closing) return;
    this.failure ??= message;
    if (!this.started) this.onCurrent(new Error(message));
  }

  close(): Promise<unknown> {
    this.closing = true;
    return this.socket.close();
  }
}
