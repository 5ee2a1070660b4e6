/**
 * A customs decision as the API takes it (one mutation, optional reason / e-lock / conformity
 * action) turned into the declaration event it stands for, with the fields each decision needs
 * checked by name before anything is applied.
 */
import type { ConformityAction } from '../../machines/declaration.machine';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError } from '../shared/user-error';
import type { DeclarationAction } from './declaration.service';

export const CUSTOMS_DECISIONS = [
  'ACCEPT', 'REJECT', 'REVIEW_PASSED', 'ORDER_INSPECTION', 'INSPECTION_PASSED', 'INSPECTION_FAILED', 'FACTORY_INSPECTED',
  'RELEASE_AFTER_CORRECTION', 'REFUSE', 'RELEASE', 'RELEASE_FOR_PICKUP', 'RELEASE_FROM_PORT', 'CONFORMITY_PASSED', 'CONFORMITY_FAILED',
  'CLOSE', 'MANIFEST_FILED', 'ARRIVED', 'ELOCK_ALARM', 'REINSPECTION_PASSED', 'SEALED', 'ARRIVED_AT_DESTINATION', 'TRANSIT_CLOSED',
] as const;
export type CustomsDecision = (typeof CUSTOMS_DECISIONS)[number];

export interface CustomsDecisionInput {
  decision: CustomsDecision;
  reason?: string | null;
  elockId?: string | null;
  conformityAction?: ConformityAction | null;
}

const NEEDS_REASON: readonly CustomsDecision[] = ['REJECT', 'INSPECTION_FAILED', 'REFUSE', 'CONFORMITY_FAILED', 'ELOCK_ALARM'];
const NEEDS_ELOCK: readonly CustomsDecision[] = ['FACTORY_INSPECTED', 'SEALED', 'ELOCK_ALARM'];

const given = (text: string | null | undefined): text is string => typeof text === 'string' && text.trim() !== '';

export function decisionAction(input: CustomsDecisionInput): Result<DeclarationAction, UserError[]> {
  const { decision } = input;
  const errors: UserError[] = [];
  if (NEEDS_REASON.includes(decision) && !given(input.reason)) errors.push(fieldError(['input', 'reason'], 'required', `${decision} must say why`));
  if (NEEDS_ELOCK.includes(decision) && !given(input.elockId)) errors.push(fieldError(['input', 'elockId'], 'required', `${decision} names the e-lock (电子锁)`));
  if (decision === 'CONFORMITY_FAILED' && !input.conformityAction) {
    errors.push(fieldError(['input', 'conformityAction'], 'required', 'a failed conformity assessment says whether the goods are recalled or held'));
  }
  if (errors.length > 0) return fail(errors);
  const reason = input.reason?.trim() ?? '';
  const elockId = input.elockId?.trim() ?? '';
  switch (decision) {
    case 'REJECT':
    case 'INSPECTION_FAILED':
    case 'REFUSE':
      return ok({ type: decision, reason });
    case 'CONFORMITY_FAILED':
      return ok({ type: decision, action: input.conformityAction!, reason });
    case 'ELOCK_ALARM':
      return ok({ type: decision, elockId, reason });
    case 'FACTORY_INSPECTED':
    case 'SEALED':
      return ok({ type: decision, elockId });
    default:
      return ok({ type: decision });
  }
}
