import { type SnapshotFrom, initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  BILL_ACTION_CODES,
  BILL_EVENT_TYPES,
  BILL_STATES,
  BILL_STATE_EVENTS,
  type BillEvent,
  type BillEventType,
  type BillInput,
  type BillStateName,
  DCSA_ENDORSEMENT_CHAIN_CODES,
  billMachine,
  billRefusal,
} from '../../machines/bill.machine';

type Snap = SnapshotFrom<typeof billMachine>;

// Parties: the multimodal operator issues; BUYER and TRADER are later owners; BANK and BANK2 lend.
const MTO = 'MTO';
const SHIPPER = 'SHIPPER';
const CONSIGNEE = 'CONSIGNEE';
const BUYER = 'BUYER';
const TRADER = 'TRADER';
const BANK = 'BANK';
const BANK2 = 'BANK2';
const STRANGER = 'STRANGER';

const toOrder: BillInput = { billType: 'toOrder', issuerId: MTO, shipperId: SHIPPER, consigneeId: CONSIGNEE };
const straight: BillInput = { billType: 'straight', issuerId: MTO, shipperId: SHIPPER, consigneeId: CONSIGNEE };

/** One event of each type sent by `by`, with the given recipient and bank. */
function eventsBy(by: string, to: string, bank = BANK): BillEvent[] {
  return BILL_EVENT_TYPES.map((type) => {
    switch (type) {
      case 'TRANSFER':
      case 'ENDORSE':
      case 'ENDORSE_TO_ORDER':
        return { type, by, to };
      case 'PLEDGE':
        return { type, by, bank };
      case 'VOID':
      case 'REJECT_SURRENDER':
        return { type, by, reason: 'wrong consignee' };
      default:
        return { type, by };
    }
  });
}

const status = (s: Snap): BillStateName => s.value as BillStateName;
const refusal = (s: Snap, e: BillEvent): string | null => billRefusal(status(s), s.context, e);
const start = (input: BillInput): Snap => initialTransition(billMachine, input)[0];

/** Applies events that must be accepted. */
function run(s: Snap, ...events: BillEvent[]): Snap {
  for (const e of events) {
    expect({ event: e, refusal: refusal(s, e) }).toEqual({ event: e, refusal: null });
    expect(s.can(e)).toBe(true);
    s = transition(billMachine, s, e)[0];
  }
  return s;
}

/** The event must be refused with exactly this message, and leave the bill as it was. */
function refuses(s: Snap, e: BillEvent, message: string): void {
  expect({ event: e, refusal: refusal(s, e) }).toEqual({ event: e, refusal: message });
  expect(s.can(e)).toBe(false);
  const [next] = transition(billMachine, s, e);
  expect(next.value).toEqual(s.value);
  expect(next.context).toEqual(s.context);
}

const issued = (input: BillInput): Snap => run(start(input), { type: 'APPROVE', by: SHIPPER }, { type: 'ISSUE', by: MTO });

// ---------------------------------------------------------------------------------------------
// Path tests: explore every status and every control situation the events can reach.

const EVERYONE = [MTO, SHIPPER, CONSIGNEE, BUYER, TRADER, BANK, STRANGER];
const RECIPIENTS = [CONSIGNEE, BUYER, TRADER];
const graphEvents: BillEvent[] = [
  ...new Map(EVERYONE.flatMap((by) => RECIPIENTS.flatMap((to) => eventsBy(by, to))).map((e) => [JSON.stringify(e), e])).values(),
];

// The whole context is serialised, so each change of control (holder, owner, nominee, pledge) is a node.
function explore(input: BillInput): Snap[] {
  const paths = getShortestPaths(billMachine, {
    events: graphEvents,
    input,
    serializeState: (s) => JSON.stringify({ value: s.value, context: s.context }),
  });
  return paths.sort((a, b) => a.steps.length - b.steps.length).map((p) => p.state as Snap);
}

/** The status, and inside ISSUED the control situation, with the parties abstracted away. */
function situation(s: Snap): string {
  const c = s.context;
  if (s.value !== 'ISSUED') return String(s.value);
  const parts: string[] = [];
  if (c.pledgeeId !== null) parts.push('pledged');
  if (c.nomineeId !== null) parts.push('endorsement pending');
  if (c.blankEndorsed) parts.push('blank');
  else if (c.pledgeeId === null && c.holderId !== c.beneficiaryId) parts.push('held by non-owner');
  return `ISSUED(${parts.join(', ') || 'owner holds'})`;
}

type Role = 'issuer' | 'shipper' | 'consignee' | 'holder' | 'nominee' | 'bank' | 'stranger';

/** The parties playing each role in this snapshot (holder and nominee only when there is one). */
function actors(s: Snap): Partial<Record<Role, string>> {
  const c = s.context;
  return {
    issuer: c.issuerId,
    shipper: c.shipperId,
    consignee: CONSIGNEE,
    ...(c.holderId !== null && { holder: c.holderId }),
    ...(c.nomineeId !== null && { nominee: c.nomineeId }),
    bank: c.pledgeeId ?? BANK,
    stranger: STRANGER,
  };
}

/** A sample of each event by `by`: a straight bill goes to its consignee, a to-order bill to someone new. */
function samples(s: Snap, by: string): BillEvent[] {
  const c = s.context;
  const to = c.billType === 'straight' ? CONSIGNEE : [BUYER, TRADER].find((p) => p !== by && p !== c.holderId)!;
  return eventsBy(by, to);
}

type Table = Record<string, Partial<Record<Role, BillEventType[]>>>;

const NONE: BillEventType[] = [];
const OWNER_IN_CONTROL: BillEventType[] = ['BLANK_ENDORSE', 'ENDORSE', 'ENDORSE_TO_ORDER', 'PLEDGE', 'SURRENDER_FOR_AMENDMENT', 'SURRENDER_FOR_DELIVERY', 'TRANSFER'];
const BEARER: BillEventType[] = ['PLEDGE', 'SURRENDER_FOR_AMENDMENT', 'SURRENDER_FOR_DELIVERY', 'TRANSFER'];
const PLEDGEE: BillEventType[] = ['ENFORCE_PLEDGE', 'RELEASE_PLEDGE'];
const NOMINEE: BillEventType[] = ['ACCEPT_ENDORSEMENT', 'REJECT_ENDORSEMENT'];
const ANSWER: BillEventType[] = ['ACCEPT_SURRENDER', 'REJECT_SURRENDER'];
const nobody = { issuer: NONE, shipper: NONE, consignee: NONE, bank: NONE, stranger: NONE };

const beforeIssue: Table = {
  DRAFT: { ...nobody, issuer: ['VOID'], shipper: ['APPROVE'] },
  APPROVED: { ...nobody, issuer: ['ISSUE', 'VOID'] },
  PENDING_SURRENDER_FOR_AMENDMENT: { ...nobody, issuer: ANSWER, holder: NONE },
  PENDING_SURRENDER_FOR_DELIVERY: { ...nobody, issuer: ANSWER, holder: NONE },
  // After an accepted surrender the carrier possesses the bill (EBL_SUR:771).
  SURRENDERED_FOR_AMENDMENT: { ...nobody, issuer: ['VOID'], holder: ['VOID'] },
  SURRENDERED_FOR_DELIVERY: { ...nobody, holder: NONE },
  VOIDED: nobody,
};

/** The specification: which events each role may send in each situation. Every other one is refused. */
const toOrderTable: Table = {
  ...beforeIssue,
  // just issued: the shipper holds and owns it
  'ISSUED(owner holds)': { ...nobody, shipper: OWNER_IN_CONTROL, holder: OWNER_IN_CONTROL },
  // the shipper endorsed it to the consignee, who has not answered: nobody else can act
  'ISSUED(endorsement pending)': { ...nobody, consignee: NOMINEE, holder: NONE, nominee: NOMINEE },
  // possession transferred to the consignee, title still with the shipper: it can only pass on
  'ISSUED(held by non-owner)': { ...nobody, consignee: ['TRANSFER'], holder: ['TRANSFER'] },
  'ISSUED(blank)': { ...nobody, shipper: BEARER, holder: BEARER },
  'ISSUED(pledged)': { ...nobody, holder: PLEDGEE, bank: PLEDGEE },
  'ISSUED(pledged, blank)': { ...nobody, holder: PLEDGEE, bank: PLEDGEE },
};

const straightTable: Table = {
  ...beforeIssue,
  // the shipper holds, the named consignee owns: the shipper can hand it over or ask for an amendment
  'ISSUED(held by non-owner)': { ...nobody, shipper: ['SURRENDER_FOR_AMENDMENT', 'TRANSFER'], holder: ['SURRENDER_FOR_AMENDMENT', 'TRANSFER'] },
  'ISSUED(owner holds)': { ...nobody, consignee: ['SURRENDER_FOR_AMENDMENT', 'SURRENDER_FOR_DELIVERY'], holder: ['SURRENDER_FOR_AMENDMENT', 'SURRENDER_FOR_DELIVERY'] },
};

describe.each([
  ['to-order', toOrder, toOrderTable],
  ['straight', straight, straightTable],
] as const)('a %s bill', (_name, input, table) => {
  const nodes = explore(input);

  it('reaches every DCSA status', () => {
    expect([...new Set(nodes.map(status))].sort()).toEqual([...BILL_STATES].sort());
  });

  it('reaches exactly the control situations of its table', () => {
    expect([...new Set(nodes.map(situation))].sort()).toEqual(Object.keys(table).sort());
  });

  it.each(Object.keys(table))('in %s each role may send exactly its events', (name) => {
    const snapshot = nodes.find((s) => situation(s) === name)!;
    const who = actors(snapshot);
    const taken: Partial<Record<Role, BillEventType[]>> = {};
    for (const [role, by] of Object.entries(who) as Array<[Role, string]>) {
      taken[role] = samples(snapshot, by)
        .filter((e) => snapshot.can(e))
        .map((e) => e.type)
        .sort();
    }
    expect(taken).toEqual(table[name]);
  });

  it('handles or refuses, with a reason, every event in every reachable node', () => {
    // Collected, not asserted one by one: about 100 nodes x 300 events would be a hundred thousand expects.
    const wrong: unknown[] = [];
    for (const s of nodes) {
      for (const e of graphEvents) {
        const why = refusal(s, e);
        const [next] = transition(billMachine, s, e);
        const changed = JSON.stringify([next.value, next.context]) !== JSON.stringify([s.value, s.context]);
        const consistent = why === null ? s.can(e) && changed : /\S/.test(why) && !s.can(e) && !changed;
        if (!consistent) wrong.push({ state: s.value, context: s.context, event: e, why, can: s.can(e), changed });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('keeps one holder in exclusive control, and a consistent title, in every reachable node', () => {
    for (const { value, context: c } of nodes) {
      if (value === 'DRAFT' || value === 'APPROVED' || (value === 'VOIDED' && c.holderId === null)) {
        expect([c.holderId, c.beneficiaryId]).toEqual([null, null]);
        continue;
      }
      expect(c.holderId).not.toBeNull();
      if (c.pledgeeId !== null) expect([c.holderId, c.nomineeId, c.pledgorId !== null]).toEqual([c.pledgeeId, null, true]);
      else expect(c.pledgorId).toBeNull();
      if (c.nomineeId !== null) expect([c.holderId === c.beneficiaryId, c.blankEndorsed, value]).toEqual([true, false, 'ISSUED']);
      if (c.blankEndorsed) expect(c.beneficiaryId).toBeNull();
      else expect(c.beneficiaryId).not.toBeNull();
      if (c.billType === 'straight') {
        expect(c.beneficiaryId).toBe(CONSIGNEE);
        expect([SHIPPER, CONSIGNEE, MTO]).toContain(c.holderId);
      }
      if (value === 'SURRENDERED_FOR_DELIVERY' || value === 'SURRENDERED_FOR_AMENDMENT') expect(c.holderId).toBe(MTO);
    }
  });
});

it('handles in each status exactly the events BILL_STATE_EVENTS lists', () => {
  for (const state of BILL_STATES) {
    const own = billMachine.states[state].ownEvents.filter((e) => !e.startsWith('xstate.'));
    expect({ state, events: [...own].sort() }).toEqual({ state, events: [...BILL_STATE_EVENTS[state]].sort() });
  }
});

it('names only assign actions, so applying an event queues no outbox effect', () => {
  const actions = Object.values(billMachine.implementations.actions as Record<string, { type?: string }>);
  expect(actions.length).toBeGreaterThan(0);
  for (const action of actions) expect(action.type).toBe('xstate.assign');
});

it('records a DCSA action code for every event from issue on, and none before', () => {
  expect(Object.keys(BILL_ACTION_CODES).sort()).toEqual([...BILL_EVENT_TYPES].sort());
  expect(BILL_ACTION_CODES).toMatchObject({ APPROVE: null, VOID: null, ISSUE: 'ISSUE', ACCEPT_ENDORSEMENT: 'SIGN', ACCEPT_SURRENDER: 'SURRENDERED', REJECT_SURRENDER: 'SREJ' });
  const fromDcsaChain = BILL_EVENT_TYPES.filter((t) => (DCSA_ENDORSEMENT_CHAIN_CODES as readonly unknown[]).includes(BILL_ACTION_CODES[t]));
  expect(fromDcsaChain.sort()).toEqual(
    ['ACCEPT_ENDORSEMENT', 'ACCEPT_SURRENDER', 'BLANK_ENDORSE', 'ENDORSE', 'ENDORSE_TO_ORDER', 'ISSUE', 'SURRENDER_FOR_AMENDMENT', 'SURRENDER_FOR_DELIVERY', 'TRANSFER'].sort(),
  );
});

// ---------------------------------------------------------------------------------------------
// Before issue

describe('drafting and issuing', () => {
  it('is approved by the shipper and issued by the operator to the shipper, who owns a to-order bill', () => {
    const draft = start(toOrder);
    expect(draft.value).toBe('DRAFT');
    expect(draft.context).toMatchObject({ holderId: null, beneficiaryId: null, nomineeId: null, pledgeeId: null, blankEndorsed: false });
    refuses(draft, { type: 'APPROVE', by: MTO }, 'only the shipper (party SHIPPER) may approve this bill');
    refuses(draft, { type: 'ISSUE', by: MTO }, 'the bill is a DRAFT: the shipper must approve it before it can be issued');
    refuses(draft, { type: 'TRANSFER', by: SHIPPER, to: BUYER }, 'the bill is a DRAFT: it must be approved and issued before anyone can transfer this bill');
    const approved = run(draft, { type: 'APPROVE', by: SHIPPER });
    refuses(approved, { type: 'ISSUE', by: SHIPPER }, 'only the issuer (party MTO) may issue this bill');
    refuses(approved, { type: 'APPROVE', by: SHIPPER }, 'the bill is already APPROVED');
    const bill = run(approved, { type: 'ISSUE', by: MTO });
    expect(bill.value).toBe('ISSUED');
    expect(bill.context).toMatchObject({ holderId: SHIPPER, beneficiaryId: SHIPPER });
    refuses(bill, { type: 'ISSUE', by: MTO }, 'the bill is already ISSUED');
  });

  it('gives title to a straight bill to its named consignee, and needs one to be named', () => {
    expect(issued(straight).context).toMatchObject({ holderId: SHIPPER, beneficiaryId: CONSIGNEE });
    const unnamed = start({ ...straight, consigneeId: null });
    refuses(unnamed, { type: 'APPROVE', by: SHIPPER }, 'a straight bill must name its consignee before it can be approved');
    run(unnamed, { type: 'VOID', by: MTO, reason: 'no consignee' });
  });

  it('can be voided by the issuer alone before issue, with a reason, but not once issued', () => {
    refuses(start(toOrder), { type: 'VOID', by: SHIPPER, reason: 'x' }, 'only the issuer (party MTO) may void this bill');
    refuses(start(toOrder), { type: 'VOID', by: MTO, reason: ' ' }, 'a reason is required to void a bill');
    expect(run(start(toOrder), { type: 'VOID', by: MTO, reason: 'order cancelled' }).context.voidReason).toBe('order cancelled');
    const approved = run(start(toOrder), { type: 'APPROVE', by: SHIPPER });
    expect(run(approved, { type: 'VOID', by: MTO, reason: 'withdrawn' }).value).toBe('VOIDED');
    refuses(
      issued(toOrder),
      { type: 'VOID', by: MTO, reason: 'x' },
      'an ISSUED bill cannot be voided: its holder must first surrender it for amendment, and the issuer accept the surrender',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The control layer

describe('a straight bill', () => {
  it('is not endorsable and passes only to its named consignee, who alone surrenders it for delivery', () => {
    const bill = issued(straight);
    const notEndorsable = 'a straight bill is not endorsable: it passes only to its named consignee (party CONSIGNEE), by transfer';
    refuses(bill, { type: 'ENDORSE', by: SHIPPER, to: CONSIGNEE }, notEndorsable);
    refuses(bill, { type: 'ENDORSE_TO_ORDER', by: SHIPPER, to: BUYER }, notEndorsable);
    refuses(bill, { type: 'BLANK_ENDORSE', by: SHIPPER }, notEndorsable);
    refuses(bill, { type: 'TRANSFER', by: SHIPPER, to: BUYER }, 'a straight bill can only be transferred to its named consignee (party CONSIGNEE)');
    refuses(bill, { type: 'PLEDGE', by: SHIPPER, bank: BANK }, 'a straight bill cannot be pledged: it is not negotiable, so the bank could never take title to it');
    refuses(
      bill,
      { type: 'SURRENDER_FOR_DELIVERY', by: SHIPPER },
      'only the named consignee (party CONSIGNEE) may surrender a straight bill for delivery: the holder must first transfer it to the consignee',
    );

    const delivered = run(bill, { type: 'TRANSFER', by: SHIPPER, to: CONSIGNEE });
    expect(delivered.context).toMatchObject({ holderId: CONSIGNEE, beneficiaryId: CONSIGNEE });
    refuses(delivered, { type: 'TRANSFER', by: CONSIGNEE, to: SHIPPER }, 'a straight bill can only be transferred to its named consignee (party CONSIGNEE)');
    const pending = run(delivered, { type: 'SURRENDER_FOR_DELIVERY', by: CONSIGNEE });
    expect(pending.value).toBe('PENDING_SURRENDER_FOR_DELIVERY');
    expect(pending.context.surrenderRequestedBy).toBe(CONSIGNEE);
  });

  it('can be surrendered for amendment by the shipper still holding it (EBL_SUR: shipper OR consignee)', () => {
    const pending = run(issued(straight), { type: 'SURRENDER_FOR_AMENDMENT', by: SHIPPER });
    expect(pending.value).toBe('PENDING_SURRENDER_FOR_AMENDMENT');
  });
});

describe('endorsing a to-order bill', () => {
  it('makes the endorsee the nominee, and on acceptance the new owner and holder', () => {
    const bill = issued(toOrder);
    const endorsed = run(bill, { type: 'ENDORSE_TO_ORDER', by: SHIPPER, to: BUYER });
    expect(endorsed.context).toMatchObject({ nomineeId: BUYER, holderId: SHIPPER, beneficiaryId: SHIPPER });
    const pending = 'the bill is endorsed to party BUYER, who has not yet accepted or rejected it: nothing else can be done with the bill until then';
    refuses(endorsed, { type: 'TRANSFER', by: SHIPPER, to: TRADER }, pending);
    refuses(endorsed, { type: 'ENDORSE', by: SHIPPER, to: TRADER }, pending);
    refuses(endorsed, { type: 'PLEDGE', by: SHIPPER, bank: BANK }, pending);
    refuses(endorsed, { type: 'SURRENDER_FOR_DELIVERY', by: SHIPPER }, pending);
    refuses(endorsed, { type: 'ACCEPT_ENDORSEMENT', by: SHIPPER }, 'only the nominee (party BUYER) may accept the endorsement of this bill');

    const owned = run(endorsed, { type: 'ACCEPT_ENDORSEMENT', by: BUYER });
    expect(owned.value).toBe('ISSUED');
    expect(owned.context).toMatchObject({ beneficiaryId: BUYER, holderId: BUYER, nomineeId: null });
    refuses(owned, { type: 'TRANSFER', by: SHIPPER, to: TRADER }, 'only the holder (party BUYER) may transfer this bill');
    refuses(owned, { type: 'ACCEPT_ENDORSEMENT', by: BUYER }, 'no endorsement of this bill is pending');
    // the new owner can endorse it on (a plain ENDORSE this time)
    const again = run(owned, { type: 'ENDORSE', by: BUYER, to: TRADER }, { type: 'ACCEPT_ENDORSEMENT', by: TRADER });
    expect(again.context).toMatchObject({ beneficiaryId: TRADER, holderId: TRADER });
  });

  it('leaves control with the endorser when the nominee rejects', () => {
    const endorsed = run(issued(toOrder), { type: 'ENDORSE', by: SHIPPER, to: BUYER });
    refuses(endorsed, { type: 'REJECT_ENDORSEMENT', by: STRANGER }, 'only the nominee (party BUYER) may reject the endorsement of this bill');
    const rejected = run(endorsed, { type: 'REJECT_ENDORSEMENT', by: BUYER });
    expect(rejected.context).toMatchObject({ nomineeId: null, holderId: SHIPPER, beneficiaryId: SHIPPER });
    run(rejected, { type: 'ENDORSE', by: SHIPPER, to: TRADER });
  });

  it('refuses an endorsement to oneself or to nobody', () => {
    const bill = issued(toOrder);
    refuses(bill, { type: 'ENDORSE', by: SHIPPER, to: SHIPPER }, 'party SHIPPER cannot endorse the bill to itself');
    refuses(bill, { type: 'ENDORSE_TO_ORDER', by: SHIPPER, to: '' }, 'an endorsement must name the endorsee');
  });
});

describe('transferring possession', () => {
  it('is for the holder only; the owner who handed the bill over can no longer move it', () => {
    const bill = issued(toOrder);
    refuses(bill, { type: 'TRANSFER', by: STRANGER, to: STRANGER }, 'only the holder (party SHIPPER) may transfer this bill');
    refuses(bill, { type: 'TRANSFER', by: SHIPPER, to: SHIPPER }, 'party SHIPPER already holds this bill');
    const moved = run(bill, { type: 'TRANSFER', by: SHIPPER, to: BUYER });
    // possession only: title stays with the shipper
    expect(moved.context).toMatchObject({ holderId: BUYER, beneficiaryId: SHIPPER });
    refuses(moved, { type: 'TRANSFER', by: SHIPPER, to: TRADER }, 'only the holder (party BUYER) may transfer this bill');
    refuses(moved, { type: 'ENDORSE', by: SHIPPER, to: TRADER }, 'only a holder who also owns the bill may endorse this bill: party BUYER holds it but party SHIPPER owns it');
    refuses(moved, { type: 'ENDORSE', by: BUYER, to: TRADER }, 'only a holder who also owns the bill may endorse this bill: party BUYER holds it but party SHIPPER owns it');
    refuses(moved, { type: 'PLEDGE', by: BUYER, bank: BANK }, 'only the owner in control may pledge this bill: party BUYER holds it but party SHIPPER owns it');
    // handing it back restores the owner's control
    run(moved, { type: 'TRANSFER', by: BUYER, to: SHIPPER }, { type: 'ENDORSE', by: SHIPPER, to: TRADER });
  });
});

describe('a surrender', () => {
  it('needs the holder to own the bill', () => {
    const moved = run(issued(toOrder), { type: 'TRANSFER', by: SHIPPER, to: BUYER });
    refuses(
      moved,
      { type: 'SURRENDER_FOR_DELIVERY', by: BUYER },
      'only a holder who also owns the bill may surrender this bill for delivery: party BUYER holds it but party SHIPPER owns it',
    );
    refuses(
      moved,
      { type: 'SURRENDER_FOR_AMENDMENT', by: BUYER },
      'only a holder who also owns the bill may surrender this bill for amendment: party BUYER holds it but party SHIPPER owns it',
    );
    refuses(moved, { type: 'SURRENDER_FOR_DELIVERY', by: SHIPPER }, 'only the holder (party BUYER) may surrender this bill for delivery');
    const pending = run(moved, { type: 'TRANSFER', by: BUYER, to: SHIPPER }, { type: 'SURRENDER_FOR_DELIVERY', by: SHIPPER });
    expect(pending.value).toBe('PENDING_SURRENDER_FOR_DELIVERY');
  });

  it('is accepted or rejected by the issuer alone', () => {
    const pending = run(issued(toOrder), { type: 'SURRENDER_FOR_DELIVERY', by: SHIPPER });
    for (const by of [SHIPPER, BUYER, STRANGER]) {
      refuses(pending, { type: 'ACCEPT_SURRENDER', by }, 'only the issuer (party MTO) may accept the surrender of this bill');
      refuses(pending, { type: 'REJECT_SURRENDER', by, reason: 'x' }, 'only the issuer (party MTO) may reject the surrender of this bill');
    }
    const frozen = 'the bill is PENDING_SURRENDER_FOR_DELIVERY (requested by party SHIPPER): nothing can be done until the issuer accepts or rejects the surrender';
    refuses(pending, { type: 'TRANSFER', by: SHIPPER, to: BUYER }, frozen);
    refuses(pending, { type: 'REJECT_SURRENDER', by: MTO, reason: '' }, 'a rejected surrender must give its reason');

    const rejected = run(pending, { type: 'REJECT_SURRENDER', by: MTO, reason: 'freight unpaid' });
    expect(rejected.value).toBe('ISSUED');
    expect(rejected.context).toEqual({ ...pending.context, surrenderRequestedBy: null });
    refuses(rejected, { type: 'ACCEPT_SURRENDER', by: MTO }, 'no surrender of this bill is pending');

    const done = run(rejected, { type: 'SURRENDER_FOR_DELIVERY', by: SHIPPER }, { type: 'ACCEPT_SURRENDER', by: MTO });
    expect(done.value).toBe('SURRENDERED_FOR_DELIVERY');
    expect(done.context).toMatchObject({ holderId: MTO, surrenderRequestedBy: SHIPPER });
    for (const e of eventsBy(MTO, BUYER)) {
      refuses(done, e, 'the bill is SURRENDERED_FOR_DELIVERY: its lifecycle is complete and no action is possible');
    }
  });

  it('for amendment goes ISSUED → PENDING_SURRENDER_FOR_AMENDMENT → SURRENDERED_FOR_AMENDMENT → VOIDED', () => {
    const owned = run(issued(toOrder), { type: 'ENDORSE_TO_ORDER', by: SHIPPER, to: BUYER }, { type: 'ACCEPT_ENDORSEMENT', by: BUYER });
    const pending = run(owned, { type: 'SURRENDER_FOR_AMENDMENT', by: BUYER });
    expect(pending.value).toBe('PENDING_SURRENDER_FOR_AMENDMENT');
    expect(pending.context.surrenderRequestedBy).toBe(BUYER);
    const surrendered = run(pending, { type: 'ACCEPT_SURRENDER', by: MTO });
    expect(surrendered.value).toBe('SURRENDERED_FOR_AMENDMENT');
    // the carrier now possesses it; the amended bill is reissued to the requester
    expect(surrendered.context).toMatchObject({ holderId: MTO, surrenderRequestedBy: BUYER });
    const onlyVoid = 'the bill is SURRENDERED_FOR_AMENDMENT: the issuer can only void it (an amended bill is then issued under a new sub-reference)';
    refuses(surrendered, { type: 'TRANSFER', by: MTO, to: BUYER }, onlyVoid);
    refuses(surrendered, { type: 'ISSUE', by: MTO }, onlyVoid);
    refuses(surrendered, { type: 'VOID', by: BUYER, reason: 'x' }, 'only the issuer (party MTO) may void this bill');
    const voided = run(surrendered, { type: 'VOID', by: MTO, reason: 'amended: port of discharge changed' });
    expect(voided.value).toBe('VOIDED');
    expect(voided.context.voidReason).toBe('amended: port of discharge changed');
  });
});

describe('a blank endorsement', () => {
  it('makes a bearer bill: possession carries title, so the bearer can surrender it', () => {
    const bill = issued(toOrder);
    refuses(bill, { type: 'BLANK_ENDORSE', by: STRANGER }, 'only the holder and owner (party SHIPPER) may endorse this bill in blank');
    const bearer = run(bill, { type: 'BLANK_ENDORSE', by: SHIPPER });
    expect(bearer.context).toMatchObject({ blankEndorsed: true, beneficiaryId: null, holderId: SHIPPER });
    refuses(bearer, { type: 'BLANK_ENDORSE', by: SHIPPER }, 'the bill is already endorsed in blank');

    const passed = run(bearer, { type: 'TRANSFER', by: SHIPPER, to: BUYER });
    expect(passed.context).toMatchObject({ holderId: BUYER, beneficiaryId: null, blankEndorsed: true });
    refuses(
      passed,
      { type: 'ENDORSE', by: BUYER, to: TRADER },
      'the bill is endorsed in blank (a bearer bill): it passes by transfer of possession and cannot be endorsed to a named party',
    );
    refuses(passed, { type: 'SURRENDER_FOR_DELIVERY', by: SHIPPER }, 'only the holder (party BUYER) may surrender this bill for delivery');

    const pending = run(passed, { type: 'SURRENDER_FOR_DELIVERY', by: BUYER });
    expect(pending.value).toBe('PENDING_SURRENDER_FOR_DELIVERY');
    expect(pending.context.surrenderRequestedBy).toBe(BUYER);
    expect(run(pending, { type: 'ACCEPT_SURRENDER', by: MTO }).value).toBe('SURRENDERED_FOR_DELIVERY');
  });
});

describe('a pledge', () => {
  const pledgedBill = (): Snap => run(issued(toOrder), { type: 'PLEDGE', by: SHIPPER, bank: BANK });
  const locked = 'the bill is pledged to bank BANK: it cannot be transferred, endorsed or surrendered until the bank releases it';
  const lien = 'bank BANK holds this bill as pledgee, with a lien: it must enforce the pledge to take title before it can transfer, endorse or surrender the bill';
  const moves = (by: string): BillEvent[] => [
    { type: 'TRANSFER', by, to: TRADER },
    { type: 'ENDORSE', by, to: TRADER },
    { type: 'ENDORSE_TO_ORDER', by, to: TRADER },
    { type: 'BLANK_ENDORSE', by },
    { type: 'SURRENDER_FOR_DELIVERY', by },
    { type: 'SURRENDER_FOR_AMENDMENT', by },
  ];

  it('makes the bank the holder with a lien, and freezes the bill for everyone, the owner included', () => {
    const pledged = pledgedBill();
    expect(pledged.context).toMatchObject({ pledgeeId: BANK, pledgorId: SHIPPER, holderId: BANK, beneficiaryId: SHIPPER });
    for (const by of [SHIPPER, BUYER, STRANGER, MTO]) for (const e of moves(by)) refuses(pledged, e, locked);
    for (const e of moves(BANK)) refuses(pledged, e, lien);
  });

  it('returns control to the owner when the bank releases it', () => {
    const pledged = pledgedBill();
    refuses(pledged, { type: 'RELEASE_PLEDGE', by: SHIPPER }, 'only the pledgee (bank BANK) may release the pledge on this bill');
    const released = run(pledged, { type: 'RELEASE_PLEDGE', by: BANK });
    expect(released.context).toMatchObject({ holderId: SHIPPER, beneficiaryId: SHIPPER, pledgeeId: null, pledgorId: null });
    refuses(released, { type: 'RELEASE_PLEDGE', by: BANK }, 'the bill is not pledged');
    run(released, { type: 'TRANSFER', by: SHIPPER, to: BUYER });
  });

  it('can never be made twice, to the same or another bank', () => {
    const pledged = pledgedBill();
    const twice = 'the bill is already pledged to bank BANK: a bill can never be pledged twice, to the same or another bank';
    refuses(pledged, { type: 'PLEDGE', by: SHIPPER, bank: BANK }, twice);
    refuses(pledged, { type: 'PLEDGE', by: SHIPPER, bank: BANK2 }, twice);
    refuses(pledged, { type: 'PLEDGE', by: BANK, bank: BANK2 }, twice);
  });

  it('is made only by the owner in control, to someone else', () => {
    const bill = issued(toOrder);
    refuses(bill, { type: 'PLEDGE', by: STRANGER, bank: BANK }, 'only the holder (party SHIPPER) may pledge this bill');
    refuses(bill, { type: 'PLEDGE', by: SHIPPER, bank: SHIPPER }, 'party SHIPPER cannot pledge the bill to itself');
  });

  it('when enforced gives the bank title, and the bank can then surrender the bill', () => {
    const pledged = pledgedBill();
    refuses(pledged, { type: 'ENFORCE_PLEDGE', by: SHIPPER }, 'only the pledgee (bank BANK) may enforce the pledge on this bill');
    const taken = run(pledged, { type: 'ENFORCE_PLEDGE', by: BANK });
    expect(taken.context).toMatchObject({ beneficiaryId: BANK, holderId: BANK, pledgeeId: null, pledgorId: null, blankEndorsed: false });
    refuses(taken, { type: 'TRANSFER', by: SHIPPER, to: SHIPPER }, 'only the holder (party BANK) may transfer this bill');
    const pending = run(taken, { type: 'SURRENDER_FOR_DELIVERY', by: BANK });
    expect(pending.value).toBe('PENDING_SURRENDER_FOR_DELIVERY');
    expect(pending.context.surrenderRequestedBy).toBe(BANK);
  });

  it('of a bearer bill, when enforced, makes it an order bill of the bank', () => {
    const pledged = run(issued(toOrder), { type: 'BLANK_ENDORSE', by: SHIPPER }, { type: 'TRANSFER', by: SHIPPER, to: BUYER }, { type: 'PLEDGE', by: BUYER, bank: BANK });
    expect(pledged.context).toMatchObject({ holderId: BANK, pledgorId: BUYER, blankEndorsed: true });
    const taken = run(pledged, { type: 'ENFORCE_PLEDGE', by: BANK });
    expect(taken.context).toMatchObject({ beneficiaryId: BANK, holderId: BANK, blankEndorsed: false });
    run(taken, { type: 'ENDORSE', by: BANK, to: TRADER });
  });
});

describe('a VOIDED bill', () => {
  it.each([
    ['voided in draft', () => run(start(toOrder), { type: 'VOID', by: MTO, reason: 'x' })],
    ['voided after amendment', () => run(issued(straight), { type: 'SURRENDER_FOR_AMENDMENT', by: SHIPPER }, { type: 'ACCEPT_SURRENDER', by: MTO }, { type: 'VOID', by: MTO, reason: 'x' })],
  ])('refuses every event from everyone (%s)', (_name, make) => {
    const voided = make();
    expect(voided.value).toBe('VOIDED');
    for (const by of EVERYONE) for (const e of eventsBy(by, BUYER)) refuses(voided, e, 'the bill is VOIDED: no action is possible');
  });
});
