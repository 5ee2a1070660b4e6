import { type Check, fail, pass } from './check';

/**
 * Chinese customs supervision modes (海关监管方式代码, 4 digits) named in the domain brief. Codes and
 * names from the GACC code table (9710 and 9810 added by GACC announcement 2020 No. 75).
 */
export type TradeDirection = 'export' | 'import';

export interface TradeMode {
  readonly code: string;
  readonly nameEn: string;
  readonly nameZh: string;
  /** The abbreviation customs prints on the declaration (监管方式简称). */
  readonly shortZh: string;
  readonly directions: readonly TradeDirection[];
  readonly crossBorderEcommerce: boolean;
}

// prettier-ignore
const ROWS: readonly TradeMode[] = [
  { code: '0110', nameEn: 'General trade', nameZh: '一般贸易', shortZh: '一般贸易', directions: ['export', 'import'], crossBorderEcommerce: false },
  { code: '1039', nameEn: 'Market procurement', nameZh: '市场采购', shortZh: '市场采购', directions: ['export'], crossBorderEcommerce: false },
  { code: '1210', nameEn: 'Bonded cross-border e-commerce', nameZh: '保税跨境贸易电子商务', shortZh: '保税电商', directions: ['import', 'export'], crossBorderEcommerce: true },
  { code: '9610', nameEn: 'Cross-border e-commerce retail, direct (B2C)', nameZh: '跨境贸易电子商务', shortZh: '电子商务', directions: ['export', 'import'], crossBorderEcommerce: true },
  { code: '9710', nameEn: 'Cross-border e-commerce B2B direct export', nameZh: '跨境电子商务企业对企业直接出口', shortZh: '跨境电商B2B直接出口', directions: ['export'], crossBorderEcommerce: true },
  { code: '9810', nameEn: 'Cross-border e-commerce export to overseas warehouse', nameZh: '跨境电子商务出口海外仓', shortZh: '跨境电商出口海外仓', directions: ['export'], crossBorderEcommerce: true },
];

const TRADE_MODES: ReadonlyMap<string, TradeMode> = new Map(
  ROWS.map((m) => [m.code, Object.freeze({ ...m, directions: Object.freeze([...m.directions]) })]),
);

export function checkTradeMode(raw: string): Check<TradeMode> {
  const code = raw.trim();
  if (!/^\d{4}$/.test(code)) {
    return fail('trade-mode-format', 'customs trade mode (监管方式) code must be 4 digits');
  }
  const mode = TRADE_MODES.get(code);
  return mode === undefined
    ? fail('trade-mode-unknown', `unknown customs trade mode '${code}' (known: ${[...TRADE_MODES.keys()].join(', ')})`)
    : pass(mode);
}

export function getTradeMode(code: string): TradeMode | undefined {
  return TRADE_MODES.get(code.trim());
}

export function listTradeModes(): readonly TradeMode[] {
  return [...TRADE_MODES.values()];
}
