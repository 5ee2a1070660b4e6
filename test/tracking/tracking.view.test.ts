import { Types } from 'mongoose';
import type { MilestoneRecord, ShipmentRecord } from '../../server/models/shipment.model';
import { trackingView } from '../../server/tracking/tracking.view';

/** Leg 1 rail 12-02 → 12-04, leg 2 sea 12-09 → 12-14. */
function shipment(milestones: Array<[number, MilestoneRecord['type'], string]>): ShipmentRecord {
  const dec = Types.Decimal128.fromString('0');
  const leg = (seq: number, from: string, to: string, mode: 'rail' | 'sea', etd: string, eta: string) => ({
    seq, from, to, mode, carrierId: null, plannedEtd: etd, plannedEta: eta, distanceKm: 1, cost: dec, co2Kg: dec,
  });
  return {
    legs: [leg(1, 'CNCKG', 'CNQZH', 'rail', '2026-12-02', '2026-12-04'), leg(2, 'CNQZH', 'SGSIN', 'sea', '2026-12-09', '2026-12-14')],
    plannedEtd: '2026-12-02',
    plannedEta: '2026-12-14',
    milestones: milestones.map(([legSeq, type, at], i) => ({
      seq: i + 1, legSeq, type, at: new Date(at), recordedAt: new Date(at), location: 'CNCKG', recordedBy: { partyId: 'p', role: 'carrier' }, note: null,
    })),
  } as unknown as ShipmentRecord;
}

const now = new Date('2026-12-01T00:00:00Z');

it('keeps the planned arrival while nothing has happened yet', () => {
  expect(trackingView(shipment([]), null, now)).toMatchObject({ revisedEta: '2026-12-14', delayDays: 0 });
});

it('does not pull the arrival forward for an early train: the vessel keeps its schedule', () => {
  const v = trackingView(shipment([[1, 'departed', '2026-11-25T08:00:00Z']]), null, now);
  expect(v.legs[0].delayDays).toBe(-7);
  expect(v).toMatchObject({ revisedEta: '2026-12-14', delayDays: 0 });
});

it('carries a late train forward to the final arrival', () => {
  const v = trackingView(shipment([[1, 'departed', '2026-12-05T08:00:00Z']]), null, new Date('2026-12-05T09:00:00Z'));
  expect(v).toMatchObject({ revisedEta: '2026-12-17', delayDays: 3 });
});

it('counts the days a leg has been waiting past its planned departure', () => {
  const v = trackingView(
    shipment([[1, 'departed', '2026-12-02T08:00:00Z'], [1, 'arrived', '2026-12-04T08:00:00Z']]),
    null,
    new Date('2026-12-11T12:00:00Z'),
  );
  expect(v).toMatchObject({ revisedEta: '2026-12-16', delayDays: 2 });
});

it('takes the last leg’s departure plus its transit, then its actual arrival', () => {
  const sailed = shipment([[1, 'departed', '2026-12-02T08:00:00Z'], [1, 'arrived', '2026-12-04T08:00:00Z'], [2, 'departed', '2026-12-08T22:00:00Z']]);
  expect(trackingView(sailed, null, new Date('2026-12-09T00:00:00Z'))).toMatchObject({ revisedEta: '2026-12-13', delayDays: -1 });
  sailed.milestones.push({ ...sailed.milestones[2], seq: 4, type: 'arrived', at: new Date('2026-12-15T06:00:00Z') });
  expect(trackingView(sailed, null, new Date('2026-12-15T07:00:00Z'))).toMatchObject({ revisedEta: '2026-12-15', delayDays: 1 });
});
