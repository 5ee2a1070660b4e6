/**
 * What falls due as an exercise's clock passes it, found from the world's documents rather than
 * from a queue written in advance, so a document created, repaid or flagged by hand meanwhile is
 * never acted on twice: the legs of booked shipments depart and arrive on schedule
 * (scheduled-legs.ts), a loan past maturity falls overdue (the day after its maturity date), an
 * overdue loan is declared in default after the exercise's grace days, an open transit past its
 * deadline is flagged overdue, and a two-step import whose complete declaration is past due gets
 * its notice that the late fee now runs (the fee itself is charged, to the day, when the complete
 * declaration is filed). Queued effects (the outbox) are retried at every step.
 *
 * Each item has a key, stored on the exercise once it fired (done or refused), so it fires
 * exactly once however often and however far the clock is moved.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { declarationMachine } from '../../machines/declaration.machine';
import { financingMachine } from '../../machines/financing.machine';
import { machineContext } from '../lifecycle/snapshot';
import { callerOf } from '../parties/caller';
import type { Result } from '../shared/result';
import type { UserError } from '../shared/user-error';
import type { ExerciseRecord } from '../models/exercise.model';
import type { ExerciseWorld } from './exercise-worlds';
import type { DueItem, Fired } from './due-item';
import { transportItems } from './scheduled-legs';

dayjs.extend(utc);

/** Transit declarations still under way: their deadline runs. */
const OPEN_TRANSIT_STATES = ['transitDeclared', 'sealed', 'arrivedAtDestination', 'heldForReinspection'];
/** Two-step imports released on the summary that still owe the complete declaration. */
const AWAITING_COMPLETION_STATES = ['releasedForPickup'];

const DAY_MS = 86_400_000;
/** Beijing is UTC+8 all year: its calendar day D starts at (D−1) 16:00 UTC. */
const BEIJING_OFFSET_HOURS = 8;

function outcome<T>(r: Result<T, UserError[]>, name: string, actor: string, detail: string): Fired {
  if (r.ok) return { name, actor, outcome: 'done', detail, rule: null };
  const [first] = r.error;
  return { name, actor, outcome: 'refused', detail: `${detail}: refused, ${first?.message ?? 'no reason given'}`, rule: first?.rule ?? first?.code ?? null };
}

async function partyCaller(world: ExerciseWorld, id: unknown) {
  const party = await world.services.parties.model.findById(id).lean();
  return party ? callerOf(party) : null;
}

async function loanItems(world: ExerciseWorld, until: Date, defaultAfterDays: number): Promise<DueItem[]> {
  const { financings } = world.services;
  const loans = await financings.model.find({ state: { $in: ['disbursed', 'overdue'] } }).sort({ number: 1 }).lean();
  return loans.flatMap((loan): DueItem[] => {
    const c = machineContext(financingMachine, loan);
    if (loan.state === 'disbursed' && c.maturityDate) {
      const at = dayjs.utc(c.maturityDate).add(1, 'day').toDate();
      return at <= until
        ? [{ at, key: `overdue:${loan.number}`, fire: async () => {
            const bank = await partyCaller(world, loan.bankId);
            if (!bank) return { name: 'financing.overdue', actor: 'CLOCK', outcome: 'refused', detail: `${loan.number}: its bank is gone`, rule: 'known-party' };
            return outcome(await financings.flagOverdue(bank, loan.number), 'financing.overdue', bank.party.code, `${loan.number} unpaid after its maturity date ${c.maturityDate}: overdue (逾期)`);
          } }]
        : [];
    }
    if (loan.state === 'overdue' && c.overdueSince) {
      const at = new Date(new Date(c.overdueSince).getTime() + defaultAfterDays * DAY_MS);
      return at <= until
        ? [{ at, key: `default:${loan.number}`, fire: async () => {
            const bank = await partyCaller(world, loan.bankId);
            if (!bank) return { name: 'financing.defaulted', actor: 'CLOCK', outcome: 'refused', detail: `${loan.number}: its bank is gone`, rule: 'known-party' };
            const reason = `unpaid ${defaultAfterDays} days after it fell overdue`;
            return outcome(await financings.declareDefault(bank, loan.number, reason), 'financing.defaulted', bank.party.code, `${loan.number} ${reason}: in default (违约)`);
          } }]
        : [];
    }
    return [];
  });
}

async function declarationItems(world: ExerciseWorld, until: Date): Promise<DueItem[]> {
  const { declarations } = world.services;
  const transits = await declarations.model
    .find({ kind: 'transit', state: { $in: OPEN_TRANSIT_STATES }, transitDeadline: { $lt: until }, 'machine.snapshot.context.overdue': false })
    .sort({ transitDeadline: 1, number: 1 })
    .lean();
  const items: DueItem[] = transits.map((d) => ({
    at: new Date(d.transitDeadline!.getTime() + 1),
    key: `transit:${d.number}`,
    fire: async () => {
      const customs = await world.roleCaller('customs');
      if (!customs) return { name: 'declaration.transitOverdue', actor: 'CLOCK', outcome: 'refused', detail: `${d.number}: the world has no customs`, rule: 'known-party' };
      const flagged = await declarations.flagOverdueTransits(customs);
      return outcome(flagged, 'declaration.transitOverdue', customs.party.code, `transit ${d.number} still open after its deadline ${d.transitDeadline!.toISOString()}: flagged overdue`);
    },
  }));
  const awaiting = await declarations.model.find({ mode: 'twoStep', state: { $in: AWAITING_COMPLETION_STATES } }).sort({ number: 1 }).lean();
  for (const d of awaiting) {
    const c = machineContext(declarationMachine, d);
    if (!c.completeDueBy || c.completeDeclaredAt) continue;
    // Late from the Beijing day after the due date.
    const at = dayjs.utc(c.completeDueBy).add(1, 'day').subtract(BEIJING_OFFSET_HOURS, 'hour').toDate();
    if (at > until) continue;
    items.push({
      at,
      key: `late:${d.number}`,
      fire: async () => ({
        name: 'declaration.completeOverdue',
        actor: 'CLOCK',
        outcome: 'done',
        detail: `the complete declaration of ${d.number} was due by ${c.completeDueBy} (Beijing): the late fee (滞报金) runs from today until it is filed`,
        rule: null,
      }),
    });
  }
  return items;
}

/** Everything due by `until` that has not fired yet, earliest first (ties by key). */
export async function dueItems(world: ExerciseWorld, until: Date, exercise: Pick<ExerciseRecord, 'defaultAfterDaysOverdue' | 'incidents'>, fired: ReadonlySet<string>): Promise<DueItem[]> {
  const items = [
    ...(await transportItems(world, until, exercise.incidents)),
    ...(await loanItems(world, until, exercise.defaultAfterDaysOverdue)),
    ...(await declarationItems(world, until)),
  ];
  return items.filter((i) => !fired.has(i.key)).sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}
