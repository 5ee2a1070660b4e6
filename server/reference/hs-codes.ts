import { type Check, fail, pass } from './check';

/**
 * Harmonized System codes (WCO HS nomenclature, 2022 edition): 2-digit chapter, 4-digit heading,
 * 6-digit subheading (international); national tariffs add digits (China: 10-digit declaration codes).
 * The table holds headings only, plus a few 6-digit subheadings; the simulator does not classify
 * beyond that. Descriptions are shortened from the WCO heading texts.
 */
export interface HsHeading {
  readonly heading: string;
  readonly chapter: string;
  readonly description: string;
}

export interface HsCode {
  /** Digits only, 6 to 10 of them. */
  readonly code: string;
  readonly heading: string;
  readonly headingDescription: string;
  readonly subheading: string;
  /** Present when the 6-digit subheading is in the small subheading table. */
  readonly subheadingDescription?: string;
}

// prettier-ignore
const HEADINGS: Readonly<Record<string, string>> = {
  '0303': 'Fish, frozen (excluding fillets and other fish meat of heading 0304)',
  '0805': 'Citrus fruit, fresh or dried',
  '0810': 'Other fruit, fresh (e.g. durians)',
  '0901': 'Coffee',
  '1006': 'Rice',
  '2204': 'Wine of fresh grapes',
  '3004': 'Medicaments put up in measured doses or for retail sale',
  '3926': 'Other articles of plastics',
  '4011': 'New pneumatic tyres, of rubber',
  '4202': 'Trunks, suitcases, handbags and similar containers',
  '6109': 'T-shirts, singlets and other vests, knitted or crocheted',
  '6110': 'Jerseys, pullovers, cardigans, waistcoats and similar articles, knitted or crocheted',
  '6204': "Women's or girls' suits, jackets, dresses, skirts and trousers, not knitted",
  '6403': 'Footwear with outer soles of rubber, plastics or leather and uppers of leather',
  '7308': 'Structures and parts of structures, of iron or steel',
  '7318': 'Screws, bolts, nuts, washers, rivets and similar articles, of iron or steel',
  '8415': 'Air conditioning machines',
  '8418': 'Refrigerators, freezers and other refrigerating or freezing equipment; heat pumps',
  '8450': 'Household or laundry-type washing machines',
  '8471': 'Automatic data-processing machines (computers) and units thereof',
  '8481': 'Taps, cocks, valves and similar appliances',
  '8501': 'Electric motors and generators (excluding generating sets)',
  '8504': 'Electrical transformers, static converters and inductors',
  '8506': 'Primary cells and primary batteries',
  '8507': 'Electric accumulators (rechargeable batteries)',
  '8516': 'Electric water heaters, space heaters, hair dryers, irons, microwave ovens and other electro-thermic domestic appliances',
  '8517': 'Telephone sets, including smartphones; apparatus for transmitting or receiving voice, images or data',
  '8528': 'Monitors, projectors and television receivers',
  '8541': 'Semiconductor devices, photovoltaic cells and light-emitting diodes',
  '8542': 'Electronic integrated circuits',
  '8544': 'Insulated wire and cable; optical fibre cables',
  '8703': 'Motor cars and other motor vehicles principally designed for the transport of persons',
  '8708': 'Parts and accessories of motor vehicles of headings 8701 to 8705',
  '8711': 'Motorcycles (including mopeds) and cycles fitted with an auxiliary motor',
  '8712': 'Bicycles and other cycles, not motorised',
  '8714': 'Parts and accessories of vehicles of headings 8711 to 8713',
  '9018': 'Instruments and appliances used in medical, surgical, dental or veterinary sciences',
  '9401': 'Seats (other than those of heading 9402)',
  '9403': 'Other furniture and parts thereof',
  '9405': 'Luminaires and lighting fittings',
  '9503': 'Tricycles, scooters, dolls and other toys; scale models; puzzles',
};

// Well-known 6-digit subheadings (HS 2017/2022 texts, shortened).
// prettier-ignore
const SUBHEADINGS: Readonly<Record<string, string>> = {
  '081060': 'Durians',
  '847130': 'Portable automatic data-processing machines, not more than 10 kg (laptops)',
  '850760': 'Lithium-ion accumulators',
  '851713': 'Smartphones',
  '870340': 'Cars with spark-ignition engine and electric motor, not plug-in (hybrid)',
  '870350': 'Cars with compression-ignition engine and electric motor, not plug-in (hybrid)',
  '870360': 'Cars with spark-ignition engine and electric motor, plug-in (plug-in hybrid)',
  '870370': 'Cars with compression-ignition engine and electric motor, plug-in (plug-in hybrid)',
  '870380': 'Cars with only an electric motor for propulsion (battery electric)',
  '871160': 'Motorcycles and cycles with an electric motor for propulsion',
};

/** Removes the dots and spaces people write inside HS codes ("8711.60", "8507 60 00"). */
export function normaliseHsCode(raw: string): string {
  return raw.replace(/[.\s]/g, '');
}

export function checkHsCode(raw: string): Check<HsCode> {
  const code = normaliseHsCode(raw);
  if (!/^\d+$/.test(code)) {
    return fail('hs-format', `HS code may contain only digits, dots and spaces, got '${raw}'`);
  }
  if (code.length < 6 || code.length > 10) {
    return fail('hs-length', `HS code must have 6 to 10 digits, got ${code.length}`);
  }
  const heading = code.slice(0, 4);
  const headingDescription = HEADINGS[heading];
  if (headingDescription === undefined) {
    return fail('hs-unknown-heading', `unknown HS heading '${heading}' (not in the reference heading table)`);
  }
  const subheading = code.slice(0, 6);
  const subheadingDescription = SUBHEADINGS[subheading];
  return pass({
    code,
    heading,
    headingDescription,
    subheading,
    ...(subheadingDescription === undefined ? {} : { subheadingDescription }),
  });
}

export function getHsHeading(heading: string): HsHeading | undefined {
  const description = HEADINGS[heading];
  return description === undefined ? undefined : { heading, chapter: heading.slice(0, 2), description };
}

export function listHsHeadings(): readonly HsHeading[] {
  return Object.keys(HEADINGS)
    .sort()
    .map((heading) => getHsHeading(heading) as HsHeading);
}

/**
 * Battery goods (带电产品) for the battery-goods restriction scenario: accumulators of heading 8507
 * (lithium-ion is 8507.60), and vehicles driven by a traction battery: electric and hybrid cars
 * 8703.40-8703.80, electric motorcycles and cycles 8711.60. Takes raw or normalised codes;
 * anything that is not a digit string is not battery goods.
 */
export const BATTERY_GOODS_PREFIXES: readonly string[] = [
  '8507', '870340', '870350', '870360', '870370', '870380', '871160',
];

export function isBatteryGoods(hs: string): boolean {
  const code = normaliseHsCode(hs);
  if (!/^\d{4,10}$/.test(code)) return false;
  return BATTERY_GOODS_PREFIXES.some((prefix) => code.startsWith(prefix));
}
