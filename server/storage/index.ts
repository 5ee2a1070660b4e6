/**
 * Opens the database the server uses, one of three ways:
 *   uri           MONGODB_URI: a real deployment (how the project scales past one machine);
 *   memory-server mongodb-memory-server as a one-member replica set (transactions need one);
 *   embedded      the project's own wire-protocol engine, where no mongod binary can be had.
 * The choice is logged in one line.
 */
import mongoose from 'mongoose';
import { startEmbeddedMongo } from './embedded';
import { type LocatedBinary, locateMongod } from './locate-mongod';
import type { Storage, StorageConfig, StorageKind, StorageLogger } from './types';

export type { Storage, StorageConfig, StorageKind, StorageLogger } from './types';

interface Choice {
  kind: StorageKind;
  reason: string;
  binary?: LocatedBinary;
}

/** Decides without side effects; only a local binary lookup touches the disk. */
export async function chooseStorage(config: StorageConfig, env: NodeJS.ProcessEnv = process.env): Promise<Choice> {
  if (config.forced === 'uri' || (!config.forced && config.mongodbUri)) {
    if (!config.mongodbUri) throw new Error('YIDAN_STORAGE=uri needs MONGODB_URI to be set');
    return { kind: 'uri', reason: config.forced ? 'forced by YIDAN_STORAGE' : 'MONGODB_URI is set' };
  }
  if (config.forced === 'embedded') return { kind: 'embedded', reason: 'forced by YIDAN_STORAGE' };
  const binary = await locateMongod(env);
  if (config.forced === 'memory-server') {
    if (!binary && !config.allowDownload) {
      throw new Error(
        'YIDAN_STORAGE=memory-server but no mongod binary was found (MONGOMS_SYSTEM_BINARY, the mongodb-memory-server cache, PATH); ' +
          'set YIDAN_ALLOW_DOWNLOAD=1 to let mongodb-memory-server download one',
      );
    }
    return { kind: 'memory-server', reason: 'forced by YIDAN_STORAGE', binary };
  }
  if (binary) return { kind: 'memory-server', reason: `mongod found via ${binary.source}`, binary };
  const missing = env.MONGOMS_SYSTEM_BINARY ? `MONGOMS_SYSTEM_BINARY=${env.MONGOMS_SYSTEM_BINARY} is not an executable file` : 'no local mongod binary';
  if (config.allowDownload) return { kind: 'memory-server', reason: `${missing}; YIDAN_ALLOW_DOWNLOAD=1 permits a download` };
  return { kind: 'embedded', reason: `${missing} and downloads are not allowed` };
}

async function startLocalServer(choice: Choice, config: StorageConfig, logger: StorageLogger): Promise<{ uri: string; stop(): Promise<void> }> {
  if (choice.kind === 'embedded') {
    const changeHistoryBytes = config.changeHistoryMiB === undefined ? undefined : config.changeHistoryMiB * 1024 * 1024;
    const engine = await startEmbeddedMongo({ port: config.embeddedPort, logger, dataDir: config.dataDir, changeHistoryBytes });
    if (!config.dataDir) logger.info({}, 'embedded MongoDB engine: memory only, data is gone when the process ends');
    return { uri: engine.uri, stop: engine.stop };
  }
  // Loaded only when used: it is large and the embedded path never needs it.
  const { MongoMemoryReplSet } = await import('mongodb-memory-server');
  const replSet = await MongoMemoryReplSet.create({
    replSet: { count: 1, storageEngine: 'wiredTiger' },
    binary: choice.binary ? { systemBinary: choice.binary.path } : {},
  });
  return { uri: replSet.getUri(), stop: async () => void (await replSet.stop()) };
}

export async function openStorage(config: StorageConfig, logger: StorageLogger): Promise<Storage> {
  const choice = await chooseStorage(config);
  const local = choice.kind === 'uri' ? null : await startLocalServer(choice, config, logger);
  const uri = local?.uri ?? config.mongodbUri!;
  logger.info(
    { storage: choice.kind, reason: choice.reason, database: config.dbName, ...(local ? { uri } : {}) },
    `storage: ${choice.kind} (${choice.reason})`,
  );
  let connection: mongoose.Connection;
  try {
    connection = await mongoose.createConnection(uri, { dbName: config.dbName, serverSelectionTimeoutMS: 10_000 }).asPromise();
  } catch (err) {
    await local?.stop();
    throw err;
  }
  return {
    kind: choice.kind,
    uri,
    dbName: config.dbName,
    connection,
    close: async () => {
      await connection.close();
      await local?.stop();
    },
  };
}
