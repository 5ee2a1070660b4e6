/** The database incarnation check against a real connection whose database is dropped under it. */
import type { Connection } from 'mongoose';
import { DatabaseIncarnation } from '../../server/health/database-incarnation';
import { connectMongoose } from '../support/database';
import { testClock } from '../support/world';

const logged: string[] = [];
const logger = { info: () => undefined, warn: (_f: object, m: string) => void logged.push(m), error: (_f: object, m: string) => void logged.push(m) };
let connection: Connection;

beforeAll(async () => {
  connection = await connectMongoose(__filename);
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

function incarnation(): DatabaseIncarnation {
  return new DatabaseIncarnation(connection, testClock(new Date('2026-03-02T08:00:00Z')), logger);
}

it('is not ready before the database was prepared', async () => {
  expect(await incarnation().verify()).toEqual({ ready: false, reason: 'the database is not prepared yet' });
});

it('prepares a dropped database again once, however many checks ask at the same time', async () => {
  const check = incarnation();
  let preparations = 0;
  await check.claim(async () => {
    preparations += 1;
  });
  expect(await check.verify()).toEqual({ ready: true });
  await connection.dropDatabase();
  expect(await Promise.all([check.verify(), check.verify(), check.verify()])).toEqual([{ ready: true }, { ready: true }, { ready: true }]);
  expect(preparations).toBe(1);
  expect(await check.verify()).toEqual({ ready: true });
  expect(preparations).toBe(1);
  expect(logged.at(-1)).toMatch(/lost its data .* preparing it again/);
});

it('adopts the marker another server wrote for the same database', async () => {
  await connection.dropDatabase();
  const a = incarnation();
  const b = incarnation();
  await a.claim(async () => undefined);
  await b.claim(async () => undefined);
  expect([await a.verify(), await b.verify()]).toEqual([{ ready: true }, { ready: true }]);
});

it('says why it is not ready when preparing again fails', async () => {
  const check = incarnation();
  let fail = false;
  await check.claim(async () => {
    if (fail) throw new Error('index build refused');
  });
  fail = true;
  await connection.dropDatabase();
  expect(await check.verify()).toEqual({
    ready: false,
    reason: 'the database lost its data (its preparation marker is gone) and preparing it again failed',
    detail: 'index build refused',
  });
  fail = false;
  expect(await check.verify()).toEqual({ ready: true });
});
