import type { Engine } from '../engine';
import type { Session, Transaction } from '../transaction';
import type { Doc } from '../values';
import { MongoCommandError } from '../errors';

export interface ConnectionInfo {
  id: number;
  /** host:port the server listens on, as it names itself in `hello` */
  address: string;
}

export interface CommandContext {
  engine: Engine;
  db: string;
  cmd: Doc;
  name: string;
  session: Session | null;
  txn: Transaction | null;
  connection: ConnectionInfo;
}

export type CommandHandler = (ctx: CommandContext) => Doc;

/** The collection name a command targets (the value of its first field). */
export function targetCollection(ctx: CommandContext): string {
  const name = ctx.cmd[ctx.name];
  if (typeof name !== 'string' || name.length === 0) {
    throw new MongoCommandError('InvalidNamespace', `collection name must be a non-empty string in '${ctx.name}'`);
  }
  return name;
}

export function optionalObject(ctx: CommandContext, field: string): Doc | undefined {
  const value = ctx.cmd[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new MongoCommandError('TypeMismatch', `'${field}' must be an object in '${ctx.name}'`);
  }
  return value as Doc;
}

export function optionalNumber(ctx: CommandContext, field: string, from: Doc = ctx.cmd): number | undefined {
  const value = from[field];
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(n)) throw new MongoCommandError('TypeMismatch', `'${field}' must be a number in '${ctx.name}'`);
  return n;
}

export function sessionId(ctx: CommandContext): string | null {
  return ctx.session?.id ?? null;
}

/** The command's `let` variables (`$$name` in `$expr` and pipelines); mongod takes them on every CRUD command. */
export function letVariables(ctx: CommandContext): Doc | undefined {
  return optionalObject(ctx, 'let');
}
