/**
 * Classroom exercises over GraphQL: set up, invite, move the clock, inject incidents, read the
 * score. The classroom service decides who may do what; these resolvers only translate.
 */
import { renderExerciseMarkdown } from '../../classroom/exercise-report';
import type { Resolvers } from '../__generated__/resolvers-types';
import { requireCaller } from '../auth';
import { payload } from '../payload';

const clamp = (value: number | null | undefined, fallback: number, max: number) => Math.min(Math.max(value ?? fallback, 1), max);
const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

export const exerciseResolvers: Resolvers = {
  Query: {
    exercises: (_root, _args, context) => context.classroom.list(requireCaller(context), context.seat),
    exercise: (_root, { number }, context) => context.classroom.find(requireCaller(context), context.seat, number),
    myExerciseSeat: (_root, _args, context) => {
      requireCaller(context);
      return context.seat;
    },
  },
  Mutation: {
    createExercise: (_root, { input }, context) => payload(context.classroom.create(requireCaller(context), context.seat, input), 'exercise'),
    inviteParticipant: (_root, { number, input }, context) => payload(context.classroom.invite(requireCaller(context), context.seat, number, input), (v) => v),
    dismissParticipant: (_root, { number, name }, context) => payload(context.classroom.dismiss(requireCaller(context), context.seat, number, name), 'exercise'),
    advanceExerciseClock: (_root, { number, input }, context) => payload(context.classroom.advance(requireCaller(context), context.seat, number, input), (v) => v),
    runExerciseClock: (_root, { number, rate }, context) => payload(context.classroom.runClock(requireCaller(context), context.seat, number, rate), 'exercise'),
    injectIncident: (_root, { number, input }, context) => payload(context.classroom.inject(requireCaller(context), context.seat, number, input), 'exercise'),
  },
  Exercise: {
    now: (e, _a, context) => context.classroom.now(e).toISOString(),
    clockRate: (e) => e.clock.rate,
    createdAt: (e) => e.createdAt.toISOString(),
    participants: (e, _a, { seat }) => (seat ? e.participants.filter((p) => p.name === seat.participant) : e.participants),
    incidents: (e, _a, { seat }) => (seat ? [] : e.incidents),
    events: (e, { first, after }, context) => context.classroom.events(requireCaller(context), context.seat, e, after ?? 0, clamp(first, 100, 500)),
    score: (e, _a, context) => context.classroom.score(requireCaller(context), context.seat, e),
    markdown: async (e, _a, context) => {
      const report = await context.classroom.report(requireCaller(context), context.seat, e);
      return report ? renderExerciseMarkdown(report) : null;
    },
    reportJson: async (e, _a, context) => {
      const report = await context.classroom.report(requireCaller(context), context.seat, e);
      return report ? JSON.stringify(report, null, 2) : null;
    },
  },
  ExerciseParticipant: {
    invitedAt: (p) => iso(p.invitedAt)!,
    dismissedAt: (p) => iso(p.revokedAt),
  },
  ExerciseIncident: {
    at: (i) => iso(i.at)!,
  },
  ExerciseEvent: {
    at: (e) => iso(e.at)!,
    refused: (e) => e.outcome === 'refused',
  },
  ExerciseSeat: {
    exercise: async (seat, _a, context) => (await context.classroom.find(requireCaller(context), seat, seat.number))!,
  },
};
