/** When a reply may leave: after the journal holds the writes it acknowledges. */
import type { IncomingMessage } from '../wire';
import { isPlainObject } from '../values';
import type { DurableStore } from './store';

/** Commands whose reply acknowledges a write, even when this one changed nothing itself. */
const WRITE_COMMANDS = new Set([
  'insert', 'update', 'delete', 'findAndModify', 'findandmodify', 'commitTransaction', 'create', 'collMod', 'drop',
  'dropDatabase', 'createIndexes', 'dropIndexes', 'deleteIndexes',
]);

/**
 * A write is acknowledged only once the journal holds it (writeConcern j:true and w:1 behave so;
 * `{ j: false }` skips the wait, the write is flushed with the next group). A write command that
 * changed nothing still waits for what is already journaled: its answer (a duplicate key, say)
 * may rest on a write not yet on disk.
 */
export function durableReply(store: DurableStore): (message: IncomingMessage) => Promise<void> | null {
  return (message) => {
    const before = store.lastLsn;
    store.seal();
    const name = Object.keys(message.command)[0] ?? '';
    if (store.lastLsn === before && !WRITE_COMMANDS.has(name)) return null;
    const concern = message.command.writeConcern;
    if (isPlainObject(concern) && concern.j === false) return null;
    return store.flushed();
  };
}
