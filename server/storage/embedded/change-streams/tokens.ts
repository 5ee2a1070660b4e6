/**
 * Resume tokens: opaque to clients, `{ _data: <hex> }` as mongod sends them. Inside: this
 * engine's epoch, the change's cluster time, its position in the history and whether the token
 * marks the invalidate that followed it.
 */
import { Timestamp } from 'bson';
import { MongoCommandError } from '../errors';
import { isPlainObject } from '../values';
import type { StreamPosition } from './history';

export interface ResumeToken {
  epoch: Buffer;
  clusterTime: Timestamp;
  position: StreamPosition;
}

const HEX_LENGTH = (8 + 8 + 8 + 1) * 2;

export function encodeToken(epoch: Buffer, clusterTime: Timestamp, position: StreamPosition): { _data: string } {
  const bytes = Buffer.alloc(HEX_LENGTH / 2);
  epoch.copy(bytes, 0);
  bytes.writeUInt32BE(clusterTime.t, 8);
  bytes.writeUInt32BE(clusterTime.i, 12);
  bytes.writeBigUInt64BE(BigInt(position.seq), 16);
  bytes.writeUInt8(position.invalidated ? 1 : 0, 24);
  return { _data: bytes.toString('hex') };
}

/** Reads a token a client sent back (`field` names the option, for the error). */
export function decodeToken(value: unknown, field: string): ResumeToken {
  const data = isPlainObject(value) ? value._data : undefined;
  if (typeof data !== 'string' || data.length !== HEX_LENGTH || !/^[0-9a-f]+$/.test(data)) {
    throw new MongoCommandError('BadValue', `'${field}' is not a resume token of this engine: expected { _data: <${HEX_LENGTH} hex digits> }`);
  }
  const bytes = Buffer.from(data, 'hex');
  return {
    epoch: bytes.subarray(0, 8),
    clusterTime: new Timestamp({ t: bytes.readUInt32BE(8), i: bytes.readUInt32BE(12) }),
    position: { seq: Number(bytes.readBigUInt64BE(16)), invalidated: bytes.readUInt8(24) === 1 },
  };
}
