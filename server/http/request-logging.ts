/**
 * One log line per HTTP request, each carrying a request id that is also returned to the caller
 * in x-request-id. A caller (or a proxy in front) that sends its own id gets it back, so one id
 * follows a request across services.
 *
 * The lines are pino-http's (`req` bound to every line of the request, `res` and
 * `responseTime` on "request completed" / "request errored", its serializers), but the request's
 * logger is made on first use: binding `req` serialises and redacts its headers, which cost
 * every request a measurable share of its time (issue 18's profiles) while most requests log
 * nothing beyond the completion line, which is skipped entirely below the info level.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { type Logger, stdSerializers } from 'pino';

declare module 'http' {
  interface IncomingMessage {
    /** This request's id (see REQUEST_ID_HEADER). */
    id: string;
    /** A logger whose every line carries this request. */
    log: Logger;
  }
}

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

function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
}

export type RequestLogging = (req: Request, res: Response, next: NextFunction) => void;

export function requestLogging(logger: Logger): RequestLogging {
  const base = logger.child(
    {},
    {
      serializers: { req: stdSerializers.req, res: stdSerializers.res, err: stdSerializers.err },
    },
  );
  return (req, res, next) => {
    req.id = requestIdFor(req, res);
    let log: Logger | undefined;
    Object.defineProperty(req, 'log', {
      configurable: true,
      enumerable: true,
      get: () => (log ??= base.child({ req })),
      set: (replacement: Logger) => void (log = replacement),
    });
    if (!base.isLevelEnabled('info') || UNLOGGED_PATHS.has(pathOf(req.url))) return next();
    // Elapsed time for the log line, not domain time: the request's own duration.
    const started = performance.now();
    const finished = (err?: unknown): void => {
      res.off('close', finished);
      res.off('finish', finished);
      res.off('error', finished);
      const responseTime = Math.round(performance.now() - started);
      const failure = err ?? (res.statusCode >= 500 ? new Error(`failed with status code ${res.statusCode}`) : undefined);
      if (failure) req.log.info({ res, err: failure, responseTime }, 'request errored');
      else req.log.info({ res, responseTime }, 'request completed');
    };
    res.on('close', finished);
    res.on('finish', finished);
    res.on('error', finished);
    next();
  };
}

/** The id requestLogging assigned to this request. */
export function requestIdOf(req: IncomingMessage): string {
  return String(req.id);
}
