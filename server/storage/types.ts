import type { Connection } from 'mongoose';

/** Which MongoDB the server talks to. */
export type StorageKind = 'uri' | 'memory-server' | 'embedded';

export const STORAGE_KINDS: readonly StorageKind[] = ['uri', 'memory-server', 'embedded'];

export interface StorageConfig {
  /** MONGODB_URI: a real deployment. */
  mongodbUri?: string;
  /** YIDAN_STORAGE: force one of the three instead of choosing. */
  forced?: StorageKind;
  /** YIDAN_DB_NAME: the database inside the deployment. */
  dbName: string;
  /** YIDAN_ALLOW_DOWNLOAD: let mongodb-memory-server download a mongod binary when none is cached. */
  allowDownload: boolean;
  /** YIDAN_EMBEDDED_PORT: port of the embedded engine (0 = any free port). */
  embeddedPort: number;
  /** YIDAN_CHANGE_HISTORY_MIB: how much the embedded engine's change history (for change streams) holds, in MiB. */
  changeHistoryMiB?: number;
  /**
   * YIDAN_DATA_DIR: the embedded engine's data directory (journal and checkpoints). Unset here
   * means memory only (YIDAN_DATA_DIR=:memory:), what tests and scenario runs use.
   */
  dataDir?: string;
}

export interface Storage {
  kind: StorageKind;
  /** The connection string in use (a local engine's loopback URI, or the configured one). */
  uri: string;
  dbName: string;
  connection: Connection;
  /** Closes the connection, then stops a local engine this process started. */
  close(): Promise<void>;
}

/** The subset of a pino logger the storage layer uses. */
export interface StorageLogger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}
