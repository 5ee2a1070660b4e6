/**
 * Per-test-file databases on the run's one database server (see global-setup.ts).
 */
import path from 'node:path';
import mongoose from 'mongoose';
import { type Db, MongoClient, MongoServerError } from 'mongodb';
import type { StorageConfig } from '../../server/storage/types';

export function testMongoUri(): string {
  const uri = process.env.YIDAN_TEST_MONGODB_URI;
  if (!uri) throw new Error('YIDAN_TEST_MONGODB_URI is not set: run the tests through jest (global setup starts the database)');
  return uri;
}

/** True when the suite runs against the embedded engine rather than a real MongoDB. */
export function onEmbeddedEngine(): boolean {
  return process.env.YIDAN_TEST_ENGINE === 'embedded';
}

let counter = 0;

/** A database name unique to this test file and worker, so files never share state. */
export function testDbName(tag: string): string {
  const safe = path.basename(tag).replace(/\.test\.ts$/, '').replace(/[^A-Za-z0-9_]/g, '_');
  return `t_${safe}_${process.env.JEST_WORKER_ID ?? '0'}_${process.pid}_${++counter}`.slice(0, 60);
}

export function testStorageConfig(tag: string): StorageConfig {
  return { forced: 'uri', mongodbUri: testMongoUri(), dbName: testDbName(tag), allowDownload: false, embeddedPort: 0 };
}

export async function connectMongoose(tag: string): Promise<mongoose.Connection> {
  return mongoose.createConnection(testMongoUri(), { dbName: testDbName(tag) }).asPromise();
}

/** A data command a monitored connection sent: its name and the collection it names. */
export interface SentCommand {
  name: string;
  collection: string;
}

/** Commands the driver and models send to build collections and indexes, which no step sends. */
const CATALOG_COMMANDS = new Set(['createIndexes', 'listIndexes', 'create']);

/**
 * A second connection to database `dbName` standing for one process, which hands every command
 * it sends to `sent` (index and collection building left out: models run it in the background on
 * first use, and under load it lands in the middle of what a test counts).
 */
export async function monitoredConnection(dbName: string, sent: (command: SentCommand) => void): Promise<mongoose.Connection> {
  const connection = await mongoose.createConnection(testMongoUri(), { dbName, monitorCommands: true }).asPromise();
  connection.getClient().on('commandStarted', (e) => {
    if (!CATALOG_COMMANDS.has(e.commandName)) sent({ name: e.commandName, collection: String((e.command as Record<string, unknown>)[e.commandName]) });
  });
  return connection;
}

export async function connectClient(): Promise<MongoClient> {
  return MongoClient.connect(testMongoUri());
}

/**
 * A raw-driver client and a database of this test file's own, opened before its tests and
 * dropped after them. Call at the top of a test file.
 */
export function useTestDatabase(tag: string): { client(): MongoClient; db(): Db } {
  let client: MongoClient | undefined;
  let db: Db | undefined;
  beforeAll(async () => {
    client = await connectClient();
    db = client.db(testDbName(tag));
  });
  afterAll(async () => {
    await db?.dropDatabase();
    await client?.close();
  });
  return { client: () => client!, db: () => db! };
}

/** The server error a driver call fails with (the test fails if it succeeds or fails otherwise). */
export async function serverError(promise: Promise<unknown>): Promise<MongoServerError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(MongoServerError);
  return err as MongoServerError;
}
