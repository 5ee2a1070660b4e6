/**
 * The exercise clock and the checks of an advance: pure rules, no database.
 */
import { ExerciseClock, simulatedAt } from '../../server/classroom/exercise-clock';
import { checkAdvance } from '../../server/classroom/exercise-input';
import { fixedClock } from '../../server/clock';

const at = new Date('2026-03-02T08:00:00Z');
const since = new Date('2026-06-01T08:00:00Z');

describe('simulatedAt', () => {
  it('stands still at rate 0 whatever the wall clock does', () => {
    expect(simulatedAt({ at, since, rate: 0 }, new Date('2027-01-01T00:00:00Z'))).toEqual(at);
  });
  it('runs at its rate from when it was set: 1,440 is a day per real minute', () => {
    expect(simulatedAt({ at, since, rate: 1440 }, new Date('2026-06-01T08:02:00Z')).toISOString()).toBe('2026-03-04T08:00:00.000Z');
  });
  it('never runs backwards when the wall clock reads before it was set', () => {
    expect(simulatedAt({ at, since, rate: 1440 }, new Date('2026-05-01T00:00:00Z'))).toEqual(at);
  });
});

describe('ExerciseClock', () => {
  it('holds at the instant of the item being fired, then follows its record again', () => {
    const clock = new ExerciseClock({ at, since, rate: 0 }, fixedClock(since));
    clock.holdAt(new Date('2026-03-10T00:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-03-10T00:00:00.000Z');
    clock.holdAt(null);
    expect(clock.now()).toEqual(at);
    clock.load({ at: new Date('2026-04-01T08:00:00Z'), since, rate: 0 });
    expect(clock.now().toISOString()).toBe('2026-04-01T08:00:00.000Z');
  });
});

describe('checkAdvance', () => {
  const rules = (input: { to?: string; by?: string }) => {
    const r = checkAdvance(input, at);
    return r.ok ? r.value.toISOString() : r.error.map((e) => `${e.field?.join('.')}#${e.rule}`);
  };
  it('moves to an instant or by a duration in days, hours and minutes', () => {
    expect(rules({ to: '2026-04-01T08:00:00Z' })).toBe('2026-04-01T08:00:00.000Z');
    expect(rules({ by: 'P30D' })).toBe('2026-04-01T08:00:00.000Z');
    expect(rules({ by: 'P1DT6H30M' })).toBe('2026-03-03T14:30:00.000Z');
  });
  it('refuses backwards, standing still, both, neither and a malformed duration', () => {
    expect(rules({ to: '2026-03-01T00:00:00Z' })).toEqual(['input.to#clock-forward-only']);
    expect(rules({ to: '2026-03-02T08:00:00Z' })).toEqual(['input.to#clock-forward-only']);
    expect(rules({ by: 'P0D' })).toEqual(['input.by#clock-forward-only']);
    expect(rules({ to: '2026-04-01T00:00:00Z', by: 'P1D' })).toEqual(['input.to#one-of-to-by']);
    expect(rules({})).toEqual(['input.to#one-of-to-by']);
    for (const by of ['P', 'PT', '30D', 'P1W', 'P-1D']) expect(rules({ by })).toEqual(['input.by#iso-8601-duration']);
  });
});
