import { checkTransportMode, isTransportMode, TRANSPORT_MODES } from '../../server/reference/modes';
import { fail, pass } from '../../server/reference/check';

describe('transport modes', () => {
  it('lists the five modes', () => {
    expect(TRANSPORT_MODES).toEqual(['sea', 'rail', 'road', 'air', 'river']);
  });

  it('accepts a known mode and rejects others with the list', () => {
    expect(isTransportMode('rail')).toBe(true);
    expect(isTransportMode('Rail')).toBe(false);
    expect(checkTransportMode('river')).toEqual({ ok: true, value: 'river' });
    expect(checkTransportMode('pipeline')).toEqual({
      ok: false,
      rule: 'transport-mode',
      message: "unknown transport mode 'pipeline' (expected one of sea, rail, road, air, river)",
    });
  });
});

describe('check helpers', () => {
  it('build the two result shapes', () => {
    expect(pass(3)).toEqual({ ok: true, value: 3 });
    expect(fail('r', 'm')).toEqual({ ok: false, rule: 'r', message: 'm' });
  });
});
