/**
 * What the health query reports: this server's version and storage, and its live peers.
 */
import type { StorageKind } from '../storage/types';
import type { ServerInstanceRecord, ServerRegistry } from './server-registry';

export interface HealthReport {
  version: string;
  storage: StorageKind;
  database: string;
}

export interface HealthServiceOptions {
  version: string;
  storage: { kind: StorageKind; dbName: string };
  registry: ServerRegistry;
}

export class HealthService {
  constructor(private readonly options: HealthServiceOptions) {}

  report(): HealthReport {
    const { version, storage } = this.options;
    return { version, storage: storage.kind, database: storage.dbName };
  }

  liveInstances(): Promise<ServerInstanceRecord[]> {
    return this.options.registry.liveInstances();
  }
}
