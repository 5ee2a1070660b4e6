import { fixedClock } from '../../server/clock';

describe('fixedClock', () => {
  it('always reports the instant it was given, and callers cannot move it', () => {
    const clock = fixedClock(new Date('2026-03-01T08:00:00Z'));
    clock.now().setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-03-01T08:00:00.000Z');
  });
});
