import { DelayLedger, UNATTRIBUTED, calendarDays } from '../../server/scenarios/run/delay-ledger';

const at = (iso: string) => new Date(iso);

describe('DelayLedger', () => {
  it('counts whole calendar days: a hold that does not cross midnight costs no day', () => {
    const ledger = new DelayLedger();
    ledger.checkpoint('2026-03-05', at('2026-03-05T19:00:00Z'), 'customs clearance');
    expect(ledger.days).toBe(0);
    expect(ledger.causes()).toEqual([]);
    ledger.checkpoint('2026-03-05', at('2026-03-06T02:00:00Z'), 'customs clearance');
    expect(ledger.causes()).toEqual([{ cause: 'customs clearance', days: 1 }]);
  });

  it('gives days gained back from the unattributed rest first, then the newest cause, so the causes always sum to the days late', () => {
    const ledger = new DelayLedger();
    ledger.checkpoint('2026-03-05', at('2026-03-07T12:00:00Z'), 'rail slot shortage'); // 2 late
    ledger.checkpoint('2026-03-08', at('2026-03-11T10:00:00Z'), null); // 3 late: 1 unattributed
    ledger.checkpoint('2026-03-08', at('2026-03-12T10:00:00Z'), 'port congestion'); // 4 late
    ledger.checkpoint('2026-03-10', at('2026-03-12T22:00:00Z'), null); // 2 late: slack takes back 2
    expect(ledger.days).toBe(2);
    // 2 taken back: the unattributed day, then the newest cause's (port congestion).
    expect(ledger.causes()).toEqual([{ cause: 'rail slot shortage', days: 2 }]);
    ledger.checkpoint('2026-03-10', at('2026-03-10T12:00:00Z'), null); // back on plan
    expect(ledger.causes()).toEqual([]);
    expect(ledger.causes().find((c) => c.cause === UNATTRIBUTED)).toBeUndefined();
  });

  it('never counts early goods as negative delay', () => {
    const ledger = new DelayLedger();
    ledger.checkpoint('2026-03-10', at('2026-03-08T10:00:00Z'), null);
    expect(ledger.days).toBe(0);
    ledger.checkpoint('2026-03-10', at('2026-03-11T10:00:00Z'), 'vessel missed');
    expect(ledger.causes()).toEqual([{ cause: 'vessel missed', days: 1 }]);
    expect(calendarDays('2026-03-10', at('2026-03-08T23:59:00Z'))).toBe(-2);
  });
});
