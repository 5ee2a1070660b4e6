/**
 * Server-side command errors in MongoDB's shape ({ ok: 0, errmsg, code, codeName }), so the
 * unmodified driver maps them to the same error classes and retry rules as against mongod.
 */
export const ErrorCodes = {
  BadValue: 2,
  FailedToParse: 9,
  TypeMismatch: 14,
  IllegalOperation: 20,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  CursorNotFound: 43,
  DollarPrefixedFieldName: 52,
  NamespaceExists: 48,
  CommandNotFound: 59,
  ImmutableField: 66,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  WriteConflict: 112,
  DocumentValidationFailure: 121,
  CommandNotSupportedOnView: 166,
  InvalidViewDefinition: 182,
  CannotIndexParallelArrays: 171,
  TransactionTooOld: 225,
  /** mongod's code for a feature it knows of but does not do; here, what this engine leaves out. */
  NotImplemented: 238,
  CursorKilled: 237,
  NoSuchTransaction: 251,
  InvalidResumeToken: 260,
  OperationNotSupportedInTransaction: 263,
  ChangeStreamHistoryLost: 286,
  BSONObjectTooLarge: 10334,
  DuplicateKey: 11000,
  /** mongod's unnamed assertion "distinct too big, 16mb cap"; unnamed codes reply as Location<code>. */
  Location17217: 17217,
  /** mongod's IDL parser: "BSON field '<path>' is an unknown field." */
  Location40415: 40415,
} as const;

export type ErrorCodeName = keyof typeof ErrorCodes;

export const TRANSIENT_TRANSACTION_ERROR = 'TransientTransactionError';

export class MongoCommandError extends Error {
  readonly code: number;
  constructor(
    readonly codeName: ErrorCodeName,
    message: string,
    /** Extra top-level reply fields, e.g. keyPattern/keyValue for duplicate keys. */
    readonly extra: Record<string, unknown> = {},
    readonly labels: string[] = [],
  ) {
    super(message);
    this.code = ErrorCodes[codeName];
  }

  withLabel(label: string): MongoCommandError {
    if (!this.labels.includes(label)) this.labels.push(label);
    return this;
  }

  toReply(): Record<string, unknown> {
    const reply: Record<string, unknown> = {
      ok: 0,
      errmsg: this.message,
      code: this.code,
      codeName: this.codeName,
      ...this.extra,
    };
    if (this.labels.length > 0) reply.errorLabels = [...this.labels];
    return reply;
  }

  /** The element of a writeErrors array (insert/update/delete replies). */
  toWriteError(index: number): Record<string, unknown> {
    return { index, code: this.code, codeName: this.codeName, errmsg: this.message, ...this.extra };
  }
}

export function badValue(message: string): MongoCommandError {
  return new MongoCommandError('BadValue', message);
}

/** Wraps anything thrown by the query library so the client sees a MongoDB error, not a crash. */
export function asCommandError(err: unknown): MongoCommandError {
  if (err instanceof MongoCommandError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new MongoCommandError('BadValue', message);
}
