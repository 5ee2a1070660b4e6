import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chooseStorage, openStorage } from '../../server/storage';
import type { StorageConfig } from '../../server/storage/types';
import { testDbName, testMongoUri } from '../support/database';

const base: StorageConfig = { dbName: 'choice', allowDownload: false, embeddedPort: 0 };
const quiet = { info: () => undefined, warn: () => undefined };
/** An environment in which no mongod can be found: explicit missing binary, empty PATH. */
const noBinary = { MONGOMS_SYSTEM_BINARY: '/nonexistent/mongod', PATH: '' };

function fakeMongod(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'yidan-mongod-'));
  const file = path.join(dir, 'mongod');
  writeFileSync(file, '#!/bin/sh\nexit 0\n');
  chmodSync(file, 0o755);
  return file;
}

describe('chooseStorage', () => {
  it('uses MONGODB_URI when it is set', async () => {
    expect(await chooseStorage({ ...base, mongodbUri: 'mongodb://db.example:27017' }, noBinary)).toMatchObject({ kind: 'uri' });
  });

  it('refuses YIDAN_STORAGE=uri without MONGODB_URI, naming both', async () => {
    await expect(chooseStorage({ ...base, forced: 'uri' }, noBinary)).rejects.toThrow(/YIDAN_STORAGE=uri.*MONGODB_URI/);
  });

  it('falls back to the embedded engine without trying a download', async () => {
    const choice = await chooseStorage(base, noBinary);
    expect(choice.kind).toBe('embedded');
    expect(choice.reason).toContain('MONGOMS_SYSTEM_BINARY=/nonexistent/mongod is not an executable file');
  });

  it('prefers mongodb-memory-server when MONGOMS_SYSTEM_BINARY names a binary', async () => {
    const binary = fakeMongod();
    expect(await chooseStorage(base, { MONGOMS_SYSTEM_BINARY: binary, PATH: '' })).toMatchObject({
      kind: 'memory-server',
      binary: { path: binary, source: 'MONGOMS_SYSTEM_BINARY' },
    });
  });

  it('finds a mongod on the PATH', async () => {
    const binary = fakeMongod();
    const choice = await chooseStorage(base, { PATH: path.dirname(binary) });
    expect(choice.kind).toBe('memory-server');
    expect(['PATH', 'cache']).toContain(choice.binary?.source);
  });

  it('downloads only when allowed', async () => {
    expect(await chooseStorage({ ...base, allowDownload: true }, noBinary)).toMatchObject({ kind: 'memory-server' });
    await expect(chooseStorage({ ...base, forced: 'memory-server' }, noBinary)).rejects.toThrow(/YIDAN_ALLOW_DOWNLOAD=1/);
  });

  it('honours YIDAN_STORAGE=embedded even when MONGODB_URI is set', async () => {
    expect(await chooseStorage({ ...base, forced: 'embedded', mongodbUri: 'mongodb://x' }, noBinary)).toMatchObject({ kind: 'embedded' });
  });
});

describe('openStorage', () => {
  it('starts an embedded engine, connects mongoose, and stops the engine on close', async () => {
    const lines: string[] = [];
    const storage = await openStorage(
      { ...base, forced: 'embedded', dbName: 'embedded_open' },
      { info: (_f, m) => lines.push(m), warn: () => undefined },
    );
    expect(storage.kind).toBe('embedded');
    expect(lines.filter((l) => l.startsWith('storage:'))).toEqual(['storage: embedded (forced by YIDAN_STORAGE)']);
    await storage.connection.collection('probe').insertOne({ ok: true });
    expect(await storage.connection.collection('probe').countDocuments()).toBe(1);
    const port = Number(new URL(storage.uri).port);
    await storage.close();
    const refused = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => (s.destroy(), resolve(false)));
      s.once('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });

  it('connects to a configured deployment and leaves it running on close', async () => {
    const storage = await openStorage({ ...base, mongodbUri: testMongoUri(), dbName: testDbName(__filename) }, quiet);
    expect(storage.kind).toBe('uri');
    await storage.connection.collection('probe').insertOne({ ok: true });
    await storage.connection.dropDatabase();
    await storage.close();
  });
});
