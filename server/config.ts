/**
 * Process configuration from environment variables. This module and main.ts are the only places
 * that read the environment or the wall clock; everything else receives a Config and a Clock.
 */
import path from 'node:path';
import type { Clock } from './clock';
import { DEFAULT_LIVE_LIMITS, type LiveLimits } from './live/live-connection';
import { TRACK_RESPONSE_DEFAULTS } from './graphql/track-responses';
import { TRACKING_CACHE_DEFAULTS } from './tracking/tracking-cache';
import { projectRoot } from './project';
import { resolveDataDir } from './storage/embedded/durability/data-dir';
import { DEFAULT_CHANGE_HISTORY_BYTES } from './storage/embedded/change-streams/history';
import { STORAGE_KINDS, type StorageConfig, type StorageKind } from './storage/types';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export interface Config {
  /** PORT: 0 asks the OS for any free port. */
  port: number;
  /** HOST: the interface to bind. */
  host: string;
  /** NODE_ENV: production turns schema introspection off. */
  nodeEnv: NodeEnv;
  /** LOG_LEVEL: a pino level. */
  logLevel: LogLevel;
  storage: StorageConfig;
  /** YIDAN_SHUTDOWN_GRACE_MS: how long in-flight requests may run after a shutdown signal. */
  shutdownGraceMs: number;
  /** YIDAN_HEARTBEAT_MS: how often this process refreshes its entry in server_instances. */
  heartbeatMs: number;
  /** Per-request GraphQL limits, checked before anything runs. */
  limits: QueryLimits;
  /** Limits of the WebSocket subscriptions (YIDAN_LIVE_*). */
  live: LiveLimits;
  /** YIDAN_TRACKING_CACHE_ENTRIES: references `track` keeps in memory per process; 0 turns the cache off. */
  trackingCacheEntries: number;
  /**
   * YIDAN_TRACK_RESPONSE_ENTRIES: executed `track` answers kept per process for repeats
   * (graphql/track-responses.ts); 0 turns keeping them off. Served only while the tracking cache is.
   */
  trackResponseEntries: number;
  /**
   * YIDAN_DEMO_SEED: seed the demo parties and their public tokens at start. Unset means on
   * outside production; 1 forces it on even in production, 0 turns it off.
   */
  demoSeed: boolean;
  /** YIDAN_SEED: the seed of the server's simulated randomness (customs lane selection). */
  seed: number;
  /**
   * YIDAN_DEBUG: internal errors carry their cause and stack in the response. Off by default in
   * every environment: a stack names the server's files, a driver error the database's address.
   */
  debug: boolean;
}

export interface QueryLimits {
  /** YIDAN_MAX_DEPTH: deepest field nesting an operation may have. */
  maxDepth: number;
  /** YIDAN_MAX_ALIASES: most aliased fields an operation may have. */
  maxAliases: number;
  /** YIDAN_MAX_COST: highest estimated cost (fields weighted by depth and page size). */
  maxCost: number;
}

/** Where `npm start` keeps the embedded engine's data unless YIDAN_DATA_DIR says otherwise. */
export const DEFAULT_DATA_DIR = path.join(projectRoot, 'data');

/** The real wall clock, handed to everything that needs the time. */
export const systemClock: Clock = { now: () => new Date() };

/**
 * Reads and validates the environment. Every problem is collected so one failed start reports
 * them all; each message names the variable and the rule it broke.
 */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);
  const nodeEnv = read.oneOf('NODE_ENV', NODE_ENVS, 'development');

  const config: Config = {
    port: read.integer('PORT', 4000, 0, 65_535),
    host: read.string('HOST') ?? '0.0.0.0',
    nodeEnv,
    logLevel: read.oneOf('LOG_LEVEL', LOG_LEVELS, 'info'),
    storage: {
      mongodbUri: read.mongodbUri('MONGODB_URI'),
      forced: read.oneOf<StorageKind | undefined>('YIDAN_STORAGE', STORAGE_KINDS, undefined),
      dbName: read.databaseName('YIDAN_DB_NAME', 'yidan'),
      allowDownload: read.boolean('YIDAN_ALLOW_DOWNLOAD', false),
      embeddedPort: read.integer('YIDAN_EMBEDDED_PORT', 0, 0, 65_535),
      changeHistoryMiB: read.integer('YIDAN_CHANGE_HISTORY_MIB', DEFAULT_CHANGE_HISTORY_BYTES / 2 ** 20, 1, 1_048_576),
      dataDir: resolveDataDir(read.string('YIDAN_DATA_DIR'), DEFAULT_DATA_DIR, env.INIT_CWD ?? process.cwd()),
    },
    shutdownGraceMs: read.integer('YIDAN_SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    heartbeatMs: read.integer('YIDAN_HEARTBEAT_MS', 15_000, 100, 3_600_000),
    limits: {
      maxDepth: read.integer('YIDAN_MAX_DEPTH', 10, 1, 100),
      maxAliases: read.integer('YIDAN_MAX_ALIASES', 15, 0, 1_000),
      maxCost: read.integer('YIDAN_MAX_COST', 5_000, 1, 10_000_000),
    },
    live: {
      maxConnections: read.integer('YIDAN_LIVE_MAX_CONNECTIONS', DEFAULT_LIVE_LIMITS.maxConnections, 1, 1_000_000),
      maxSubscriptionsPerConnection: read.integer('YIDAN_LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION', DEFAULT_LIVE_LIMITS.maxSubscriptionsPerConnection, 1, 100_000),
      maxSubscriptionsPerToken: read.integer('YIDAN_LIVE_MAX_SUBSCRIPTIONS_PER_TOKEN', DEFAULT_LIVE_LIMITS.maxSubscriptionsPerToken, 1, 1_000_000),
      maxQueuedEvents: read.integer('YIDAN_LIVE_MAX_QUEUED_EVENTS', DEFAULT_LIVE_LIMITS.maxQueuedEvents, 1, 1_000_000),
    },
    trackingCacheEntries: read.integer('YIDAN_TRACKING_CACHE_ENTRIES', TRACKING_CACHE_DEFAULTS.maxEntries, 0, 1_000_000),
    trackResponseEntries: read.integer('YIDAN_TRACK_RESPONSE_ENTRIES', TRACK_RESPONSE_DEFAULTS.maxEntries, 0, 1_000_000),
    // Demo tokens are public, so production seeds them only when asked to explicitly.
    demoSeed: read.boolean('YIDAN_DEMO_SEED', nodeEnv !== 'production'),
    seed: read.integer('YIDAN_SEED', 1, 0, 2_147_483_647),
    debug: read.boolean('YIDAN_DEBUG', false),
  };

  if (config.storage.forced === 'uri' && config.storage.mongodbUri === undefined) {
    problems.push('YIDAN_STORAGE=uri requires MONGODB_URI to be set');
  }
  if (problems.length > 0) {
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  return config;
}

/** Parses one variable at a time, recording problems instead of throwing on the first. */
class EnvReader {
  constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly problems: string[],
  ) {}

  /** Unset and empty are the same: container tooling often passes `VAR=` for "not set". */
  string(name: string): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  }

  integer(name: string, fallback: number, min: number, max: number): number {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(value) || value < min || value > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got ${JSON.stringify(raw)})`);
      return fallback;
    }
    return value;
  }

  boolean(name: string, fallback: boolean): boolean {
    const raw = this.string(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (raw === '1' || raw === 'true') return true;
    if (raw === '0' || raw === 'false') return false;
    this.problems.push(`${name} must be one of 0, 1, true, false (got ${JSON.stringify(raw)})`);
    return fallback;
  }

  oneOf<T extends string | undefined>(name: string, allowed: readonly NonNullable<T>[], fallback: NoInfer<T>): T {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    this.problems.push(`${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(raw)})`);
    return fallback;
  }

  /** The value is never echoed: connection strings carry passwords. */
  mongodbUri(name: string): string | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    if (!/^mongodb(\+srv)?:\/\/\S+$/.test(raw)) {
      this.problems.push(`${name} must be a mongodb:// or mongodb+srv:// connection string`);
      return undefined;
    }
    return raw;
  }

  /** MongoDB's own naming rules, checked here so a typo fails at start rather than on first write. */
  databaseName(name: string, fallback: string): string {
    const raw = this.string(name);
    if (raw === undefined) return fallback;
    if (raw.length > 63 || /[/\\. "$*<>:|?]/.test(raw)) {
      this.problems.push(
        `${name} must be at most 63 characters without any of / \\ . space " $ * < > : | ? (got ${JSON.stringify(raw)})`,
      );
      return fallback;
    }
    return raw;
  }
}
