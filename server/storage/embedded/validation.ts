/**
 * Collection validators (create and collMod with validator, validationLevel, validationAction),
 * checked on every insert and update as mongod does. The validator is a query filter evaluated
 * by mingo; `$jsonSchema` is refused (mingo needs a schema validator of its own for it, and a
 * JSON-Schema library does not know BSON types), as are the operators mongod refuses in a
 * validator.
 */
import { Query } from 'mingo';
import type { Collection } from './collection';
import { MongoCommandError, asCommandError } from './errors';
import { type Doc, isPlainObject } from './values';

const LEVELS = ['off', 'strict', 'moderate'];
const ACTIONS = ['error', 'warn'];
/** Operators mongod does not allow inside a validator. */
const REFUSED_IN_VALIDATOR = ['$where', '$near', '$nearSphere', '$text', '$geoNear'];

/** Checks the validation fields of a create or collMod command and returns those it sets. */
export function validationOptions(raw: Doc): Doc {
  const out: Doc = {};
  if (raw.validator !== undefined) {
    if (!isPlainObject(raw.validator)) throw new MongoCommandError('TypeMismatch', "'validator' must be an object");
    checkValidatorQuery(raw.validator);
    out.validator = raw.validator;
  }
  for (const [field, allowed] of [
    ['validationLevel', LEVELS],
    ['validationAction', ACTIONS],
  ] as const) {
    const value = raw[field];
    if (value === undefined) continue;
    if (typeof value !== 'string' || !allowed.includes(value)) {
      throw new MongoCommandError('BadValue', `Enumeration value '${String(value)}' for field '${field}' is not a valid value (one of ${allowed.join(', ')}).`);
    }
    out[field] = value;
  }
  return out;
}

function checkValidatorQuery(validator: Doc): void {
  const refuse = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(refuse);
    if (!isPlainObject(value)) return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$jsonSchema') {
        throw new MongoCommandError(
          'NotImplemented',
          '$jsonSchema validators are not supported by the embedded engine; write the rules as query operators ($type, $exists, $in, $expr ...)',
        );
      }
      if (REFUSED_IN_VALIDATOR.includes(key)) throw new MongoCommandError('BadValue', `${key} is not allowed inside of a collection validator`);
      refuse(inner);
    }
  };
  refuse(validator);
  try {
    new Query(validator).test({});
  } catch (err) {
    throw asCommandError(err);
  }
}

/**
 * Throws DocumentValidationFailure (121) when `next` fails the collection's validator. Under
 * validationLevel "moderate" an update of a document that already failed is let through;
 * validationAction "warn" lets everything through (mongod only logs it).
 */
export function checkValidation(coll: Collection, next: Doc, previous: Doc | undefined, bypass: boolean): void {
  const { validator, validationLevel = 'strict', validationAction = 'error' } = coll.options;
  if (bypass || !isPlainObject(validator) || validationLevel === 'off' || validationAction === 'warn') return;
  if (new Query(validator).test(next)) return;
  if (validationLevel === 'moderate' && previous && !new Query(validator).test(previous)) return;
  const clausesNotSatisfied = Object.entries(validator)
    .map(([field, rule], index) => ({ index, details: { specifiedAs: { [field]: rule } }, ok: new Query({ [field]: rule }).test(next) }))
    .filter((c) => !c.ok)
    .map(({ index, details }) => ({ index, details }));
  throw new MongoCommandError('DocumentValidationFailure', 'Document failed validation', {
    errInfo: { failingDocumentId: next._id, details: { operatorName: '$and', clausesNotSatisfied } },
  });
}

/** The collection's options after collMod changes its validation settings (nothing else is supported). */
export function modifiedValidation(coll: Collection, raw: Doc): Doc {
  const unsupported = Object.keys(raw).filter((k) => !['validator', 'validationLevel', 'validationAction'].includes(k));
  if (unsupported.length > 0) {
    throw new MongoCommandError('InvalidOptions', `collMod option(s) ${unsupported.join(', ')} not supported by the embedded engine (only validator, validationLevel, validationAction)`);
  }
  return { ...coll.options, ...validationOptions(raw) };
}
