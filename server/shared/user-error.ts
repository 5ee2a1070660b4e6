/**
 * A business failure reported to the caller as data (a mutation payload's userErrors), with a
 * code, the path of the input field at fault, and the rule it broke.
 */
export type UserErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'DUPLICATE'
  | 'CONFLICT'
  | 'EVENT_NOT_ACCEPTED'
  | 'FORBIDDEN'
  | 'BUSINESS_RULE';

export interface UserError {
  code: UserErrorCode;
  message: string;
  /** path of the input field, e.g. ['input', 'lines', '0', 'hsCode'] */
  field?: string[];
  /** the rule's short name, e.g. 'iso6346-check-digit' */
  rule?: string;
}

export function fieldError(field: string[], rule: string, message: string): UserError {
  return { code: 'VALIDATION', field, rule, message: `${field.join('.')}: ${message}` };
}

export function forbidden(message: string): UserError {
  return { code: 'FORBIDDEN', message };
}

export function notFound(message: string): UserError {
  return { code: 'NOT_FOUND', message };
}
