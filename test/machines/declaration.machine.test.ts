import { type SnapshotFrom, initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  CHINESE_RECEIPTS,
  DECLARATION_EVENTS,
  DECLARATION_EVENT_TYPES,
  DECLARATION_MACHINE_VERSION,
  DECLARATION_STATES,
  DECLARATION_STATE_EVENTS,
  type DeclarationEvent,
  type DeclarationEventType,
  type DeclarationInput,
  type DeclarationRole,
  type DeclarationStateName,
  FINAL_DECLARATION_STATES,
  declarationInputRefusal,
  declarationMachine,
  declarationRefusal,
} from '../../machines/declaration.machine';

type Snap = SnapshotFrom<typeof declarationMachine>;

const DECLARANT = 'BROKER';
const CUSTOMS = 'CQ-CUSTOMS';
const ELOCK = 'EL-0001';

const CONVEYANCE_AT = '2025-03-01T08:00:00.000Z';
const DUE_BY = '2025-03-15T08:00:00.000Z';
const COMPLETED_AT = '2025-03-10T08:00:00.000Z';

/** Every event of every type, each as `role` sends it; lanes, conformity actions and tax flags in each variant. */
function eventsAs(role: DeclarationRole): DeclarationEvent[] {
  const a = { by: role === 'customs' ? CUSTOMS : DECLARANT, role };
  return DECLARATION_EVENT_TYPES.flatMap((type): DeclarationEvent[] => {
    switch (type) {
      case 'SUBMIT':
      case 'RESUBMIT':
        return [
          { type, ...a, taxPayable: true },
          { type, ...a, taxPayable: false },
        ];
      case 'COMPLETE_DECLARATION':
        return [
          { type, ...a, at: COMPLETED_AT, taxPayable: true },
          { type, ...a, at: COMPLETED_AT, taxPayable: false },
        ];
      case 'DELETE':
        return [{ type, ...a, reason: 'shipment cancelled' }];
      case 'REJECT':
        return [{ type, ...a, reason: 'HS code 8711.60 does not match the goods description' }];
      case 'INSPECTION_FAILED':
        return [{ type, ...a, reason: '40 cartons more than declared' }];
      case 'REFUSE':
        return [{ type, ...a, reason: 'undeclared battery goods' }];
      case 'DECLARE_SUMMARY':
        return [{ type, ...a, conveyanceDeclaredAt: CONVEYANCE_AT, completeDueBy: DUE_BY }];
      case 'TRANSIT_DECLARED':
        return [{ type, ...a, originOffice: 'Yiwu customs', destinationOffice: 'Chongqing Jiangbei airport customs', deadline: '2025-03-03T08:00:00.000Z' }];
      case 'ASSIGN_LANE':
        return (['green', 'yellow', 'red'] as const).map((lane) => ({ type, ...a, lane }));
      case 'FACTORY_INSPECTED':
      case 'SEALED':
        return [{ type, ...a, elockId: ELOCK }];
      case 'CONFORMITY_FAILED':
        return (['recall', 'hold'] as const).map((action) => ({ type, ...a, action, reason: 'labelling does not meet GB 5296' }));
      case 'ELOCK_ALARM':
        return [{ type, ...a, elockId: ELOCK, reason: 'lock opened on the road' }];
      default:
        return [{ type, ...a } as DeclarationEvent];
    }
  });
}

const graphEvents: DeclarationEvent[] = [...eventsAs('declarant'), ...eventsAs('customs')];

/** One sample event of `type` as `role` sends it (the first variant). */
function ev<T extends DeclarationEventType>(type: T, role: DeclarationRole = DECLARATION_EVENTS[type].role): Extract<DeclarationEvent, { type: T }> {
  return eventsAs(role).find((e) => e.type === type) as Extract<DeclarationEvent, { type: T }>;
}

const state = (s: Snap): DeclarationStateName => s.value as DeclarationStateName;
const refusal = (s: Snap, e: DeclarationEvent): string | null => declarationRefusal(state(s), s.context, e);
const start = (input: DeclarationInput): Snap => initialTransition(declarationMachine, input)[0];

/** Applies events that must be accepted. */
function run(s: Snap, ...events: DeclarationEvent[]): Snap {
  for (const e of events) {
    expect({ state: s.value, event: e, refusal: refusal(s, e) }).toEqual({ state: s.value, event: e, refusal: null });
    expect(s.can(e)).toBe(true);
    s = transition(declarationMachine, s, e)[0];
  }
  return s;
}

/** The event must be refused with exactly this message, and leave the declaration as it was. */
function refuses(s: Snap, e: DeclarationEvent, message: string): void {
  expect({ event: e, refusal: refusal(s, e) }).toEqual({ event: e, refusal: message });
  expect(s.can(e)).toBe(false);
  const [next] = transition(declarationMachine, s, e);
  expect(next.value).toEqual(s.value);
  expect(next.context).toEqual(s.context);
}

// Short names for the common steps.
const submit = (taxPayable: boolean): DeclarationEvent => ({ type: 'SUBMIT', by: DECLARANT, role: 'declarant', taxPayable });
const lane = (l: 'green' | 'yellow' | 'red'): DeclarationEvent => ({ type: 'ASSIGN_LANE', by: CUSTOMS, role: 'customs', lane: l });
const accepted = (input: DeclarationInput, taxPayable: boolean): Snap => run(start(input), submit(taxPayable), ev('ACCEPT'), ev('ASSESS_RISK'));

const EXPORT: DeclarationInput = { kind: 'export', mode: 'standard' };
const ENROLLED_EXPORT: DeclarationInput = { kind: 'export', mode: 'standard', inspectThenStuff: true };
const ADVANCE_EXPORT: DeclarationInput = { kind: 'export', mode: 'advance' };
const IMPORT: DeclarationInput = { kind: 'import', mode: 'standard' };
const TWO_STEP_IMPORT: DeclarationInput = { kind: 'import', mode: 'twoStep' };
const ADVANCE_IMPORT: DeclarationInput = { kind: 'import', mode: 'advance' };
const TRANSIT: DeclarationInput = { kind: 'transit', mode: 'standard' };

// ---------------------------------------------------------------------------------------------
// Path tests: every state and situation each kind and mode can reach, and what each role may send there.

// The whole context is serialised, so each difference in the record (tax, lane, manifest, arrival,
// e-lock, overdue flag) is a node of its own.
function explore(input: DeclarationInput): Snap[] {
  const paths = getShortestPaths(declarationMachine, {
    events: graphEvents,
    input,
    serializeState: (s) => JSON.stringify({ value: s.value, context: s.context }),
  });
  return paths.sort((a, b) => a.steps.length - b.steps.length).map((p) => p.state as Snap);
}

/** The state, and what in the record changes which events it takes. */
function situation(s: Snap): string {
  const c = s.context;
  const v = state(s);
  if (FINAL_DECLARATION_STATES.includes(v)) return v;
  const marks: string[] = [];
  if (!c.manifestOnFile) marks.push('no manifest');
  if (!c.arrived) marks.push('not arrived');
  if (c.mode === 'twoStep' && c.completeDeclaredAt === null && !['draft', 'summaryDeclared', 'releasedForPickup'].includes(v)) marks.push('summary');
  if (v === 'summaryDeclared' && c.lane === 'red') marks.push('inspected');
  else if (v === 'summaryDeclared' && c.lane !== null) marks.push('assessed');
  if (v === 'released' && c.elockId !== null) marks.push('e-locked');
  if (v === 'heldForReinspection') marks.push(`from ${c.heldFrom}`);
  if (c.overdue) marks.push('overdue');
  return marks.length > 0 ? `${v}(${marks.join(', ')})` : v;
}

type Row = Record<DeclarationRole, DeclarationEventType[]>;
type Table = Record<string, Row>;

const row = (declarant: DeclarationEventType[], customs: DeclarationEventType[] = []): Row => ({ declarant, customs });
const NOTHING = row([]);
const finals = (...states: DeclarationStateName[]): Table => Object.fromEntries(states.map((s) => [s, NOTHING]));

/** The specification. Every event not listed is refused, with a reason. */
const exportTable: Table = {
  draft: row(['DELETE', 'SUBMIT']),
  submitted: row(['DELETE'], ['ACCEPT', 'REJECT']),
  rejected: row(['DELETE', 'RESUBMIT']),
  accepted: row(['DELETE'], ['ASSESS_RISK']),
  riskAssessment: row(['DELETE'], ['ASSIGN_LANE']),
  documentReview: row(['DELETE'], ['ORDER_INSPECTION', 'REVIEW_PASSED']),
  // under inspection, or held after one, the declaration cannot be deleted
  physicalInspection: row([], ['INSPECTION_FAILED', 'INSPECTION_PASSED']),
  held: row([], ['REFUSE', 'RELEASE_AFTER_CORRECTION']),
  taxDue: row(['DELETE', 'GUARANTEE', 'PAY']),
  paid: row(['DELETE'], ['RELEASE']),
  guaranteed: row(['DELETE'], ['RELEASE']),
  awaitingRelease: row(['DELETE'], ['RELEASE']),
  released: row([], ['CLOSE']),
  ...finals('closed', 'deleted', 'refused'),
};

const enrolledExportTable: Table = {
  ...exportTable,
  physicalInspection: row([], ['FACTORY_INSPECTED', 'INSPECTION_FAILED', 'INSPECTION_PASSED']),
  // only a container e-locked at the factory can raise an alarm
  'released(e-locked)': row([], ['CLOSE', 'ELOCK_ALARM']),
  'heldForReinspection(from released)': row([], ['REFUSE', 'REINSPECTION_PASSED']),
};

const IMPORT_RELEASES: DeclarationEventType[] = ['RELEASE', 'RELEASE_FROM_PORT'];
const importTable: Table = {
  ...exportTable,
  paid: row(['DELETE'], IMPORT_RELEASES),
  guaranteed: row(['DELETE'], IMPORT_RELEASES),
  awaitingRelease: row(['DELETE'], IMPORT_RELEASES),
  releasedFromPort: row([], ['CONFORMITY_FAILED', 'CONFORMITY_PASSED']),
  heldAfterRelease: row([], ['CONFORMITY_FAILED', 'CONFORMITY_PASSED']),
  ...finals('recalled'),
};

/**
 * An advance declaration before its manifest is on file and its goods have arrived: customs
 * records both, accepts only with the manifest, inspects and releases only after arrival.
 */
function advanceTable(standard: Table, releases: DeclarationEventType[]): Table {
  const withoutRelease = (r: Row): Row => row(r.declarant, r.customs.filter((t) => !releases.includes(t)));
  const arriving = (r: Row): Row => row(r.declarant, [...r.customs, 'ARRIVED' as const].sort());
  const notArrived = (s: string, r: Row): Table => ({ [`${s}(not arrived)`]: arriving(r) });
  return {
    ...standard,
    'draft(no manifest, not arrived)': row(['DELETE', 'SUBMIT'], ['ARRIVED', 'MANIFEST_FILED']),
    'draft(no manifest)': row(['DELETE', 'SUBMIT'], ['MANIFEST_FILED']),
    'draft(not arrived)': row(['DELETE', 'SUBMIT'], ['ARRIVED']),
    'submitted(no manifest, not arrived)': row(['DELETE'], ['ARRIVED', 'MANIFEST_FILED', 'REJECT']),
    'submitted(no manifest)': row(['DELETE'], ['MANIFEST_FILED', 'REJECT']),
    'submitted(not arrived)': row(['DELETE'], ['ACCEPT', 'ARRIVED', 'REJECT']),
    'rejected(no manifest, not arrived)': row(['DELETE', 'RESUBMIT'], ['ARRIVED', 'MANIFEST_FILED']),
    'rejected(no manifest)': row(['DELETE', 'RESUBMIT'], ['MANIFEST_FILED']),
    'rejected(not arrived)': row(['DELETE', 'RESUBMIT'], ['ARRIVED']),
    ...notArrived('accepted', standard.accepted),
    ...notArrived('riskAssessment', standard.riskAssessment),
    ...notArrived('documentReview', standard.documentReview),
    // the lane can be set before arrival, but the inspection waits for the goods
    'physicalInspection(not arrived)': row([], ['ARRIVED']),
    ...notArrived('taxDue', standard.taxDue),
    ...notArrived('paid', withoutRelease(standard.paid)),
    ...notArrived('guaranteed', withoutRelease(standard.guaranteed)),
    ...notArrived('awaitingRelease', withoutRelease(standard.awaitingRelease)),
  };
}

const twoStepTable: Table = {
  draft: row(['DECLARE_SUMMARY', 'DELETE']),
  // released for pickup only once selected
  summaryDeclared: row(['DELETE'], ['ASSIGN_LANE', 'ORDER_INSPECTION', 'REJECT']),
  // a summary is selected once: after a green or yellow lane customs may still order an inspection
  'summaryDeclared(assessed)': row(['DELETE'], ['ORDER_INSPECTION', 'REJECT', 'RELEASE_FOR_PICKUP']),
  'summaryDeclared(inspected)': row(['DELETE'], ['REJECT', 'RELEASE_FOR_PICKUP']),
  'documentReview(summary)': row(['DELETE'], ['ORDER_INSPECTION', 'REVIEW_PASSED']),
  'rejected(summary)': row(['DELETE', 'RESUBMIT']),
  'physicalInspection(summary)': row([], ['INSPECTION_FAILED', 'INSPECTION_PASSED']),
  'held(summary)': row([], ['REFUSE', 'RELEASE_AFTER_CORRECTION']),
  releasedForPickup: row(['COMPLETE_DECLARATION']),
  // after pickup: no deletion, no inspection, no release from the port
  submitted: row([], ['ACCEPT', 'REJECT']),
  rejected: row(['RESUBMIT']),
  accepted: row([], ['ASSESS_RISK']),
  riskAssessment: row([], ['ASSIGN_LANE']),
  documentReview: row([], ['REVIEW_PASSED']),
  taxDue: row(['GUARANTEE', 'PAY']),
  paid: row([], ['RELEASE']),
  guaranteed: row([], ['RELEASE']),
  awaitingRelease: row([], ['RELEASE']),
  released: row([], ['CLOSE']),
  ...finals('closed', 'deleted', 'refused'),
};

const transitTable: Table = {
  draft: row(['DELETE', 'TRANSIT_DECLARED']),
  transitDeclared: row(['DELETE'], ['FLAG_OVERDUE', 'SEALED']),
  'transitDeclared(overdue)': row(['DELETE'], ['SEALED']),
  sealed: row([], ['ARRIVED_AT_DESTINATION', 'ELOCK_ALARM', 'FLAG_OVERDUE']),
  'sealed(overdue)': row([], ['ARRIVED_AT_DESTINATION', 'ELOCK_ALARM']),
  'heldForReinspection(from sealed)': row([], ['FLAG_OVERDUE', 'REFUSE', 'REINSPECTION_PASSED']),
  'heldForReinspection(from sealed, overdue)': row([], ['REFUSE', 'REINSPECTION_PASSED']),
  arrivedAtDestination: row([], ['FLAG_OVERDUE', 'TRANSIT_CLOSED']),
  'arrivedAtDestination(overdue)': row([], ['TRANSIT_CLOSED']),
  ...finals('closed', 'deleted', 'refused'),
};

const COMBINATIONS = [
  ['an export', EXPORT, exportTable],
  ['an inspect-then-stuff export', ENROLLED_EXPORT, enrolledExportTable],
  ['an advance export', ADVANCE_EXPORT, advanceTable(exportTable, ['RELEASE'])],
  ['an import', IMPORT, importTable],
  ['a two-step import', TWO_STEP_IMPORT, twoStepTable],
  ['an advance import', ADVANCE_IMPORT, advanceTable(importTable, IMPORT_RELEASES)],
  ['a transit', TRANSIT, transitTable],
] as const;

const explored = new Map(COMBINATIONS.map(([name, input]) => [name, explore(input)]));

describe.each(COMBINATIONS)('%s', (name, input, table) => {
  const nodes = explored.get(name)!;

  it('is a valid combination of kind and mode', () => {
    expect(declarationInputRefusal(input)).toBeNull();
  });

  it('reaches exactly the situations of its table', () => {
    expect([...new Set(nodes.map(situation))].sort()).toEqual(Object.keys(table).sort());
  });

  it.each(Object.keys(table))('in %s each role may send exactly its events', (key) => {
    const snapshot = nodes.find((s) => situation(s) === key)!;
    const taken = (role: DeclarationRole): DeclarationEventType[] => [...new Set(eventsAs(role).filter((e) => snapshot.can(e)).map((e) => e.type))].sort();
    expect({ declarant: taken('declarant'), customs: taken('customs') }).toEqual({ declarant: [...table[key].declarant].sort(), customs: [...table[key].customs].sort() });
  });

  it('handles or refuses, with a reason, every event in every reachable node', () => {
    // Collected, not asserted one by one: a few hundred nodes x 80 events.
    const wrong: unknown[] = [];
    for (const s of nodes) {
      for (const e of graphEvents) {
        const why = refusal(s, e);
        const [next] = transition(declarationMachine, s, e);
        const changed = JSON.stringify([next.value, next.context]) !== JSON.stringify([s.value, s.context]);
        const consistent = why === null ? s.can(e) && changed : /\S/.test(why) && !s.can(e) && !changed;
        if (!consistent) wrong.push({ state: s.value, context: s.context, event: e, why, can: s.can(e), changed });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every customs event from the declarant and every declarant event from customs, in every node', () => {
    const wrong: unknown[] = [];
    for (const s of nodes) {
      for (const e of graphEvents) {
        const rule = DECLARATION_EVENTS[e.type];
        if (rule.role === e.role) continue;
        const expected = `only ${rule.role === 'customs' ? 'customs' : 'the declarant'} ${rule.does}`;
        if (refusal(s, e) !== expected || s.can(e)) wrong.push({ state: s.value, event: e, why: refusal(s, e) });
      }
    }
    expect(wrong).toEqual([]);
  });
});

it('reaches every state of DECLARATION_STATES with one kind or mode or another', () => {
  const reached = new Set([...explored.values()].flatMap((nodes) => nodes.map(state)));
  expect([...reached].sort()).toEqual([...DECLARATION_STATES].sort());
  expect(Object.keys(declarationMachine.states).sort()).toEqual([...DECLARATION_STATES].sort());
});

it('handles in each state exactly the events DECLARATION_STATE_EVENTS lists', () => {
  for (const s of DECLARATION_STATES) {
    const own = declarationMachine.states[s].ownEvents.filter((e) => !e.startsWith('xstate.'));
    expect({ state: s, events: [...own].sort() }).toEqual({ state: s, events: [...DECLARATION_STATE_EVENTS[s]].sort() });
  }
  const handled = new Set(DECLARATION_STATES.flatMap((s) => DECLARATION_STATE_EVENTS[s]));
  expect([...handled].sort()).toEqual([...DECLARATION_EVENT_TYPES].sort());
});

it('names only assign actions, so applying an event queues no outbox effect', () => {
  const actions = Object.values(declarationMachine.implementations.actions as Record<string, { type?: string }>);
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) expect(action.type).toBe('xstate.assign');
});

it('gives every state its Chinese customs status, and is version 1', () => {
  expect(Object.keys(CHINESE_RECEIPTS).sort()).toEqual([...DECLARATION_STATES].sort());
  expect(CHINESE_RECEIPTS).toMatchObject({
    submitted: '申报 / 已申报',
    accepted: '接单交单',
    rejected: '退单',
    physicalInspection: '查验',
    taxDue: '缴税 / 税单',
    awaitingRelease: '审结',
    released: '放行',
    closed: '结关',
    deleted: '删单',
  });
  expect(CHINESE_RECEIPTS.guaranteed).toContain('担保');
  expect(CHINESE_RECEIPTS.documentReview).toContain('单证审核');
  expect(DECLARATION_MACHINE_VERSION).toBe(1);
});

// ---------------------------------------------------------------------------------------------
// Who may act

describe('roles', () => {
  it('refuses customs-only events from a declarant and declarant-only events from customs', () => {
    const cleared = run(accepted(EXPORT, false), lane('green'));
    expect(cleared.value).toBe('awaitingRelease');
    refuses(cleared, ev('RELEASE', 'declarant'), 'only customs releases a declaration');
    refuses(cleared, ev('CLOSE', 'declarant'), 'only customs closes a declaration');
    refuses(start(EXPORT), ev('ACCEPT', 'declarant'), 'only customs accepts a declaration');
    refuses(accepted(EXPORT, false), { type: 'ASSIGN_LANE', by: DECLARANT, role: 'declarant', lane: 'green' }, 'only customs assigns a declaration its lane');
    refuses(start(EXPORT), { ...submit(false), by: CUSTOMS, role: 'customs' }, 'only the declarant submits a declaration');
    refuses(start(EXPORT), ev('DELETE', 'customs'), 'only the declarant deletes a declaration');
    const taxDue = run(accepted(IMPORT, true), lane('green'));
    refuses(taxDue, ev('PAY', 'customs'), 'only the declarant pays duty and tax');
    // the role is checked first: a declarant can never release, whatever the state
    refuses(start(EXPORT), ev('RELEASE', 'declarant'), 'only customs releases a declaration');
  });

  it('refuses an event that names no party, or an unknown role', () => {
    refuses(start(EXPORT), { ...submit(false), by: ' ' }, 'every declaration event must name the party that sends it');
    refuses(start(EXPORT), { ...submit(false), role: 'carrier' as DeclarationRole }, "'carrier' is not a declaration role: it is 'declarant' or 'customs'");
  });
});

// ---------------------------------------------------------------------------------------------
// The lanes

describe('the lanes', () => {
  it('green, nothing due: an export is cleared (审结), released and closed', () => {
    const s = run(accepted(EXPORT, false), lane('green'));
    expect(s.value).toBe('awaitingRelease');
    expect(s.context).toMatchObject({ lane: 'green', taxPayable: false, taxSettlement: null });
    const closed = run(s, ev('RELEASE'), ev('CLOSE'));
    expect(closed.value).toBe('closed');
    for (const e of eventsAs('customs').filter((x) => DECLARATION_EVENTS[x.type].role === 'customs')) refuses(closed, e, `the declaration is closed (结关): no action is possible`);
  });

  it('green with duty and VAT: an import pays before it is released', () => {
    const s = run(accepted(IMPORT, true), lane('green'));
    expect(s.value).toBe('taxDue');
    refuses(s, ev('RELEASE'), 'cannot release the goods: the declaration awaits payment of duty and tax (缴税), or a guarantee (担保)');
    const paid = run(s, ev('PAY'));
    expect(paid.value).toBe('paid');
    expect(paid.context.taxSettlement).toBe('paid');
    expect(run(paid, ev('RELEASE'), ev('CLOSE')).value).toBe('closed');
  });

  it('yellow: document review, then tax secured by a guarantee (担保放行)', () => {
    const review = run(accepted(IMPORT, true), lane('yellow'));
    expect(review.value).toBe('documentReview');
    const due = run(review, ev('REVIEW_PASSED'));
    expect(due.value).toBe('taxDue');
    const guaranteed = run(due, ev('GUARANTEE'));
    expect(guaranteed.value).toBe('guaranteed');
    expect(guaranteed.context.taxSettlement).toBe('guaranteed');
    expect(run(guaranteed, ev('RELEASE')).value).toBe('released');
  });

  it('yellow escalated: the review can order a physical inspection, and the lane turns red', () => {
    const review = run(accepted(EXPORT, false), lane('yellow'));
    const inspection = run(review, ev('ORDER_INSPECTION'));
    expect(inspection.value).toBe('physicalInspection');
    expect(inspection.context.lane).toBe('red');
  });

  it('red: an inspection that passes goes on to tax, or to release when nothing is due', () => {
    const red = run(accepted(EXPORT, false), lane('red'));
    expect(red.value).toBe('physicalInspection');
    expect(run(red, ev('INSPECTION_PASSED')).value).toBe('awaitingRelease');
    expect(run(run(accepted(IMPORT, true), lane('red')), ev('INSPECTION_PASSED')).value).toBe('taxDue');
  });

  it('red: a failed inspection is held until customs releases it after correction, or refuses it', () => {
    const red = run(accepted(IMPORT, true), lane('red'));
    refuses(red, { type: 'INSPECTION_FAILED', by: CUSTOMS, role: 'customs', reason: '' }, 'a failed inspection must record what was found');
    const held = run(red, ev('INSPECTION_FAILED'));
    expect(held.value).toBe('held');
    expect(held.context.inspectionFinding).toBe('40 cartons more than declared');
    refuses(held, ev('RELEASE'), 'cannot release the goods: the declaration is held after a failed inspection: customs releases it after correction or refuses the goods');
    expect(run(held, ev('RELEASE_AFTER_CORRECTION')).value).toBe('taxDue');

    refuses(held, { type: 'REFUSE', by: CUSTOMS, role: 'customs', reason: ' ' }, 'a refusal must give its reason');
    const refused = run(held, ev('REFUSE'));
    expect(refused.value).toBe('refused');
    expect(refused.context.refusalReason).toBe('undeclared battery goods');
    refuses(refused, ev('RELEASE_AFTER_CORRECTION'), 'the declaration was refused (不予放行): no action is possible');
  });

  it('refuses a lane that is not green, yellow or red', () => {
    refuses(accepted(EXPORT, false), { type: 'ASSIGN_LANE', by: CUSTOMS, role: 'customs', lane: 'blue' as 'green' }, "'blue' is not a lane: it is green, yellow or red");
  });
});

// ---------------------------------------------------------------------------------------------
// Returned for correction, and deleted

describe('a declaration returned for correction (退单)', () => {
  it('is corrected and resubmitted, and the correction can change the tax self-assessment', () => {
    const submitted = run(start(IMPORT), submit(false));
    refuses(submitted, { type: 'REJECT', by: CUSTOMS, role: 'customs', reason: '' }, 'a declaration returned for correction must say what to correct');
    const rejected = run(submitted, ev('REJECT'));
    expect(rejected.value).toBe('rejected');
    expect(rejected.context.rejectionReason).toBe('HS code 8711.60 does not match the goods description');
    refuses(rejected, ev('ACCEPT'), 'cannot accept it: the declaration was returned for correction (退单): the declarant must correct and resubmit it');
    refuses(submitted, ev('RESUBMIT'), "cannot resubmit it: only a declaration returned for correction (退单) is resubmitted, and this one is submitted (已申报) and awaits customs' acceptance");

    const resubmitted = run(rejected, { type: 'RESUBMIT', by: DECLARANT, role: 'declarant', taxPayable: true });
    expect(resubmitted.value).toBe('submitted');
    expect(resubmitted.context).toMatchObject({ rejectionReason: null, taxPayable: true });
    expect(run(resubmitted, ev('ACCEPT'), ev('ASSESS_RISK'), lane('green')).value).toBe('taxDue');
  });
});

describe('deletion (删单)', () => {
  it('is the declarant’s, with a reason, at any point before release', () => {
    const before: Snap[] = [
      start(EXPORT),
      run(start(EXPORT), submit(false)),
      run(start(EXPORT), submit(false), ev('REJECT')),
      accepted(EXPORT, false),
      run(accepted(EXPORT, false), lane('yellow')),
      run(accepted(IMPORT, true), lane('green')),
      run(accepted(IMPORT, true), lane('green'), ev('PAY')),
      run(accepted(EXPORT, false), lane('green')),
    ];
    for (const s of before) {
      refuses(s, { type: 'DELETE', by: DECLARANT, role: 'declarant', reason: '' }, 'a deletion (删单) must give its reason');
      const deleted = run(s, ev('DELETE'));
      expect(deleted.value).toBe('deleted');
      expect(deleted.context.deletionReason).toBe('shipment cancelled');
    }
  });

  it('is refused while customs inspects, and after release', () => {
    const red = run(accepted(EXPORT, false), lane('red'));
    refuses(red, ev('DELETE'), 'the declaration is selected for physical inspection (查验, red lane): it cannot be deleted until customs has finished with the inspection');
    refuses(
      run(red, ev('INSPECTION_FAILED')),
      ev('DELETE'),
      'the declaration is held after a failed inspection: customs releases it after correction or refuses the goods: it cannot be deleted until customs has finished with the inspection',
    );
    const released = run(accepted(EXPORT, false), lane('green'), ev('RELEASE'));
    refuses(released, ev('DELETE'), "the declaration was released (放行): it can no longer be deleted, since its goods have left customs' control");
    refuses(run(released, ev('CLOSE')), ev('DELETE'), 'the declaration is closed (结关): no action is possible');
    const deleted = run(start(EXPORT), ev('DELETE'));
    refuses(deleted, submit(false), 'the declaration was deleted (删单): no action is possible');
  });
});

// ---------------------------------------------------------------------------------------------
// 两步申报

describe('a two-step declaration (两步申报)', () => {
  const summary = (): Snap => run(start(TWO_STEP_IMPORT), ev('DECLARE_SUMMARY'));

  it('is for imports only, and starts with its summary', () => {
    expect(declarationInputRefusal({ kind: 'export', mode: 'twoStep' })).toBe('two-step declaration (两步申报) is for imports only');
    refuses(start(TWO_STEP_IMPORT), submit(true), 'a two-step declaration (两步申报) starts with its summary declaration (DECLARE_SUMMARY)');
    refuses(start(IMPORT), ev('DECLARE_SUMMARY'), 'only a two-step declaration (两步申报) has a summary declaration');
    refuses(
      start(TWO_STEP_IMPORT),
      { type: 'DECLARE_SUMMARY', by: DECLARANT, role: 'declarant', conveyanceDeclaredAt: DUE_BY, completeDueBy: CONVEYANCE_AT },
      'the complete declaration cannot be due before the conveyance declared entry',
    );
    refuses(
      start(TWO_STEP_IMPORT),
      { type: 'DECLARE_SUMMARY', by: DECLARANT, role: 'declarant', conveyanceDeclaredAt: 'soon', completeDueBy: DUE_BY },
      'a summary declaration must give when the conveyance declared entry, as a date',
    );
  });

  it('goes summary → pickup → complete declaration → the normal assessment → closed', () => {
    const s = summary();
    expect(s.value).toBe('summaryDeclared');
    // the service computed both dates (14 days after the conveyance declared entry); the machine keeps them
    expect(s.context).toMatchObject({ conveyanceDeclaredAt: CONVEYANCE_AT, completeDueBy: DUE_BY, completeDeclaredAt: null });
    refuses(s, ev('COMPLETE_DECLARATION'), 'cannot file the complete declaration: the declaration is a summary declaration (概要申报) awaiting its lane, release for pickup, or an inspection');

    refuses(s, ev('RELEASE_FOR_PICKUP'), 'customs selects the summary declaration for its lane (risk assessment) before releasing its goods for pickup');
    const selected = run(s, lane('green'));
    expect(selected.value).toBe('summaryDeclared');
    const pickup = run(selected, ev('RELEASE_FOR_PICKUP'));
    expect(pickup.value).toBe('releasedForPickup');
    refuses(
      pickup,
      ev('DELETE'),
      "the declaration was released for pickup (两步申报): the declarant must now file the complete declaration: it can no longer be deleted, since its goods have left customs' control",
    );
    refuses(pickup, { type: 'COMPLETE_DECLARATION', by: DECLARANT, role: 'declarant', at: 'later', taxPayable: true }, 'a complete declaration must give when it was filed, as a date');

    const complete = run(pickup, ev('COMPLETE_DECLARATION'));
    expect(complete.value).toBe('submitted');
    expect(complete.context).toMatchObject({ completeDeclaredAt: COMPLETED_AT, taxPayable: true });
    refuses(
      complete,
      ev('DELETE'),
      "the goods were released for pickup (两步申报): the declaration can no longer be deleted, since its goods have left customs' control",
    );
    const assessed = run(complete, ev('ACCEPT'), ev('ASSESS_RISK'));
    refuses(
      assessed,
      lane('red'),
      'the goods of a two-step declaration (两步申报) were released for pickup: customs inspects them at the summary stage, not on the complete declaration',
    );
    const due = run(assessed, lane('green'));
    refuses(due, ev('RELEASE_FROM_PORT'), 'cannot release the goods from the port: the declaration awaits payment of duty and tax (缴税), or a guarantee (担保)');
    const paid = run(due, ev('PAY'));
    refuses(paid, ev('RELEASE_FROM_PORT'), 'the goods of a two-step declaration (两步申报) left the port at pickup: they are released (RELEASE), not released from the port');
    expect(run(paid, ev('RELEASE'), ev('CLOSE')).value).toBe('closed');
  });

  it('takes a late complete declaration too: counting the days late is the service’s job', () => {
    const late = '2025-03-20T08:00:00.000Z';
    const complete = run(summary(), lane('green'), ev('RELEASE_FOR_PICKUP'), { type: 'COMPLETE_DECLARATION', by: DECLARANT, role: 'declarant', at: late, taxPayable: false });
    expect(complete.context).toMatchObject({ completeDeclaredAt: late, completeDueBy: DUE_BY });
    expect(complete.context).not.toHaveProperty('lateDays');
  });

  it('is inspected at the summary stage, once, and goes back to the summary to be released for pickup', () => {
    const inspection = run(summary(), ev('ORDER_INSPECTION'));
    expect(inspection.value).toBe('physicalInspection');
    const back = run(inspection, ev('INSPECTION_PASSED'));
    expect(back.value).toBe('summaryDeclared');
    refuses(back, ev('ORDER_INSPECTION'), 'the summary declaration was already inspected: customs releases it for pickup or returns it');
    const held = run(summary(), ev('ORDER_INSPECTION'), ev('INSPECTION_FAILED'));
    expect(run(held, ev('RELEASE_AFTER_CORRECTION')).value).toBe('summaryDeclared');
  });

  it('returns a rejected summary to the summary stage, and a rejected complete declaration to submitted', () => {
    const rejectedSummary = run(summary(), ev('REJECT'));
    expect(run(rejectedSummary, ev('RESUBMIT')).value).toBe('summaryDeclared');
    const rejectedComplete = run(summary(), lane('green'), ev('RELEASE_FOR_PICKUP'), ev('COMPLETE_DECLARATION'), ev('REJECT'));
    expect(run(rejectedComplete, ev('RESUBMIT')).value).toBe('submitted');
  });
});

// ---------------------------------------------------------------------------------------------
// 提前申报

describe('an advance declaration (提前申报)', () => {
  it('is accepted only once the manifest is on file', () => {
    const submitted = run(start(ADVANCE_IMPORT), submit(true));
    expect(submitted.context).toMatchObject({ manifestOnFile: false, arrived: false });
    refuses(submitted, ev('ACCEPT'), 'an advance declaration (提前申报) can be accepted only once the manifest (舱单) is on file');
    const manifest = run(submitted, ev('MANIFEST_FILED'));
    expect(manifest.value).toBe('submitted');
    expect(manifest.context.manifestOnFile).toBe(true);
    refuses(manifest, ev('MANIFEST_FILED'), 'the manifest is already on file');
    expect(run(manifest, ev('ACCEPT')).value).toBe('accepted');
  });

  it('is assessed before arrival, but inspected and released only after it', () => {
    const assessed = run(start(ADVANCE_EXPORT), ev('MANIFEST_FILED'), submit(false), ev('ACCEPT'), ev('ASSESS_RISK'));
    const cleared = run(assessed, lane('green'));
    expect(cleared.value).toBe('awaitingRelease');
    refuses(cleared, ev('RELEASE'), 'an advance declaration (提前申报) is released only once its goods have arrived (运抵)');
    const arrived = run(cleared, ev('ARRIVED'));
    expect(arrived.context.arrived).toBe(true);
    refuses(arrived, ev('ARRIVED'), 'the goods have already arrived');
    expect(run(arrived, ev('RELEASE')).value).toBe('released');

    const red = run(assessed, lane('red'));
    refuses(red, ev('INSPECTION_PASSED'), 'the goods have not arrived (提前申报): customs inspects them only once they are there (运抵)');
    expect(run(red, ev('ARRIVED'), ev('INSPECTION_PASSED')).value).toBe('awaitingRelease');

    const importReady = run(start(ADVANCE_IMPORT), ev('MANIFEST_FILED'), submit(false), ev('ACCEPT'), ev('ASSESS_RISK'), lane('green'));
    refuses(importReady, ev('RELEASE_FROM_PORT'), 'an advance declaration (提前申报) is released only once its goods have arrived (运抵)');
  });

  it('is the only mode that waits for a manifest or an arrival', () => {
    refuses(start(EXPORT), ev('MANIFEST_FILED'), 'only an advance declaration (提前申报) waits for its manifest: this one was filed with the manifest on file');
    refuses(run(start(IMPORT), submit(true)), ev('ARRIVED'), 'only an advance declaration (提前申报) waits for its goods: this one was filed after they arrived');
  });
});

// ---------------------------------------------------------------------------------------------
// 两段准入

describe('two-stage admission (两段准入)', () => {
  const fromPort = (): Snap => run(accepted(IMPORT, true), lane('green'), ev('PAY'), ev('RELEASE_FROM_PORT'));
  const failed = (action: 'recall' | 'hold'): DeclarationEvent => ({ type: 'CONFORMITY_FAILED', by: CUSTOMS, role: 'customs', action, reason: 'labelling does not meet GB 5296' });

  it('releases an import from the port pending its conformity assessment, which closes it when passed', () => {
    const s = fromPort();
    expect(s.value).toBe('releasedFromPort');
    refuses(s, ev('CLOSE'), 'cannot close it: the declaration was released from the port (两段准入) and awaits its post-release conformity assessment');
    expect(run(s, ev('CONFORMITY_PASSED')).value).toBe('closed');
  });

  it('recalls goods that fail, or holds them until they pass or are recalled', () => {
    const recalled = run(fromPort(), failed('recall'));
    expect(recalled.value).toBe('recalled');
    expect(recalled.context).toMatchObject({ conformityAction: 'recall', conformityFinding: 'labelling does not meet GB 5296' });

    const held = run(fromPort(), failed('hold'));
    expect(held.value).toBe('heldAfterRelease');
    refuses(held, failed('hold'), 'the goods are already held after release: customs can pass them or recall them');
    expect(run(held, ev('CONFORMITY_PASSED')).value).toBe('closed');
    expect(run(held, failed('recall')).value).toBe('recalled');
    refuses(fromPort(), { type: 'CONFORMITY_FAILED', by: CUSTOMS, role: 'customs', action: 'hold', reason: '' }, 'a failed conformity assessment must record what was found');
  });

  it('is for imports only', () => {
    refuses(run(accepted(EXPORT, false), lane('green')), ev('RELEASE_FROM_PORT'), 'two-stage admission (两段准入) is for imports: an export is released (RELEASE)');
  });
});

// ---------------------------------------------------------------------------------------------
// 先查验后装箱

describe('inspect-then-stuff (先查验后装箱)', () => {
  const factoryInspected = (input: DeclarationInput = ENROLLED_EXPORT): Snap =>
    run(start(input), ...(input.mode === 'advance' ? [ev('MANIFEST_FILED')] : []), submit(false), ev('ACCEPT'), ev('ASSESS_RISK'), lane('red'), ev('FACTORY_INSPECTED'));

  it('inspects an enrolled exporter’s goods at the factory and seals the container with an e-lock', () => {
    const s = factoryInspected();
    expect(s.value).toBe('awaitingRelease');
    expect(s.context.elockId).toBe(ELOCK);
    refuses(
      run(accepted(EXPORT, false), lane('red')),
      ev('FACTORY_INSPECTED'),
      'only the goods of an exporter enrolled in inspect-then-stuff (先查验后装箱) are inspected at its factory',
    );
    refuses(
      run(accepted(ENROLLED_EXPORT, false), lane('red')),
      { type: 'FACTORY_INSPECTED', by: CUSTOMS, role: 'customs', elockId: '' },
      'a factory inspection must record the e-lock (电子锁) that seals the stuffed container',
    );
    expect(declarationInputRefusal({ kind: 'import', mode: 'standard', inspectThenStuff: true })).toBe('inspect-then-stuff (先查验后装箱) is for exports only');
  });

  it('inspects at the factory before an advance declaration’s goods reach the port', () => {
    const s = factoryInspected({ ...ADVANCE_EXPORT, inspectThenStuff: true });
    expect(s.context).toMatchObject({ arrived: false, elockId: ELOCK });
    refuses(s, ev('RELEASE'), 'an advance declaration (提前申报) is released only once its goods have arrived (运抵)');
  });

  it('holds a released container for reinspection when its e-lock alarms, and returns it to released when it passes', () => {
    const released = run(factoryInspected(), ev('RELEASE'));
    refuses(
      released,
      { type: 'ELOCK_ALARM', by: CUSTOMS, role: 'customs', elockId: 'EL-9999', reason: 'opened' },
      `the alarm comes from e-lock EL-9999, but this declaration's container is sealed with e-lock ${ELOCK}`,
    );
    const held = run(released, ev('ELOCK_ALARM'));
    expect(held.value).toBe('heldForReinspection');
    expect(held.context).toMatchObject({ heldFrom: 'released', alarm: 'lock opened on the road' });
    refuses(held, ev('CLOSE'), 'cannot close it: the declaration is held for reinspection after an e-lock alarm');
    refuses(held, ev('FLAG_OVERDUE'), 'only a transit (转关) has an arrival deadline to overrun');
    const back = run(held, ev('REINSPECTION_PASSED'));
    expect(back.value).toBe('released');
    expect(back.context).toMatchObject({ heldFrom: null, alarm: null, elockId: ELOCK });
    expect(run(back, ev('CLOSE')).value).toBe('closed');
    expect(run(held, ev('REFUSE')).value).toBe('refused');
  });

  it('has no alarm to raise for a container without an e-lock', () => {
    const released = run(accepted(EXPORT, false), lane('green'), ev('RELEASE'));
    refuses(released, ev('ELOCK_ALARM'), 'no e-lock (电子锁) seals the container of this declaration');
  });
});

// ---------------------------------------------------------------------------------------------
// 转关

describe('a transit (转关), e.g. Yiwu → Chongqing air-to-air', () => {
  const declared = (): Snap => run(start(TRANSIT), ev('TRANSIT_DECLARED'));

  it('is declared at the origin office, sealed, arrives at the destination office and is closed there', () => {
    const s = declared();
    expect(s.value).toBe('transitDeclared');
    expect(s.context).toMatchObject({ originOffice: 'Yiwu customs', destinationOffice: 'Chongqing Jiangbei airport customs', transitDeadline: '2025-03-03T08:00:00.000Z' });
    const sealed = run(s, ev('SEALED'));
    expect(sealed.context.elockId).toBe(ELOCK);
    refuses(sealed, ev('DELETE'), 'the declaration is a sealed transit on its way to the destination office: a sealed transit can no longer be deleted');
    refuses(sealed, ev('TRANSIT_CLOSED'), 'cannot close the transit: the declaration is a sealed transit on its way to the destination office');
    const closed = run(sealed, ev('ARRIVED_AT_DESTINATION'), ev('TRANSIT_CLOSED'));
    expect(closed.value).toBe('closed');
    expect(closed.context.overdue).toBe(false);
    refuses(closed, ev('FLAG_OVERDUE'), 'the declaration is closed (结关): no action is possible');
  });

  it('is flagged overdue once while open, and still closed when it arrives late', () => {
    const sealed = run(declared(), ev('SEALED'));
    const overdue = run(sealed, ev('FLAG_OVERDUE'));
    expect(overdue.value).toBe('sealed');
    expect(overdue.context.overdue).toBe(true);
    refuses(overdue, ev('FLAG_OVERDUE'), 'the transit is already flagged overdue');
    expect(run(overdue, ev('ARRIVED_AT_DESTINATION'), ev('TRANSIT_CLOSED')).value).toBe('closed');
    refuses(run(accepted(IMPORT, true), lane('green')), ev('FLAG_OVERDUE'), 'cannot flag the transit overdue: the declaration awaits payment of duty and tax (缴税), or a guarantee (担保)');
  });

  it('is held for reinspection when its e-lock alarms on the way, and goes back to sealed', () => {
    const held = run(declared(), ev('SEALED'), ev('ELOCK_ALARM'));
    expect(held.context.heldFrom).toBe('sealed');
    const flagged = run(held, ev('FLAG_OVERDUE'));
    expect(run(flagged, ev('REINSPECTION_PASSED')).value).toBe('sealed');
  });

  it('is declared, not submitted, and only a transit is', () => {
    refuses(start(TRANSIT), submit(false), 'a transit (转关) is declared at its origin office (TRANSIT_DECLARED), not submitted');
    refuses(start(EXPORT), ev('TRANSIT_DECLARED'), 'an export declaration is not a transit (转关): it is submitted (SUBMIT)');
    refuses(
      start(TRANSIT),
      { type: 'TRANSIT_DECLARED', by: DECLARANT, role: 'declarant', originOffice: 'Yiwu customs', destinationOffice: 'Yiwu customs', deadline: '2025-03-03' },
      'a transit must end at another customs office than the one it starts from',
    );
    refuses(
      start(TRANSIT),
      { type: 'TRANSIT_DECLARED', by: DECLARANT, role: 'declarant', originOffice: 'Yiwu customs', destinationOffice: 'CKG', deadline: '' },
      'a transit must give the deadline for its arrival, as a date',
    );
    expect(declarationInputRefusal({ kind: 'transit', mode: 'advance' })).toBe('a transit (转关) is declared in standard mode only');
  });
});
