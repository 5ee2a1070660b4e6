/**
 * Corridor catalogue: the trunk services of Chongqing's order-to-delivery logistics plan
 * (渝府办发〔2025〕23号, seeds/001 lines 98-163) and the airport plan (seeds/004 lines 53-83).
 * Citations are `file:line` by the seed file's own name, plus the DOMAIN.md corridor table.
 *
 * Every figure below (transit days, weekdays, cut-offs, rates) is an INDICATIVE simulator default
 * chosen to be plausible, not a published timetable or tariff; each says what it rests on. Legs
 * run outbound from Chongqing (or Yiwu); of the return directions only the China-Laos-Thailand
 * railway into Chongqing is modelled (for imports).
 */
import { Decimal } from '../shared/money';
import { DAILY, leg, nm, type LegSpec, type Tariff } from './legs';

export interface Corridor {
  readonly id: string;
  readonly name: string;
  readonly nameZh: string;
  readonly citation: string;
  /** A small directed graph: paths follow legs whose `from` is the previous leg's `to`. */
  readonly legs: readonly LegSpec[];
}

const perTeu = (usd: string): Tariff => ({ basis: 'perTeu', usd: new Decimal(usd) });
const perKg = (usd: string): Tariff => ({ basis: 'perKg', usd: new Decimal(usd) });
const SEA_TABLE = 'approximate port-to-port distance, rounded (general port-distance tables; replace with a distance service)';

function corridor(c: Corridor): Corridor {
  return Object.freeze({ ...c, legs: Object.freeze([...c.legs]) });
}

/** (a) 西部陆海新通道 铁海联运: Tuanjiecun rail port -> Qinzhou port -> Singapore / ASEAN. */
const NWLSC = corridor({
  id: 'nwlsc-rail-sea',
  name: 'New Western Land-Sea Corridor rail-sea service',
  nameZh: '西部陆海新通道铁海联运',
  citation: '001:129 (铁海联运精品班列), 001:127 (钦州港口岸), DOMAIN.md corridor table',
  legs: [
    leg({
      from: 'CNCKG', to: 'CNQZH', mode: 'rail', departs: DAILY, cutoffDays: 1, transitDays: 2,
      transitNote: 'Chongqing-Qinzhou rail-sea trains run daily and are advertised at about 2-3 days (indicative)',
      tariff: perTeu('560'),
    }),
    leg({
      from: 'CNQZH', to: 'SGSIN', mode: 'sea', departs: [3, 6], cutoffDays: 1, transitDays: 5,
      distance: nm(1350, SEA_TABLE), transitNote: 'direct Beibu Gulf-Singapore feeder ~5 days at 12-14 kn (indicative)',
      tariff: perTeu('300'),
    }),
    leg({
      from: 'CNQZH', to: 'MYPKG', mode: 'sea', departs: [2], cutoffDays: 1, transitDays: 6,
      distance: nm(1550, SEA_TABLE), transitNote: 'weekly feeder ~6 days (indicative)', tariff: perTeu('350'),
    }),
    leg({
      from: 'CNQZH', to: 'VNSGN', mode: 'sea', departs: [1, 4], cutoffDays: 1, transitDays: 4,
      distance: nm(800, SEA_TABLE), transitNote: 'twice-weekly feeder ~4 days (indicative)', tariff: perTeu('280'),
    }),
    leg({
      from: 'CNQZH', to: 'THLCH', mode: 'sea', departs: [5], cutoffDays: 1, transitDays: 5,
      distance: nm(1450, SEA_TABLE), transitNote: 'weekly feeder ~5 days (indicative)', tariff: perTeu('320'),
    }),
  ],
});

/** (b) 中欧班列(渝新欧): Chongqing -> Alashankou/Khorgos -> Duisburg (or Hamburg). */
const CR_EXPRESS = corridor({
  id: 'cr-express-yuxinou',
  name: 'China-Europe Railway Express (Chongqing-Xinjiang-Europe)',
  nameZh: '中欧班列(渝新欧)',
  citation: '001:129 (中欧班列全程时刻表线路), 001:127 (舱位联动), DOMAIN.md corridor table',
  legs: [
    leg({
      from: 'CNCKG', to: 'DEDUI', mode: 'rail', departs: [2, 5], cutoffDays: 2, transitDays: 14,
      distance: { km: 11179, note: 'route length commonly quoted for 渝新欧 Chongqing-Duisburg (press figure, approximate)' },
      transitNote: 'China-Europe trains take ~12-16 days per operator schedules; 14 used; Tue/Fri departures assumed',
      tariff: perTeu('3800'),
    }),
    leg({
      from: 'CNCKG', to: 'DEHAM', mode: 'rail', departs: [4], cutoffDays: 2, transitDays: 15,
      transitNote: '~13-17 days via Malaszewicze (indicative); weekly Thursday departure assumed', tariff: perTeu('4000'),
    }),
  ],
});

/** (c) 中老泰: Chongqing -> Vientiane (fast transit at the Vientiane hub) -> Bangkok. */
const CHINA_LAOS_THAILAND = corridor({
  id: 'china-laos-thailand-rail',
  name: 'China-Laos-Thailand railway',
  nameZh: '中老泰铁路(万象过境快速通关)',
  citation: '001:127 (中老泰铁路万象枢纽过境快速通关), 001:129 (中老泰马图定班列), DOMAIN.md corridor table',
  legs: [
    leg({
      from: 'CNCKG', to: 'LAVTE', mode: 'rail', departs: [1, 3, 5], cutoffDays: 1, transitDays: 3,
      transitNote: 'Chongqing-Kunming plus the 1,035 km China-Laos Railway; ~3 days assumed for scheduled trains',
      tariff: perTeu('1500'),
    }),
    leg({
      from: 'LAVTE', to: 'THBKK', mode: 'rail', departs: DAILY, cutoffDays: 1, transitDays: 2,
      transitNote: 'transfer from standard to metre gauge at Vientiane (cut-off day), then ~2 days to Bangkok (indicative)',
      tariff: perTeu('600'),
    }),
  ],
});

/**
 * (c') 中老泰 inbound: Bangkok -> Vientiane -> Chongqing, the return direction of (c), e.g. Thai
 * fruit and parts for Chongqing. The leg figures are those of (c), reversed: indicative defaults.
 */
const CHINA_LAOS_THAILAND_INBOUND = corridor({
  id: 'china-laos-thailand-rail-inbound',
  name: 'China-Laos-Thailand railway (inbound to Chongqing)',
  nameZh: '中老泰铁路(回程, 曼谷—万象—重庆)',
  citation: '001:127 (中老泰铁路万象枢纽过境快速通关), 001:129 (中老泰马图定班列), DOMAIN.md corridor table',
  legs: [
    leg({
      from: 'THBKK', to: 'LAVTE', mode: 'rail', departs: DAILY, cutoffDays: 1, transitDays: 2,
      transitNote: 'metre gauge ~2 days Bangkok-Vientiane, then transfer to standard gauge at Vientiane (indicative, as outbound)',
      tariff: perTeu('600'),
    }),
    leg({
      from: 'LAVTE', to: 'CNCKG', mode: 'rail', departs: [1, 3, 5], cutoffDays: 1, transitDays: 3,
      transitNote: 'the 1,035 km China-Laos Railway plus Kunming-Chongqing; ~3 days assumed for scheduled trains (as outbound)',
      tariff: perTeu('1500'),
    }),
  ],
});

/** (d) 长江江海联运: Guoyuan port (CNCKG) -> Shanghai -> onward by sea. */
const YANGTZE = corridor({
  id: 'yangtze-river-sea',
  name: 'Yangtze river-sea service via Shanghai',
  nameZh: '长江江海联运(果园港—上海)',
  citation: '001:143 (公转水、水铁联运), 001:207 (三峡过闸), DOMAIN.md corridor table',
  legs: [
    leg({
      from: 'CNCKG', to: 'CNSHA', mode: 'river', departs: [1, 4], cutoffDays: 1, transitDays: 8,
      distance: { km: 2400, note: 'Yangtze navigation distance Chongqing-Shanghai, ~2,400 km (approximate)' },
      transitNote: 'downstream ~6-10 days incl. Three Gorges lock waits (001:207); 8 used', tariff: perTeu('500'),
    }),
    leg({
      from: 'CNSHA', to: 'NLRTM', mode: 'sea', departs: [6], cutoffDays: 1, transitDays: 30,
      distance: nm(10500, `${SEA_TABLE}; via Suez`), transitNote: 'Asia-North Europe loops ~28-35 days (indicative)',
      tariff: perTeu('1600'),
    }),
    leg({
      from: 'CNSHA', to: 'USLAX', mode: 'sea', departs: [3], cutoffDays: 1, transitDays: 14,
      distance: nm(5700, SEA_TABLE), transitNote: 'transpacific ~12-16 days (indicative)', tariff: perTeu('2200'),
    }),
    leg({
      from: 'CNSHA', to: 'SGSIN', mode: 'sea', departs: [2], cutoffDays: 1, transitDays: 6,
      distance: nm(2200, SEA_TABLE), transitNote: 'Shanghai-Singapore ~5-7 days (indicative)', tariff: perTeu('400'),
    }),
  ],
});

/** (e1) 义乌—重庆—北美 空空转关: air-to-air transit under bond through Jiangbei. */
const AIR_YIWU_TRANSIT = corridor({
  id: 'air-yiwu-ckg-transit',
  name: 'Yiwu-Chongqing-North America air-to-air transit',
  nameZh: '义乌—重庆—北美跨境电商空空转关',
  citation: '001:127 (义乌—重庆—北美“空空转关”), 004:73 (“123”航空快运圈), DOMAIN.md corridor table',
  legs: [
    leg({
      from: 'CNYIW', to: 'CNCKG', mode: 'air', departs: DAILY, cutoffDays: 1, transitDays: 1,
      transitNote: 'domestic leg within the 1-day circle of the "123" target (004:73), incl. bonded transfer at CKG',
      tariff: perKg('0.60'),
    }),
    leg({
      from: 'CNCKG', to: 'USLAX', mode: 'air', departs: DAILY, cutoffDays: 0, transitDays: 1,
      transitNote: 'connects under bond without re-clearance (cut-off 0); ~13 h flight, local dates',
      tariff: perKg('4.20'),
    }),
    leg({
      from: 'CNCKG', to: 'USJFK', mode: 'air', departs: DAILY, cutoffDays: 0, transitDays: 1,
      transitNote: 'connects under bond without re-clearance (cut-off 0); ~15 h flight, local dates',
      tariff: perKg('4.60'),
    }),
  ],
});

const direct = (to: string, usdPerKg: string): LegSpec =>
  leg({
    from: 'CNCKG', to, mode: 'air', departs: DAILY, cutoffDays: 1, transitDays: 1,
    transitNote: 'daily departure, acceptance/screening the day before, arrival next local day ("123" circle, 004:73)',
    tariff: perKg(usdPerKg),
  });

/** (e2) Direct air from Jiangbei on the routes the airport plan names (004:63). */
const AIR_CKG_DIRECT = corridor({
  id: 'air-ckg-direct',
  name: 'Chongqing Jiangbei direct air freight',
  nameZh: '重庆江北国际机场国际航空货运',
  citation: '004:63 (五大精品航线、五大骨干航线), 004:73 (“123”航空快运圈), 001:129 (国际物流空中走廊)',
  legs: [
    direct('USLAX', '4.20'), direct('USJFK', '4.60'), direct('GBLON', '3.80'), direct('FRPAR', '3.80'),
    direct('SGSIN', '2.10'), direct('JPTYO', '2.40'), direct('THBKK', '1.90'),
  ],
});

export const CORRIDORS: readonly Corridor[] = Object.freeze([
  NWLSC, CR_EXPRESS, CHINA_LAOS_THAILAND, CHINA_LAOS_THAILAND_INBOUND, YANGTZE, AIR_YIWU_TRANSIT, AIR_CKG_DIRECT,
]);

/** Every UN/LOCODE a corridor touches. */
export function corridorNodes(c: Corridor): ReadonlySet<string> {
  return new Set(c.legs.flatMap((l) => [l.from, l.to]));
}

/** Nodes no leg arrives at: where a first-mile truck may deliver. */
export function corridorStarts(c: Corridor): readonly string[] {
  const arrivals = new Set(c.legs.map((l) => l.to));
  return [...new Set(c.legs.map((l) => l.from))].filter((n) => !arrivals.has(n));
}
