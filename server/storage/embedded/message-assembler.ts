/**
 * Reassembles wire messages from one socket's chunks, in time linear in the bytes received and
 * with bounded memory.
 *
 * Concatenating every chunk onto what is pending copies the pending bytes again per chunk: a
 * large message streamed in small chunks costs quadratic time. Holding a list of chunks instead
 * costs a Buffer object per chunk, which for one-byte chunks is far more than the bytes. So the
 * bytes go into one buffer that grows by doubling (never past the announced message length):
 * each byte is copied once on arrival plus, amortised, at most once more by the growth.
 *
 * The buffer is charged, at its full capacity, to a per-connection cap and to a budget shared by
 * all connections; a message that would exceed either, or that announces a length over
 * maxMessageSizeBytes, ends the connection (AssemblyLimitError), as mongod does.
 *
 * Messages are handed out as views of the buffer (no copy). bson's deserializer keeps views of
 * its input in Binary values, so a region that was handed out is never written again: growth
 * always moves the pending bytes into a new buffer.
 */
import { WireProtocolError } from './wire';

export class AssemblyLimitError extends WireProtocolError {}

/** The bytes held for unfinished messages by all connections together. */
export class PendingBudget {
  held = 0;
  constructor(readonly limit: number) {}
}

export interface AssemblyLimits {
  /** Largest message accepted (hello's maxMessageSizeBytes). */
  maxMessageBytes: number;
  /** Smallest possible message (a header and a minimal body). */
  minMessageBytes: number;
  /** Most bytes one connection may hold for an unfinished message. */
  maxPendingBytes: number;
}

const EMPTY = Buffer.alloc(0);
/** First capacity of a grown buffer, so a header arriving byte by byte does not reallocate each time. */
const MIN_CAPACITY = 4096;

export class MessageAssembler {
  private buf: Buffer = EMPTY;
  private start = 0;
  private end = 0;
  /** True when `buf` is this assembler's own allocation (not a chunk the socket handed over). */
  private owned = false;
  /** Bytes charged to the budget: the capacity of the buffer while it holds pending bytes. */
  private charged = 0;
  /** Bytes copied so far (arrivals and growth), so tests can check the work stays linear. */
  bytesCopied = 0;

  constructor(
    private readonly limits: AssemblyLimits,
    private readonly budget: PendingBudget,
  ) {}

  get heldBytes(): number {
    return this.charged;
  }

  /** Adds one chunk and returns the whole messages now complete, in order. */
  push(chunk: Buffer): Buffer[] {
    const messages: Buffer[] = [];
    let rest = chunk;
    while (rest.length > 0) {
      if (this.end === this.start) {
        this.readInPlace(rest, messages);
        break;
      }
      // Complete the pending header, then the pending message, and no more: a buffer never
      // grows past the message it holds, whatever follows it in the chunk.
      const pending = this.end - this.start;
      const wanted = pending < 4 ? 4 - pending : this.announcedLength() - pending;
      this.append(rest.subarray(0, wanted));
      rest = rest.subarray(wanted);
      if (this.end - this.start >= 4 && this.end - this.start === this.announcedLength()) {
        messages.push(this.buf.subarray(this.start, this.end));
        this.release();
      }
    }
    return messages;
  }

  /** With nothing pending, takes the whole messages straight from the chunk and keeps the rest. */
  private readInPlace(chunk: Buffer, messages: Buffer[]): void {
    this.buf = chunk;
    this.start = 0;
    this.end = chunk.length;
    this.owned = false;
    while (this.end - this.start >= 4) {
      const length = this.announcedLength();
      if (this.end - this.start < length) break;
      messages.push(this.buf.subarray(this.start, this.start + length));
      this.start += length;
    }
    if (this.end === this.start) this.release();
    else this.moveInto(this.capacityFor(this.end - this.start, 0));
  }

  /** Drops whatever is pending and returns its bytes to the shared budget. */
  release(): void {
    this.budget.held -= this.charged;
    this.charged = 0;
    this.buf = EMPTY;
    this.start = 0;
    this.end = 0;
    this.owned = false;
  }

  private append(chunk: Buffer): void {
    const pending = this.end - this.start;
    if (!this.owned || this.end + chunk.length > this.buf.length) {
      this.moveInto(this.capacityFor(pending, chunk.length));
    }
    chunk.copy(this.buf, this.end);
    this.bytesCopied += chunk.length;
    this.end += chunk.length;
  }

  /**
   * The capacity to hold `pending + incoming` bytes (never more than the pending message
   * announces): at least double what is pending, so growth is amortised linear.
   */
  private capacityFor(pending: number, incoming: number): number {
    const needed = pending + incoming;
    let wanted = Math.max(needed, 2 * pending, MIN_CAPACITY);
    if (pending >= 4) wanted = Math.min(wanted, Math.max(needed, this.announcedLength()));
    return wanted;
  }

  /** Moves the pending bytes into a new buffer of `capacity`, charging it first. */
  private moveInto(capacity: number): void {
    this.charge(capacity);
    const next = Buffer.allocUnsafe(capacity);
    this.buf.copy(next, 0, this.start, this.end);
    this.bytesCopied += this.end - this.start;
    this.end -= this.start;
    this.start = 0;
    this.buf = next;
    this.owned = true;
  }

  private charge(capacity: number): void {
    if (capacity > this.limits.maxPendingBytes) {
      throw new AssemblyLimitError(
        `an unfinished message needs ${capacity} bytes, over this connection's limit of ${this.limits.maxPendingBytes}`,
      );
    }
    const total = this.budget.held - this.charged + capacity;
    if (total > this.budget.limit) {
      throw new AssemblyLimitError(
        `unfinished messages of all connections would hold ${total} bytes, over the limit of ${this.budget.limit}`,
      );
    }
    this.budget.held = total;
    this.charged = capacity;
  }

  /** The length the pending message's header announces, refused when out of range. */
  private announcedLength(): number {
    const length = this.buf.readInt32LE(this.start);
    if (length < this.limits.minMessageBytes) {
      throw new WireProtocolError(`message length ${length} is below the smallest message, ${this.limits.minMessageBytes} bytes`);
    }
    if (length > this.limits.maxMessageBytes) {
      throw new AssemblyLimitError(`message length ${length} is over maxMessageSizeBytes (${this.limits.maxMessageBytes})`);
    }
    return length;
  }
}
