/**
 * Characters no text input may carry. NUL and the other control characters (tab and line breaks
 * excepted) corrupt logs, reports and C-string consumers; the bidirectional embedding, override
 * and isolate controls make text display in an order other than it is stored ("Trojan Source"),
 * so a remark or a reason could read differently to the next party than what was recorded; a
 * lone UTF-16 surrogate is not Unicode text at all.
 */

export interface UnsafeCharacter {
  rule: 'no-control-characters' | 'no-bidi-controls' | 'well-formed-unicode';
  /** e.g. U+202E */
  codePoint: string;
  /** UTF-16 offset in the text */
  index: number;
  reason: string;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePointOf = (text: string, index: number): string => `U+${text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character of `text` that is refused, or null when the text is acceptable. */
export function unsafeCharacter(text: string): UnsafeCharacter | null {
  const found = (rule: UnsafeCharacter['rule'], pattern: RegExp, why: string): UnsafeCharacter | null => {
    const match = pattern.exec(text);
    if (!match) return null;
    const codePoint = codePointOf(text, match.index);
    return { rule, codePoint, index: match.index, reason: `contains ${codePoint} at position ${match.index}; ${why}` };
  };
  return (
    found('no-control-characters', CONTROL, 'control characters other than tab, line feed and carriage return are not accepted') ??
    found('no-bidi-controls', BIDI, 'bidirectional embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069) are not accepted') ??
    found('well-formed-unicode', LONE_SURROGATE, 'a lone surrogate is not Unicode text')
  );
}
