/**
 * Structured logs: one JSON object per line on stdout, so any collector can parse them without
 * a format of our own.
 */
import { pino, type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'yidan' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // Request logs include headers; credentials must not end up in log storage.
    redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
  });
}
