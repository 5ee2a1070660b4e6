/**
 * The kinds of party in the single window (DOMAIN.md "Parties"). A party may hold several roles,
 * e.g. a forwarder that also acts as customs broker for its shippers.
 */
export const ROLES = [
  'exporter',
  'importer',
  'consolidator',
  'forwarder',
  'carrier',
  'customs',
  'bank',
  'insurer',
  'trainer',
  'auditor',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Roles that may read every document, not only those they are party to. */
export const READ_ALL_ROLES: readonly Role[] = ['trainer', 'auditor'];
