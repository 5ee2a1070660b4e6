/**
 * The human-readable table of demo parties that `npm start` prints, so a trainee can pick a
 * token without reading the logs' JSON.
 */
import type { SeededParty } from './parties/demo-seed';

export const DEMO_WARNING = 'DEMO ONLY — these tokens are public, never use them outside training';

export function demoBanner(parties: readonly SeededParty[]): string {
  const rows = [['code', 'roles', 'token', 'name'], ...parties.map((p) => [p.code, p.roles.join(','), p.token, p.name])];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
  const table = rows.map((row) => `  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell)).join('  ')}`);
  const rule = '='.repeat(78);
  return [
    rule,
    DEMO_WARNING,
    'Demo parties and their API tokens (YIDAN_DEMO_SEED=0 turns seeding off):',
    ...table,
    `Send one as a header, e.g.  Authorization: Bearer ${parties[0]?.token ?? '<token>'}`,
    rule,
    '',
  ].join('\n');
}
