/**
 * What every resolver receives: who is calling, the request's identity, and the services.
 */
import type { Logger } from 'pino';
import type { ClassroomService } from '../classroom/classroom.service';
import type { ExerciseSeat } from '../classroom/exercise-access';
import type { LiveConnection } from '../live/live-connection';
import type { Caller } from '../parties/caller';
import type { Services } from '../services';
import type { Loaders } from './loaders';

export type { Services };

export interface GraphQLContext {
  /** The request's id (incoming x-request-id or a generated one), also in its log lines. */
  requestId: string;
  /** A child logger bound to this request. */
  logger: Logger;
  /** The real world's services, or, for a participant's token, its exercise's (same services, its own database and clock). */
  services: Services;
  /** Exercises (issue 17): set up, invite, move the clock, inject incidents, score. */
  classroom: ClassroomService;
  /** Where a participant's token puts the request; null for the real-time world. */
  seat: ExerciseSeat | null;
  /**
   * The party behind the request's bearer token, or null for an anonymous request. Resolvers
   * read it through requireCaller (auth.ts), which narrows it and enforces authentication.
   */
  caller: Caller | null;
  /** Batched lookups for nested fields, new for every request. */
  loaders: Loaders;
  /** The WebSocket's connection, for subscriptions; absent over HTTP. */
  socket?: LiveConnection;
  /** Set when this execution's answer may be kept for repeats (graphql-route.ts). */
  trackAnswer?: TrackAnswerNote;
}

/**
 * Whether an execution's `track` answers all came from the tracking cache's entries, so its
 * answer stays current while the cache's generation does: the `track` resolver clears
 * `fromMemory` for one that did not.
 */
export interface TrackAnswerNote {
  fromMemory: boolean;
}
