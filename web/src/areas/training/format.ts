/** How the training pages write the API's figures: instants to the minute (UTC), numbers with fixed decimals. */

export const DASH = '—';

export function instant(iso: string | null | undefined): string {
  if (!iso) return DASH;
  // A planned leg date is a calendar day; an instant is shortened to its minute.
  return iso.length <= 10 ? iso : `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

export function figure(value: number | string | null | undefined, digits = 1): string {
  if (value === null || value === undefined || value === '') return DASH;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n.toFixed(digits) : String(value);
}

/** B less A, signed, for the comparison; a dash when either is missing. */
export function difference(a: number | string | null | undefined, b: number | string | null | undefined, digits = 1): string {
  if (a === null || a === undefined || b === null || b === undefined) return DASH;
  const d = Number(b) - Number(a);
  if (!Number.isFinite(d)) return DASH;
  const rounded = d.toFixed(digits);
  return Number(rounded) > 0 ? `+${rounded}` : Number(rounded) === 0 ? (0).toFixed(digits) : rounded;
}

/** Saves text the API gave as a file, the way a link with `download` would. */
export function saveFile(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
