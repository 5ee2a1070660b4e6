/**
 * One subscription's queue on its own: a resume replays what it missed then the live changes it
 * held meanwhile, each change once and in order; live events beyond the connection's budget end
 * it as a slow consumer, a long replay does not.
 */
import type { FeedChange } from '../../server/live/change-feed';
import { LiveSubscription, type QueueBudget } from '../../server/live/live-subscription';

const change = (n: number): FeedChange => ({ token: n.toString(16).padStart(4, '0'), operationType: 'update', documentId: 'd', fullDocument: null, updatedFields: { n } });

function budget(max: number): QueueBudget & { used: number } {
  return {
    used: 0,
    take() {
      if (this.used >= max) return false;
      this.used += 1;
      return true;
    },
    give(count: number) {
      this.used -= count;
    },
  };
}

async function drain(sub: LiveSubscription<number>, count: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) out.push((await sub.next()).value as number);
  return out;
}

it('replays after the cursor, then the live changes held meanwhile, without the ones the replay already had', async () => {
  const sub = new LiveSubscription<number>((c) => c.updatedFields.n as number, budget(100), () => undefined);
  sub.offer(change(4));
  sub.offer(change(5));
  sub.startAfter(change(1).token, [change(2), change(3), change(4)]);
  sub.offer(change(6));
  expect(await drain(sub, 5)).toEqual([2, 3, 4, 5, 6]);
});

it('a long replay does not count as falling behind; live events past the budget end the subscription', async () => {
  const overflowed: string[] = [];
  const room = budget(3);
  const sub = new LiveSubscription<number>((c) => c.updatedFields.n as number, room, () => overflowed.push('slow'));
  sub.startAfter(change(0).token, Array.from({ length: 10 }, (_, i) => change(i + 1)));
  expect(overflowed).toEqual([]);
  for (let n = 11; n <= 13; n += 1) sub.offer(change(n));
  expect(overflowed).toEqual([]);
  expect(room.used).toBe(3);
  sub.offer(change(14));
  expect(overflowed).toEqual(['slow']);
  expect(room.used).toBe(0);
  expect(await sub.next()).toEqual({ value: undefined, done: true });
});

it('starts fresh with the current state, then only changes after the point it joined at', async () => {
  const sub = new LiveSubscription<number>((c) => c.updatedFields.n as number, budget(10), () => undefined);
  sub.offer(change(7));
  sub.offer(change(8));
  sub.startFresh(100, change(7).token);
  sub.offer(change(9));
  expect(await drain(sub, 3)).toEqual([100, 8, 9]);
});

/** A sink that records what it takes and pauses while `paused` says so. */
function sink(pauseAfterEach = false) {
  const taken: number[] = [];
  const ends: Array<Error | null> = [];
  return { taken, ends, take: (e: number) => (taken.push(e), !pauseAfterEach), end: (failure: Error | null) => void ends.push(failure) };
}

it('push mode: hands over what queued before, then each change at once, in order', () => {
  const sub = new LiveSubscription<number>((c) => c.updatedFields.n as number, budget(10), () => undefined);
  sub.startFresh(100, change(1).token);
  const s = sink();
  sub.pushTo(s);
  sub.offer(change(2));
  sub.offer(change(3));
  expect(s.taken).toEqual([100, 2, 3]);
});

it('push mode: a paused sink leaves events queued in the budget; resume hands them over in order; past the budget the consumer is slow', () => {
  const overflowed: string[] = [];
  const room = budget(3);
  const sub = new LiveSubscription<number>((c) => c.updatedFields.n as number, room, () => overflowed.push('slow'));
  sub.startFresh(null, change(0).token);
  const s = sink(true);
  sub.pushTo(s);
  sub.offer(change(1));
  for (let n = 2; n <= 4; n += 1) sub.offer(change(n));
  expect(s.taken).toEqual([1]);
  expect(room.used).toBe(3);
  sub.resume();
  expect(s.taken).toEqual([1, 2]);
  expect(room.used).toBe(2);
  sub.offer(change(5));
  sub.offer(change(6));
  expect(overflowed).toEqual(['slow']);
  expect(room.used).toBe(0);
  expect(s.ends).toEqual([null]);
});

it('push mode: a failure of the feed comes after the events queued before it', () => {
  const sub = new LiveSubscription<number>((c) => c.updatedFields.n as number, budget(10), () => undefined);
  sub.startFresh(null, change(0).token);
  const s = sink(true);
  sub.pushTo(s);
  sub.offer(change(1));
  sub.offer(change(2));
  const failure = new Error('stream lost');
  sub.fail(failure);
  expect(s.ends).toEqual([]);
  sub.resume();
  expect(s.taken).toEqual([1, 2]);
  sub.resume();
  expect(s.ends).toEqual([failure]);
});
