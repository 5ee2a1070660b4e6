import { DEFAULT_DATA_DIR, loadConfig } from '../../server/config';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 4000,
      host: '0.0.0.0',
      nodeEnv: 'development',
      logLevel: 'info',
      storage: { mongodbUri: undefined, forced: undefined, dbName: 'yidan', allowDownload: false, embeddedPort: 0, changeHistoryMiB: 64, dataDir: DEFAULT_DATA_DIR },
      shutdownGraceMs: 10_000,
      heartbeatMs: 15_000,
      limits: { maxDepth: 10, maxAliases: 15, maxCost: 5_000 },
      live: { maxConnections: 5_000, maxSubscriptionsPerConnection: 50, maxSubscriptionsPerToken: 200, maxQueuedEvents: 1_000 },
      demoSeed: true,
      seed: 1,
      debug: false,
      trackingCacheEntries: 1000,
      trackResponseEntries: 1000,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      MONGODB_URI: 'mongodb+srv://user:secret@cluster.example/',
      YIDAN_STORAGE: 'uri',
      YIDAN_DB_NAME: 'training_room_3',
      YIDAN_ALLOW_DOWNLOAD: 'true',
      YIDAN_EMBEDDED_PORT: '27018',
      YIDAN_DATA_DIR: '/srv/yidan',
      YIDAN_SHUTDOWN_GRACE_MS: '2500',
      YIDAN_HEARTBEAT_MS: '5000',
      YIDAN_MAX_DEPTH: '7',
      YIDAN_MAX_ALIASES: '3',
      YIDAN_MAX_COST: '900',
      YIDAN_LIVE_MAX_CONNECTIONS: '300',
      YIDAN_LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '5',
      YIDAN_LIVE_MAX_SUBSCRIPTIONS_PER_TOKEN: '20',
      YIDAN_LIVE_MAX_QUEUED_EVENTS: '64',
      YIDAN_DEMO_SEED: '1',
      YIDAN_CHANGE_HISTORY_MIB: '16',
      YIDAN_SEED: '42',
      YIDAN_DEBUG: '1',
      YIDAN_TRACKING_CACHE_ENTRIES: '0',
      YIDAN_TRACK_RESPONSE_ENTRIES: '50',
    });
    expect(config).toEqual({
      port: 8080,
      host: '127.0.0.1',
      nodeEnv: 'production',
      logLevel: 'silent',
      storage: {
        mongodbUri: 'mongodb+srv://user:secret@cluster.example/',
        forced: 'uri',
        dbName: 'training_room_3',
        allowDownload: true,
        embeddedPort: 27018,
        changeHistoryMiB: 16,
        dataDir: '/srv/yidan',
      },
      shutdownGraceMs: 2500,
      heartbeatMs: 5000,
      limits: { maxDepth: 7, maxAliases: 3, maxCost: 900 },
      live: { maxConnections: 300, maxSubscriptionsPerConnection: 5, maxSubscriptionsPerToken: 20, maxQueuedEvents: 64 },
      demoSeed: true,
      seed: 42,
      debug: true,
      trackingCacheEntries: 0,
      trackResponseEntries: 50,
    });
  });

  it('keeps data in ./data of the project unless YIDAN_DATA_DIR says where, or :memory: for none', () => {
    expect(DEFAULT_DATA_DIR).toMatch(/[/\\]data$/);
    expect(loadConfig({ YIDAN_DATA_DIR: ':memory:' }).storage.dataDir).toBeUndefined();
    expect(loadConfig({ YIDAN_DATA_DIR: 'mydata', INIT_CWD: '/home/trainer' }).storage.dataDir).toBe('/home/trainer/mydata');
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ PORT: '', YIDAN_STORAGE: '' }).port).toBe(4000);
  });

  it.each(['0', '1', 'false', 'TRUE'])('accepts YIDAN_ALLOW_DOWNLOAD=%s', (value) => {
    expect(loadConfig({ YIDAN_ALLOW_DOWNLOAD: value }).storage.allowDownload).toBe(value === '1' || value === 'TRUE');
  });

  it.each([
    [{}, true],
    [{ NODE_ENV: 'test' }, true],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', YIDAN_DEMO_SEED: '1' }, true],
    [{ NODE_ENV: 'development', YIDAN_DEMO_SEED: '0' }, false],
  ])('seeds demo parties for %j: %s', (env, expected) => {
    expect(loadConfig(env).demoSeed).toBe(expected);
  });

  it.each(['abc', '-1', '65536', '80.5', '1e3'])('rejects PORT=%s naming the variable and the rule', (value) => {
    expect(() => loadConfig({ PORT: value })).toThrow(/PORT must be an integer from 0 to 65535/);
  });

  it.each(['0', '-5', '2.5', 'lots'])('rejects YIDAN_CHANGE_HISTORY_MIB=%s naming the variable and the rule', (value) => {
    expect(() => loadConfig({ YIDAN_CHANGE_HISTORY_MIB: value })).toThrow(/YIDAN_CHANGE_HISTORY_MIB must be an integer from 1 to 1048576/);
  });

  it('rejects an unknown YIDAN_STORAGE, listing the allowed values', () => {
    expect(() => loadConfig({ YIDAN_STORAGE: 'postgres' })).toThrow(
      /YIDAN_STORAGE must be one of uri, memory-server, embedded \(got "postgres"\)/,
    );
  });

  it('rejects YIDAN_STORAGE=uri without MONGODB_URI, naming both', () => {
    expect(() => loadConfig({ YIDAN_STORAGE: 'uri' })).toThrow(/YIDAN_STORAGE=uri requires MONGODB_URI/);
  });

  it('rejects a MONGODB_URI that is not a MongoDB connection string without echoing it', () => {
    const attempt = () => loadConfig({ MONGODB_URI: 'postgres://user:hunter2@db/' });
    expect(attempt).toThrow(/MONGODB_URI must be a mongodb:\/\/ or mongodb\+srv:\/\/ connection string/);
    expect(attempt).not.toThrow(/hunter2/);
  });

  it.each([
    ['LOG_LEVEL', 'loud', /LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/],
    ['NODE_ENV', 'staging', /NODE_ENV must be one of development, production, test/],
    ['YIDAN_ALLOW_DOWNLOAD', 'yes', /YIDAN_ALLOW_DOWNLOAD must be one of 0, 1, true, false/],
    ['YIDAN_DB_NAME', 'my.db', /YIDAN_DB_NAME must be at most 63 characters without/],
    ['YIDAN_EMBEDDED_PORT', '70000', /YIDAN_EMBEDDED_PORT must be an integer from 0 to 65535/],
    ['YIDAN_SHUTDOWN_GRACE_MS', 'soon', /YIDAN_SHUTDOWN_GRACE_MS must be an integer/],
    ['YIDAN_HEARTBEAT_MS', '10', /YIDAN_HEARTBEAT_MS must be an integer from 100/],
    ['YIDAN_MAX_DEPTH', '0', /YIDAN_MAX_DEPTH must be an integer from 1 to 100/],
    ['YIDAN_MAX_ALIASES', 'many', /YIDAN_MAX_ALIASES must be an integer from 0 to 1000/],
    ['YIDAN_MAX_COST', '-5', /YIDAN_MAX_COST must be an integer from 1 to 10000000/],
    ['YIDAN_LIVE_MAX_QUEUED_EVENTS', '0', /YIDAN_LIVE_MAX_QUEUED_EVENTS must be an integer from 1 to 1000000/],
    ['YIDAN_DEMO_SEED', 'yes', /YIDAN_DEMO_SEED must be one of 0, 1, true, false/],
    ['YIDAN_TRACKING_CACHE_ENTRIES', '-1', /YIDAN_TRACKING_CACHE_ENTRIES must be an integer from 0 to 1000000/],
    ['YIDAN_TRACK_RESPONSE_ENTRIES', '2.5', /YIDAN_TRACK_RESPONSE_ENTRIES must be an integer from 0 to 1000000/],
  ])('rejects %s=%s naming the variable and the rule', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('reports every problem at once', () => {
    expect(() => loadConfig({ PORT: 'x', LOG_LEVEL: 'loud' })).toThrow(/PORT must be.*; LOG_LEVEL must be/);
  });
});
