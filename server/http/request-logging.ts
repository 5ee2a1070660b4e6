/**
 * One log line per HTTP request, each carrying a request id that is also returned to the caller
 * in x-request-id. A caller (or a proxy in front) that sends its own id gets it back, so one id
 * follows a request across services.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Printable ASCII without spaces, bounded: an id is echoed into headers and every log line. */
const ACCEPTABLE_REQUEST_ID = /^[\x21-\x7e]{1,200}$/;

function requestIdFor(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers[REQUEST_ID_HEADER];
  const id = typeof incoming === 'string' && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** Probes arrive every few seconds from orchestrators; logging each would drown real traffic. */
const UNLOGGED_PATHS = new Set(['/healthz', '/readyz']);

export function requestLogging(logger: Logger): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: requestIdFor,
    autoLogging: { ignore: (req) => UNLOGGED_PATHS.has(new URL(req.url ?? '/', 'http://localhost').pathname) },
  });
}

/** The id pino-http assigned to this request. */
export function requestIdOf(req: IncomingMessage): string {
  return String(req.id);
}
