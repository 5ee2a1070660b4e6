/**
 * The readiness check against a real connection, open and closed.
 */
import { checkReadiness } from '../../server/health/readiness';
import { connectMongoose } from '../support/database';

describe('checkReadiness', () => {
  it('is ready while the connection is open and answers ping', async () => {
    const connection = await connectMongoose(__filename);
    try {
      expect(await checkReadiness(connection)).toEqual({ ready: true });
    } finally {
      await connection.close();
    }
  });

  it('is not ready once the connection is closed, and says why', async () => {
    const connection = await connectMongoose(__filename);
    await connection.close();
    expect(await checkReadiness(connection)).toEqual({ ready: false, reason: 'database connection state is 0' });
  });
});
