/**
 * The last-resort HTTP error handler (failures outside GraphQL, e.g. a route that throws): a 500
 * answers with the request id and nothing of the cause, which may name the database's address.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { errorHandler } from '../../server/http/errors';
import { requestLogging } from '../../server/http/request-logging';

it('answers a 500 with a generic message and the request id, not the cause', async () => {
  const app = express();
  app.use(requestLogging(pino({ level: 'silent' })));
  app.get('/boom', () => {
    throw new Error('connect ECONNREFUSED 10.1.2.3:27017');
  });
  app.use(errorHandler);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  try {
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/boom`, { headers: { 'x-request-id': 'req-http-1' } });
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ errors: [{ message: 'Internal server error (request id req-http-1)', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
