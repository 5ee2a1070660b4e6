/**
 * How many database commands a stretch of work sent, by kind, read from the server's own count
 * (serverStatus metrics.commands.<name>.total, which mongod and the embedded engine both keep).
 * The count is deterministic for a scenario run, so commands per order is the figure to compare
 * on a shared machine, where times swing with the load.
 */
import type { Connection } from 'mongoose';

/** The commands that read or write data; the driver's own (hello, endSessions) and the catalog's are left out. */
const DATA_COMMANDS = ['find', 'getMore', 'aggregate', 'count', 'distinct', 'insert', 'update', 'delete', 'findAndModify', 'commitTransaction', 'abortTransaction'];

export type CommandCounts = Record<string, number>;

export async function commandsRun(connection: Connection): Promise<CommandCounts> {
  const status = (await connection.getClient().db('admin').command({ serverStatus: 1 })) as { metrics?: { commands?: Record<string, { total?: unknown }> } };
  const counted = status.metrics?.commands ?? {};
  return Object.fromEntries(DATA_COMMANDS.map((name) => [name, Number(counted[name]?.total ?? 0)]));
}

/** The data commands run between two readings, by kind, kinds that ran none left out. */
export function commandsBetween(before: CommandCounts, after: CommandCounts): CommandCounts {
  return Object.fromEntries(DATA_COMMANDS.map((name) => [name, (after[name] ?? 0) - (before[name] ?? 0)]).filter(([, n]) => (n as number) > 0));
}

export const totalCommands = (counts: CommandCounts): number => Object.values(counts).reduce((a, b) => a + b, 0);
