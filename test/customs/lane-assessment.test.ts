/** Lane selection of stored declarations: the same seed gives the same lanes, in any order. */
import { Types } from 'mongoose';
import { DEFAULT_CUSTOMS_SETTINGS } from '../../server/customs/customs-settings';
import { assessLane, laneAfterPickup } from '../../server/customs/lane-assessment';
import type { DeclarationRecord } from '../../server/models/declaration.model';
import type { PartyRecord } from '../../server/models/party.model';

const owner = { aeo: false, creditRating: null } as unknown as PartyRecord;

function declaration(serial: number): DeclarationRecord {
  return {
    _id: new Types.ObjectId(),
    number: `80012026000${String(serial).padStart(7, '0')}`,
    kind: 'export',
    content: {
      lines: [{ hsCode: '8714100090', value: '22020.00', currency: 'USD', originCountry: 'CN' }],
      totals: { value: '22020.00', currency: 'USD' },
    },
  } as unknown as DeclarationRecord;
}

const lanesOf = (seed: number, serials: number[]) => serials.map((n) => assessLane(declaration(n), owner, { ...DEFAULT_CUSTOMS_SETTINGS, seed }, 'declaration').lane);

const SERIALS = Array.from({ length: 400 }, (_, i) => i + 1);

it('gives the same lanes for the same seed, whatever order the declarations are assessed in', () => {
  const forward = lanesOf(7, SERIALS);
  const backward = lanesOf(7, [...SERIALS].reverse()).reverse();
  expect(backward).toEqual(forward);
  // The minimum random rates (5 % yellow, 2 % red) pick some clean declarations.
  expect(forward.filter((l) => l !== 'green').length).toBeGreaterThan(5);
  expect(forward.filter((l) => l !== 'green').length).toBeLessThan(60);
});

it('gives other lanes under another seed, and another draw for each stage', () => {
  expect(lanesOf(8, SERIALS)).not.toEqual(lanesOf(7, SERIALS));
  const stages = SERIALS.map((n) => {
    const d = declaration(n);
    return ['summary', 'complete'].map((stage) => assessLane(d, owner, DEFAULT_CUSTOMS_SETTINGS, stage as 'summary').randomLane).join('/');
  });
  expect(stages.some((pair) => pair.split('/')[0] !== pair.split('/')[1])).toBe(true);
});

it('turns a red selection after pickup into a document review, saying why', () => {
  const red = { lane: 'red' as const, reasons: ['random selection'], hits: [], randomLane: 'red' as const };
  expect(laneAfterPickup(red)).toEqual({ lane: 'yellow', note: expect.stringContaining('released for pickup') });
  expect(laneAfterPickup({ ...red, lane: 'green' })).toEqual({ lane: 'green', note: null });
});

it('passes a targeting instruction through: red at every stage with the same draw, a document review after pickup', () => {
  const targeting = { reason: 'intelligence report 2026-17' };
  for (const n of SERIALS.slice(0, 50)) {
    for (const stage of ['declaration', 'summary', 'complete'] as const) {
      const plain = assessLane(declaration(n), owner, DEFAULT_CUSTOMS_SETTINGS, stage);
      const targeted = assessLane(declaration(n), owner, DEFAULT_CUSTOMS_SETTINGS, stage, targeting);
      expect(targeted).toMatchObject({ lane: 'red', reasons: ['TARGETED', ...plain.reasons], randomLane: plain.randomLane, targeting });
      if (stage === 'complete') expect(laneAfterPickup(targeted).lane).toBe('yellow');
    }
  }
});
