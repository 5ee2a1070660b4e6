/** How the bills area writes instants, hashes and parties. */

/** ISO 8601 instants as the API gives them, shortened to the minute; times are UTC. */
export function instant(iso: string | null | undefined): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '—';
}

/** The first and last characters of a SHA-256 hex, enough to compare by eye; the full hash is in the title. */
export function shortHash(hash: string | null | undefined): string {
  return hash ? `${hash.slice(0, 10)}…${hash.slice(-6)}` : '—';
}

export function partyName(party: { name: string; code: string } | null | undefined): string {
  return party ? `${party.name} (${party.code})` : '—';
}
