/**
 * Checks of what a trainer sends: each problem names its field and the rule it broke.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { isRole, type Role } from '../models/roles';
import type { Scenario } from '../scenarios/scenario';
import { parseScenario } from '../scenarios/scenario-file';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError } from '../shared/user-error';

dayjs.extend(utc);

export interface CreateExerciseInput {
  title?: string | null;
  /** a bundled scenario's id */
  scenario?: string | null;
  /** or a scenario written out in YAML */
  yaml?: string | null;
  seed?: number | null;
  /** where the clock starts (an empty world; a scenario starts at its own start) */
  start?: string | null;
  defaultAfterDaysOverdue?: number | null;
}

export interface CheckedExercise {
  title: string;
  scenario: Scenario | null;
  seed: number;
  start: Date;
  defaultAfterDaysOverdue: number;
}

export const MAX_TITLE = 200;
/** Days an overdue loan runs before default when the trainer sets none: a month, the class's usual horizon. */
export const DEFAULT_DAYS_TO_DEFAULT = 30;
const MAX_DAYS_TO_DEFAULT = 360;
/** The most a participant's name may hold. */
const MAX_NAME = 80;
/** Roles a participant may play: the trainer runs the exercise from outside it. */
export const PARTICIPANT_ROLES: readonly Role[] = ['exporter', 'importer', 'consolidator', 'forwarder', 'carrier', 'customs', 'bank', 'insurer', 'auditor'];

export function checkCreate(input: CreateExerciseInput, bundled: readonly Scenario[], wallNow: Date): Result<CheckedExercise, UserError[]> {
  const errors: UserError[] = [];
  let scenario: Scenario | null = null;
  if (input.scenario && input.yaml) errors.push(fieldError(['input', 'scenario'], 'one-scenario', 'give a bundled scenario id or a scenario in YAML (or neither, for an empty world), not both'));
  else if (input.scenario) {
    scenario = bundled.find((s) => s.id === input.scenario) ?? null;
    if (!scenario) errors.push(fieldError(['input', 'scenario'], 'scenario-unknown', `no bundled scenario '${input.scenario}'; known: ${bundled.map((s) => s.id).join(', ')}`));
  } else if (input.yaml) {
    const parsed = parseScenario(input.yaml);
    if (parsed.ok) scenario = parsed.value;
    else errors.push(...parsed.error.map((p) => fieldError(['input', 'yaml'], p.rule, `line ${p.line}, column ${p.column}: ${p.message}`)));
  }
  const seed = input.seed ?? scenario?.seed ?? 1;
  if (!Number.isSafeInteger(seed) || seed < 0) errors.push(fieldError(['input', 'seed'], 'seed-range', `the seed is a whole number from 0, got ${input.seed}`));
  let start = scenario ? new Date(scenario.start) : dayjs.utc(wallNow).startOf('hour').toDate();
  if (input.start != null) {
    const given = dayjs.utc(input.start);
    if (!given.isValid() || !/^\d{4}-\d{2}-\d{2}(T|$)/.test(input.start)) errors.push(fieldError(['input', 'start'], 'iso-8601', `must be a date or date-time in ISO 8601, got '${input.start}'`));
    else start = given.toDate();
  }
  const days = input.defaultAfterDaysOverdue ?? DEFAULT_DAYS_TO_DEFAULT;
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS_TO_DEFAULT) {
    errors.push(fieldError(['input', 'defaultAfterDaysOverdue'], 'days-range', `must be a whole number of days from 1 to ${MAX_DAYS_TO_DEFAULT}, got ${days}`));
  }
  const title = (input.title ?? scenario?.title ?? 'Empty exercise').trim();
  if (title.length === 0 || title.length > MAX_TITLE) errors.push(fieldError(['input', 'title'], 'title-length', `must be 1 to ${MAX_TITLE} characters`));
  return errors.length > 0 ? fail(errors) : ok({ title, scenario, seed, start, defaultAfterDaysOverdue: days });
}

export interface InviteInput {
  name: string;
  party: string;
  role: string;
}

export function checkInvite(input: InviteInput, taken: readonly string[]): Result<{ name: string; party: string; role: Role }, UserError[]> {
  const errors: UserError[] = [];
  const name = input.name.trim();
  if (name.length === 0 || name.length > MAX_NAME) errors.push(fieldError(['input', 'name'], 'name-length', `must be 1 to ${MAX_NAME} characters`));
  else if (taken.includes(name)) errors.push({ code: 'DUPLICATE', field: ['input', 'name'], rule: 'unique', message: `input.name: a participant '${name}' is already in the exercise` });
  const role = input.role.trim().toLowerCase();
  if (!isRole(role) || !PARTICIPANT_ROLES.includes(role)) errors.push(fieldError(['input', 'role'], 'participant-role', `must be one of ${PARTICIPANT_ROLES.join(', ')}, got '${input.role}'`));
  return errors.length > 0 ? fail(errors) : ok({ name, party: input.party.trim().toUpperCase(), role: role as Role });
}

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/;

/** The instant an advance moves to: `to` (ISO 8601), or now plus `by` (an ISO 8601 duration in days, hours, minutes: P30D, PT6H). */
export function checkAdvance(input: { to?: string | null; by?: string | null }, now: Date): Result<Date, UserError[]> {
  if ((input.to == null) === (input.by == null)) return fail([fieldError(['input', 'to'], 'one-of-to-by', 'give either `to` (an instant) or `by` (a duration), not both or neither')]);
  let target: Date;
  if (input.to != null) {
    const to = dayjs.utc(input.to);
    if (!to.isValid() || !/^\d{4}-\d{2}-\d{2}(T|$)/.test(input.to)) return fail([fieldError(['input', 'to'], 'iso-8601', `must be a date or date-time in ISO 8601, got '${input.to}'`)]);
    target = to.toDate();
  } else {
    const m = DURATION.exec(input.by!.trim());
    if (!m || input.by!.trim() === 'P' || input.by!.trim().endsWith('T')) return fail([fieldError(['input', 'by'], 'iso-8601-duration', `must be an ISO 8601 duration in days, hours and minutes such as P30D or PT6H, got '${input.by}'`)]);
    const [, d = '0', h = '0', min = '0'] = m;
    target = dayjs.utc(now).add(Number(d), 'day').add(Number(h), 'hour').add(Number(min), 'minute').toDate();
  }
  if (target.getTime() <= now.getTime()) {
    const field = input.to != null ? 'to' : 'by';
    return fail([fieldError(['input', field], 'clock-forward-only', `the exercise clock only moves forward: it stands at ${now.toISOString()}, asked for ${target.toISOString()}`)]);
  }
  return ok(target);
}
