/**
 * What a change appended, in both forms an update's changed arrays arrive in: whole (the
 * embedded engine) and element by element as `field.N` (mongod after a $push).
 */
import type { FeedChange } from '../../server/live/change-feed';
import { appendedElement, appendedHistoryEntry, touched } from '../../server/live/change-entries';
import { decodeCursor, encodeCursor } from '../../server/live/cursor';

const entry = (seq: number) => ({ seq, at: new Date(0), actor: { partyId: 'p', role: 'exporter' }, event: `E${seq}`, from: 'a', to: 'b', payload: {} });
const update = (updatedFields: Record<string, unknown>): FeedChange => ({ token: '01', operationType: 'update', documentId: 'd', fullDocument: null, updatedFields });

describe('appendedHistoryEntry', () => {
  it('reads the entry from a whole array or from its element path, and the creation entry of an insert', () => {
    expect(appendedHistoryEntry(update({ version: 3, history: [entry(1), entry(2), entry(3)] }))?.event).toBe('E3');
    expect(appendedHistoryEntry(update({ version: 3, 'history.2': entry(3), state: 'b' }))?.event).toBe('E3');
    const insert: FeedChange = { token: '01', operationType: 'insert', documentId: 'd', fullDocument: { history: [entry(1)] }, updatedFields: {} };
    expect(appendedHistoryEntry(insert)?.seq).toBe(1);
  });

  it('finds none when the write did not append to the history, or appended something else than the version it wrote', () => {
    expect(appendedHistoryEntry(update({ documentChecksum: 'x' }))).toBeNull();
    expect(appendedHistoryEntry(update({ version: 4, history: [entry(1), entry(2), entry(3)] }))).toBeNull();
    expect(appendedHistoryEntry({ ...update({}), operationType: 'delete' })).toBeNull();
  });
});

describe('appendedElement and touched', () => {
  it('takes the highest element path when several are set', () => {
    expect(appendedElement(update({ 'chain.1': 'b', 'chain.10': 'k', 'chain.2': 'c' }), 'chain')).toBe('k');
    expect(appendedElement(update({ chainx: ['no'] }), 'chain')).toBeNull();
  });

  it('names the top-level fields an update set, whole or in part', () => {
    expect(touched(update({ 'legs.1.plannedEta': 'x' }), ['legs'])).toBe(true);
    expect(touched(update({ plannedEtd: 'x' }), ['plannedEta'])).toBe(false);
  });
});

describe('cursors', () => {
  it('round-trip, and refuse another collection’s cursor or a malformed one with the reason', () => {
    expect(decodeCursor(encodeCursor('bills', '82ab'), 'bills')).toEqual({ collection: 'bills', token: '82ab' });
    expect(decodeCursor(encodeCursor('shipments', '82ab'), 'bills')).toMatch(/cursor of shipments events, not of bills events/);
    expect(decodeCursor('bills:xyz', 'bills')).toMatch(/is not a cursor/);
    expect(decodeCursor('82ab', 'bills')).toMatch(/is not a cursor/);
  });
});
