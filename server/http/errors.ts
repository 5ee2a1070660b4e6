/**
 * The last handlers in the chain. Express's defaults answer in HTML and print stacks to stderr;
 * these answer in JSON and log through the request's logger, so every line stays JSON and
 * carries the request id.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { internalMessage } from '../shared/internal-message';
import { requestIdOf } from './request-logging';

/** Errors from body parsing and the like carry the HTTP status they stand for. */
function statusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** The GraphQL error shape, so a client of /graphql can read failures that never reached Apollo. */
function errorBody(message: string, code: string): object {
  return { errors: [{ message, extensions: { code } }] };
}

export const notFound: RequestHandler = (req, res) => {
  res.status(404).json(errorBody(`no route for ${req.method} ${req.path}`, 'NOT_FOUND'));
};

export const errorHandler: ErrorRequestHandler = (error, req, res, next) => {
  const status = statusOf(error);
  req.log[status >= 500 ? 'error' : 'warn']({ err: error }, 'request failed');
  if (res.headersSent) {
    // Too late for a status: let Express close the connection.
    next(error);
    return;
  }
  const internal = status >= 500;
  res
    .status(status)
    .json(errorBody(internal ? internalMessage(requestIdOf(req)) : (error as Error).message, internal ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST'));
};
