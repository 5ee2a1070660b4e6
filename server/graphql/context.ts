/**
 * What every resolver receives: who/what the request is, and the services to call.
 */
import type { Logger } from 'pino';
import type { HealthService } from '../health/health.service';

export interface Services {
  health: HealthService;
}

export interface GraphQLContext {
  /** The request's id (incoming x-request-id or a generated one), also in its log lines. */
  requestId: string;
  /** A child logger bound to this request. */
  logger: Logger;
  services: Services;
}
