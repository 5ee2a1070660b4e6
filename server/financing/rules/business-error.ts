import type { UserError } from '../../shared/user-error';

/**
 * A well-formed input that a financing rule refuses (a missing FX rate, a shipment above the
 * buyer's credit limit), as opposed to a malformed one (fieldError, code VALIDATION).
 */
export function businessError(rule: string, message: string, field?: string[]): UserError {
  return { code: 'BUSINESS_RULE', rule, message, ...(field === undefined ? {} : { field }) };
}
