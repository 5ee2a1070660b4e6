/** A 24-hex-digit ObjectId string; mongoose's isValid also accepts any 12-character string. */
export function isObjectIdText(text: string): boolean {
  return /^[0-9a-f]{24}$/i.test(text);
}
