import { type Check, fail, pass } from './check';

/**
 * UN/LOCODE (UNECE Recommendation No. 16): 2-letter ISO 3166-1 country + 3 letters or digits 2-9.
 *
 * Where the codes come from: the UNECE code list, 2014-2 edition (as republished in the public
 * "datasets/un-locode" data package), for every country it covers here; for SG, TH, VN, PH, TW, US,
 * GB, FR, ES, PL, RU, TR, AE, SA, PK, LK, ZA, EG and GR (absent from that copy) the codes are the
 * long-standing ones that carriers' UN/LOCODE port lists use. Places whose code could not be
 * confirmed are left out: Alashankou, Malaszewicze, Guoyuan as a separate code (it is part of CNCKG).
 * Coordinates are approximate (city or main terminal), enough for great-circle distance estimates.
 * `kind` is what the simulator may route through there; it can go beyond UN/LOCODE's function column.
 */
export type LocationKind = 'seaport' | 'railTerminal' | 'riverPort' | 'airport' | 'roadTerminal' | 'inlandHub';

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

export interface Location extends LatLon {
  readonly code: string;
  readonly name: string;
  readonly nameZh?: string;
  /** ISO 3166-1 alpha-2 */
  readonly country: string;
  readonly kind: readonly LocationKind[];
  readonly note?: string;
}

// Compact kind letters for the table: S sea, R rail, W river (waterway), A air, D road, H inland hub.
const KIND_LETTERS: Record<string, LocationKind> = {
  S: 'seaport', R: 'railTerminal', W: 'riverPort', A: 'airport', D: 'roadTerminal', H: 'inlandHub',
};

type Row = [code: string, name: string, lat: number, lon: number, kinds: string, nameZh?: string, note?: string];

// prettier-ignore
const ROWS: readonly Row[] = [
  // China: corridor places first
  ['CNCKG', 'Chongqing', 29.56, 106.55, 'RWADH', '重庆', 'One code for Tuanjiecun rail port (团结村), Guoyuan river port (果园港) and Jiangbei airport (江北机场); UN/LOCODE functions 1-2-3-4'],
  ['CNQZH', 'Qinzhou', 21.68, 108.61, 'SR', '钦州', 'Qinzhou port (钦州港), Beibu Gulf; sea end of the New Western Land-Sea Corridor'],
  ['CNFAN', 'Fangchenggang', 21.77, 108.35, 'SD', '防城港'],
  ['CNNNG', 'Nanning', 22.82, 108.32, 'RDA', '南宁'],
  ['CNPIN', 'Pingxiang (Guangxi)', 22.12, 106.73, 'RD', '凭祥', 'China-Viet Nam rail and road border crossing'],
  ['CNKMG', 'Kunming', 25.04, 102.71, 'RDA', '昆明', 'China-Laos railway origin'],
  ['CNHRS', 'Horgos (Khorgos)', 44.05, 80.83, 'RD', '霍尔果斯', 'China-Kazakhstan border crossing; China-Europe Railway Express gateway'],
  ['CNMLX', 'Manzhouli', 49.58, 117.38, 'RD', '满洲里', 'China-Russia border crossing'],
  ['CNERC', 'Erenhot (Erlianhaote)', 43.63, 111.97, 'RD', '二连浩特', 'China-Mongolia border crossing'],
  ['CNSHA', 'Shanghai', 31.23, 121.47, 'SWRA', '上海', 'Yangtze mouth; river-sea transshipment'],
  ['CNYIW', 'Yiwu', 29.30, 120.07, 'RDAH', '义乌', 'the code DOMAIN.md and the Yiwu–Chongqing air transit use; UN/LOCODE 2014-2 remarks "USE CNYIU", accepted as an alias'],
  ['CNCTU', 'Chengdu', 30.66, 104.07, 'RDA', '成都'],
  ['CNXIA', "Xi'an", 34.28, 108.95, 'RA', '西安'],
  ['CNCGO', 'Zhengzhou', 34.75, 113.63, 'RA', '郑州'],
  ['CNWUH', 'Wuhan', 30.59, 114.31, 'WRA', '武汉'],
  ['CNBJS', 'Beijing', 39.92, 116.40, 'RDAH', '北京'],
  ['CNTSN', 'Tianjin', 38.98, 117.70, 'SRA', '天津'],
  ['CNTAO', 'Qingdao', 36.07, 120.38, 'SRA', '青岛'],
  ['CNNGB', 'Ningbo', 29.87, 121.55, 'SR', '宁波'],
  ['CNSZX', 'Shenzhen', 22.54, 114.06, 'SA', '深圳'],
  ['CNCAN', 'Guangzhou', 23.13, 113.26, 'SA', '广州'],
  ['CNXMN', 'Xiamen', 24.48, 118.09, 'SA', '厦门'],
  ['HKHKG', 'Hong Kong', 22.30, 114.17, 'SA', '香港'],
  // South-east Asia
  ['SGSIN', 'Singapore', 1.29, 103.85, 'SA', '新加坡'],
  ['LAVTE', 'Vientiane', 17.97, 102.60, 'RDA', '万象', 'China-Laos railway; fast transit towards Thailand'],
  ['THBKK', 'Bangkok', 13.75, 100.50, 'SRA', '曼谷'],
  ['THLCH', 'Laem Chabang', 13.08, 100.88, 'SR', '林查班'],
  ['THLKR', 'Lat Krabang', 13.72, 100.77, 'RH', undefined, 'Inland container depot serving Bangkok'],
  ['VNHAN', 'Hanoi', 21.03, 105.85, 'RA', '河内'],
  ['VNHPH', 'Haiphong', 20.86, 106.68, 'S', '海防'],
  ['VNSGN', 'Ho Chi Minh City', 10.78, 106.70, 'SA', '胡志明市'],
  ['KHPNH', 'Phnom Penh', 11.56, 104.92, 'WA', '金边'],
  ['MMRGN', 'Yangon', 16.80, 96.16, 'SA', '仰光'],
  ['MYPKG', 'Port Klang', 3.00, 101.40, 'SR', '巴生港'],
  ['MYTPP', 'Tanjung Pelepas', 1.37, 103.55, 'S'],
  ['IDJKT', 'Jakarta', -6.11, 106.88, 'SA', '雅加达'],
  ['PHMNL', 'Manila', 14.60, 120.98, 'SA', '马尼拉'],
  // North-east Asia
  ['JPTYO', 'Tokyo', 35.68, 139.77, 'SA', '东京'],
  ['JPYOK', 'Yokohama', 35.45, 139.65, 'S', '横滨'],
  ['KRPUS', 'Busan', 35.10, 129.04, 'SR', '釜山'],
  ['TWKHH', 'Kaohsiung', 22.62, 120.28, 'S', '高雄'],
  // South Asia, Middle East, Central Asia
  ['INNSA', 'Nhava Sheva (Jawaharlal Nehru)', 18.95, 72.95, 'S'],
  ['LKCMB', 'Colombo', 6.94, 79.85, 'SA', '科伦坡'],
  ['PKKHI', 'Karachi', 24.85, 67.00, 'SA', '卡拉奇'],
  ['AEJEA', 'Jebel Ali', 25.01, 55.06, 'S', '杰贝阿里'],
  ['SAJED', 'Jeddah', 21.49, 39.18, 'SA', '吉达'],
  ['EGPSD', 'Port Said', 31.26, 32.30, 'S', '塞得港'],
  ['TRIST', 'Istanbul', 41.01, 28.98, 'SRA', '伊斯坦布尔'],
  ['KZALA', 'Almaty', 43.24, 76.89, 'RA', '阿拉木图'],
  // Europe
  ['RUMOW', 'Moscow', 55.76, 37.62, 'RA', '莫斯科'],
  ['BYMSQ', 'Minsk', 53.90, 27.57, 'RA', '明斯克'],
  ['PLWAW', 'Warsaw', 52.23, 21.01, 'RA', '华沙'],
  ['HUBUD', 'Budapest', 47.50, 19.04, 'WRA', '布达佩斯'],
  ['DEDUI', 'Duisburg', 51.43, 6.76, 'WRDH', '杜伊斯堡', 'Rhine inland port; main European terminal of 渝新欧'],
  ['DEHAM', 'Hamburg', 53.55, 9.99, 'SRA', '汉堡'],
  ['DEFRA', 'Frankfurt am Main', 50.11, 8.68, 'A', '法兰克福'],
  ['NLRTM', 'Rotterdam', 51.92, 4.48, 'SWR', '鹿特丹'],
  ['BEANR', 'Antwerp', 51.22, 4.40, 'SWR', '安特卫普'],
  ['GBFXT', 'Felixstowe', 51.96, 1.35, 'SR', '费利克斯托'],
  ['GBLON', 'London', 51.51, -0.13, 'SA', '伦敦'],
  ['FRPAR', 'Paris', 48.86, 2.35, 'A', '巴黎'],
  ['ESMAD', 'Madrid', 40.42, -3.70, 'RAH', '马德里'],
  ['ITMIL', 'Milan', 45.46, 9.19, 'RDA', '米兰'],
  ['GRPIR', 'Piraeus', 37.94, 23.64, 'S', '比雷埃夫斯'],
  // Americas, Africa, Oceania
  ['USLAX', 'Los Angeles', 34.05, -118.24, 'SA', '洛杉矶'],
  ['USJFK', 'New York JFK Airport', 40.64, -73.78, 'A', '纽约肯尼迪机场'],
  ['USNYC', 'New York', 40.71, -74.01, 'S', '纽约'],
  ['BRSSZ', 'Santos', -23.96, -46.33, 'S', '桑托斯'],
  ['ZADUR', 'Durban', -29.86, 31.03, 'S', '德班'],
  ['AUSYD', 'Sydney', -33.87, 151.21, 'SA', '悉尼'],
];

function toLocation([code, name, lat, lon, kinds, nameZh, note]: Row): Location {
  const kind = [...kinds].map((letter) => KIND_LETTERS[letter] as LocationKind);
  return Object.freeze({
    code, name, country: code.slice(0, 2), lat, lon, kind: Object.freeze(kind),
    ...(nameZh === undefined ? {} : { nameZh }),
    ...(note === undefined ? {} : { note }),
  });
}

const LOCATIONS: ReadonlyMap<string, Location> = new Map(ROWS.map((row) => [row[0], toLocation(row)]));

/**
 * Other codes for a place in the table, accepted and normalised to the table's code so one place
 * has one code in stored data. Yiwu: the plan's documents use CNYIW, UN/LOCODE 2014-2 says CNYIU.
 */
export const LOCODE_ALIASES: Readonly<Record<string, string>> = Object.freeze({ CNYIU: 'CNYIW' });

const LOCODE_FORMAT = /^[A-Z]{2}[A-Z2-9]{3}$/;

/** Trims, upper-cases and drops the space UN/LOCODE lists print between country and place ("CN CKG"). */
export function normaliseLocode(raw: string): string {
  return raw.trim().toUpperCase().replace(/\s+/g, '');
}

export function checkLocode(raw: string): Check<Location> {
  const code = normaliseLocode(raw);
  if (!LOCODE_FORMAT.test(code)) {
    return fail('locode-format', 'UN/LOCODE must be 2 country letters and 3 letters or digits 2-9');
  }
  const location = LOCATIONS.get(LOCODE_ALIASES[code] ?? code);
  return location === undefined ? fail('locode-unknown', `unknown UN/LOCODE '${code}'`) : pass(location);
}

export function getLocation(code: string): Location | undefined {
  return LOCATIONS.get(normaliseLocode(code));
}

export function listLocations(): readonly Location[] {
  return [...LOCATIONS.values()];
}

export function locationHasKind(code: string, kind: LocationKind): boolean {
  return getLocation(code)?.kind.includes(kind) ?? false;
}

/** Mean Earth radius (IUGG), km. */
export const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance by the haversine formula, in km. A lower bound for any real route. */
export function greatCircleKm(a: LatLon, b: LatLon): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
