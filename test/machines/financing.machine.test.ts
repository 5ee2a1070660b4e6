import { type SnapshotFrom, initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  CHINESE_FINANCING_STATES,
  FINAL_FINANCING_STATES,
  FINANCING_EVENTS,
  FINANCING_EVENT_TYPES,
  FINANCING_MACHINE_VERSION,
  FINANCING_STATES,
  FINANCING_STATE_EVENTS,
  type FinancingEvent,
  type FinancingEventType,
  type FinancingInput,
  type FinancingRole,
  type FinancingStateName,
  financingInputRefusal,
  financingMachine,
  financingRefusal,
} from '../../machines/financing.machine';

type Snap = SnapshotFrom<typeof financingMachine>;

const EXPORTER = 'YIWU-EXPORTER';
const BANK = 'CQ-BANK';
const INSURER = 'SINOSURE';
const BILL = 'BL-0001';
const ORDER = 'PO-0001';
const POLICY = 'POL-0001';
const PARTY: Readonly<Record<FinancingRole, string>> = { exporter: EXPORTER, bank: BANK, insurer: INSURER };
const ROLES: readonly FinancingRole[] = ['exporter', 'bank', 'insurer'];

const DISBURSED_AT = '2025-01-01T00:00:00.000Z';
const MATURITY = '2025-04-01T00:00:00.000Z';
const PART_REPAID_AT = '2025-01-31T00:00:00.000Z';
const SETTLED_AT = '2025-04-01T00:00:00.000Z';

/** Every event of every type, each as `role` sends it; both matching results and each repayment in each variant. */
function eventsAs(role: FinancingRole): FinancingEvent[] {
  const a = { by: PARTY[role], role };
  return FINANCING_EVENT_TYPES.flatMap((type): FinancingEvent[] => {
    switch (type) {
      case 'WITHDRAW':
        return [{ type, ...a, reason: 'the buyer cancelled the order' }];
      case 'REPAY':
        // 400,000 at a time leaves 600,000 then 200,000 outstanding; each can be settled in full.
        return [
          { type, ...a, principal: '400000.00', interest: '3750.00', at: PART_REPAID_AT, settlesInFull: false },
          ...['1000000.00', '600000.00', '200000.00'].map((principal) => ({ type, ...a, principal, interest: '4500.00', at: SETTLED_AT, settlesInFull: true })),
        ];
      case 'MATCH_DOCUMENTS':
        return [
          { type, ...a, result: 'passed', mismatches: 0 },
          { type, ...a, result: 'failed', mismatches: 2 },
        ];
      case 'APPROVE':
        return [{ type, ...a, limit: '1000000.00', annualRatePercent: '4.5', tenorDays: 90, currency: 'USD' }];
      case 'REJECT':
        return [{ type, ...a, reason: 'the buyer is on the sanctions list' }];
      case 'REGISTER_PLEDGE':
        return [{ type, ...a, billId: BILL }];
      case 'DISBURSE':
        return [{ type, ...a, amount: '1000000.00', at: DISBURSED_AT, maturityDate: MATURITY }];
      case 'FLAG_OVERDUE':
        return [{ type, ...a, at: '2025-04-02T00:00:00.000Z' }];
      case 'DECLARE_DEFAULT':
        return [{ type, ...a, reason: '30 days past maturity, the exporter stopped paying' }];
      case 'WRITE_OFF':
        return [{ type, ...a, reason: 'no collateral, no cover, nothing recovered' }];
      case 'CLAIM_PAID':
        return [{ type, ...a, amount: '900000.00', payeeId: BANK }];
      default:
        return [{ type, ...a } as FinancingEvent];
    }
  });
}

const graphEvents: FinancingEvent[] = ROLES.flatMap(eventsAs);

/** One sample event of `type` as `role` sends it (the first variant). */
function ev<T extends FinancingEventType>(type: T, role: FinancingRole = FINANCING_EVENTS[type].role): Extract<FinancingEvent, { type: T }> {
  return eventsAs(role).find((e) => e.type === type) as Extract<FinancingEvent, { type: T }>;
}

const state = (s: Snap): FinancingStateName => s.value as FinancingStateName;
const refusal = (s: Snap, e: FinancingEvent): string | null => financingRefusal(state(s), s.context, e);
const start = (input: FinancingInput): Snap => initialTransition(financingMachine, input)[0];

/** Applies events that must be accepted. */
function run(s: Snap, ...events: FinancingEvent[]): Snap {
  for (const e of events) {
    expect({ state: s.value, event: e, refusal: refusal(s, e) }).toEqual({ state: s.value, event: e, refusal: null });
    expect(s.can(e)).toBe(true);
    s = transition(financingMachine, s, e)[0];
  }
  return s;
}

/** The event must be refused with exactly this message, and leave the financing as it was. */
function refuses(s: Snap, e: FinancingEvent, message: string): void {
  expect({ event: e, refusal: refusal(s, e) }).toEqual({ event: e, refusal: message });
  expect(s.can(e)).toBe(false);
  const [next] = transition(financingMachine, s, e);
  expect(next.value).toEqual(s.value);
  expect(next.context).toEqual(s.context);
}

const matched = (result: 'passed' | 'failed', mismatches: number): FinancingEvent => ({ type: 'MATCH_DOCUMENTS', by: BANK, role: 'bank', result, mismatches });
const repay = (principal: string, interest: string, at: string, settlesInFull: boolean): FinancingEvent => ({
  type: 'REPAY',
  by: EXPORTER,
  role: 'exporter',
  principal,
  interest,
  at,
  settlesInFull,
});
const approve = (terms: Partial<Extract<FinancingEvent, { type: 'APPROVE' }>> = {}): FinancingEvent => ({ ...ev('APPROVE'), ...terms });

const BILL_PLEDGE: FinancingInput = { kind: 'billPledge', exporterId: EXPORTER, bankId: BANK, billId: BILL };
const INSURED_BILL_PLEDGE: FinancingInput = { ...BILL_PLEDGE, insurance: { policyId: POLICY, insurerId: INSURER } };
const PRE_SHIPMENT: FinancingInput = { kind: 'preShipment', exporterId: EXPORTER, bankId: BANK, orderId: ORDER };
const POLICY_FINANCING: FinancingInput = { kind: 'policyFinancing', exporterId: EXPORTER, bankId: BANK, billId: BILL, insurance: { policyId: POLICY, insurerId: INSURER } };

const approved = (input: FinancingInput): Snap => run(start(input), ev('START_REVIEW'), matched('passed', 0), ev('APPROVE'));
const disbursed = (input: FinancingInput): Snap =>
  run(approved(input), ...(input.kind === 'billPledge' ? [ev('REGISTER_PLEDGE')] : []), ev('DISBURSE'));
const defaulted = (input: FinancingInput): Snap => run(disbursed(input), ev('FLAG_OVERDUE'), ev('DECLARE_DEFAULT'));

// ---------------------------------------------------------------------------------------------
// Path tests: every state and situation each kind can reach, and what each role may send there.

function explore(input: FinancingInput): Snap[] {
  const paths = getShortestPaths(financingMachine, {
    events: graphEvents,
    input,
    serializeState: (s) => JSON.stringify({ value: s.value, context: s.context }),
  });
  return paths.sort((a, b) => a.steps.length - b.steps.length).map((p) => p.state as Snap);
}

/** The state, and what in the record changes which events it takes. */
function situation(s: Snap): string {
  const v = state(s);
  if (v === 'underReview') return `underReview(${s.context.matching ?? 'not matched'})`;
  if ((v === 'disbursed' || v === 'overdue') && s.context.repayments.length > 0) return `${v}(part repaid)`;
  return v;
}

type Row = Record<FinancingRole, FinancingEventType[]>;
type Table = Record<string, Row>;

const row = (exporter: FinancingEventType[], bank: FinancingEventType[] = [], insurer: FinancingEventType[] = []): Row => ({ exporter, bank, insurer });
const NOTHING = row([]);
const finals = (...states: FinancingStateName[]): Table => Object.fromEntries(states.map((s) => [s, NOTHING]));

/** The specification. Every event not listed is refused, with a reason. */
const common: Table = {
  applied: row(['WITHDRAW'], ['START_REVIEW']),
  'underReview(not matched)': row(['WITHDRAW'], ['MATCH_DOCUMENTS', 'REJECT']),
  // a failed matching blocks approval until a new run passes
  'underReview(failed)': row(['WITHDRAW'], ['MATCH_DOCUMENTS', 'REJECT']),
  'underReview(passed)': row(['WITHDRAW'], ['APPROVE', 'MATCH_DOCUMENTS', 'REJECT']),
  disbursed: row(['REPAY'], ['FLAG_OVERDUE']),
  'disbursed(part repaid)': row(['REPAY'], ['FLAG_OVERDUE']),
  overdue: row(['REPAY'], ['DECLARE_DEFAULT']),
  'overdue(part repaid)': row(['REPAY'], ['DECLARE_DEFAULT']),
  ...finals('closed', 'rejected', 'withdrawn'),
};

const billPledgeTable: Table = {
  ...common,
  approved: row(['WITHDRAW'], ['REGISTER_PLEDGE']),
  pledgeRegistered: row(['WITHDRAW'], ['DISBURSE']),
  defaulted: row([], ['ENFORCE', 'WRITE_OFF']),
  enforced: row([], ['CLOSE']),
  repaid: row([], ['RELEASE_COLLATERAL']),
  collateralReleased: row([], ['CLOSE']),
};

const insuredBillPledgeTable: Table = {
  ...billPledgeTable,
  defaulted: row([], ['ENFORCE', 'WRITE_OFF'], ['CLAIM_PAID']),
  claimPaid: row([], ['RELEASE_COLLATERAL']),
};

const preShipmentTable: Table = {
  ...common,
  approved: row(['WITHDRAW'], ['DISBURSE']),
  defaulted: row([], ['WRITE_OFF']),
  repaid: row([], ['CLOSE']),
};

const policyFinancingTable: Table = {
  ...preShipmentTable,
  defaulted: row([], ['WRITE_OFF'], ['CLAIM_PAID']),
  claimPaid: row([], ['CLOSE']),
};

const KINDS = [
  ['a bill pledge loan', BILL_PLEDGE, billPledgeTable],
  ['an insured bill pledge loan', INSURED_BILL_PLEDGE, insuredBillPledgeTable],
  ['a pre-shipment loan', PRE_SHIPMENT, preShipmentTable],
  ['a policy financing', POLICY_FINANCING, policyFinancingTable],
] as const;

const explored = new Map(KINDS.map(([name, input]) => [name, explore(input)]));

describe.each(KINDS)('%s', (name, input, table) => {
  const nodes = explored.get(name)!;

  it('is a valid application', () => {
    expect(financingInputRefusal(input)).toBeNull();
  });

  it('reaches exactly the situations of its table', () => {
    expect([...new Set(nodes.map(situation))].sort()).toEqual(Object.keys(table).sort());
  });

  it.each(Object.keys(table))('in %s each role may send exactly its events', (key) => {
    const candidates = nodes.filter((s) => situation(s) === key);
    expect(candidates.length).toBeGreaterThan(0);
    for (const snapshot of candidates) {
      const taken = (role: FinancingRole): FinancingEventType[] => [...new Set(eventsAs(role).filter((e) => snapshot.can(e)).map((e) => e.type))].sort();
      expect({ exporter: taken('exporter'), bank: taken('bank'), insurer: taken('insurer') }).toEqual({
        exporter: [...table[key].exporter].sort(),
        bank: [...table[key].bank].sort(),
        insurer: [...table[key].insurer].sort(),
      });
    }
  });

  it('handles or refuses, with a reason, every event in every reachable node', () => {
    const wrong: unknown[] = [];
    for (const s of nodes) {
      for (const e of graphEvents) {
        const why = refusal(s, e);
        const [next] = transition(financingMachine, s, e);
        const changed = JSON.stringify([next.value, next.context]) !== JSON.stringify([s.value, s.context]);
        // Re-running the matching with the result already on record is accepted and records nothing new.
        const repeatsMatching = e.type === 'MATCH_DOCUMENTS' && s.context.matching === e.result && s.context.mismatchCount === e.mismatches;
        const consistent = why === null ? s.can(e) && (changed || repeatsMatching) : /\S/.test(why) && !s.can(e) && !changed;
        if (!consistent) wrong.push({ state: s.value, context: s.context, event: e, why, can: s.can(e), changed });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every event sent in the wrong role, in every node', () => {
    const wrong: unknown[] = [];
    for (const s of nodes) {
      for (const role of ROLES) {
        for (const e of eventsAs(role)) {
          const rule = FINANCING_EVENTS[e.type];
          if (rule.role === role) continue;
          const expected = `only the ${rule.role} ${rule.does}`;
          if (refusal(s, e) !== expected || s.can(e)) wrong.push({ state: s.value, event: e, why: refusal(s, e) });
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

it('reaches every state of FINANCING_STATES with one kind or another', () => {
  const reached = new Set([...explored.values()].flatMap((nodes) => nodes.map(state)));
  expect([...reached].sort()).toEqual([...FINANCING_STATES].sort());
  expect(Object.keys(financingMachine.states).sort()).toEqual([...FINANCING_STATES].sort());
});

it('handles in each state exactly the events FINANCING_STATE_EVENTS lists', () => {
  for (const s of FINANCING_STATES) {
    const own = financingMachine.states[s].ownEvents.filter((e) => !e.startsWith('xstate.'));
    expect({ state: s, events: [...own].sort() }).toEqual({ state: s, events: [...FINANCING_STATE_EVENTS[s]].sort() });
  }
  const handled = new Set(FINANCING_STATES.flatMap((s) => FINANCING_STATE_EVENTS[s]));
  expect([...handled].sort()).toEqual([...FINANCING_EVENT_TYPES].sort());
  for (const s of FINAL_FINANCING_STATES) expect(financingMachine.states[s].type).toBe('final');
});

it('names only assign actions, so applying an event queues no outbox effect', () => {
  const actions = Object.values(financingMachine.implementations.actions as Record<string, { type?: string }>);
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) expect(action.type).toBe('xstate.assign');
});

it('gives every state its Chinese name, and is version 1', () => {
  expect(Object.keys(CHINESE_FINANCING_STATES).sort()).toEqual([...FINANCING_STATES].sort());
  expect(CHINESE_FINANCING_STATES).toMatchObject({
    applied: '申请',
    rejected: '拒绝',
    pledgeRegistered: '质押登记',
    disbursed: '放款',
    collateralReleased: '解除质押',
    closed: '结清',
    overdue: '逾期',
    defaulted: '违约',
  });
  expect(CHINESE_FINANCING_STATES.underReview).toContain('四单对碰');
  expect(CHINESE_FINANCING_STATES.repaid).toContain('还款');
  expect(CHINESE_FINANCING_STATES.enforced).toContain('处置');
  expect(CHINESE_FINANCING_STATES.claimPaid).toContain('理赔');
  expect(FINANCING_MACHINE_VERSION).toBe(1);
});

// ---------------------------------------------------------------------------------------------
// Applications

describe('applications', () => {
  it('pledges a bill, finances an order before shipment, or rests on an insurance policy', () => {
    expect(financingInputRefusal({ kind: 'billPledge', exporterId: EXPORTER, bankId: BANK })).toBe('a bill pledge loan (提单质押融资) must name the bill it pledges');
    expect(financingInputRefusal({ kind: 'preShipment', exporterId: EXPORTER, bankId: BANK })).toBe('a pre-shipment loan (订单融资) must name the order it finances');
    expect(financingInputRefusal({ ...PRE_SHIPMENT, billId: BILL })).toBe(
      'a pre-shipment loan (订单融资) is made before a bill exists: a loan against a bill is a bill pledge loan',
    );
    expect(financingInputRefusal({ kind: 'policyFinancing', exporterId: EXPORTER, bankId: BANK, billId: BILL })).toBe(
      'policy financing (信保融资) must name the export credit insurance policy and its insurer',
    );
    expect(financingInputRefusal({ kind: 'policyFinancing', exporterId: EXPORTER, bankId: BANK, insurance: { policyId: POLICY, insurerId: INSURER } })).toBe(
      'policy financing (信保融资) must name the bill or the order of the insured shipment',
    );
    expect(financingInputRefusal({ ...POLICY_FINANCING, billId: null, orderId: ORDER })).toBeNull();
  });

  it('names three distinct parties and a known kind', () => {
    expect(financingInputRefusal({ ...BILL_PLEDGE, kind: 'factoring' as FinancingInput['kind'] })).toBe("'factoring' is not a financing kind");
    expect(financingInputRefusal({ ...BILL_PLEDGE, bankId: ' ' })).toBe('an application must name the exporter and the bank');
    expect(financingInputRefusal({ ...BILL_PLEDGE, bankId: EXPORTER })).toBe('an exporter cannot borrow from itself');
    expect(financingInputRefusal({ ...BILL_PLEDGE, insurance: { policyId: POLICY, insurerId: BANK } })).toBe(
      'the insurer must be another party than the exporter and the bank',
    );
    expect(financingInputRefusal({ ...BILL_PLEDGE, insurance: { policyId: '', insurerId: INSURER } })).toBe('an insurance cover must name the policy and the insurer');
  });

  it('starts applied with nothing matched, approved or disbursed', () => {
    const s = start(INSURED_BILL_PLEDGE);
    expect(s.value).toBe('applied');
    expect(s.context).toMatchObject({ kind: 'billPledge', billId: BILL, orderId: null, insurancePolicyId: POLICY, insurerId: INSURER, matching: null, limit: null, repayments: [] });
  });
});

// ---------------------------------------------------------------------------------------------
// Who may act

describe('roles and parties', () => {
  it('refuses bank events from the exporter, exporter events from the bank, and claims from anyone but the insurer', () => {
    const review = run(start(BILL_PLEDGE), ev('START_REVIEW'), matched('passed', 0));
    refuses(review, ev('APPROVE', 'exporter'), 'only the bank approves an application');
    refuses(start(BILL_PLEDGE), ev('START_REVIEW', 'insurer'), 'only the bank starts the review of an application');
    refuses(start(BILL_PLEDGE), ev('WITHDRAW', 'bank'), 'only the exporter withdraws an application');
    refuses(disbursed(BILL_PLEDGE), ev('REPAY', 'bank'), 'only the exporter repays a loan');
    refuses(defaulted(INSURED_BILL_PLEDGE), ev('CLAIM_PAID', 'bank'), 'only the insurer pays an insurance claim');
    // the role is checked first: an exporter can never disburse, whatever the state
    refuses(start(BILL_PLEDGE), ev('DISBURSE', 'exporter'), 'only the bank disburses a loan');
  });

  it('refuses the parties this financing does not name', () => {
    refuses(start(BILL_PLEDGE), { ...ev('START_REVIEW'), by: 'OTHER-BANK' }, 'OTHER-BANK is not the bank of this financing (CQ-BANK is)');
    refuses(start(BILL_PLEDGE), { ...ev('WITHDRAW'), by: 'OTHER-EXPORTER' }, 'OTHER-EXPORTER is not the exporter of this financing (YIWU-EXPORTER is)');
    refuses(defaulted(INSURED_BILL_PLEDGE), { ...ev('CLAIM_PAID'), by: 'OTHER-INSURER' }, 'OTHER-INSURER is not the insurer of this financing (SINOSURE is)');
    refuses(defaulted(BILL_PLEDGE), ev('CLAIM_PAID'), 'the financing has no export credit insurance (出口信保) policy: no insurer acts on it');
  });

  it('refuses an event that names no party, or an unknown role', () => {
    refuses(start(BILL_PLEDGE), { ...ev('START_REVIEW'), by: ' ' }, 'every financing event must name the party that sends it');
    refuses(start(BILL_PLEDGE), { ...ev('START_REVIEW'), role: 'carrier' as FinancingRole }, "'carrier' is not a financing role: it is 'exporter', 'bank' or 'insurer'");
  });
});

// ---------------------------------------------------------------------------------------------
// 四单对碰

describe('four-document matching (四单对碰) gates the approval', () => {
  const review = (): Snap => run(start(BILL_PLEDGE), ev('START_REVIEW'));

  it('refuses approval before any matching, and while the last one failed', () => {
    refuses(review(), ev('APPROVE'), 'the four documents (四单对碰) have not been matched yet: the bank matches them before it approves');
    const failed = run(review(), matched('failed', 1));
    expect(failed.context).toMatchObject({ matching: 'failed', mismatchCount: 1 });
    refuses(failed, ev('APPROVE'), 'the last four-document matching (四单对碰) found 1 mismatch(es): the bank cannot approve until the documents are corrected and matched again');
  });

  it('approves once a new run after the correction passes, and records the terms', () => {
    const corrected = run(review(), matched('failed', 1), matched('passed', 0));
    expect(corrected.context).toMatchObject({ matching: 'passed', mismatchCount: 0 });
    const s = run(corrected, approve({ limit: '1000000' }));
    expect(s.value).toBe('approved');
    expect(s.context).toMatchObject({ limit: '1000000.00', annualRatePercent: '4.5', tenorDays: 90, currency: 'USD' });
  });

  it('blocks approval again when a later run fails', () => {
    const s = run(review(), matched('passed', 0), matched('failed', 3));
    refuses(s, ev('APPROVE'), 'the last four-document matching (四单对碰) found 3 mismatch(es): the bank cannot approve until the documents are corrected and matched again');
  });

  it('takes a matching result only while the application is under review, and a consistent one', () => {
    refuses(start(BILL_PLEDGE), matched('passed', 0), 'cannot record a matching result: the financing is applied for (申请) and awaits the bank\'s review');
    refuses(approved(BILL_PLEDGE), matched('failed', 1), 'cannot record a matching result: the financing is approved (批准) and awaits the pledge of its bill or its disbursement');
    refuses(review(), matched('passed', 2), 'a matching with mismatches has failed, not passed');
    refuses(review(), matched('failed', 0), 'a failed matching must count at least one mismatch');
    refuses(review(), matched('failed', 1.5), 'a matching result must count its mismatches, as a whole number');
    refuses(review(), { ...ev('MATCH_DOCUMENTS'), result: 'maybe' } as unknown as FinancingEvent, "'maybe' is not a matching result: it is passed or failed");
  });

  it('refuses terms that cannot be lent on', () => {
    const passed = run(review(), matched('passed', 0));
    refuses(passed, approve({ currency: 'usd' }), "'usd' is not an ISO 4217 currency the simulator knows");
    refuses(passed, approve({ currency: 'XYZ' }), "'XYZ' is not an ISO 4217 currency the simulator knows");
    refuses(passed, approve({ limit: '0' }), 'the limit must be greater than zero, got 0');
    refuses(passed, approve({ limit: 'lots' }), "the limit must be a decimal amount, got 'lots'");
    refuses(passed, approve({ limit: '1000.005' }), "the limit 1000.005 has more decimals than USD's 2");
    refuses(passed, approve({ annualRatePercent: '100' }), "the annual rate must be a percentage from 0 up to 100, got '100'");
    refuses(passed, approve({ annualRatePercent: '-1' }), "the annual rate must be a percentage from 0 up to 100, got '-1'");
    refuses(passed, approve({ tenorDays: 0 }), 'the tenor must be a whole number of days from 1 to 360, got 0');
    refuses(passed, approve({ tenorDays: 361 }), 'the tenor must be a whole number of days from 1 to 360, got 361');
    refuses(passed, approve({ tenorDays: 30.5 }), 'the tenor must be a whole number of days from 1 to 360, got 30.5');
    expect(run(passed, approve({ annualRatePercent: '0', tenorDays: 360 })).value).toBe('approved');
  });

  it('rejects with a reason', () => {
    refuses(review(), { ...ev('REJECT'), reason: '' }, 'a rejection must give its reason');
    const s = run(review(), ev('REJECT'));
    expect(s.value).toBe('rejected');
    expect(s.context.rejectionReason).toBe('the buyer is on the sanctions list');
    refuses(s, matched('passed', 0), 'the financing was rejected (拒绝): no action is possible');
  });
});

// ---------------------------------------------------------------------------------------------
// Pledge and disbursement

describe('pledge and disbursement', () => {
  it('pledges the bill before a bill pledge loan is disbursed, and only the bill named', () => {
    const s = approved(BILL_PLEDGE);
    refuses(s, ev('DISBURSE'), 'the bill must be pledged to the bank (质押登记) before a bill pledge loan is disbursed');
    refuses(s, { ...ev('REGISTER_PLEDGE'), billId: 'BL-9999' }, 'the financing pledges bill BL-0001, not BL-9999');
    const pledged = run(s, ev('REGISTER_PLEDGE'));
    expect(pledged.value).toBe('pledgeRegistered');
    const out = run(pledged, ev('DISBURSE'));
    expect(out.value).toBe('disbursed');
    expect(out.context).toMatchObject({ principal: '1000000.00', outstandingPrincipal: '1000000.00', disbursedAt: DISBURSED_AT, maturityDate: MATURITY });
  });

  it('disburses a pre-shipment loan and a policy financing directly, without a pledge', () => {
    refuses(approved(PRE_SHIPMENT), ev('REGISTER_PLEDGE'), 'only a bill pledge loan (提单质押融资) pledges a bill: a pre-shipment loan is disbursed without one');
    refuses(approved(POLICY_FINANCING), ev('REGISTER_PLEDGE'), 'only a bill pledge loan (提单质押融资) pledges a bill: a policy financing is disbursed without one');
    expect(run(approved(PRE_SHIPMENT), ev('DISBURSE')).value).toBe('disbursed');
  });

  it('disburses at most the limit, with a maturity after the disbursement', () => {
    const s = approved(PRE_SHIPMENT);
    refuses(s, { ...ev('DISBURSE'), amount: '1000000.01' }, 'a disbursement of 1000000.01 USD exceeds the approved limit of 1000000.00 USD');
    refuses(s, { ...ev('DISBURSE'), amount: '-5' }, 'a disbursement must be greater than zero, got -5');
    refuses(s, { ...ev('DISBURSE'), amount: '10.001' }, 'the disbursement 10.001 has more decimals than USD has');
    refuses(s, { ...ev('DISBURSE'), at: 'today' }, 'a disbursement must give when it was made, as a date');
    refuses(s, { ...ev('DISBURSE'), maturityDate: DISBURSED_AT }, 'the maturity date must come after the disbursement');
    expect(run(s, { ...ev('DISBURSE'), amount: '750000' }).context).toMatchObject({ principal: '750000.00', outstandingPrincipal: '750000.00' });
  });

  it('is withdrawn by the exporter before disbursement, never after', () => {
    const pledged = run(approved(BILL_PLEDGE), ev('REGISTER_PLEDGE'));
    refuses(pledged, { ...ev('WITHDRAW'), reason: ' ' }, 'a withdrawal must give its reason');
    const withdrawn = run(pledged, ev('WITHDRAW'));
    expect(withdrawn.value).toBe('withdrawn');
    expect(withdrawn.context.withdrawalReason).toBe('the buyer cancelled the order');
    refuses(disbursed(BILL_PLEDGE), ev('WITHDRAW'), 'the financing is disbursed (放款) and awaits repayment: it can no longer be withdrawn, since the loan was disbursed');
  });
});

// ---------------------------------------------------------------------------------------------
// Repayment and closure

describe('repayment and closure', () => {
  it('stays disbursed on a partial repayment and records it; the repayment in full moves to repaid', () => {
    const part = run(disbursed(BILL_PLEDGE), repay('400000.00', '3750.00', PART_REPAID_AT, false));
    expect(part.value).toBe('disbursed');
    expect(part.context).toMatchObject({ outstandingPrincipal: '600000.00', repayments: [{ at: PART_REPAID_AT, principal: '400000.00', interest: '3750.00' }] });
    const repaid = run(part, repay('600000', '4500', SETTLED_AT, true));
    expect(repaid.value).toBe('repaid');
    expect(repaid.context.outstandingPrincipal).toBe('0.00');
    expect(repaid.context.repayments).toEqual([
      { at: PART_REPAID_AT, principal: '400000.00', interest: '3750.00' },
      { at: SETTLED_AT, principal: '600000.00', interest: '4500.00' },
    ]);
  });

  it('checks the verdict settlesInFull against the outstanding principal', () => {
    const part = run(disbursed(BILL_PLEDGE), repay('400000.00', '3750.00', PART_REPAID_AT, false));
    refuses(part, repay('500000.00', '0', SETTLED_AT, true), 'a repayment settles the loan in full only when it repays all the outstanding principal of 600000.00 USD');
    refuses(part, repay('600000.01', '0', SETTLED_AT, false), 'the repayment of 600000.01 USD exceeds the outstanding principal of 600000.00 USD');
    // the principal is repaid but interest is left: the service says so, and the loan stays disbursed
    const principalOnly = run(part, repay('600000.00', '0', SETTLED_AT, false));
    expect(principalOnly.value).toBe('disbursed');
    expect(principalOnly.context.outstandingPrincipal).toBe('0.00');
    expect(run(principalOnly, repay('0', '4500.00', SETTLED_AT, true)).value).toBe('repaid');
  });

  it('refuses repayments that pay nothing, are malformed, or are dated before the last one', () => {
    const s = run(disbursed(PRE_SHIPMENT), repay('400000.00', '0', PART_REPAID_AT, false));
    refuses(s, repay('0', '0.00', SETTLED_AT, false), 'a repayment must pay some principal or interest');
    refuses(s, repay('-1', '0', SETTLED_AT, false), "the principal repaid must be a decimal amount of 0 or more, got '-1'");
    refuses(s, repay('1', 'none', SETTLED_AT, false), "the interest paid must be a decimal amount of 0 or more, got 'none'");
    refuses(s, repay('1.001', '0', SETTLED_AT, false), 'a repayment in USD has at most 2 decimals');
    refuses(s, repay('1', '0', 'soon', false), 'a repayment must give when it was made, as a date');
    refuses(s, repay('1', '0', '2025-01-15T00:00:00.000Z', false), `a repayment cannot be dated before the disbursement or the previous repayment (${PART_REPAID_AT})`);
    refuses(disbursed(PRE_SHIPMENT), repay('1', '0', '2024-12-31T00:00:00.000Z', false), `a repayment cannot be dated before the disbursement or the previous repayment (${DISBURSED_AT})`);
    refuses(s, { ...repay('1', '0', SETTLED_AT, false), settlesInFull: 'yes' } as unknown as FinancingEvent, 'a repayment must say whether it settles the loan in full');
  });

  it('releases the pledged bill before a bill pledge loan is closed', () => {
    const repaid = run(disbursed(BILL_PLEDGE), repay('1000000.00', '11250.00', SETTLED_AT, true));
    refuses(repaid, ev('CLOSE'), 'the pledged bill must be released to its owner (解除质押) before the financing is closed');
    const released = run(repaid, ev('RELEASE_COLLATERAL'));
    expect(released.value).toBe('collateralReleased');
    const closed = run(released, ev('CLOSE'));
    expect(closed.value).toBe('closed');
    refuses(closed, ev('RELEASE_COLLATERAL'), 'the financing is closed (结清): no action is possible');
  });

  it('closes a pre-shipment loan directly: it has no collateral to release', () => {
    const repaid = run(disbursed(PRE_SHIPMENT), repay('1000000.00', '11250.00', SETTLED_AT, true));
    refuses(repaid, ev('RELEASE_COLLATERAL'), 'only a bill pledge loan (提单质押融资) has a pledged bill to release: a pre-shipment loan is closed directly');
    expect(run(repaid, ev('CLOSE')).value).toBe('closed');
  });
});

// ---------------------------------------------------------------------------------------------
// Overdue, default, enforcement and claims

describe('overdue and default', () => {
  it('is flagged overdue only after its maturity date', () => {
    const s = disbursed(BILL_PLEDGE);
    refuses(s, { ...ev('FLAG_OVERDUE'), at: MATURITY }, `a loan is overdue only after its maturity date ${MATURITY}: flagged at ${MATURITY}`);
    refuses(s, { ...ev('FLAG_OVERDUE'), at: '' }, 'an overdue flag must give when it was raised, as a date');
    const overdue = run(s, ev('FLAG_OVERDUE'));
    expect(overdue.value).toBe('overdue');
    expect(overdue.context.overdueSince).toBe('2025-04-02T00:00:00.000Z');
  });

  it('takes late repayments: partial ones stay overdue, the last one settles the loan', () => {
    const overdue = run(disbursed(PRE_SHIPMENT), ev('FLAG_OVERDUE'));
    const part = run(overdue, repay('400000.00', '12000.00', '2025-04-10T00:00:00.000Z', false));
    expect(part.value).toBe('overdue');
    expect(run(part, repay('600000.00', '1500.00', '2025-04-20T00:00:00.000Z', true)).value).toBe('repaid');
  });

  it('is declared in default with a reason', () => {
    const overdue = run(disbursed(BILL_PLEDGE), ev('FLAG_OVERDUE'));
    refuses(overdue, { ...ev('DECLARE_DEFAULT'), reason: '' }, 'a default must give its reason');
    expect(run(overdue, ev('DECLARE_DEFAULT')).context.defaultReason).toBe('30 days past maturity, the exporter stopped paying');
  });

  it('enforces a bill pledge: the bank takes title, then closes the loan', () => {
    const enforced = run(defaulted(BILL_PLEDGE), ev('ENFORCE'));
    expect(enforced.value).toBe('enforced');
    refuses(enforced, ev('RELEASE_COLLATERAL'), 'cannot release the collateral: the financing was enforced (处置): the bank took title to the pledged bill');
    expect(run(enforced, ev('CLOSE')).value).toBe('closed');
    refuses(defaulted(POLICY_FINANCING), ev('ENFORCE'), 'only a bill pledge loan (提单质押融资) has a pledged bill to enforce: a policy financing has none');
  });

  it('takes an insurance claim paid to the bank, then releases the bill and closes', () => {
    const s = defaulted(INSURED_BILL_PLEDGE);
    refuses(s, { ...ev('CLAIM_PAID'), payeeId: EXPORTER }, 'the claim is assigned to the financing bank CQ-BANK: it is paid to it, not to YIWU-EXPORTER');
    refuses(s, { ...ev('CLAIM_PAID'), amount: '0' }, 'a claim payment must be greater than zero, got 0');
    const claimed = run(s, ev('CLAIM_PAID'));
    expect(claimed.value).toBe('claimPaid');
    expect(claimed.context.claimPaidAmount).toBe('900000.00');
    refuses(claimed, ev('CLOSE'), 'the pledged bill must be released to its owner (解除质押) before the financing is closed');
    expect(run(claimed, ev('RELEASE_COLLATERAL'), ev('CLOSE')).value).toBe('closed');
    expect(run(defaulted(POLICY_FINANCING), ev('CLAIM_PAID'), ev('CLOSE')).value).toBe('closed');
  });

  it('writes off a defaulted loan with neither collateral nor cover', () => {
    const s = defaulted(PRE_SHIPMENT);
    refuses(s, { ...ev('WRITE_OFF'), reason: '' }, 'a write-off must give its reason');
    const closed = run(s, ev('WRITE_OFF'));
    expect(closed.value).toBe('closed');
    expect(closed.context.writeOffReason).toBe('no collateral, no cover, nothing recovered');
  });

  it('cannot default a loan that is not overdue', () => {
    refuses(disbursed(BILL_PLEDGE), ev('DECLARE_DEFAULT'), 'cannot declare it in default: the financing is disbursed (放款) and awaits repayment');
  });
});
