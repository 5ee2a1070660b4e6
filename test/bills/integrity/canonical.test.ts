import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { canonicalJson, documentChecksum, sha256Hex } from '../../../server/bills/integrity';

/** The IEEE 754 double with the given bit pattern, as RFC 8785 Appendix B lists its vectors. */
function double(bitsHex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${bitsHex}`));
  return view.getFloat64(0);
}

describe('canonicalJson (RFC 8785)', () => {
  it('orders members by UTF-16 code units, recursively, ignoring locale (RFC 8785 3.2.3 sorting example)', () => {
    const input = {
      '\u20ac': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      '\u00f6': 'Latin Small Letter O With Diaeresis',
    };
    expect(canonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('writes the RFC 8785 3.2.2 example (numbers, escapes, literals) exactly', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        ' "literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"\u20ac$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('nests and sorts arrays of objects without reordering the arrays', () => {
    const input = JSON.parse('{"1": {"f": {"f": "hi","F": 5} ,"\\n": 56.0}, "10": { }, "": "empty", "a": { }, "111": [ {"e": "yes","E": "no" } ], "A": {"b": "123"}}');
    expect(canonicalJson(input)).toBe('{"":"empty","1":{"\\n":56,"f":{"F":5,"f":"hi"}},"10":{},"111":[{"E":"no","e":"yes"}],"A":{"b":"123"},"a":{}}');
    expect(canonicalJson([56, { d: true, '10': null, '1': [] }])).toBe('[56,{"1":[],"10":null,"d":true}]');
  });

  it.each([
    ['0000000000000000', '0'],
    ['8000000000000000', '0'], // -0
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ])('writes the double 0x%s as %s (RFC 8785 Appendix B)', (bits, text) => {
    expect(canonicalJson(double(bits))).toBe(text);
  });

  it('normalises number spellings: 1e21, 1E-7, 4.50, 56.0', () => {
    expect(canonicalJson(JSON.parse('[1e21, 1E21, 1E-7, 0.0000001, 4.50, 56.0, 1e20]'))).toBe(
      '[1e+21,1e+21,1e-7,1e-7,4.5,56,100000000000000000000]',
    );
  });

  it('keeps non-ASCII text as UTF-8 and escapes only what JSON requires', () => {
    expect(canonicalJson({ name: '一单 Ölçü €', ctl: '\u0001\t\u001f', q: '"\\', slash: '/' })).toBe(
      '{"ctl":"\\u0001\\t\\u001f","name":"一单 Ölçü €","q":"\\"\\\\","slash":"/"}',
    );
  });

  it('gives the same text whatever the member insertion order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: null } })).toBe(canonicalJson({ a: { c: null, d: [1, 2] }, b: 1 }));
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { z: 1, y: 2 });
    expect(canonicalJson(bare)).toBe('{"y":2,"z":1}');
  });

  it('treats objects from another realm like local ones', () => {
    expect(canonicalJson(runInNewContext('({ b: [1, { d: null }], a: "x" })'))).toBe('{"a":"x","b":[1,{"d":null}]}');
    expect(canonicalJson(structuredClone({ z: [{ y: 1 }] }))).toBe('{"z":[{"y":1}]}');
    expect(() => canonicalJson({ at: runInNewContext('new Date(0)') })).toThrow(/^\$\.at: Date objects are not accepted/);
    expect(() => canonicalJson({ m: runInNewContext('new Map()') })).toThrow(/^\$\.m: only plain objects are accepted, got Map/);
  });

  describe('refuses what JSON cannot carry faithfully, naming the path', () => {
    it.each<[string, () => unknown, RegExp]>([
      ['undefined in an array', () => ({ items: [1, undefined] }), /^\$\.items\[1\]: undefined/],
      ['an array hole', () => ({ items: [1, , 3] }), /^\$\.items\[1\]: undefined/], // eslint-disable-line no-sparse-arrays
      ['undefined member', () => ({ a: { b: undefined } }), /^\$\.a\.b: undefined.*omit the key or use null/],
      ['NaN', () => ({ amount: NaN }), /^\$\.amount: NaN has no JSON representation/],
      ['Infinity', () => ({ n: [-Infinity] }), /^\$\.n\[0\]: -Infinity has no JSON representation/],
      ['a Date', () => ({ issuedAt: new Date('2026-01-01T00:00:00Z') }), /^\$\.issuedAt: Date objects are not accepted; pass an ISO 8601 string/],
      ['a bigint', () => ({ n: 1n }), /^\$\.n: a bigint/],
      ['a function', () => ({ f: () => 1 }), /^\$\.f: a function/],
      ['a symbol value', () => ({ s: Symbol('x') }), /^\$\.s: a symbol/],
      ['a symbol key', () => ({ [Symbol('x')]: 1 }), /^\$: symbol-keyed/],
      ['a Map', () => ({ m: new Map() }), /^\$\.m: only plain objects are accepted, got Map/],
      ['a class instance with toJSON', () => ({ d: new (class Money { toJSON() { return '1.00'; } })() }), /got Money/],
      ['a lone surrogate', () => ({ t: 'a\ud800b' }), /^\$\.t: string contains a lone surrogate/],
      ['a lone surrogate in a key', () => ({ ['\udc00']: 1 }), /member name contains a lone surrogate/],
      ['an awkward key', () => ({ 'port of loading': [undefined] }), /^\$\["port of loading"\]\[0\]: undefined/],
      ['undefined at the top', () => undefined, /^\$: undefined/],
    ])('%s', (_label, make, message) => {
      const value = make();
      expect(() => canonicalJson(value)).toThrow(TypeError);
      expect(() => canonicalJson(value)).toThrow(message);
    });

    it('a cycle', () => {
      const a: Record<string, unknown> = { x: 1 };
      a.self = { back: a };
      expect(() => canonicalJson(a)).toThrow(/^\$\.self\.back: circular reference/);
    });

    it('but a shared (non-cyclic) sub-object is fine', () => {
      const shared = { k: 1 };
      expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"k":1},"b":{"k":1}}');
    });
  });
});

describe('sha256Hex and documentChecksum', () => {
  it('hashes UTF-8 (FIPS 180-2 "abc" vector; non-ASCII text)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // é must be hashed as its UTF-8 bytes C3 A9, not as Latin-1 E9 or UTF-16.
    expect(sha256Hex('\u00e9')).toBe(createHash('sha256').update(Uint8Array.from([0xc3, 0xa9])).digest('hex'));
    expect(sha256Hex('\u00e9')).not.toBe(createHash('sha256').update(Uint8Array.from([0xe9])).digest('hex'));
  });

  it('is the SHA-256 of the canonical text, independent of member order', () => {
    const document = { transportDocumentReference: 'YD-0001', shipper: { name: 'Acme' }, weight: 1200.5 };
    expect(documentChecksum(document)).toBe(sha256Hex('{"shipper":{"name":"Acme"},"transportDocumentReference":"YD-0001","weight":1200.5}'));
    expect(documentChecksum({ weight: 1200.5, shipper: { name: 'Acme' }, transportDocumentReference: 'YD-0001' })).toBe(
      documentChecksum(document),
    );
    expect(documentChecksum({ ...document, weight: 1200.50000001 })).not.toBe(documentChecksum(document));
  });
});
