import { type SnapshotFrom, createActor, initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  FINAL_REFUND_STATES,
  REFUND_CHINESE_NAMES,
  REFUND_EVENTS,
  REFUND_EVENT_TYPES,
  REFUND_MACHINE_VERSION,
  REFUND_STATES,
  REFUND_STATE_EVENTS,
  type RefundEvent,
  type RefundEventType,
  type RefundInput,
  type RefundRole,
  type RefundStateName,
  initialRefundContext,
  refundInputRefusal,
  refundMachine,
  refundRefusal,
  refundTarget,
} from '../../machines/refund.machine';

type Snap = SnapshotFrom<typeof refundMachine>;

const EXPORTER = 'YIWU-TRADING';
const TAX = 'YIWU-TAX-BUREAU';
const INPUT: RefundInput = { appliedAmount: '12800.50', currency: 'CNY' };

/** One valid event of every type, as `role` sends it. */
function eventsAs(role: RefundRole): RefundEvent[] {
  const a = { by: role === 'taxAuthority' ? TAX : EXPORTER, role };
  return REFUND_EVENT_TYPES.map((type): RefundEvent => {
    switch (type) {
      case 'APPROVE':
        return { type, ...a, amount: '12000.00' };
      case 'REJECT':
        return { type, ...a, reason: 'the VAT invoice (增值税专用发票) does not match the declaration' };
      case 'PAY':
        return { type, ...a, reference: 'PBOC-TR-20250301-0042' };
      case 'WITHDRAW':
        return { type, ...a, reason: 'the goods were returned by the buyer' };
    }
  });
}

const allEvents: RefundEvent[] = [...eventsAs('exporter'), ...eventsAs('taxAuthority')];

/** The sample event of `type`, sent by its own role unless told otherwise. */
function ev<T extends RefundEventType>(type: T, role: RefundRole = REFUND_EVENTS[type].role): Extract<RefundEvent, { type: T }> {
  return eventsAs(role).find((e) => e.type === type) as Extract<RefundEvent, { type: T }>;
}
const approve = (amount: string): RefundEvent => ({ type: 'APPROVE', by: TAX, role: 'taxAuthority', amount });

const state = (s: Snap): RefundStateName => s.value as RefundStateName;
const refusal = (s: Snap, e: RefundEvent): string | null => refundRefusal(state(s), s.context, e);
const start = (input: RefundInput = INPUT): Snap => initialTransition(refundMachine, input)[0];

/** Applies events that must be accepted. */
function run(s: Snap, ...events: RefundEvent[]): Snap {
  for (const e of events) {
    expect({ state: s.value, event: e, refusal: refusal(s, e) }).toEqual({ state: s.value, event: e, refusal: null });
    expect(s.can(e)).toBe(true);
    const [next] = transition(refundMachine, s, e);
    expect(next.value).toBe(refundTarget(state(s), e));
    s = next;
  }
  return s;
}

/** The event must be refused with exactly this message, and leave the refund as it was. */
function refuses(s: Snap, e: RefundEvent, message: string): void {
  expect({ event: e, refusal: refusal(s, e) }).toEqual({ event: e, refusal: message });
  expect(s.can(e)).toBe(false);
  const [next] = transition(refundMachine, s, e);
  expect(next.value).toEqual(s.value);
  expect(next.context).toEqual(s.context);
}

/** A snapshot in each state, by the shortest path there. */
const AT: Record<RefundStateName, () => Snap> = {
  applied: () => start(),
  approved: () => run(start(), ev('APPROVE')),
  rejected: () => run(start(), ev('REJECT')),
  paid: () => run(start(), ev('APPROVE'), ev('PAY')),
  withdrawn: () => run(start(), ev('WITHDRAW')),
};

type Row = Record<RefundRole, RefundEventType[]>;
/** The specification: what each role may send in each state. Everything else is refused, with a reason. */
const TABLE: Record<RefundStateName, Row> = {
  applied: { exporter: ['WITHDRAW'], taxAuthority: ['APPROVE', 'REJECT'] },
  approved: { exporter: [], taxAuthority: ['PAY'] },
  rejected: { exporter: [], taxAuthority: [] },
  paid: { exporter: [], taxAuthority: [] },
  withdrawn: { exporter: [], taxAuthority: [] },
};

it('reaches every state of REFUND_STATES, and has no other', () => {
  const paths = getShortestPaths(refundMachine, { events: allEvents, input: INPUT });
  expect([...new Set(paths.map((p) => p.state.value as string))].sort()).toEqual([...REFUND_STATES].sort());
  expect(Object.keys(refundMachine.states).sort()).toEqual([...REFUND_STATES].sort());
  for (const s of REFUND_STATES) expect(state(AT[s]())).toBe(s);
  expect([...FINAL_REFUND_STATES].sort()).toEqual(['paid', 'rejected', 'withdrawn']);
  for (const s of FINAL_REFUND_STATES) expect(AT[s]().status).toBe('done');
});

it('handles in each state exactly the events REFUND_STATE_EVENTS lists', () => {
  for (const s of REFUND_STATES) {
    const own = refundMachine.states[s].ownEvents.filter((e) => !e.startsWith('xstate.'));
    expect({ state: s, events: [...own].sort() }).toEqual({ state: s, events: [...REFUND_STATE_EVENTS[s]].sort() });
  }
});

it('names only assign actions, so applying an event queues no outbox effect', () => {
  const actions = Object.values(refundMachine.implementations.actions as Record<string, { type?: string }>);
  expect(actions.length).toBe(4);
  for (const action of actions) expect(action.type).toBe('xstate.assign');
});

it('gives every state its Chinese name, and is version 1', () => {
  expect(REFUND_CHINESE_NAMES).toEqual({ applied: '申报', approved: '审核通过', rejected: '不予退税', paid: '已退库', withdrawn: '撤回' });
  expect(REFUND_MACHINE_VERSION).toBe(1);
});

describe.each(REFUND_STATES)('in %s', (name) => {
  it('each role may send exactly its events', () => {
    const s = AT[name]();
    const taken = (role: RefundRole): RefundEventType[] => eventsAs(role).filter((e) => s.can(e)).map((e) => e.type).sort();
    expect({ exporter: taken('exporter'), taxAuthority: taken('taxAuthority') }).toEqual({
      exporter: [...TABLE[name].exporter].sort(),
      taxAuthority: [...TABLE[name].taxAuthority].sort(),
    });
  });

  it('refuses every other event with a reason, and leaves the snapshot unchanged', () => {
    const s = AT[name]();
    for (const e of allEvents) {
      if (TABLE[name][e.role].includes(e.type)) {
        run(s, e);
      } else {
        const why = refusal(s, e);
        expect({ event: e, why: typeof why === 'string' && /\S/.test(why) }).toEqual({ event: e, why: true });
        refuses(s, e, why as string);
      }
    }
  });
});

describe('refusal messages', () => {
  it('checks the role first, whatever the state', () => {
    for (const s of REFUND_STATES) {
      refuses(AT[s](), ev('APPROVE', 'exporter'), 'only the tax authority approves a refund');
      refuses(AT[s](), ev('REJECT', 'exporter'), 'only the tax authority rejects a refund');
      refuses(AT[s](), ev('PAY', 'exporter'), 'only the tax authority pays a refund');
      refuses(AT[s](), ev('WITHDRAW', 'taxAuthority'), 'only the exporter withdraws a refund application');
    }
  });

  it('then the status', () => {
    refuses(start(), ev('PAY'), 'cannot pay it: the refund is applied and awaits approval');
    refuses(AT.approved(), ev('WITHDRAW'), 'cannot withdraw it: the refund is approved (审核通过) and awaits payment');
    refuses(AT.approved(), ev('APPROVE'), 'cannot approve it: the refund is approved (审核通过) and awaits payment');
    refuses(AT.paid(), ev('PAY'), 'the refund is paid (已退库): no action is possible');
    refuses(AT.rejected(), ev('APPROVE'), 'the refund was rejected (不予退税): no action is possible');
    refuses(AT.withdrawn(), ev('WITHDRAW'), 'the refund was withdrawn (撤回): no action is possible');
  });

  it('refuses an event that names no party, or an unknown role', () => {
    refuses(start(), { ...ev('APPROVE'), by: ' ' }, 'every refund event must name the party that sends it');
    refuses(start(), { ...ev('APPROVE'), role: 'customs' as RefundRole }, "'customs' is not a refund role: it is 'exporter' or 'taxAuthority'");
  });

  it('then the payload: reasons and the bank reference must not be blank', () => {
    refuses(start(), { ...ev('REJECT'), reason: '  ' }, 'a rejection (不予退税) must give its reason');
    refuses(start(), { ...ev('WITHDRAW'), reason: '' }, 'a withdrawal (撤回) must give its reason');
    refuses(AT.approved(), { ...ev('PAY'), reference: '\t' }, 'a payment (退库) must give its bank transfer reference');
  });
});

describe('the approved amount', () => {
  it('may equal the applied amount, be lower, or be zero', () => {
    for (const amount of ['12800.50', '12800.5', '12000', '0', '0.00']) expect(run(start(), approve(amount)).context.approvedAmount).toBe(amount);
  });

  it('is refused above the applied amount', () => {
    refuses(start(), approve('12800.51'), 'the approved amount (12800.51 CNY) cannot exceed the amount applied for (12800.50 CNY)');
    refuses(start(), approve('99999'), 'the approved amount (99999 CNY) cannot exceed the amount applied for (12800.50 CNY)');
  });

  it('is refused when it is not a non-negative decimal with at most 2 decimals', () => {
    const message = 'the approved amount must be a non-negative decimal in CNY with at most 2 decimals, such as 1234.50';
    for (const amount of ['-1', '100.001', '1e3', 'abc', '', ' 100', '1,000.00', '.5', '100.', '0x10', 'NaN']) refuses(start(), approve(amount), message);
    refuses(start(), { ...ev('APPROVE'), amount: 12000 as unknown as string }, message);
  });
});

describe('the input', () => {
  it('is a positive CNY amount with at most 2 decimals', () => {
    expect(refundInputRefusal(INPUT)).toBeNull();
    expect(refundInputRefusal({ appliedAmount: '0', currency: 'CNY' })).toBe('the applied amount must be more than zero');
    expect(refundInputRefusal({ appliedAmount: '1.005', currency: 'CNY' })).toBe('the applied amount must be a decimal in CNY with at most 2 decimals, such as 1234.50');
    expect(refundInputRefusal({ appliedAmount: '-5', currency: 'CNY' })).toBe('the applied amount must be a decimal in CNY with at most 2 decimals, such as 1234.50');
    expect(refundInputRefusal({ appliedAmount: '100', currency: 'USD' as 'CNY' })).toBe("an export tax refund is paid in CNY, not 'USD'");
  });

  it('starts the refund applied, with nothing decided', () => {
    const s = start();
    expect(s.value).toBe('applied');
    expect(s.context).toEqual(initialRefundContext(INPUT));
    expect(s.context).toEqual({ appliedAmount: '12800.50', approvedAmount: null, rejectionReason: null, paymentReference: null, withdrawalReason: null });
  });
});

describe('paths', () => {
  it('applied → approved (for less) → paid', () => {
    const approved = run(start(), ev('APPROVE'));
    expect(approved.value).toBe('approved');
    expect(approved.context.approvedAmount).toBe('12000.00');
    const paid = run(approved, ev('PAY'));
    expect(paid.value).toBe('paid');
    expect(paid.status).toBe('done');
    expect(paid.context).toEqual({ appliedAmount: '12800.50', approvedAmount: '12000.00', rejectionReason: null, paymentReference: 'PBOC-TR-20250301-0042', withdrawalReason: null });
  });

  it('applied → rejected', () => {
    const rejected = run(start(), ev('REJECT'));
    expect(rejected.value).toBe('rejected');
    expect(rejected.status).toBe('done');
    expect(rejected.context).toMatchObject({ approvedAmount: null, rejectionReason: 'the VAT invoice (增值税专用发票) does not match the declaration' });
  });

  it('applied → withdrawn', () => {
    const withdrawn = run(start(), ev('WITHDRAW'));
    expect(withdrawn.value).toBe('withdrawn');
    expect(withdrawn.status).toBe('done');
    expect(withdrawn.context).toMatchObject({ withdrawalReason: 'the goods were returned by the buyer', approvedAmount: null });
  });

  it('runs as an actor, which ignores what the guards refuse', () => {
    const actor = createActor(refundMachine, { input: INPUT }).start();
    actor.send(ev('PAY'));
    actor.send(approve('20000'));
    actor.send(ev('APPROVE', 'exporter'));
    expect(actor.getSnapshot().value).toBe('applied');
    actor.send(approve('12800.50'));
    actor.send(ev('PAY'));
    expect(actor.getSnapshot().value).toBe('paid');
    expect(actor.getSnapshot().context).toMatchObject({ approvedAmount: '12800.50', paymentReference: 'PBOC-TR-20250301-0042' });
    expect(actor.getSnapshot().status).toBe('done');
    actor.stop();
  });
});
