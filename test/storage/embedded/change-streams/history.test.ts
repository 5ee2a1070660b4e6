/**
 * The change history is bounded by count and by bytes (as mongod's oplog is by size): it drops
 * its oldest changes first, always keeps the newest, and knows which positions it no longer
 * holds, which is what makes a resume from such a position fail with ChangeStreamHistoryLost.
 */
import { Timestamp } from 'bson';
import { StoredDoc } from '../../../../server/storage/embedded/collection';
import { ChangeHistory } from '../../../../server/storage/embedded/change-streams/history';

const KiB = 1024;
const doc = (id: number, bytes: number) => new StoredDoc({ _id: id, pad: 'x'.repeat(bytes) }, id);

function appendUpdate(history: ChangeHistory, id: number, bytes: number): void {
  history.append({ clusterTime: history.tick(), kind: 'update', db: 'd', coll: 'c', prev: doc(id, bytes), next: doc(id, bytes) });
}

describe('ChangeHistory', () => {
  it('holds at most its byte bound, dropping the oldest changes first', () => {
    const history = new ChangeHistory(10_000, () => 1_000_000, 100 * KiB);
    for (let i = 1; i <= 50; i++) appendUpdate(history, i, 10 * KiB);
    expect(history.bytes).toBeLessThanOrEqual(100 * KiB);
    // each change holds two 10 KiB versions: four fit in 100 KiB, a fifth does not
    expect(history.held).toBe(4);
    expect(history.latestSeq).toBe(50);
    expect(history.after(0).map((e) => e.seq)).toEqual([47, 48, 49, 50]);
    expect(history.holdsAfter(46)).toBe(true);
    expect(history.holdsAfter(45)).toBe(false);
    expect(history.entry(45)).toBeUndefined();
    expect(history.entry(48)?.seq).toBe(48);
  });

  it('still holds by count when the documents are small', () => {
    const history = new ChangeHistory(5, () => 1_000_000, 100 * KiB);
    for (let i = 1; i <= 2_000; i++) appendUpdate(history, i, 10);
    expect(history.held).toBe(5);
    expect(history.after(1_996).map((e) => e.seq)).toEqual([1_997, 1_998, 1_999, 2_000]);
    expect(history.holdsAfter(1_995)).toBe(true);
    expect(history.holdsAfter(1_994)).toBe(false);
  });

  it('keeps the newest change even when it alone is larger than the bound', () => {
    const history = new ChangeHistory(10_000, () => 1_000_000, 1 * KiB);
    appendUpdate(history, 1, 4 * KiB);
    appendUpdate(history, 2, 4 * KiB);
    expect(history.after(0).map((e) => e.seq)).toEqual([2]);
  });

  it('reports a cluster time at or before the dropped changes as lost', () => {
    let now = 1_000_000;
    const history = new ChangeHistory(10_000, () => now, 50 * KiB);
    const times: Timestamp[] = [];
    for (let i = 1; i <= 10; i++) {
      now += 1_000;
      appendUpdate(history, i, 10 * KiB);
      times.push(history.clusterTime);
    }
    expect(history.held).toBe(2);
    expect(history.positionAt(times[0])).toBeNull();
    expect(history.positionAt(times[9])).toBe(9);
  });
});
