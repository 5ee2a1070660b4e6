/**
 * One database server for the whole test run. With MONGODB_URI set the suite runs against that
 * deployment (a real replica set); otherwise the embedded engine starts here, in jest's parent
 * process, and every test file connects to it over TCP with its own database.
 */
import { startEmbeddedMongo, type EmbeddedMongo } from '../../server/storage/embedded';

declare global {
  // eslint-disable-next-line no-var
  var __YIDAN_TEST_ENGINE__: EmbeddedMongo | undefined;
}

export default async function globalSetup(): Promise<void> {
  // Tests never touch ./data (or a data directory from the caller's environment): anything that
  // reads the configuration gets a memory-only engine unless a test names a directory of its own.
  process.env.YIDAN_DATA_DIR = ':memory:';
  if (process.env.MONGODB_URI) {
    process.env.YIDAN_TEST_MONGODB_URI = process.env.MONGODB_URI;
    process.env.YIDAN_TEST_ENGINE = 'uri';
    return;
  }
  const engine = await startEmbeddedMongo({
    logger: { info: () => undefined, warn: (f, m) => process.stderr.write(`[embedded engine] ${m} ${JSON.stringify(f)}\n`) },
  });
  globalThis.__YIDAN_TEST_ENGINE__ = engine;
  process.env.YIDAN_TEST_MONGODB_URI = engine.uri;
  process.env.YIDAN_TEST_ENGINE = 'embedded';
}
