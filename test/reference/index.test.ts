import * as reference from '../../server/reference';

describe('server/reference index', () => {
  it('re-exports every validator', () => {
    for (const name of [
      'checkLocode',
      'getLocation',
      'listLocations',
      'greatCircleKm',
      'checkHsCode',
      'isBatteryGoods',
      'checkIncoterm',
      'checkIncotermForModes',
      'checkCurrency',
      'minorUnits',
      'checkContainerNumber',
      'containerCheckDigit',
      'checkContainerType',
      'checkTradeMode',
      'checkUnit',
      'checkTransportMode',
      'pass',
      'fail',
    ]) {
      expect(typeof (reference as Record<string, unknown>)[name]).toBe('function');
    }
  });

  it('lets callers combine checks for one order line', () => {
    const line = { hs: '8714.10', currency: 'USD', unit: 'PCE', origin: 'CNCKG', destination: 'SGSIN' };
    const failures = [
      reference.checkHsCode(line.hs),
      reference.checkCurrency(line.currency),
      reference.checkUnit(line.unit),
      reference.checkLocode(line.origin),
      reference.checkLocode(line.destination),
      reference.checkIncotermForModes('FOB', ['rail', 'sea']),
    ].filter((c) => !c.ok);
    expect(failures).toEqual([]);
  });
});
