import { unsafeCharacter } from '../../server/shared/text';

describe('unsafeCharacter', () => {
  it.each([
    'Motorcycle brake assemblies',
    'line one\nline two\r\n\tindented',
    '摩托车配件 (重庆)',
    'Émile – naïve “quotes” 😀',
    'Arabic عربي and Hebrew עברית read right to left on their own',
    '',
  ])('accepts %j', (text) => {
    expect(unsafeCharacter(text)).toBeNull();
  });

  it.each([
    ['abc\u0000def', 'no-control-characters', 'U+0000', 3],
    ['\u0007bell', 'no-control-characters', 'U+0007', 0],
    ['esc\u001b[31m', 'no-control-characters', 'U+001B', 3],
    ['del\u007f', 'no-control-characters', 'U+007F', 3],
    ['c1\u0085', 'no-control-characters', 'U+0085', 2],
    ['invoice \u202Efdp.exe', 'no-bidi-controls', 'U+202E', 8],
    ['\u202Aembedded\u202C', 'no-bidi-controls', 'U+202A', 0],
    ['isolate \u2066x\u2069', 'no-bidi-controls', 'U+2066', 8],
    ['lone \uD800 high', 'well-formed-unicode', 'U+D800', 5],
    ['lone \uDC00 low', 'well-formed-unicode', 'U+DC00', 5],
  ])('refuses %j (%s, %s at %i)', (text, rule, codePoint, index) => {
    expect(unsafeCharacter(text)).toMatchObject({ rule, codePoint, index, reason: expect.stringContaining(`contains ${codePoint} at position ${index}`) });
  });
});
