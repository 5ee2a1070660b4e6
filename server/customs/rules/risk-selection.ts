/**
 * Selectivity in the style of UNCTAD's ASYCUDA: every declaration gets a lane.
 *   green  — released on the data;
 *   yellow — documentary check;
 *   red    — documentary check and physical inspection.
 * A risk profile is a list of rules (criteria → lane, with a weight), plus minimum random rates so
 * that any declaration, however clean, can be picked (without random picks a trader who learns the
 * rules learns how never to be checked).
 *
 * AEO treatment. The WCO SAFE Framework of Standards (AEO pillar, benefits for Authorized Economic
 * Operators) lists a lower risk score and fewer physical and documentary inspections among the
 * benefits customs should give AEOs; China's GACC grants them through its enterprise credit rules
 * (GACC Order No. 251 of 2021: the average inspection rate of an advanced-certified enterprise is
 * below 20 % of that of regular enterprises; Order No. 282 of 2026 adds a second AEO grade,
 * 认证企业, below 高级认证). Here that becomes a configurable treatment per credit rating: the
 * random rates are multiplied by a factor (advanced: × 0.2, from Order 251's 20 %), and matched
 * rules may be waived (yellow) or downgraded (red → yellow). Red hits are kept by default:
 * SAFE's AEO benefits do not exempt goods from security controls.
 *
 * Credit ratings: A advanced-certified AEO (高级认证企业), B certified AEO (认证企业), C regular
 * enterprise (常规企业), D dishonest enterprise (失信企业, incl. seriously dishonest). AEO treatment
 * applies only when the declarant holds AEO status (`aeo: true`) and follows its rating, so an AEO
 * whose rating has fallen to C or D gets none.
 */
import { minorUnits } from '../../reference/currencies';
import { BATTERY_GOODS_PREFIXES, checkHsCode, normaliseHsCode } from '../../reference/hs-codes';
import { Decimal, parseDecimal } from '../../shared/money';
import type { Random } from '../../shared/random';
import { fail, ok, type Result } from '../../shared/result';
import type { LaneSelection, RuleHit, RuleLane, Targeting } from '../../models/customs-records';

export type { LaneSelection, RuleHit, RuleLane, Targeting };

export type Lane = 'green' | 'yellow' | 'red';
export type DeclarationKind = 'export' | 'import' | 'transit';
export type CreditRating = 'A' | 'B' | 'C' | 'D';

/** The reason given when the random draw picked the declaration. */
export const RANDOM_SELECTION = 'random selection';

/** The reason given when a targeting instruction (布控指令) sends the declaration red. */
export const TARGETED = 'TARGETED';

/** Declared value from `min` (included) up to `max` (excluded), in `currency`. */
export interface ValueBand {
  readonly min?: string;
  readonly max?: string;
  readonly currency: string;
}

/**
 * What a rule looks at. Every criterion given must hold (and); within a list, one element is
 * enough (or). `hsHeadings` are HS prefixes ('8507', '850760', '87'): a declaration matches when
 * one of its codes starts with one of them.
 */
export interface RiskCriteria {
  readonly hsHeadings?: readonly string[];
  /** ISO 3166-1 alpha-2 codes; one of the declaration's origins is enough. */
  readonly originCountries?: readonly string[];
  readonly aeo?: boolean;
  readonly creditRating?: readonly CreditRating[];
  readonly valueBand?: ValueBand;
  readonly kinds?: readonly DeclarationKind[];
}

export interface RiskRule {
  readonly id: string;
  readonly description: string;
  readonly match: RiskCriteria;
  readonly lane: RuleLane;
  /** Orders the reasons (heaviest first); a positive number. */
  readonly weight: number;
}

/** Probabilities in [0, 1]; yellow + red ≤ 1. */
export interface LaneRates {
  readonly yellow: number;
  readonly red: number;
}

export interface AeoTreatment {
  /** Multiplies both random rates; from 0 to 1. */
  readonly randomRateFactor: number;
  /** A matched yellow rule: kept, or waived (no check on its account). */
  readonly yellowHits: 'keep' | 'waive';
  /** A matched red rule: kept, or downgraded to a documentary check. */
  readonly redHits: 'keep' | 'yellow';
}

export interface RiskProfile {
  readonly rules: readonly RiskRule[];
  /** Defaults to DEFAULT_MINIMUM_RATES. */
  readonly minimumRates?: LaneRates;
  /** Treatment of AEO declarants by credit rating; defaults to DEFAULT_AEO_TREATMENT. */
  readonly aeoTreatment?: Partial<Readonly<Record<CreditRating, AeoTreatment>>>;
}

export interface SelectionDeclaration {
  readonly kind: DeclarationKind;
  readonly hsCodes: readonly string[];
  readonly originCountries: readonly string[];
  readonly value: { readonly amount: string; readonly currency: string };
  readonly declarant: { readonly aeo: boolean; readonly creditRating: CreditRating };
  /** A targeting instruction (布控) on this declaration: it goes red, reason TARGETED first. */
  readonly targeting?: Targeting;
}

export interface SelectionOptions {
  /**
   * Converts the declared value into a value band's currency (for instance at the customs
   * exchange rate of the day); undefined when it cannot. Without it, a band in another currency
   * than the declaration's counts as matched, with a note on the hit.
   */
  readonly convert?: (amount: Decimal, from: string, to: string) => Decimal | undefined;
}

export const DEFAULT_MINIMUM_RATES: LaneRates = Object.freeze({ yellow: 0.05, red: 0.02 });

export const DEFAULT_AEO_TREATMENT: Partial<Readonly<Record<CreditRating, AeoTreatment>>> = Object.freeze({
  // 高级认证: Order 251's "below 20 % of regular enterprises"; a yellow hit is waived.
  A: Object.freeze({ randomRateFactor: 0.2, yellowHits: 'waive', redHits: 'keep' }),
  // 认证企业: half the random rate (the 50 % GACC gave the former general-certified grade under
  // Order No. 237 of 2018; an assumption for the new grade); rule hits kept.
  B: Object.freeze({ randomRateFactor: 0.5, yellowHits: 'keep', redHits: 'keep' }),
});

/**
 * A small, plausible profile for the goods of the training scenarios. Trainers replace it.
 */
export const DEFAULT_RISK_PROFILE: RiskProfile = Object.freeze({
  minimumRates: DEFAULT_MINIMUM_RATES,
  aeoTreatment: DEFAULT_AEO_TREATMENT,
  rules: Object.freeze([
    {
      // Lithium batteries are dangerous goods (UN 3480/3481/3171); documentary check of the UN 38.3
      // test summary and the packaging declaration. Battery goods (带电产品) as the reference table
      // defines them: heading 8507 and electric or hybrid vehicles (DOMAIN scenario 4, 001:143).
      id: 'BATTERY-GOODS',
      description: 'Battery goods (带电产品): lithium batteries and battery-driven vehicles — check the UN 38.3 and dangerous-goods documents',
      match: { hsHeadings: BATTERY_GOODS_PREFIXES },
      lane: 'yellow',
      weight: 40,
    },
    {
      // Exported toys are goods subject to statutory inspection (法定检验, the catalogue of goods
      // customs must inspect; toys were added after the 2007 recalls): every consignment is
      // inspected, whoever exports it. An enterprise enrolled in inspect-then-stuff (先查验后装箱,
      // 001:140) has it done at its factory before the container is stuffed and e-locked.
      id: 'TOYS-STATUTORY-INSPECTION',
      description: 'Toys (9503) for export — statutory inspection (法定检验), at the factory for enterprises enrolled in inspect-then-stuff',
      match: { hsHeadings: ['9503'], kinds: ['export'] },
      lane: 'red',
      weight: 50,
    },
    {
      // Valuation risk: undervaluing an imported car lowers duty, VAT and consumption tax, and can
      // keep it under the 1.3 million yuan line of the luxury-car consumption tax (超豪华小汽车,
      // MOF/SAT 财税〔2016〕129号). Declared value at or above 1.3 million yuan: inspect.
      id: 'HIGH-VALUE-CARS',
      description: 'Imported passenger cars (8703) declared at 1,300,000 CNY or more — physical inspection for valuation and specification',
      match: { hsHeadings: ['8703'], valueBand: { min: '1300000', currency: 'CNY' }, kinds: ['import'] },
      lane: 'red',
      weight: 60,
    },
    {
      // An import whose origin is not stated ('ZZ', the ISO 3166 user-assigned code commonly used
      // for an unknown country) cannot be checked for origin-based measures (anti-dumping,
      // quarantine, preference claims). A trainer adds real origins under an alert here.
      id: 'ORIGIN-UNKNOWN',
      description: 'Import of goods of unknown origin (ZZ) — physical inspection and origin verification',
      match: { originCountries: ['ZZ'], kinds: ['import'] },
      lane: 'red',
      weight: 90,
    },
    {
      // Dishonest enterprises (失信企业) face inspection rates of 80 % and above under GACC's
      // credit rules (Order No. 251 of 2021); the simulator inspects them all.
      id: 'DISHONEST-ENTERPRISE',
      description: 'Declarant rated dishonest (失信企业, rating D) — physical inspection',
      match: { creditRating: ['D'] },
      lane: 'red',
      weight: 100,
    },
  ] satisfies RiskRule[]),
});

const LANE_ORDER: Readonly<Record<Lane, number>> = { green: 0, yellow: 1, red: 2 };
const KINDS: readonly DeclarationKind[] = ['export', 'import', 'transit'];
const RATINGS: readonly CreditRating[] = ['A', 'B', 'C', 'D'];

function higher(a: Lane, b: Lane): Lane {
  return LANE_ORDER[b] > LANE_ORDER[a] ? b : a;
}

function isProbability(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
}

function checkList<T>(problems: string[], at: string, list: readonly T[] | undefined, valid: (item: T) => boolean, what: string): void {
  if (list === undefined) return;
  if (!Array.isArray(list) || list.length === 0) {
    problems.push(`${at}: must be a non-empty list when given (an empty list would match nothing)`);
    return;
  }
  for (const item of list) if (!valid(item)) problems.push(`${at}: '${String(item)}' is not ${what}`);
}

/** Every problem with a profile, or the profile. selectLane throws on a profile that fails this. */
export function checkRiskProfile(profile: RiskProfile): Result<RiskProfile, string[]> {
  const problems: string[] = [];
  const rates = profile.minimumRates ?? DEFAULT_MINIMUM_RATES;
  if (!isProbability(rates.yellow) || !isProbability(rates.red) || rates.yellow + rates.red > 1) {
    problems.push(`minimumRates: yellow and red must be probabilities from 0 to 1 with a sum of at most 1, got yellow ${rates.yellow}, red ${rates.red}`);
  }
  for (const [rating, treatment] of Object.entries(profile.aeoTreatment ?? {})) {
    if (!RATINGS.includes(rating as CreditRating)) problems.push(`aeoTreatment: unknown credit rating '${rating}'`);
    if (treatment === undefined) continue;
    if (!isProbability(treatment.randomRateFactor)) problems.push(`aeoTreatment.${rating}.randomRateFactor: must be from 0 to 1, got ${treatment.randomRateFactor}`);
    if (treatment.yellowHits !== 'keep' && treatment.yellowHits !== 'waive') problems.push(`aeoTreatment.${rating}.yellowHits: must be 'keep' or 'waive'`);
    if (treatment.redHits !== 'keep' && treatment.redHits !== 'yellow') problems.push(`aeoTreatment.${rating}.redHits: must be 'keep' or 'yellow'`);
  }
  const ids = new Set<string>();
  profile.rules.forEach((rule, i) => {
    const at = `rules[${i}] (${rule.id})`;
    if (typeof rule.id !== 'string' || rule.id.trim() === '' || rule.id === RANDOM_SELECTION || rule.id === TARGETED) {
      problems.push(`rules[${i}]: needs an id other than '${RANDOM_SELECTION}' and '${TARGETED}'`);
    }
    if (ids.has(rule.id)) problems.push(`${at}: duplicate id`);
    ids.add(rule.id);
    if (rule.lane !== 'yellow' && rule.lane !== 'red') problems.push(`${at}.lane: must be 'yellow' or 'red'`);
    if (typeof rule.weight !== 'number' || !Number.isFinite(rule.weight) || rule.weight <= 0) problems.push(`${at}.weight: must be a positive number`);
    const m = rule.match;
    const given = Object.entries(m).filter(([, v]) => v !== undefined).length;
    if (given === 0) problems.push(`${at}.match: names no criterion (use minimumRates to pick everything)`);
    checkList(problems, `${at}.match.hsHeadings`, m.hsHeadings, (h) => typeof h === 'string' && /^\d{2,10}$/.test(normaliseHsCode(h)), 'an HS prefix of 2 to 10 digits');
    checkList(problems, `${at}.match.originCountries`, m.originCountries, (c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c), 'an upper-case ISO 3166 alpha-2 code');
    checkList(problems, `${at}.match.creditRating`, m.creditRating, (r) => RATINGS.includes(r), 'a credit rating A, B, C or D');
    checkList(problems, `${at}.match.kinds`, m.kinds, (k) => KINDS.includes(k), 'export, import or transit');
    if (m.aeo !== undefined && typeof m.aeo !== 'boolean') problems.push(`${at}.match.aeo: must be true or false`);
    if (m.valueBand !== undefined) {
      const { min, max, currency } = m.valueBand;
      if (minorUnits(currency) === undefined) problems.push(`${at}.match.valueBand.currency: unknown ISO 4217 currency '${currency}'`);
      const lo = min === undefined ? undefined : parseDecimal(min);
      const hi = max === undefined ? undefined : parseDecimal(max);
      if (lo === null || hi === null) problems.push(`${at}.match.valueBand: min and max must be decimal strings`);
      if (lo === undefined && hi === undefined) problems.push(`${at}.match.valueBand: needs min, max or both`);
      if (lo && hi && !lo.lt(hi)) problems.push(`${at}.match.valueBand: min must be below max`);
    }
  });
  return problems.length === 0 ? ok(profile) : fail(problems);
}

function checkDeclaration(d: SelectionDeclaration): string[] {
  const problems: string[] = [];
  if (!KINDS.includes(d.kind)) problems.push(`kind: must be export, import or transit, got '${String(d.kind)}'`);
  if (!Array.isArray(d.hsCodes) || d.hsCodes.length === 0) problems.push('hsCodes: at least one HS code');
  for (const code of d.hsCodes ?? []) {
    const checked = checkHsCode(code);
    if (!checked.ok) problems.push(`hsCodes: ${checked.message}`);
  }
  for (const c of d.originCountries ?? []) {
    if (typeof c !== 'string' || !/^[A-Za-z]{2}$/.test(c)) problems.push(`originCountries: '${String(c)}' is not an ISO 3166 alpha-2 code`);
  }
  if (parseDecimal(d.value?.amount ?? '') === null) problems.push(`value.amount: '${String(d.value?.amount)}' is not a decimal number`);
  if (minorUnits(d.value?.currency ?? '') === undefined) problems.push(`value.currency: unknown ISO 4217 currency '${String(d.value?.currency)}'`);
  if (typeof d.declarant?.aeo !== 'boolean') problems.push('declarant.aeo: must be true or false');
  if (!RATINGS.includes(d.declarant?.creditRating as CreditRating)) problems.push(`declarant.creditRating: must be A, B, C or D, got '${String(d.declarant?.creditRating)}'`);
  if (d.targeting !== undefined && (typeof d.targeting?.reason !== 'string' || d.targeting.reason.trim() === '')) {
    problems.push('targeting.reason: a targeting instruction needs a reason');
  }
  return problems;
}

type BandOutcome = { matched: boolean; note?: string };

function inBand(band: ValueBand, d: SelectionDeclaration, options: SelectionOptions): BandOutcome {
  const declared = new Decimal(d.value.amount);
  const from = d.value.currency.toUpperCase();
  const to = band.currency.toUpperCase();
  let value: Decimal | undefined = declared;
  if (from !== to) value = options.convert?.(declared, from, to);
  if (value === undefined) {
    return { matched: true, note: `value in ${from} not compared with the ${to} band (no conversion given): matched to be safe` };
  }
  const aboveMin = band.min === undefined || value.gte(band.min);
  const belowMax = band.max === undefined || value.lt(band.max);
  return { matched: aboveMin && belowMax };
}

function matches(rule: RiskRule, d: SelectionDeclaration, codes: readonly string[], options: SelectionOptions): BandOutcome {
  const m = rule.match;
  if (m.kinds && !m.kinds.includes(d.kind)) return { matched: false };
  if (m.aeo !== undefined && m.aeo !== d.declarant.aeo) return { matched: false };
  if (m.creditRating && !m.creditRating.includes(d.declarant.creditRating)) return { matched: false };
  if (m.hsHeadings) {
    const prefixes = m.hsHeadings.map(normaliseHsCode);
    if (!codes.some((code) => prefixes.some((p) => code.startsWith(p)))) return { matched: false };
  }
  if (m.originCountries) {
    const origins = d.originCountries.map((c) => c.toUpperCase());
    if (!m.originCountries.some((c) => origins.includes(c))) return { matched: false };
  }
  return m.valueBand ? inBand(m.valueBand, d, options) : { matched: true };
}

function treatmentFor(profile: RiskProfile, d: SelectionDeclaration): AeoTreatment | undefined {
  if (!d.declarant.aeo) return undefined;
  return (profile.aeoTreatment ?? DEFAULT_AEO_TREATMENT)[d.declarant.creditRating];
}

function treated(lane: RuleLane, treatment: AeoTreatment | undefined): Lane {
  if (treatment === undefined) return lane;
  if (lane === 'yellow') return treatment.yellowHits === 'waive' ? 'green' : 'yellow';
  return treatment.redHits === 'yellow' ? 'yellow' : 'red';
}

/**
 * The lane for one declaration.
 *
 * Randomness, so that a seed replays a run exactly: each call draws exactly ONE number,
 * `random.next()`, and draws it whatever the declaration and the profile — also when a rule
 * already sends the declaration red, and also for an AEO. The n-th call on a generator therefore
 * uses its n-th draw u, and changing rules or declarants never shifts the draws of later calls.
 * With the rates after AEO treatment, u < red gives a random red, red ≤ u < red + yellow a random
 * yellow, anything else no random pick. The same u against lower AEO rates picks a subset of what
 * it would pick for a regular declarant.
 * A declaration or profile that fails validation throws RangeError before the draw, so it
 * consumes nothing.
 *
 * The lane is the higher of the random lane and the lanes of the matched rules after AEO treatment.
 *
 * A targeting instruction (布控指令, `declaration.targeting`) sends the declaration red with
 * TARGETED as its first reason, whatever the rules, the draw and the AEO treatment say. The draw
 * is still taken, the same one, so randomLane and every later call's draw stay as they would be
 * without the instruction; the matched rules are still recorded and listed after TARGETED.
 */
export function selectLane(
  declaration: SelectionDeclaration,
  profile: RiskProfile,
  random: Random,
  options: SelectionOptions = {},
): LaneSelection {
  const checked = checkRiskProfile(profile);
  if (!checked.ok) throw new RangeError(`invalid risk profile: ${checked.error.join('; ')}`);
  const problems = checkDeclaration(declaration);
  if (problems.length > 0) throw new RangeError(`declaration not fit for risk selection: ${problems.join('; ')}`);

  const u = random.next();

  const treatment = treatmentFor(profile, declaration);
  const factor = treatment?.randomRateFactor ?? 1;
  const rates = profile.minimumRates ?? DEFAULT_MINIMUM_RATES;
  const red = rates.red * factor;
  const yellow = rates.yellow * factor;
  const randomLane: Lane = u < red ? 'red' : u < red + yellow ? 'yellow' : 'green';

  const codes = declaration.hsCodes.map(normaliseHsCode);
  const hits: RuleHit[] = [];
  for (const rule of profile.rules) {
    const outcome = matches(rule, declaration, codes, options);
    if (!outcome.matched) continue;
    hits.push({
      ruleId: rule.id,
      weight: rule.weight,
      ruleLane: rule.lane,
      lane: treated(rule.lane, treatment),
      ...(outcome.note === undefined ? {} : { note: outcome.note }),
    });
  }

  const raising = hits
    .map((hit, order) => ({ hit, order }))
    .filter(({ hit }) => hit.lane !== 'green')
    .sort((a, b) => b.hit.weight - a.hit.weight || a.order - b.order)
    .map(({ hit }) => hit);
  const ruled = raising.reduce<Lane>((acc, hit) => higher(acc, hit.lane), randomLane);
  const reasons = raising.map((hit) => hit.ruleId);
  if (randomLane !== 'green') reasons.push(RANDOM_SELECTION);
  if (declaration.targeting === undefined) return { lane: ruled, reasons, hits, randomLane };
  // A targeting instruction is not softened by AEO status: AEO treatment lowers the random rates
  // and may waive or downgrade rule hits, but an officer's 布控 on one consignment is a decision
  // on intelligence, not a risk score, and SAFE's AEO benefits do not exempt goods from it.
  const targeting: Targeting = { reason: declaration.targeting.reason.trim() };
  return { lane: 'red', reasons: [TARGETED, ...reasons], hits, randomLane, targeting };
}
