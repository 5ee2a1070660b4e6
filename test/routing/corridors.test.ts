import { checkLocode, getLocation, greatCircleKm } from '../../server/reference';
import { CORRIDORS, corridorStarts, type Corridor } from '../../server/routing/corridors';
import { estimatedDistance, roadLeg, transshipmentDays } from '../../server/routing/legs';

const byId = (id: string): Corridor => {
  const c = CORRIDORS.find((x) => x.id === id);
  if (c === undefined) throw new Error(`no corridor ${id}`);
  return c;
};
const hops = (c: Corridor): string[] => c.legs.map((l) => `${l.from}>${l.to}:${l.mode}`);
const gc = (a: string, b: string): number => greatCircleKm(getLocation(a)!, getLocation(b)!);

describe('corridor catalogue', () => {
  it('uses only UN/LOCODEs that the reference table knows', () => {
    for (const c of CORRIDORS) {
      for (const l of c.legs) {
        expect(checkLocode(l.from).ok).toBe(true);
        expect(checkLocode(l.to).ok).toBe(true);
      }
    }
  });

  it('gives each corridor a unique id, both names and a seed citation', () => {
    expect(new Set(CORRIDORS.map((c) => c.id)).size).toBe(CORRIDORS.length);
    for (const c of CORRIDORS) {
      expect(c.name).toMatch(/\w/);
      expect(c.nameZh).toMatch(/[\u4e00-\u9fff]/);
      expect(c.citation).toMatch(/\b00[14]:\d{2,3}\b/);
    }
  });

  it('models the plan corridors of DOMAIN.md', () => {
    expect(hops(byId('nwlsc-rail-sea'))).toEqual(expect.arrayContaining(['CNCKG>CNQZH:rail', 'CNQZH>SGSIN:sea']));
    expect(hops(byId('cr-express-yuxinou'))).toContain('CNCKG>DEDUI:rail');
    expect(hops(byId('china-laos-thailand-rail'))).toEqual(['CNCKG>LAVTE:rail', 'LAVTE>THBKK:rail']);
    expect(hops(byId('china-laos-thailand-rail-inbound'))).toEqual(['THBKK>LAVTE:rail', 'LAVTE>CNCKG:rail']);
    expect(corridorStarts(byId('china-laos-thailand-rail-inbound'))).toEqual(['THBKK']);
    expect(hops(byId('yangtze-river-sea'))).toEqual(expect.arrayContaining(['CNCKG>CNSHA:river', 'CNSHA>NLRTM:sea']));
    expect(hops(byId('air-yiwu-ckg-transit'))).toEqual(['CNYIW>CNCKG:air', 'CNCKG>USLAX:air', 'CNCKG>USJFK:air']);
    expect(corridorStarts(byId('air-yiwu-ckg-transit'))).toEqual(['CNYIW']);
    expect(corridorStarts(byId('nwlsc-rail-sea'))).toEqual(['CNCKG']);
  });

  it('has sane legs: schedules, cut-offs, tariffs by mode, and routes no shorter than the great circle', () => {
    for (const c of CORRIDORS) {
      for (const l of c.legs) {
        expect(l.departs.length).toBeGreaterThan(0);
        expect(l.departs.every((d) => Number.isInteger(d) && d >= 0 && d <= 6)).toBe(true);
        expect(l.transitDays).toBeGreaterThan(0);
        expect(l.cutoffDays).toBeGreaterThanOrEqual(0);
        expect(l.tariff.basis).toBe(l.mode === 'air' ? 'perKg' : 'perTeu');
        expect(l.tariff.usd.isPositive()).toBe(true);
        expect(l.distanceKm).toBeGreaterThanOrEqual(gc(l.from, l.to));
        expect(l.transitNote.length).toBeGreaterThan(10);
      }
    }
  });

  it('estimates distances by the stated rules and uses tabulated ones for water', () => {
    const railSea = byId('nwlsc-rail-sea').legs;
    expect(railSea[0]!.distanceKm).toBe(Math.round(gc('CNCKG', 'CNQZH') * 1.3));
    expect(railSea[1]!.distanceKm).toBe(2500); // 1350 nm x 1.852
    expect(byId('cr-express-yuxinou').legs[0]!.distanceKm).toBe(11179);
    expect(byId('yangtze-river-sea').legs[0]!.distanceKm).toBe(2400);
    expect(estimatedDistance('CNCKG', 'USLAX', 'air').km).toBe(Math.round(gc('CNCKG', 'USLAX') + 95));
  });

  it('builds road feeder legs from great-circle x 1.3 at 500 km/day', () => {
    const road = roadLeg('CNCTU', 'CNCKG');
    expect(road.mode).toBe('road');
    expect(road.distanceKm).toBe(Math.round(gc('CNCTU', 'CNCKG') * 1.3));
    expect(road.transitDays).toBe(Math.ceil(road.distanceKm / 500));
    expect(road.tariff).toEqual({ basis: 'perTeuKm', usd: expect.anything() });
    expect(road.tariff.usd.toString()).toBe('0.7');
    expect(roadLeg('THLCH', 'THBKK').transitDays).toBe(1);
  });

  it('adds a transshipment day only at a change of mode away from road', () => {
    expect(transshipmentDays('rail', 'sea')).toBe(1);
    expect(transshipmentDays('river', 'sea')).toBe(1);
    expect(transshipmentDays('sea', 'road')).toBe(1);
    expect(transshipmentDays('road', 'rail')).toBe(0);
    expect(transshipmentDays('air', 'air')).toBe(0);
  });
});
