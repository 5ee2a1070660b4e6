import {
  checkRiskProfile,
  DEFAULT_AEO_TREATMENT,
  DEFAULT_MINIMUM_RATES,
  DEFAULT_RISK_PROFILE,
  RANDOM_SELECTION,
  selectLane,
  TARGETED,
  type CreditRating,
  type Lane,
  type RiskProfile,
  type SelectionDeclaration,
} from '../../server/customs/rules/risk-selection';
import { Decimal } from '../../server/shared/money';
import { seededRandom, type Random } from '../../server/shared/random';

/** A Random that returns the given draws in turn and counts how many were taken. */
function scripted(...draws: number[]): Random & { taken: () => number } {
  let i = 0;
  return {
    next: () => {
      if (i >= draws.length) throw new Error('scripted random: no draw left');
      return draws[i++] as number;
    },
    int: () => {
      throw new Error('selectLane must use next() only');
    },
    state: () => [i],
    taken: () => i,
  };
}

/** Far above every random rate: no random pick. */
const MISS = 0.99;

function declaration(overrides: Partial<SelectionDeclaration> = {}): SelectionDeclaration {
  return {
    kind: 'export',
    hsCodes: ['8714109000'],
    originCountries: ['CN'],
    value: { amount: '50000.00', currency: 'USD' },
    declarant: { aeo: false, creditRating: 'C' },
    ...overrides,
  };
}

const NO_RULES: RiskProfile = { rules: [] };

describe('selectLane with the default profile', () => {
  it('releases a clean declaration on green when the draw does not pick it', () => {
    expect(selectLane(declaration(), DEFAULT_RISK_PROFILE, scripted(MISS))).toEqual({
      lane: 'green',
      reasons: [],
      hits: [],
      randomLane: 'green',
    });
  });

  it('sends battery goods (8507, and electric cars 870380) to yellow', () => {
    const battery = selectLane(declaration({ hsCodes: ['8507.60.00'] }), DEFAULT_RISK_PROFILE, scripted(MISS));
    expect(battery).toMatchObject({ lane: 'yellow', reasons: ['BATTERY-GOODS'] });
    const ev = selectLane(declaration({ hsCodes: ['8703800000'] }), DEFAULT_RISK_PROFILE, scripted(MISS));
    expect(ev).toMatchObject({ lane: 'yellow', reasons: ['BATTERY-GOODS'] });
    // A petrol car is not battery goods.
    expect(selectLane(declaration({ hsCodes: ['8703239000'] }), DEFAULT_RISK_PROFILE, scripted(MISS)).lane).toBe('green');
  });

  it('sends every toy export to red (statutory inspection), AEO or not, but not an import', () => {
    const toys = declaration({ hsCodes: ['9503008900'] });
    expect(selectLane(toys, DEFAULT_RISK_PROFILE, scripted(MISS))).toMatchObject({ lane: 'red', reasons: ['TOYS-STATUTORY-INSPECTION'] });
    const aeoExporter = { ...toys, declarant: { aeo: true, creditRating: 'A' as CreditRating } };
    expect(selectLane(aeoExporter, DEFAULT_RISK_PROFILE, scripted(MISS)).lane).toBe('red');
    expect(selectLane({ ...toys, kind: 'import' }, DEFAULT_RISK_PROFILE, scripted(MISS)).lane).toBe('green');
  });

  it('sends imported cars at or above 1,300,000 CNY to red; the band minimum is included, 1,299,999.99 is not', () => {
    const car = (amount: string) =>
      declaration({ kind: 'import', hsCodes: ['8703239000'], originCountries: ['DE'], value: { amount, currency: 'CNY' } });
    expect(selectLane(car('1300000.00'), DEFAULT_RISK_PROFILE, scripted(MISS))).toMatchObject({ lane: 'red', reasons: ['HIGH-VALUE-CARS'] });
    expect(selectLane(car('1299999.99'), DEFAULT_RISK_PROFILE, scripted(MISS)).lane).toBe('green');
    // Exported cars are outside the rule.
    expect(selectLane({ ...car('2000000'), kind: 'export' }, DEFAULT_RISK_PROFILE, scripted(MISS)).lane).toBe('green');
  });

  it('sends imports of unknown origin (ZZ) and dishonest declarants to red', () => {
    expect(
      selectLane(declaration({ kind: 'import', originCountries: ['TH', 'ZZ'] }), DEFAULT_RISK_PROFILE, scripted(MISS)),
    ).toMatchObject({ lane: 'red', reasons: ['ORIGIN-UNKNOWN'] });
    expect(
      selectLane(declaration({ declarant: { aeo: false, creditRating: 'D' } }), DEFAULT_RISK_PROFILE, scripted(MISS)),
    ).toMatchObject({ lane: 'red', reasons: ['DISHONEST-ENTERPRISE'] });
  });

  it('lists the reasons heaviest first, then the random selection; the lane is the highest', () => {
    // Electric car (battery goods, weight 40), 1.5 m CNY import (weight 60), dishonest (100), picked at random yellow.
    const result = selectLane(
      declaration({
        kind: 'import',
        hsCodes: ['8703800000'],
        value: { amount: '1500000', currency: 'CNY' },
        declarant: { aeo: false, creditRating: 'D' },
      }),
      DEFAULT_RISK_PROFILE,
      scripted(0.03),
    );
    expect(result.lane).toBe('red');
    expect(result.randomLane).toBe('yellow');
    expect(result.reasons).toEqual(['DISHONEST-ENTERPRISE', 'HIGH-VALUE-CARS', 'BATTERY-GOODS', RANDOM_SELECTION]);
    // hits keep the profile order
    expect(result.hits.map((h) => h.ruleId)).toEqual(['BATTERY-GOODS', 'HIGH-VALUE-CARS', 'DISHONEST-ENTERPRISE']);
  });
});

describe('random selection', () => {
  it('picks red below the red rate, yellow below red + yellow, nothing from there on (defaults 0.02 and 0.05)', () => {
    const lane = (u: number) => selectLane(declaration(), NO_RULES, scripted(u));
    expect(DEFAULT_MINIMUM_RATES).toEqual({ yellow: 0.05, red: 0.02 });
    expect(lane(0)).toMatchObject({ lane: 'red', reasons: [RANDOM_SELECTION], randomLane: 'red' });
    expect(lane(0.0199).lane).toBe('red');
    expect(lane(0.02)).toMatchObject({ lane: 'yellow', reasons: [RANDOM_SELECTION] });
    expect(lane(0.0699).lane).toBe('yellow');
    expect(lane(0.0701)).toMatchObject({ lane: 'green', reasons: [] });
  });

  it('uses the configured rates', () => {
    const profile: RiskProfile = { rules: [], minimumRates: { yellow: 0.3, red: 0.1 } };
    expect(selectLane(declaration(), profile, scripted(0.05)).lane).toBe('red');
    expect(selectLane(declaration(), profile, scripted(0.35)).lane).toBe('yellow');
    expect(selectLane(declaration(), profile, scripted(0.41)).lane).toBe('green');
  });

  it('draws exactly one number per declaration, also when a rule already sends it red', () => {
    const random = scripted(MISS, MISS, 0.5);
    selectLane(declaration(), DEFAULT_RISK_PROFILE, random);
    selectLane(declaration({ declarant: { aeo: false, creditRating: 'D' } }), DEFAULT_RISK_PROFILE, random);
    selectLane(declaration({ declarant: { aeo: true, creditRating: 'A' } }), DEFAULT_RISK_PROFILE, random);
    expect(random.taken()).toBe(3);
  });

  it('draws nothing for a declaration or profile it refuses', () => {
    const random = scripted(MISS);
    expect(() => selectLane(declaration({ hsCodes: ['1234'] }), DEFAULT_RISK_PROFILE, random)).toThrow(RangeError);
    expect(() => selectLane(declaration({ value: { amount: '1,000', currency: 'USD' } }), DEFAULT_RISK_PROFILE, random)).toThrow(
      /value\.amount/,
    );
    expect(() => selectLane(declaration(), { rules: [], minimumRates: { yellow: 0.9, red: 0.2 } }, random)).toThrow(/minimumRates/);
    expect(random.taken()).toBe(0);
  });
});

describe('AEO treatment', () => {
  const advanced = { aeo: true, creditRating: 'A' as CreditRating };
  const certified = { aeo: true, creditRating: 'B' as CreditRating };

  it('advanced AEO (A): random rates × 0.2 (red 0.004, yellow 0.01)', () => {
    const lane = (u: number) => selectLane(declaration({ declarant: advanced }), NO_RULES, scripted(u)).lane;
    expect(lane(0.0039)).toBe('red');
    expect(lane(0.004)).toBe('yellow');
    expect(lane(0.0139)).toBe('yellow');
    expect(lane(0.0141)).toBe('green');
    // the same draw picks a regular declarant (below its red rate of 0.02)
    expect(selectLane(declaration(), NO_RULES, scripted(0.0141)).lane).toBe('red');
  });

  it('certified AEO (B): random rates × 0.5 (red 0.01, yellow 0.025)', () => {
    const lane = (u: number) => selectLane(declaration({ declarant: certified }), NO_RULES, scripted(u)).lane;
    expect(lane(0.0099)).toBe('red');
    expect(lane(0.03)).toBe('yellow');
    expect(lane(0.0351)).toBe('green');
  });

  it('advanced AEO: a matched yellow rule is waived and recorded as a green hit; red rules are kept', () => {
    const battery = selectLane(declaration({ hsCodes: ['8507600000'], declarant: advanced }), DEFAULT_RISK_PROFILE, scripted(MISS));
    expect(battery).toEqual({
      lane: 'green',
      reasons: [],
      hits: [{ ruleId: 'BATTERY-GOODS', weight: 40, ruleLane: 'yellow', lane: 'green' }],
      randomLane: 'green',
    });
    const unknownOrigin = selectLane(
      declaration({ kind: 'import', originCountries: ['ZZ'], declarant: advanced }),
      DEFAULT_RISK_PROFILE,
      scripted(MISS),
    );
    expect(unknownOrigin).toMatchObject({ lane: 'red', reasons: ['ORIGIN-UNKNOWN'] });
  });

  it('certified AEO (B) keeps the yellow hit', () => {
    const battery = selectLane(declaration({ hsCodes: ['8507600000'], declarant: certified }), DEFAULT_RISK_PROFILE, scripted(MISS));
    expect(battery).toMatchObject({ lane: 'yellow', reasons: ['BATTERY-GOODS'] });
  });

  it('follows the rating: an AEO flag with rating C gets no treatment; rating A without the AEO flag gets none either', () => {
    expect(selectLane(declaration({ declarant: { aeo: true, creditRating: 'C' } }), NO_RULES, scripted(0.03)).lane).toBe('yellow');
    expect(selectLane(declaration({ declarant: { aeo: false, creditRating: 'A' } }), NO_RULES, scripted(0.03)).lane).toBe('yellow');
    expect(selectLane(declaration({ declarant: advanced }), NO_RULES, scripted(0.03)).lane).toBe('green');
  });

  it('can be configured to downgrade red hits to yellow', () => {
    const profile: RiskProfile = {
      ...DEFAULT_RISK_PROFILE,
      aeoTreatment: { A: { randomRateFactor: 0, yellowHits: 'waive', redHits: 'yellow' } },
    };
    const result = selectLane(declaration({ kind: 'import', originCountries: ['ZZ'], declarant: advanced }), profile, scripted(0));
    expect(result).toMatchObject({
      lane: 'yellow',
      reasons: ['ORIGIN-UNKNOWN'],
      randomLane: 'green',
      hits: [{ ruleId: 'ORIGIN-UNKNOWN', ruleLane: 'red', lane: 'yellow' }],
    });
  });

  it('defaults: A × 0.2 waiving yellow, B × 0.5', () => {
    expect(DEFAULT_AEO_TREATMENT).toEqual({
      A: { randomRateFactor: 0.2, yellowHits: 'waive', redHits: 'keep' },
      B: { randomRateFactor: 0.5, yellowHits: 'keep', redHits: 'keep' },
    });
  });
});

describe('targeting instruction (布控)', () => {
  const advanced = { aeo: true, creditRating: 'A' as CreditRating };
  const targeting = { reason: 'intelligence: undervalued brake assemblies from this consignor' };

  it('sends a clean declaration of an advanced AEO red on a green draw, TARGETED the only reason', () => {
    const random = scripted(MISS);
    const result = selectLane(declaration({ declarant: advanced, targeting }), DEFAULT_RISK_PROFILE, random);
    expect(result).toEqual({ lane: 'red', reasons: [TARGETED], hits: [], randomLane: 'green', targeting });
    expect(random.taken()).toBe(1);
  });

  it('lists TARGETED first, then the rules that raised the lane and the random selection; waived hits stay recorded', () => {
    const battery = selectLane(declaration({ hsCodes: ['8507600000'], targeting }), DEFAULT_RISK_PROFILE, scripted(0.03));
    expect(battery).toMatchObject({ lane: 'red', reasons: [TARGETED, 'BATTERY-GOODS', RANDOM_SELECTION], randomLane: 'yellow' });
    const waived = selectLane(declaration({ hsCodes: ['8507600000'], declarant: advanced, targeting }), DEFAULT_RISK_PROFILE, scripted(MISS));
    expect(waived).toMatchObject({ lane: 'red', reasons: [TARGETED], hits: [{ ruleId: 'BATTERY-GOODS', lane: 'green' }] });
  });

  it('is not softened by an AEO treatment that downgrades red hits and zeroes the random rates', () => {
    const lenient: RiskProfile = { ...DEFAULT_RISK_PROFILE, aeoTreatment: { A: { randomRateFactor: 0, yellowHits: 'waive', redHits: 'yellow' } } };
    const result = selectLane(declaration({ kind: 'import', originCountries: ['ZZ'], declarant: advanced, targeting }), lenient, scripted(0));
    expect(result).toMatchObject({ lane: 'red', reasons: [TARGETED, 'ORIGIN-UNKNOWN'], randomLane: 'green', hits: [{ ruleId: 'ORIGIN-UNKNOWN', lane: 'yellow' }] });
  });

  it('keeps the reason, trimmed, on the selection', () => {
    const result = selectLane(declaration({ targeting: { reason: '  tip-off 2026-041  ' } }), NO_RULES, scripted(MISS));
    expect(result.targeting).toEqual({ reason: 'tip-off 2026-041' });
  });

  it('takes the same draws as without it: randomLane and every later draw are unchanged for the same seed', () => {
    const run = (targeted: (i: number) => boolean) => {
      const random = seededRandom(7);
      const selections = Array.from({ length: 1000 }, (_, i) => {
        const d = mixedDeclaration(i);
        return selectLane(targeted(i) ? { ...d, targeting } : d, DEFAULT_RISK_PROFILE, random);
      });
      return { selections, next: random.next() };
    };
    const plain = run(() => false);
    const targetedEvery3rd = run((i) => i % 3 === 0);
    expect(targetedEvery3rd.selections.map((s) => s.randomLane)).toEqual(plain.selections.map((s) => s.randomLane));
    expect(targetedEvery3rd.selections.map((s) => s.hits)).toEqual(plain.selections.map((s) => s.hits));
    // Untargeted declarations get exactly the selection they would have had.
    expect(targetedEvery3rd.selections.filter((_, i) => i % 3 !== 0)).toEqual(plain.selections.filter((_, i) => i % 3 !== 0));
    expect(targetedEvery3rd.selections.filter((_, i) => i % 3 === 0).every((s) => s.lane === 'red' && s.reasons[0] === TARGETED)).toBe(true);
    expect(targetedEvery3rd.next).toBe(plain.next);
  });

  it('refuses a targeting instruction without a reason before drawing; a rule may not be called TARGETED', () => {
    const random = scripted(MISS);
    expect(() => selectLane(declaration({ targeting: { reason: '  ' } }), DEFAULT_RISK_PROFILE, random)).toThrow(/targeting\.reason/);
    expect(random.taken()).toBe(0);
    const clash = checkRiskProfile({ rules: [{ id: TARGETED, description: 'x', match: { kinds: ['export'] }, lane: 'red', weight: 1 }] });
    expect(clash.ok).toBe(false);
  });
});

describe('value bands in another currency', () => {
  const usdCar = declaration({ kind: 'import', hsCodes: ['8703239000'], value: { amount: '150000', currency: 'USD' } });

  it('compares after conversion when a converter is given', () => {
    // 150,000 USD at 7.1 = 1,065,000 CNY: below the band; at 9 = 1,350,000 CNY: in it.
    const at = (rate: string) => (amount: Decimal, from: string, to: string) =>
      from === 'USD' && to === 'CNY' ? amount.times(rate) : undefined;
    expect(selectLane(usdCar, DEFAULT_RISK_PROFILE, scripted(MISS), { convert: at('7.1') }).lane).toBe('green');
    expect(selectLane(usdCar, DEFAULT_RISK_PROFILE, scripted(MISS), { convert: at('9') }).lane).toBe('red');
  });

  it('without a converter counts the band as matched and says so on the hit', () => {
    const result = selectLane(usdCar, DEFAULT_RISK_PROFILE, scripted(MISS));
    expect(result.lane).toBe('red');
    expect(result.hits).toEqual([
      {
        ruleId: 'HIGH-VALUE-CARS',
        weight: 60,
        ruleLane: 'red',
        lane: 'red',
        note: 'value in USD not compared with the CNY band (no conversion given): matched to be safe',
      },
    ]);
  });

  it('treats max as excluded', () => {
    const profile: RiskProfile = {
      rules: [{ id: 'LOW', description: 'low value', match: { valueBand: { max: '100', currency: 'USD' } }, lane: 'yellow', weight: 1 }],
    };
    const at = (amount: string) => selectLane(declaration({ value: { amount, currency: 'USD' } }), profile, scripted(MISS)).lane;
    expect(at('99.99')).toBe('yellow');
    expect(at('100')).toBe('green');
  });
});

describe('checkRiskProfile', () => {
  it('accepts the default profile', () => {
    expect(checkRiskProfile(DEFAULT_RISK_PROFILE).ok).toBe(true);
  });

  it('reports every problem', () => {
    const result = checkRiskProfile({
      minimumRates: { yellow: -0.1, red: 0.02 },
      aeoTreatment: { A: { randomRateFactor: 2, yellowHits: 'waive', redHits: 'keep' } },
      rules: [
        { id: 'X', description: '', match: {}, lane: 'yellow', weight: 1 },
        { id: 'X', description: '', match: { hsHeadings: [] }, lane: 'red', weight: 0 },
        { id: 'Y', description: '', match: { originCountries: ['cn'], valueBand: { min: '10', max: '5', currency: 'XXX' } }, lane: 'red', weight: 1 },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual([
      'minimumRates: yellow and red must be probabilities from 0 to 1 with a sum of at most 1, got yellow -0.1, red 0.02',
      'aeoTreatment.A.randomRateFactor: must be from 0 to 1, got 2',
      'rules[0] (X).match: names no criterion (use minimumRates to pick everything)',
      'rules[1] (X): duplicate id',
      'rules[1] (X).weight: must be a positive number',
      'rules[1] (X).match.hsHeadings: must be a non-empty list when given (an empty list would match nothing)',
      "rules[2] (Y).match.originCountries: 'cn' is not an upper-case ISO 3166 alpha-2 code",
      "rules[2] (Y).match.valueBand.currency: unknown ISO 4217 currency 'XXX'",
      'rules[2] (Y).match.valueBand: min must be below max',
    ]);
  });
});

/** 1,000 or more declarations cycling through shapes that exercise every default rule. */
function mixedDeclaration(i: number): SelectionDeclaration {
  const shapes: SelectionDeclaration[] = [
    declaration(),
    declaration({ hsCodes: ['8507600000'] }),
    declaration({ hsCodes: ['9503008900'] }),
    declaration({ kind: 'import', hsCodes: ['8703239000'], value: { amount: '1800000', currency: 'CNY' } }),
    declaration({ kind: 'import', originCountries: ['ZZ'] }),
    declaration({ declarant: { aeo: true, creditRating: 'A' } }),
    declaration({ hsCodes: ['8507600000'], declarant: { aeo: true, creditRating: 'A' } }),
    declaration({ kind: 'transit', hsCodes: ['8471300000'], declarant: { aeo: true, creditRating: 'B' } }),
    declaration({ declarant: { aeo: false, creditRating: 'D' } }),
  ];
  return shapes[i % shapes.length] as SelectionDeclaration;
}

function laneRun(seed: number, n: number, profile: RiskProfile = DEFAULT_RISK_PROFILE): Lane[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => selectLane(mixedDeclaration(i), profile, random).lane);
}

const LETTER: Record<Lane, string> = { green: 'g', yellow: 'y', red: 'r' };

describe('determinism', () => {
  it('gives the same lane sequence for the same seed over 1,000 declarations', () => {
    const first = laneRun(20261121, 1000);
    const second = laneRun(20261121, 1000);
    expect(second).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['green', 'yellow', 'red']));
  });

  it('gives a different sequence for another seed', () => {
    expect(laneRun(20261122, 1000)).not.toEqual(laneRun(20261121, 1000));
  });

  it('keeps the random draws in step when the rules change', () => {
    const randomLanes = (profile: RiskProfile) => {
      const random = seededRandom(7);
      return Array.from({ length: 1000 }, (_, i) => selectLane(mixedDeclaration(i), profile, random).randomLane);
    };
    const withRules = randomLanes(DEFAULT_RISK_PROFILE);
    const withoutRules = randomLanes({ ...DEFAULT_RISK_PROFILE, rules: [] });
    expect(withoutRules).toEqual(withRules);
  });

  it('replays a recorded run: a change in the draw order or the thresholds breaks this', () => {
    // Recorded from this implementation (not hand-computed): seed 42, clean declarations, rates
    // red 0.2 and yellow 0.3 so that the draws show in the lanes.
    const profile: RiskProfile = { rules: [], minimumRates: { yellow: 0.3, red: 0.2 } };
    const random = seededRandom(42);
    const lanes = Array.from({ length: 40 }, () => LETTER[selectLane(declaration(), profile, random).lane]).join('');
    expect(lanes).toBe(RECORDED_SEED_42);
  });
});

// Cross-checked against the raw draws: u < 0.2 → r, u < 0.5 → y, else g for seededRandom(42).next().
const RECORDED_SEED_42 = 'rrggyyggggygryyggryggyygygrygygrrgygyrrr';

describe('observed random-selection rate (fixed seed, so deterministic)', () => {
  function observe(seed: number, n: number, declarant: SelectionDeclaration['declarant']) {
    const random = seededRandom(seed);
    const counts = { red: 0, yellow: 0, any: 0 };
    const clean = declaration({ declarant });
    for (let i = 0; i < n; i++) {
      const result = selectLane(clean, DEFAULT_RISK_PROFILE, random);
      if (result.randomLane === 'red') counts.red += 1;
      if (result.randomLane === 'yellow') counts.yellow += 1;
      if (result.reasons.includes(RANDOM_SELECTION)) counts.any += 1;
    }
    return { red: counts.red / n, yellow: counts.yellow / n, any: counts.any / n };
  }

  // Binomial standard deviation over 10,000: sqrt(p(1-p)/n) = 0.0014 at p = 0.02, 0.0022 at 0.05,
  // 0.0026 at 0.07. The tolerances are about 3.5 standard deviations.
  it('is within tolerance of 2 % red and 5 % yellow over 10,000 regular declarations', () => {
    const rates = observe(1234, 10_000, { aeo: false, creditRating: 'C' });
    expect(Math.abs(rates.red - 0.02)).toBeLessThan(0.005);
    expect(Math.abs(rates.yellow - 0.05)).toBeLessThan(0.008);
    expect(Math.abs(rates.any - 0.07)).toBeLessThan(0.009);
  });

  it('is within tolerance of 0.4 % red and 1 % yellow for an advanced AEO', () => {
    // sd 0.00063 at p = 0.004, 0.00099 at 0.01
    const rates = observe(1234, 10_000, { aeo: true, creditRating: 'A' });
    expect(Math.abs(rates.red - 0.004)).toBeLessThan(0.0022);
    expect(Math.abs(rates.yellow - 0.01)).toBeLessThan(0.0035);
  });
});
