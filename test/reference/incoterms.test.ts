import {
  checkIncoterm,
  checkIncotermForModes,
  getIncoterm,
  listIncoterms,
} from '../../server/reference/incoterms';

describe('Incoterms 2020 table', () => {
  it('has the 11 rules, four of them for sea and inland waterway only', () => {
    const all = listIncoterms();
    expect(all.map((t) => t.code)).toEqual(['EXW', 'FCA', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'FAS', 'FOB', 'CFR', 'CIF']);
    expect(all.filter((t) => t.seaAndInlandWaterwayOnly).map((t) => t.code)).toEqual(['FAS', 'FOB', 'CFR', 'CIF']);
  });

  it('records who pays main carriage, who insures and who clears', () => {
    const seller = listIncoterms().filter((t) => t.mainCarriagePaidBy === 'seller').map((t) => t.code);
    expect(seller).toEqual(['CPT', 'CIP', 'DAP', 'DPU', 'DDP', 'CFR', 'CIF']);
    expect(listIncoterms().filter((t) => t.sellerInsures).map((t) => t.code)).toEqual(['CIP', 'CIF']);
    expect(getIncoterm('CIP')?.minimumInsuranceCover).toBe('ICC (A)');
    expect(getIncoterm('CIF')?.minimumInsuranceCover).toBe('ICC (C)');
    expect(getIncoterm('EXW')).toMatchObject({ exportClearanceBy: 'buyer', importClearanceBy: 'buyer' });
    expect(getIncoterm('FOB')).toMatchObject({ exportClearanceBy: 'seller', importClearanceBy: 'buyer' });
    expect(getIncoterm('DDP')).toMatchObject({ exportClearanceBy: 'seller', importClearanceBy: 'seller' });
    expect(getIncoterm('FOB')?.riskPasses).toBe(
      'When the goods are on board the vessel nominated by the buyer at the named port of shipment.',
    );
  });
});

describe('checkIncoterm', () => {
  it('accepts a rule, case-insensitively', () => {
    expect(checkIncoterm('fca')).toMatchObject({ ok: true, value: { code: 'FCA', name: 'Free Carrier' } });
  });

  it('rejects an unknown rule, including retired Incoterms 2010 DAT', () => {
    expect(checkIncoterm('FOO')).toEqual({ ok: false, rule: 'incoterm-unknown', message: "unknown Incoterms 2020 rule 'FOO'" });
    expect(checkIncoterm('DAT')).toEqual({ ok: false, rule: 'incoterm-unknown', message: "unknown Incoterms 2020 rule 'DAT'" });
  });
});

describe('checkIncotermForModes', () => {
  it('rejects FOB when the main carriage is rail only and suggests FCA', () => {
    expect(checkIncotermForModes('FOB', ['rail'])).toEqual({
      ok: false,
      rule: 'incoterm-mode',
      message:
        "FOB applies only when the main carriage is by sea or inland waterway; this route's main carriage is rail — use FCA (or CPT/CIP)",
    });
  });

  it('suggests the any-mode equivalent of each sea-only rule', () => {
    const message = (term: string) => {
      const result = checkIncotermForModes(term, ['rail', 'road']);
      return result.ok ? '' : result.message;
    };
    expect(message('FAS')).toMatch(/main carriage is rail and road — use FCA \(or CPT\/CIP\)$/);
    expect(message('CFR')).toMatch(/— use CPT$/);
    expect(message('CIF')).toMatch(/— use CIP$/);
    expect(message('FOB')).toMatch(/^FOB applies only/);
  });

  it('rejects a sea-only rule when no main-carriage mode is given', () => {
    expect(checkIncotermForModes('CIF', [])).toEqual({
      ok: false,
      rule: 'incoterm-mode',
      message: 'CIF applies only when the main carriage is by sea or inland waterway; no main-carriage mode was given — use CIP',
    });
  });

  it('accepts FOB when rail is followed by sea (rail-sea via Qinzhou)', () => {
    expect(checkIncotermForModes('FOB', ['rail', 'sea'])).toMatchObject({ ok: true, value: { code: 'FOB' } });
  });

  it('accepts CIF on the Yangtze (inland waterway)', () => {
    expect(checkIncotermForModes('CIF', ['river'])).toMatchObject({ ok: true, value: { code: 'CIF' } });
  });

  it.each([[['rail']], [['air']], [['road']], [['sea']], [['river']], [['rail', 'sea']], [[]]] as const)(
    'accepts FCA on %p',
    (modes) => expect(checkIncotermForModes('FCA', modes).ok).toBe(true),
  );

  it('reports an unknown rule before looking at modes', () => {
    expect(checkIncotermForModes('FOO', ['sea'])).toEqual({
      ok: false,
      rule: 'incoterm-unknown',
      message: "unknown Incoterms 2020 rule 'FOO'",
    });
  });
});
