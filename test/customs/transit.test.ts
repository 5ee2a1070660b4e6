import { DEFAULT_TRANSIT_TIME_LIMITS, isOverdue, transitDeadline, type TransitDeadline } from '../../server/customs/rules/transit';

function deadline(...args: Parameters<typeof transitDeadline>): TransitDeadline {
  const result = transitDeadline(...args);
  if (!result.ok) throw new Error(`expected a deadline, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('transitDeadline', () => {
  it('air-to-air (空空转关): 24 hours from the transit declaration, in UTC', () => {
    // 08:15 in Beijing (UTC+8) is 00:15 UTC; + 24 h
    expect(deadline('2026-05-10T08:15:00+08:00', { mode: 'air' })).toEqual({
      deadline: '2026-05-11T00:15:00.000Z',
      hours: 24,
      mode: 'air',
    });
  });

  it('road by distance band, the upper end of a band included', () => {
    const road = (km: number) => deadline('2026-05-10T00:00:00Z', { mode: 'road', distanceKm: km });
    expect(road(0).hours).toBe(24);
    expect(road(300)).toMatchObject({ hours: 24, deadline: '2026-05-11T00:00:00.000Z' });
    expect(road(300.5)).toMatchObject({ hours: 48, deadline: '2026-05-12T00:00:00.000Z' });
    expect(road(1500).hours).toBe(72);
    expect(road(2600)).toMatchObject({ hours: 120, deadline: '2026-05-15T00:00:00.000Z' });
  });

  it('rail and river by distance; sea flat', () => {
    // Qinzhou → Chongqing Tuanjiecun by rail, about 1,100 km: 5 days
    expect(deadline('2026-05-10', { mode: 'rail', distanceKm: 1100 })).toMatchObject({ hours: 120, deadline: '2026-05-15T00:00:00.000Z' });
    // Shanghai → Chongqing up the Yangtze, about 2,400 km: 12 days
    expect(deadline('2026-05-10', { mode: 'river', distanceKm: 2400 })).toMatchObject({ hours: 288, deadline: '2026-05-22T00:00:00.000Z' });
    expect(deadline('2026-05-10', { mode: 'sea' })).toMatchObject({ hours: 168, deadline: '2026-05-17T00:00:00.000Z' });
  });

  it('takes a configured table', () => {
    expect(deadline('2026-05-10T10:00:00Z', { mode: 'air' }, { air: [{ hours: 12 }] })).toMatchObject({ deadline: '2026-05-10T22:00:00.000Z' });
  });

  it('needs the distance for a banded mode, and limits for the mode', () => {
    expect(transitDeadline('2026-05-10', { mode: 'road' })).toMatchObject({ ok: false, error: [{ field: ['leg', 'distanceKm'], rule: 'required' }] });
    expect(transitDeadline('2026-05-10', { mode: 'road', distanceKm: -1 })).toMatchObject({ ok: false });
    expect(transitDeadline('2026-05-10', { mode: 'sea' }, { air: [{ hours: 24 }] })).toMatchObject({
      ok: false,
      error: [{ rule: 'transit-mode', message: "leg.mode: no transit time limit for mode 'sea'" }],
    });
  });

  it('throws for a malformed date or table', () => {
    expect(() => transitDeadline('10/05/2026', { mode: 'air' })).toThrow(RangeError);
    expect(() => transitDeadline('2026-05-10', { mode: 'air' }, { ...DEFAULT_TRANSIT_TIME_LIMITS, road: [{ upToKm: 500, hours: 24 }] })).toThrow(
      'invalid transit time limits: road: the last band must have no upToKm',
    );
    expect(() => transitDeadline('2026-05-10', { mode: 'air' }, { rail: [{ upToKm: 900, hours: 24 }, { upToKm: 800, hours: 48 }, { hours: 1.5 }] })).toThrow(
      'invalid transit time limits: rail: bands must rise in distance; rail[2].hours: must be a positive whole number',
    );
  });
});

describe('isOverdue', () => {
  const limit = '2026-05-11T00:15:00.000Z';

  it('is false up to and at the deadline, true after it', () => {
    expect(isOverdue(limit, '2026-05-10T23:59:59Z')).toBe(false);
    expect(isOverdue(limit, limit)).toBe(false);
    expect(isOverdue(limit, '2026-05-11T00:15:00.001Z')).toBe(true);
  });

  it('compares instants across offsets and Dates', () => {
    // 08:16 in Beijing is 00:16 UTC: one minute late
    expect(isOverdue(limit, '2026-05-11T08:16:00+08:00')).toBe(true);
    expect(isOverdue(limit, new Date(Date.UTC(2026, 4, 11, 0, 14)))).toBe(false);
  });
});
