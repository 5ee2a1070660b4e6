/**
 * server_instances bookkeeping on a real database, with time moved by hand instead of waited for.
 */
import type { Connection } from 'mongoose';
import type { Clock } from '../../server/clock';
import { ServerRegistry, type ServerIdentity } from '../../server/health/server-registry';
import { serverInstanceModel } from '../../server/models/server-instance.model';
import { connectMongoose } from '../support/database';

const HEARTBEAT_MS = 1_000;

/** A clock the test advances explicitly. */
function manualClock(start: string): Clock & { advance(ms: number): void } {
  let millis = Date.parse(start);
  return {
    now: () => new Date(millis),
    advance: (ms) => {
      millis += ms;
    },
  };
}

describe('ServerRegistry', () => {
  let connection: Connection;
  const registries: ServerRegistry[] = [];

  beforeEach(async () => {
    connection = await connectMongoose(__filename);
  });

  afterEach(async () => {
    await Promise.all(registries.splice(0).map((registry) => registry.deregister()));
    await connection.dropDatabase();
    await connection.close();
  });

  function registryFor(clock: Clock, id: string): ServerRegistry {
    // The pid is the id's length only to make each entry distinguishable in assertions.
    const identity: ServerIdentity = { id, hostname: `host-${id}`, pid: id.length };
    const registry = new ServerRegistry({
      model: serverInstanceModel(connection),
      clock,
      identity,
      heartbeatMs: HEARTBEAT_MS,
      logger: { warn: () => undefined },
    });
    registries.push(registry);
    return registry;
  }

  async function liveIds(registry: ServerRegistry): Promise<string[]> {
    return (await registry.liveInstances()).map((instance) => instance.id);
  }

  it('lists instances by start time, not by id or registration order', async () => {
    // Two hosts whose clocks disagree by 10 ms: alpha registers first but its clock is ahead.
    const alpha = registryFor(manualClock('2026-05-01T00:00:00.010Z'), 'alpha');
    const zulu = registryFor(manualClock('2026-05-01T00:00:00.000Z'), 'zulu');
    await alpha.register();
    await zulu.register();

    expect(await alpha.liveInstances()).toEqual([
      {
        id: 'zulu',
        hostname: 'host-zulu',
        pid: 4,
        startedAt: new Date('2026-05-01T00:00:00.000Z'),
        lastSeenAt: new Date('2026-05-01T00:00:00.000Z'),
      },
      {
        id: 'alpha',
        hostname: 'host-alpha',
        pid: 5,
        startedAt: new Date('2026-05-01T00:00:00.010Z'),
        lastSeenAt: new Date('2026-05-01T00:00:00.010Z'),
      },
    ]);
  });

  it('drops an instance that missed three heartbeats and shows it again when it beats', async () => {
    const clock = manualClock('2026-05-01T00:00:00Z');
    const steady = registryFor(clock, 'steady');
    const paused = registryFor(clock, 'paused');
    await steady.register();
    clock.advance(1);
    await paused.register();

    clock.advance(3 * HEARTBEAT_MS);
    await steady.heartbeat();
    expect(await liveIds(steady)).toEqual(['steady', 'paused']);

    clock.advance(1);
    expect(await liveIds(steady)).toEqual(['steady']);

    await paused.heartbeat();
    expect(await liveIds(steady)).toEqual(['steady', 'paused']);
  });

  it('restores its own entry on the next heartbeat if a peer pruned it', async () => {
    const clock = manualClock('2026-05-01T00:00:00Z');
    const sleeper = registryFor(clock, 'sleeper');
    await sleeper.register();
    clock.advance(10 * HEARTBEAT_MS);
    // A newcomer clears entries that are stale, including the sleeper's.
    await registryFor(clock, 'newcomer').register();
    expect(await serverInstanceModel(connection).countDocuments({ _id: 'sleeper' })).toBe(0);

    await sleeper.heartbeat();
    const restored = (await sleeper.liveInstances()).find((instance) => instance.id === 'sleeper');
    expect(restored?.startedAt).toEqual(new Date('2026-05-01T00:00:00Z'));
  });

  it('removes its entry on deregister, and a later heartbeat does not bring it back', async () => {
    const clock = manualClock('2026-05-01T00:00:00Z');
    const leaving = registryFor(clock, 'leaving');
    const staying = registryFor(clock, 'staying');
    await leaving.register();
    await staying.register();

    await leaving.deregister();
    await leaving.heartbeat();
    expect(await liveIds(staying)).toEqual(['staying']);
  });
});
