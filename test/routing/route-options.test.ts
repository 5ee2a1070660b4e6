import Decimal from 'decimal.js';
import dayjs from 'dayjs';
import { getLocation, greatCircleKm } from '../../server/reference';
import { CORRIDORS, CO2_G_PER_TONNE_KM, routeOptions, type RankBy, type RouteOption, type RouteRequest } from '../../server/routing';

const READY = '2026-03-02'; // a Monday
const TEN_TONNES_2_TEU = { grossWeightKg: 10000, teu: 2 };

function options(request: Partial<RouteRequest> & Pick<RouteRequest, 'origin' | 'destination'>): RouteOption[] {
  const result = routeOptions({ cargo: TEN_TONNES_2_TEU, readyDate: READY, ...request });
  if (!result.ok) throw new Error(`expected options, got ${JSON.stringify(result.error)}`);
  return result.value;
}
const find = (list: RouteOption[], corridorId: string): RouteOption => {
  const o = list.find((x) => x.corridorId === corridorId);
  if (o === undefined) throw new Error(`no ${corridorId} option among ${list.map((x) => x.id).join(', ')}`);
  return o;
};
const hops = (o: RouteOption): string[] => o.legs.map((l) => `${l.from}>${l.to}:${l.mode}`);
const dates = (o: RouteOption): string[] => o.legs.map((l) => `${l.etd}/${l.eta}`);

describe('routeOptions: Chongqing -> Singapore', () => {
  const list = options({ origin: 'CNCKG', destination: 'SGSIN' });
  const railSea = find(list, 'nwlsc-rail-sea');
  const air = find(list, 'air-ckg-direct');

  it('offers the rail-sea service via Qinzhou, scheduled leg by leg from the ready date', () => {
    expect(hops(railSea)).toEqual(['CNCKG>CNQZH:rail', 'CNQZH>SGSIN:sea']);
    // rail: ready Mon 2 + 1 cut-off = Tue 3 (daily), 2 days -> Thu 5;
    // sea: Thu 5 + 1 transfer + 1 cut-off = Sat 7, a Wed/Sat sailing, 5 days -> Thu 12.
    expect(dates(railSea)).toEqual(['2026-03-03/2026-03-05', '2026-03-07/2026-03-12']);
    expect([railSea.etd, railSea.eta, railSea.transitDays]).toEqual(['2026-03-03', '2026-03-12', 10]);
    expect(railSea.legs.map((l) => l.seq)).toEqual([1, 2]);
    expect(railSea.mainCarriageModes).toEqual(['rail', 'sea']);
    expect(railSea.id).toMatch(/^nwlsc-rail-sea:[0-9a-f]{8}$/);
  });

  it('costs 2 TEU exactly: 2 x USD 560 rail + 2 x USD 300 sea', () => {
    expect(railSea.legs.map((l) => l.cost.amount)).toEqual(['1120.00', '600.00']);
    expect(railSea.cost).toEqual({ amount: '1720.00', currency: 'USD' });
    expect(railSea.basis).toEqual({ teu: 2, chargeableKg: '10000' });
  });

  it('gives each leg CO2 = factor x tonnes x km', () => {
    expect(railSea.legs[1]!.co2Kg).toBe('200.0'); // 8 g x 10 t x 2500 km
    for (const leg of railSea.legs) {
      const expected = CO2_G_PER_TONNE_KM[leg.mode].times(10).times(leg.distanceKm).dividedBy(1000);
      expect(leg.co2Kg).toBe(expected.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toFixed(1));
    }
    const sum = railSea.legs.reduce((acc, l) => acc.plus(l.co2Kg), new Decimal(0));
    expect(railSea.co2Kg).toBe(sum.toFixed(1));
  });

  it('offers direct air, next-day, charged on chargeable kg', () => {
    expect(hops(air)).toEqual(['CNCKG>SGSIN:air']);
    expect(dates(air)).toEqual(['2026-03-03/2026-03-04']);
    expect(air.transitDays).toBe(2);
    expect(air.cost.amount).toBe('21000.00'); // 10,000 kg x USD 2.10
    expect(air.mainCarriageModes).toEqual(['air']);
  });

  it('ranks air first by time and rail-sea first by cost and by CO2', () => {
    expect(list[0]!.id).toBe(air.id);
    expect(air.ranks.time).toBe(1);
    expect(railSea.ranks).toMatchObject({ cost: 1, co2: 1 });
    expect(options({ origin: 'CNCKG', destination: 'SGSIN', rankBy: 'cost' })[0]!.id).toBe(railSea.id);
    expect(options({ origin: 'CNCKG', destination: 'SGSIN', rankBy: 'co2' })[0]!.id).toBe(railSea.id);
  });

  it.each<RankBy>(['time', 'cost', 'co2'])('sorts by %s with ranks 1..n matching the order', (rankBy) => {
    const sorted = options({ origin: 'CNCKG', destination: 'SGSIN', rankBy });
    expect(sorted.map((o) => o.ranks[rankBy])).toEqual(sorted.map((_, i) => i + 1));
    const value = (o: RouteOption): Decimal =>
      rankBy === 'time' ? new Decimal(o.transitDays) : new Decimal(rankBy === 'cost' ? o.cost.amount : o.co2Kg);
    for (let i = 1; i < sorted.length; i += 1) expect(value(sorted[i]!).gte(value(sorted[i - 1]!))).toBe(true);
    expect(new Set(sorted.map((o) => o.id)).size).toBe(sorted.length);
  });
});

describe('routeOptions: other corridors', () => {
  it('China-Europe rail to Duisburg departs on a Tue/Fri train and takes 18 days door to door', () => {
    const rail = find(options({ origin: 'CNCKG', destination: 'DEDUI' }), 'cr-express-yuxinou');
    // ready Mon 2 + 2 cut-off = Wed 4; next Tue/Fri train Fri 6; 14 days -> Fri 20.
    expect(hops(rail)).toEqual(['CNCKG>DEDUI:rail']);
    expect(dates(rail)).toEqual(['2026-03-06/2026-03-20']);
    expect(dayjs(rail.etd).day()).toBe(5);
    expect(rail.transitDays).toBe(18);
    expect(rail.cost.amount).toBe('7600.00');
    expect(rail.legs[0]!.co2Kg).toBe('2459.4'); // 22 x 10 x 11179
    expect(rail.mainCarriageModes).toEqual(['rail']);
  });

  it('China-Laos-Thailand rail reaches Bangkok through Vientiane', () => {
    const rail = find(options({ origin: 'CNCKG', destination: 'THBKK' }), 'china-laos-thailand-rail');
    // Mon 2 + 1 = Tue 3 -> Mon/Wed/Fri train Wed 4, 3 days -> Sat 7; gauge transfer day -> Sun 8, 2 days -> Tue 10.
    expect(hops(rail)).toEqual(['CNCKG>LAVTE:rail', 'LAVTE>THBKK:rail']);
    expect(dates(rail)).toEqual(['2026-03-04/2026-03-07', '2026-03-08/2026-03-10']);
    expect(rail.cost.amount).toBe('4200.00');
  });

  it('China-Laos-Thailand rail brings Thai goods from Bangkok to Chongqing through Vientiane (inbound)', () => {
    const list = options({ origin: 'THBKK', destination: 'CNCKG' });
    const rail = find(list, 'china-laos-thailand-rail-inbound');
    // Mon 2 + 1 = Tue 3 (daily), 2 days -> Thu 5; + 1 cut-off = Fri 6, a Mon/Wed/Fri train, 3 days -> Mon 9.
    expect(hops(rail)).toEqual(['THBKK>LAVTE:rail', 'LAVTE>CNCKG:rail']);
    expect(dates(rail)).toEqual(['2026-03-03/2026-03-05', '2026-03-06/2026-03-09']);
    expect(rail.transitDays).toBe(7);
    expect(rail.cost.amount).toBe('4200.00');
    expect(rail.mainCarriageModes).toEqual(['rail']);
    // the outbound corridor does not run backwards, nor the inbound one forwards
    expect(list.every((o) => o.corridorId === 'china-laos-thailand-rail-inbound')).toBe(true);
    expect(options({ origin: 'CNCKG', destination: 'THBKK' }).some((o) => o.corridorId === 'china-laos-thailand-rail-inbound')).toBe(false);
  });

  it('Yiwu -> Los Angeles goes air-to-air through Chongqing within the 3-day circle, volume beating weight', () => {
    const list = options({ origin: 'CNYIW', destination: 'USLAX', cargo: { grossWeightKg: 500, volumeM3: 4 } });
    const transit = find(list, 'air-yiwu-ckg-transit');
    expect(hops(transit)).toEqual(['CNYIW>CNCKG:air', 'CNCKG>USLAX:air']);
    expect(dates(transit)).toEqual(['2026-03-03/2026-03-04', '2026-03-04/2026-03-05']);
    expect(transit.transitDays).toBe(3);
    expect(transit.basis.chargeableKg).toBe('668'); // 4 m3 x 167 > 500 kg
    expect(transit.legs.map((l) => l.cost.amount)).toEqual(['400.80', '2805.60']); // 668 x 0.60, 668 x 4.20
    expect(transit.cost.amount).toBe('3206.40');
    expect(transit.legs[1]!.co2Kg).toBe(new Decimal(602).times(0.5).times(transit.legs[1]!.distanceKm).dividedBy(1000).toFixed(1));
    // the alias UN/LOCODE 2014-2 gives for Yiwu resolves to the same place
    expect(options({ origin: 'CNYIU', destination: 'USLAX', cargo: { grossWeightKg: 500, volumeM3: 4 } })).toEqual(list);
  });

  it('adds a road first mile from Chengdu to the Chongqing rail port', () => {
    const railSea = find(options({ origin: 'CNCTU', destination: 'SGSIN' }), 'nwlsc-rail-sea');
    expect(hops(railSea)).toEqual(['CNCTU>CNCKG:road', 'CNCKG>CNQZH:rail', 'CNQZH>SGSIN:sea']);
    const road = railSea.legs[0]!;
    const km = Math.round(greatCircleKm(getLocation('CNCTU')!, getLocation('CNCKG')!) * 1.3);
    expect(road.distanceKm).toBe(km);
    expect(road.cost.amount).toBe(new Decimal('0.70').times(km).times(2).toFixed(2));
    // road Mon 2 -> Tue 3; rail Tue 3 + 1 = Wed 4 -> Fri 6; sea Fri 6 + 2 = Sun 8 -> Wed 11 sailing -> Mon 16.
    expect(dates(railSea)).toEqual(['2026-03-02/2026-03-03', '2026-03-04/2026-03-06', '2026-03-11/2026-03-16']);
    expect(railSea.transitDays).toBe(14);
    expect(railSea.mainCarriageModes).toEqual(['rail', 'sea']);
  });

  it('adds a road last mile from the nearest corridor node (Rotterdam -> Duisburg by river-sea)', () => {
    const yangtze = find(options({ origin: 'CNCKG', destination: 'DEDUI' }), 'yangtze-river-sea');
    expect(hops(yangtze)).toEqual(['CNCKG>CNSHA:river', 'CNSHA>NLRTM:sea', 'NLRTM>DEDUI:road']);
    expect(yangtze.mainCarriageModes).toEqual(['river', 'sea']);
  });
});

describe('routeOptions: failures are values', () => {
  const base = { cargo: TEN_TONNES_2_TEU, readyDate: READY };

  it('names the field of an unknown location', () => {
    expect(routeOptions({ ...base, origin: 'CNCKG', destination: 'XXABC' })).toEqual({
      ok: false, error: { code: 'UNKNOWN_LOCATION', field: 'destination', rule: 'locode-unknown', message: "destination: unknown UN/LOCODE 'XXABC'" },
    });
    const bad = routeOptions({ ...base, origin: 'Chongqing', destination: 'SGSIN' });
    expect(bad.ok ? undefined : bad.error).toMatchObject({ code: 'UNKNOWN_LOCATION', field: 'origin' });
  });

  it('reports NO_ROUTE on the side that is out of reach', () => {
    const far = routeOptions({ ...base, origin: 'CNCKG', destination: 'AUSYD' });
    expect(far.ok ? undefined : far.error).toMatchObject({ code: 'NO_ROUTE', field: 'destination', rule: 'no-route' });
    const inbound = routeOptions({ ...base, origin: 'USLAX', destination: 'CNCKG' });
    expect(inbound.ok ? undefined : inbound.error).toMatchObject({ code: 'NO_ROUTE', field: 'origin' });
    const same = routeOptions({ ...base, origin: 'CNCKG', destination: 'cn ckg' });
    expect(same.ok ? undefined : same.error).toMatchObject({ code: 'NO_ROUTE', field: 'destination', rule: 'differs-from-origin' });
    const railOnly = routeOptions({ ...base, origin: 'CNCKG', destination: 'SGSIN' }, CORRIDORS.filter((c) => c.id === 'cr-express-yuxinou'));
    expect(railOnly.ok ? undefined : railOnly.error).toMatchObject({ code: 'NO_ROUTE', field: 'destination' });
  });

  it('rejects bad cargo and ready dates', () => {
    const noWeight = routeOptions({ ...base, origin: 'CNCKG', destination: 'SGSIN', cargo: { grossWeightKg: 0 } });
    expect(noWeight.ok ? undefined : noWeight.error).toMatchObject({ code: 'INVALID_REQUEST', field: 'cargo' });
    const halfTeu = routeOptions({ ...base, origin: 'CNCKG', destination: 'SGSIN', cargo: { grossWeightKg: 1, teu: 1.5 } });
    expect(halfTeu.ok ? undefined : halfTeu.error).toMatchObject({ field: 'cargo' });
    const badDate = routeOptions({ ...base, origin: 'CNCKG', destination: 'SGSIN', readyDate: '2026-02-30' });
    expect(badDate.ok ? undefined : badDate.error).toMatchObject({ code: 'INVALID_REQUEST', field: 'readyDate' });
  });
});

describe('routeOptions: determinism', () => {
  it('returns deep-equal, plain-JSON output for the same request, and a Date ready date equals its ISO day', () => {
    const request: RouteRequest = { origin: 'CNCTU', destination: 'SGSIN', cargo: { grossWeightKg: 8000, volumeM3: 50 }, readyDate: READY };
    const first = routeOptions(request);
    const second = routeOptions({ ...request, cargo: { ...request.cargo } });
    expect(second).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(routeOptions({ ...request, readyDate: new Date('2026-03-02T00:00:00Z') })).toEqual(first);
  });
});
