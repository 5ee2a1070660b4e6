/**
 * Incidents a trainer injects into a running exercise, from the scenario vocabulary
 * (scenarios/scenario.schema.json), taking effect at the exercise's current time through the
 * same services a scenario run uses: customs' targeting (布控) sends a declaration to the red
 * lane, an inspection fails, an e-lock alarms and holds the goods, the market moves an exchange
 * rate from now on; a missed vessel or a rail slot shortage holds a leg's scheduled departure,
 * port or lock congestion its arrival (scheduled-legs.ts reads them off the exercise). A buyer's
 * default is announced to the class: the exporter, a participant, decides what to do about its
 * loan. The vocabulary's remaining entries (a
 * document mismatch, a transfer while pledged, a tampered bill, a reroute) are what participants
 * do, not what happens to them, and are refused with that reason.
 */
import { declarationMachine } from '../../machines/declaration.machine';
import { machineContext } from '../lifecycle/snapshot';
import type { DeclarationRecord } from '../models/declaration.model';
import type { ExerciseIncidentRecord } from '../models/exercise.model';
import { minorUnits } from '../reference/currencies';
import { parseDecimal } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError, notFound } from '../shared/user-error';
import type { ExerciseWorld } from './exercise-worlds';

export interface InjectIncidentInput {
  type: string;
  /** the order's number, for incidents that befall one order */
  order?: string | null;
  leg?: number | null;
  delayDays?: number | null;
  base?: string | null;
  quote?: string | null;
  rate?: string | null;
  note?: string | null;
}

const LEG_DELAYS = ['vesselMissed', 'railSlotShortage', 'portCongestion', 'lockCongestion'];
const CUSTOMS_INCIDENTS = ['redLaneInspection', 'failedInspection', 'elockAlarm'];
const PARTICIPANT_ACTIONS = ['documentMismatch', 'transferWhilePledged', 'billTampered', 'reroute'];
export const INCIDENT_TYPES = [...LEG_DELAYS, ...CUSTOMS_INCIDENTS, 'buyerDefault', 'fxMove', ...PARTICIPANT_ACTIONS];

const MAX_DELAY_DAYS = 60;
const isCurrency = (code: string | null | undefined): code is string => Boolean(code) && minorUnits(code!) !== undefined;

type Effect = Result<{ effect: string; actor: string }, UserError[]>;
const rule = (r: string, message: string): UserError => ({ code: 'BUSINESS_RULE', rule: r, message });

/** The order's customs declaration the incident befalls: its export, or its import, not a deleted one. */
async function declarationOf(world: ExerciseWorld, order: string): Promise<DeclarationRecord | null> {
  return world.services.declarations.model
    .findOne({ orderNumber: order, kind: { $in: ['export', 'import'] }, state: { $ne: 'deleted' } })
    .sort({ _id: -1 })
    .lean();
}

async function customsIncident(world: ExerciseWorld, input: InjectIncidentInput, note: string): Promise<Effect> {
  const { declarations } = world.services;
  const customs = await world.roleCaller('customs');
  if (!customs) return fail([rule('known-party', 'the exercise has no customs party to act')]);
  const declaration = await declarationOf(world, input.order!);
  if (!declaration) return fail([fieldError(['input', 'order'], 'declared-order', `order ${input.order} has no customs declaration yet: inject the incident once it is declared`)]);
  const refused = (r: { ok: false; error: UserError[] }) => fail(r.error.map((e) => ({ ...e, message: `${declaration.number}: ${e.message}` })));
  if (input.type === 'elockAlarm') {
    const elockId = machineContext(declarationMachine, declaration).elockId;
    if (!elockId) return fail([rule('sealed-goods', `${declaration.number} has no e-lock: the goods were not sealed under one`)]);
    const r = await declarations.act(customs, declaration.number, { type: 'ELOCK_ALARM', elockId, reason: note });
    return r.ok ? ok({ actor: customs.party.code, effect: `${declaration.number}: e-lock ${elockId} alarms; the goods are held for reinspection` }) : refused(r);
  }
  let current = declaration;
  if (current.state === 'accepted' || current.state === 'summaryDeclared') {
    const r = await declarations.assessRisk(customs, current.number, { targeting: { reason: note } });
    if (!r.ok) return refused(r);
    current = r.value;
  } else if (input.type === 'redLaneInspection' || current.state !== 'physicalInspection') {
    return fail([rule('before-risk-assessment', `${declaration.number} is ${current.state}: a targeting instruction (布控) applies to a declaration customs has accepted and not yet assessed`)]);
  }
  if (input.type === 'redLaneInspection') return ok({ actor: customs.party.code, effect: `${current.number}: targeted, lane ${current.lane}` });
  if (current.state !== 'physicalInspection') return ok({ actor: customs.party.code, effect: `${current.number}: targeted, lane ${current.lane} (no physical inspection to fail)` });
  const failed = await declarations.act(customs, current.number, { type: 'INSPECTION_FAILED', reason: note });
  return failed.ok ? ok({ actor: customs.party.code, effect: `${current.number}: inspection failed (${note}); the goods are held` }) : refused(failed);
}

function checkInput(input: InjectIncidentInput): UserError[] {
  const errors: UserError[] = [];
  if (!INCIDENT_TYPES.includes(input.type)) return [fieldError(['input', 'type'], 'incident-type', `must be one of ${INCIDENT_TYPES.join(', ')}, got '${input.type}'`)];
  if (PARTICIPANT_ACTIONS.includes(input.type)) {
    return [fieldError(['input', 'type'], 'participant-action', `${input.type} is something a participant does in a live exercise (correct an invoice, transfer or verify a bill, reroute a shipment), not an incident the trainer injects`)];
  }
  if (input.type !== 'fxMove' && !input.order?.trim()) errors.push(fieldError(['input', 'order'], 'required', `${input.type} befalls one order: give its number`));
  if (LEG_DELAYS.includes(input.type)) {
    if (!Number.isInteger(input.leg) || input.leg! < 1) errors.push(fieldError(['input', 'leg'], 'leg-number', `must be the leg's number from 1, got ${input.leg}`));
    if (!Number.isInteger(input.delayDays) || input.delayDays! < 1 || input.delayDays! > MAX_DELAY_DAYS) errors.push(fieldError(['input', 'delayDays'], 'delay-range', `must be whole days from 1 to ${MAX_DELAY_DAYS}, got ${input.delayDays}`));
  }
  if (input.type === 'fxMove') {
    if (!isCurrency(input.base)) errors.push(fieldError(['input', 'base'], 'currency', `must be an ISO 4217 currency code, got '${input.base ?? ''}'`));
    if (!isCurrency(input.quote) || input.quote === input.base) errors.push(fieldError(['input', 'quote'], 'currency', `must be an ISO 4217 currency code other than the base, got '${input.quote ?? ''}'`));
    const rate = parseDecimal(input.rate ?? '');
    if (!rate || !rate.gt(0)) errors.push(fieldError(['input', 'rate'], 'positive-decimal', `must be a decimal above zero (units of quote per base), got '${input.rate ?? ''}'`));
  }
  return errors;
}

/** Applies the incident now; the record to keep on the exercise, or why it could not take effect. */
export async function injectIncident(world: ExerciseWorld, seq: number, input: InjectIncidentInput): Promise<Result<{ record: ExerciseIncidentRecord; actor: string }, UserError[]>> {
  const errors = checkInput(input);
  if (errors.length > 0) return fail(errors);
  const at = world.clock.now();
  const order = input.order?.trim().toUpperCase() ?? null;
  const note = input.note?.trim() || null;
  let effect: Effect;
  if (input.type === 'fxMove') {
    const entry = { base: input.base!, quote: input.quote!, rate: parseDecimal(input.rate!)!.toFixed(), from: at.toISOString() };
    world.fxTable.push(entry);
    effect = ok({ actor: 'MARKET', effect: `${entry.base}/${entry.quote} moves to ${entry.rate} from ${entry.from}` });
  } else {
    if (order && !(await world.services.orders.model.exists({ number: order }))) return fail([{ ...notFound(`input.order: order '${input.order}' does not exist in this exercise`), field: ['input', 'order'], rule: 'known-order' }]);
    if (CUSTOMS_INCIDENTS.includes(input.type)) effect = await customsIncident(world, { ...input, order }, note ?? `targeting instruction (布控): ${input.type}`);
    else if (input.type === 'buyerDefault') effect = ok({ actor: 'MARKET', effect: `the buyer of ${order} will not pay for the goods: a loan on them can only be repaid from elsewhere, or falls overdue` });
    else {
      const holds = input.type === 'vesselMissed' || input.type === 'railSlotShortage' ? 'departure' : 'arrival';
      effect = ok({ actor: 'MARKET', effect: `${input.type}: the ${holds} of leg ${input.leg} of ${order} is held ${input.delayDays} day(s) past its schedule` });
    }
  }
  if (!effect.ok) return effect;
  const record: ExerciseIncidentRecord = {
    seq,
    at,
    type: input.type,
    order,
    leg: input.leg ?? null,
    delayDays: input.delayDays ?? null,
    base: input.base ?? null,
    quote: input.quote ?? null,
    rate: input.type === 'fxMove' ? parseDecimal(input.rate!)!.toFixed() : null,
    note,
    effect: effect.value.effect,
  };
  return ok({ record, actor: effect.value.actor });
}
