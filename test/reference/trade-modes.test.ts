import { checkTradeMode, getTradeMode, listTradeModes } from '../../server/reference/trade-modes';

describe('checkTradeMode', () => {
  it('accepts general trade with English and Chinese names', () => {
    expect(checkTradeMode('0110')).toEqual({
      ok: true,
      value: {
        code: '0110',
        nameEn: 'General trade',
        nameZh: '一般贸易',
        shortZh: '一般贸易',
        directions: ['export', 'import'],
        crossBorderEcommerce: false,
      },
    });
  });

  it('knows the e-commerce and market-procurement modes', () => {
    expect(listTradeModes().map((m) => m.code)).toEqual(['0110', '1039', '1210', '9610', '9710', '9810']);
    expect(getTradeMode('9810')).toMatchObject({ nameZh: '跨境电子商务出口海外仓', directions: ['export'], crossBorderEcommerce: true });
    expect(getTradeMode('1039')).toMatchObject({ nameEn: 'Market procurement', nameZh: '市场采购', crossBorderEcommerce: false });
    expect(listTradeModes().filter((m) => m.crossBorderEcommerce).map((m) => m.code)).toEqual(['1210', '9610', '9710', '9810']);
  });

  it.each(['110', '01100', 'GT01', ''])('rejects the format of %p', (code) => {
    expect(checkTradeMode(code)).toEqual({
      ok: false,
      rule: 'trade-mode-format',
      message: 'customs trade mode (监管方式) code must be 4 digits',
    });
  });

  it('rejects an unknown 4-digit code and lists the known ones', () => {
    expect(checkTradeMode('9999')).toEqual({
      ok: false,
      rule: 'trade-mode-unknown',
      message: "unknown customs trade mode '9999' (known: 0110, 1039, 1210, 9610, 9710, 9810)",
    });
  });
});
