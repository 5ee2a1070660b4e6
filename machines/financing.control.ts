/**
 * The rules of a trade financing application (贸易融资): an exporter borrows from a bank against
 * its bill of lading (提单质押融资, rail bills 铁路提单 included), against an order before shipment
 * (订单融资), or against an export credit insurance policy (信保融资, 出口信保). The bank lends only
 * once the four documents agree (四单对碰); the pledged bill is the collateral.
 *
 * Every rule lives in financingRefusal, which the machine's guards call, so the message the service
 * shows and the guard that refuses can never disagree. Pure: no clock, no I/O. The acting party
 * (`by`) and its role travel in every event; dates (disbursement, maturity, repayments) and the
 * matching result are computed by the service and only checked for consistency and stored here.
 *
 * Over 400 lines on purpose: it is the one rule table of the financing lifecycle (one refusal per
 * event, sharing the party and amount checks); split, the rules would no longer read as one.
 */
import { minorUnits } from './pure/currencies';
import { Decimal, parseDecimal } from './pure/money';

export const FINANCING_KINDS = ['billPledge', 'preShipment', 'policyFinancing'] as const;
export type FinancingKind = (typeof FINANCING_KINDS)[number];

export const FINANCING_ROLES = ['exporter', 'bank', 'insurer'] as const;
export type FinancingRole = (typeof FINANCING_ROLES)[number];

export const MATCHING_RESULTS = ['passed', 'failed'] as const;
export type MatchingResult = (typeof MATCHING_RESULTS)[number];

/** The tenors the simulator lends for: short-term trade finance, at most a year of 360 days. */
export const MIN_TENOR_DAYS = 1;
export const MAX_TENOR_DAYS = 360;

/** Every state of the financing machine, as stored in `state`. */
export const FINANCING_STATES = [
  'applied',
  'underReview',
  'approved',
  'rejected',
  'withdrawn',
  'pledgeRegistered',
  'disbursed',
  'repaid',
  'collateralReleased',
  'closed',
  'overdue',
  'defaulted',
  'enforced',
  'claimPaid',
] as const;
export type FinancingStateName = (typeof FINANCING_STATES)[number];

export const FINAL_FINANCING_STATES: readonly FinancingStateName[] = ['rejected', 'withdrawn', 'closed'];

/** The Chinese term for each state, as bank trade-finance desks use them. */
export const CHINESE_FINANCING_STATES: Readonly<Record<FinancingStateName, string>> = {
  applied: '申请',
  underReview: '审核 / 四单对碰',
  approved: '批准 / 授信',
  rejected: '拒绝',
  withdrawn: '撤回申请',
  pledgeRegistered: '质押登记',
  disbursed: '放款',
  repaid: '还款 (已还清)',
  collateralReleased: '解除质押',
  closed: '结清',
  overdue: '逾期',
  defaulted: '违约',
  enforced: '处置 (质物处置)',
  claimPaid: '理赔 (赔款转让银行)',
};

/** The export credit insurance policy behind an application, and the insurer that issued it. */
export interface InsuranceCover {
  policyId: string;
  insurerId: string;
}

export interface FinancingInput {
  kind: FinancingKind;
  exporterId: string;
  bankId: string;
  /** the bill pledged (billPledge), or the bill of the insured shipment (policyFinancing) */
  billId?: string | null;
  /** the order financed before shipment (preShipment), or the insured shipment's order */
  orderId?: string | null;
  insurance?: InsuranceCover | null;
}

export interface Repayment {
  at: string;
  /** the part of the payment that reduces the outstanding principal, decimal text */
  principal: string;
  /** interest paid with it, decimal text */
  interest: string;
}

export interface FinancingContext {
  kind: FinancingKind;
  exporterId: string;
  bankId: string;
  billId: string | null;
  orderId: string | null;
  insurancePolicyId: string | null;
  insurerId: string | null;
  /** the last four-document matching (四单对碰) result; a new run replaces it */
  matching: MatchingResult | null;
  mismatchCount: number | null;
  /** the approved terms */
  limit: string | null;
  annualRatePercent: string | null;
  tenorDays: number | null;
  currency: string | null;
  rejectionReason: string | null;
  withdrawalReason: string | null;
  principal: string | null;
  disbursedAt: string | null;
  maturityDate: string | null;
  repayments: Repayment[];
  outstandingPrincipal: string | null;
  overdueSince: string | null;
  defaultReason: string | null;
  claimPaidAmount: string | null;
  writeOffReason: string | null;
}

const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';
const notADate = (s: unknown): boolean => blank(s) || Number.isNaN(Date.parse(s as string));

/** Why the service must not create an application from `input`, or null when it may. */
export function financingInputRefusal(input: FinancingInput): string | null {
  if (!(FINANCING_KINDS as readonly string[]).includes(input.kind)) return `'${String(input.kind)}' is not a financing kind`;
  if (blank(input.exporterId) || blank(input.bankId)) return 'an application must name the exporter and the bank';
  if (input.exporterId === input.bankId) return 'an exporter cannot borrow from itself';
  const insurance = input.insurance ?? null;
  if (insurance !== null) {
    if (blank(insurance.policyId) || blank(insurance.insurerId)) return 'an insurance cover must name the policy and the insurer';
    if (insurance.insurerId === input.bankId || insurance.insurerId === input.exporterId) return 'the insurer must be another party than the exporter and the bank';
  }
  const billId = input.billId ?? null;
  const orderId = input.orderId ?? null;
  switch (input.kind) {
    case 'billPledge':
      return blank(billId) ? 'a bill pledge loan (提单质押融资) must name the bill it pledges' : null;
    case 'preShipment':
      if (blank(orderId)) return 'a pre-shipment loan (订单融资) must name the order it finances';
      return billId === null ? null : 'a pre-shipment loan (订单融资) is made before a bill exists: a loan against a bill is a bill pledge loan';
    case 'policyFinancing':
      if (insurance === null) return 'policy financing (信保融资) must name the export credit insurance policy and its insurer';
      return blank(billId) && blank(orderId) ? 'policy financing (信保融资) must name the bill or the order of the insured shipment' : null;
  }
}

export function initialFinancingContext(input: FinancingInput): FinancingContext {
  return {
    kind: input.kind,
    exporterId: input.exporterId,
    bankId: input.bankId,
    billId: input.billId ?? null,
    orderId: input.orderId ?? null,
    insurancePolicyId: input.insurance?.policyId ?? null,
    insurerId: input.insurance?.insurerId ?? null,
    matching: null,
    mismatchCount: null,
    limit: null,
    annualRatePercent: null,
    tenorDays: null,
    currency: null,
    rejectionReason: null,
    withdrawalReason: null,
    principal: null,
    disbursedAt: null,
    maturityDate: null,
    repayments: [],
    outstandingPrincipal: null,
    overdueSince: null,
    defaultReason: null,
    claimPaidAmount: null,
    writeOffReason: null,
  };
}

/** `by` is the acting party's id and `role` its role; the service has already authenticated both. */
type Acting<T extends string, P = unknown> = { type: T; by: string; role: FinancingRole } & P;

export type FinancingEvent =
  // the exporter
  | Acting<'WITHDRAW', { reason: string }>
  | Acting<'REPAY', { principal: string; interest: string; at: string; settlesInFull: boolean }>
  // the bank
  | Acting<'START_REVIEW'>
  | Acting<'MATCH_DOCUMENTS', { result: MatchingResult; mismatches: number }>
  | Acting<'APPROVE', { limit: string; annualRatePercent: string; tenorDays: number; currency: string }>
  | Acting<'REJECT', { reason: string }>
  | Acting<'REGISTER_PLEDGE', { billId: string }>
  | Acting<'DISBURSE', { amount: string; at: string; maturityDate: string }>
  | Acting<'FLAG_OVERDUE', { at: string }>
  | Acting<'DECLARE_DEFAULT', { reason: string }>
  | Acting<'ENFORCE'>
  | Acting<'WRITE_OFF', { reason: string }>
  | Acting<'RELEASE_COLLATERAL'>
  | Acting<'CLOSE'>
  // the insurer
  | Acting<'CLAIM_PAID', { amount: string; payeeId: string }>;

export type FinancingEventType = FinancingEvent['type'];

interface EventRule {
  role: FinancingRole;
  /** completes "only the bank ..." */
  does: string;
  /** completes "cannot ...: the financing ..." */
  doing: string;
}

/**
 * Who sends each event. MATCH_DOCUMENTS is the bank's: the service runs the matching for the bank's review
 * and reports its result; REPAY carries `settlesInFull`, the service's verdict that nothing (principal
 * and interest accrued to the payment date) is left, which the machine checks against the principal.
 */
export const FINANCING_EVENTS: Readonly<Record<FinancingEventType, EventRule>> = {
  WITHDRAW: { role: 'exporter', does: 'withdraws an application', doing: 'withdraw it' },
  REPAY: { role: 'exporter', does: 'repays a loan', doing: 'repay' },
  START_REVIEW: { role: 'bank', does: 'starts the review of an application', doing: 'start the review' },
  MATCH_DOCUMENTS: { role: 'bank', does: 'records a four-document matching (四单对碰) result', doing: 'record a matching result' },
  APPROVE: { role: 'bank', does: 'approves an application', doing: 'approve it' },
  REJECT: { role: 'bank', does: 'rejects an application', doing: 'reject it' },
  REGISTER_PLEDGE: { role: 'bank', does: 'registers the pledge of a bill', doing: 'register a pledge' },
  DISBURSE: { role: 'bank', does: 'disburses a loan', doing: 'disburse it' },
  FLAG_OVERDUE: { role: 'bank', does: 'flags a loan overdue', doing: 'flag it overdue' },
  DECLARE_DEFAULT: { role: 'bank', does: 'declares a loan in default', doing: 'declare it in default' },
  ENFORCE: { role: 'bank', does: 'enforces a pledge', doing: 'enforce the pledge' },
  WRITE_OFF: { role: 'bank', does: 'writes a loan off', doing: 'write it off' },
  RELEASE_COLLATERAL: { role: 'bank', does: 'releases the collateral', doing: 'release the collateral' },
  CLOSE: { role: 'bank', does: 'closes a financing', doing: 'close it' },
  CLAIM_PAID: { role: 'insurer', does: 'pays an insurance claim', doing: 'pay a claim' },
};

export const FINANCING_EVENT_TYPES = Object.keys(FINANCING_EVENTS) as readonly FinancingEventType[];

const BEFORE_DISBURSEMENT: readonly FinancingStateName[] = ['applied', 'underReview', 'approved', 'pledgeRegistered'];

/**
 * The events each state handles at all; financingRefusal decides who may send them, and when.
 * A withdrawal after the pledge was registered obliges the service to release the bill in the same
 * transaction. A defaulted loan without collateral or cover can only be written off.
 */
export const FINANCING_STATE_EVENTS: Readonly<Record<FinancingStateName, readonly FinancingEventType[]>> = {
  applied: ['START_REVIEW', 'WITHDRAW'],
  underReview: ['MATCH_DOCUMENTS', 'APPROVE', 'REJECT', 'WITHDRAW'],
  approved: ['REGISTER_PLEDGE', 'DISBURSE', 'WITHDRAW'],
  pledgeRegistered: ['DISBURSE', 'WITHDRAW'],
  disbursed: ['REPAY', 'FLAG_OVERDUE'],
  overdue: ['REPAY', 'DECLARE_DEFAULT'],
  defaulted: ['ENFORCE', 'CLAIM_PAID', 'WRITE_OFF'],
  repaid: ['RELEASE_COLLATERAL', 'CLOSE'],
  claimPaid: ['RELEASE_COLLATERAL', 'CLOSE'],
  collateralReleased: ['CLOSE'],
  enforced: ['CLOSE'],
  rejected: [],
  withdrawn: [],
  closed: [],
};

/** How a status message describes the financing, completing "the financing ...". */
const IS: Readonly<Record<FinancingStateName, string>> = {
  applied: "is applied for (申请) and awaits the bank's review",
  underReview: 'is under review: the bank matches its four documents (四单对碰)',
  approved: 'is approved (批准) and awaits the pledge of its bill or its disbursement',
  rejected: 'was rejected (拒绝)',
  withdrawn: 'was withdrawn by the exporter (撤回申请)',
  pledgeRegistered: 'has its bill pledged to the bank (质押登记) and awaits disbursement',
  disbursed: 'is disbursed (放款) and awaits repayment',
  repaid: 'is repaid in full (还款)',
  collateralReleased: 'has its bill released to its owner (解除质押) and awaits closure',
  closed: 'is closed (结清)',
  overdue: 'is overdue (逾期)',
  defaulted: 'is in default (违约)',
  enforced: 'was enforced (处置): the bank took title to the pledged bill',
  claimPaid: 'had an insurance claim paid to the bank (理赔)',
};

/** The state `event` takes a financing in `state` to, if financingRefusal allows it. */
export function financingTarget(state: FinancingStateName, event: FinancingEvent): FinancingStateName {
  switch (event.type) {
    case 'START_REVIEW':
      return 'underReview';
    case 'MATCH_DOCUMENTS':
      return state;
    case 'APPROVE':
      return 'approved';
    case 'REJECT':
      return 'rejected';
    case 'WITHDRAW':
      return 'withdrawn';
    case 'REGISTER_PLEDGE':
      return 'pledgeRegistered';
    case 'DISBURSE':
      return 'disbursed';
    case 'REPAY':
      // A partial repayment leaves the loan where it is, disbursed or overdue.
      return event.settlesInFull ? 'repaid' : state;
    case 'FLAG_OVERDUE':
      return 'overdue';
    case 'DECLARE_DEFAULT':
      return 'defaulted';
    case 'ENFORCE':
      return 'enforced';
    case 'CLAIM_PAID':
      return 'claimPaid';
    case 'RELEASE_COLLATERAL':
      return 'collateralReleased';
    case 'WRITE_OFF':
    case 'CLOSE':
      return 'closed';
    default:
      return unknownEvent(event);
  }
}

function unknownEvent(event: never): never {
  throw new Error(`'${String((event as { type?: unknown }).type)}' is not a financing event`);
}

const ROLE_NAMES: Readonly<Record<FinancingRole, string>> = { exporter: 'the exporter', bank: 'the bank', insurer: 'the insurer' };

/**
 * Why `event` may not be applied to a financing in `state` with `context`, or null when it may.
 * Checks run from the actor (its role, then whether it is this application's party) to the state,
 * then the kind and record so far, and last the payload.
 */
export function financingRefusal(state: FinancingStateName, context: FinancingContext, event: FinancingEvent): string | null {
  const rule = FINANCING_EVENTS[event.type] as EventRule | undefined;
  if (rule === undefined) return `'${String((event as { type?: unknown }).type)}' is not a financing event`;
  if (blank(event.by)) return 'every financing event must name the party that sends it';
  if (!(FINANCING_ROLES as readonly string[]).includes(event.role)) {
    return `'${String(event.role)}' is not a financing role: it is 'exporter', 'bank' or 'insurer'`;
  }
  if (event.role !== rule.role) return `only ${ROLE_NAMES[rule.role]} ${rule.does}`;
  const notParty = partyRefusal(context, event);
  if (notParty !== null) return notParty;
  const notHere = statusRefusal(state, event.type);
  if (notHere !== null) return notHere;
  return conditionRefusal(state, context, event);
}

/** Only the exporter, the bank and the insurer this application names may act on it. */
function partyRefusal(c: FinancingContext, event: FinancingEvent): string | null {
  const id = event.role === 'exporter' ? c.exporterId : event.role === 'bank' ? c.bankId : c.insurerId;
  if (id === null) return 'the financing has no export credit insurance (出口信保) policy: no insurer acts on it';
  return event.by === id ? null : `${event.by} is not the ${event.role} of this financing (${id} is)`;
}

/** Whether the state handles the event at all (the machine's `on` tables say the same). */
function statusRefusal(state: FinancingStateName, type: FinancingEventType): string | null {
  const handled = FINANCING_STATE_EVENTS[state] as readonly FinancingEventType[] | undefined;
  if (handled === undefined) return `'${String(state)}' is not a financing state`;
  if (handled.includes(type)) return null;
  if (FINAL_FINANCING_STATES.includes(state)) return `the financing ${IS[state]}: no action is possible`;
  if (type === 'WITHDRAW' && !BEFORE_DISBURSEMENT.includes(state)) {
    return `the financing ${IS[state]}: it can no longer be withdrawn, since the loan was disbursed`;
  }
  return `cannot ${FINANCING_EVENTS[type].doing}: the financing ${IS[state]}`;
}

const AN: Readonly<Record<FinancingKind, string>> = {
  billPledge: 'a bill pledge loan',
  preShipment: 'a pre-shipment loan',
  policyFinancing: 'a policy financing',
};

/** The rules that depend on the kind, the record so far and the payload. */
function conditionRefusal(state: FinancingStateName, c: FinancingContext, event: FinancingEvent): string | null {
  switch (event.type) {
    case 'MATCH_DOCUMENTS':
      return matchingRefusal(event.result, event.mismatches);
    case 'APPROVE':
      if (c.matching === null) return 'the four documents (四单对碰) have not been matched yet: the bank matches them before it approves';
      if (c.matching === 'failed') {
        return `the last four-document matching (四单对碰) found ${c.mismatchCount} mismatch(es): the bank cannot approve until the documents are corrected and matched again`;
      }
      return termsRefusal(event);
    case 'REJECT':
      return blank(event.reason) ? 'a rejection must give its reason' : null;
    case 'WITHDRAW':
      return blank(event.reason) ? 'a withdrawal must give its reason' : null;
    case 'REGISTER_PLEDGE':
      if (c.kind !== 'billPledge') return `only a bill pledge loan (提单质押融资) pledges a bill: ${AN[c.kind]} is disbursed without one`;
      return event.billId === c.billId ? null : `the financing pledges bill ${c.billId}, not ${event.billId}`;
    case 'DISBURSE':
      if (c.kind === 'billPledge' && state === 'approved') return 'the bill must be pledged to the bank (质押登记) before a bill pledge loan is disbursed';
      return disbursementRefusal(c, event);
    case 'REPAY':
      return repaymentRefusal(c, event);
    case 'FLAG_OVERDUE':
      if (notADate(event.at)) return 'an overdue flag must give when it was raised, as a date';
      return Date.parse(event.at) > Date.parse(c.maturityDate as string)
        ? null
        : `a loan is overdue only after its maturity date ${c.maturityDate}: flagged at ${event.at}`;
    case 'DECLARE_DEFAULT':
      return blank(event.reason) ? 'a default must give its reason' : null;
    case 'ENFORCE':
      return c.kind === 'billPledge' ? null : `only a bill pledge loan (提单质押融资) has a pledged bill to enforce: ${AN[c.kind]} has none`;
    case 'CLAIM_PAID':
      return positiveAmountRefusal(event.amount, 'a claim payment') ?? payeeRefusal(c, event.payeeId);
    case 'WRITE_OFF':
      return blank(event.reason) ? 'a write-off must give its reason' : null;
    case 'RELEASE_COLLATERAL':
      return c.kind === 'billPledge' ? null : `only a bill pledge loan (提单质押融资) has a pledged bill to release: ${AN[c.kind]} is closed directly`;
    case 'CLOSE':
      return c.kind === 'billPledge' && (state === 'repaid' || state === 'claimPaid')
        ? 'the pledged bill must be released to its owner (解除质押) before the financing is closed'
        : null;
    case 'START_REVIEW':
      return null;
    default:
      return unknownEvent(event);
  }
}

function matchingRefusal(result: unknown, mismatches: unknown): string | null {
  if (result !== 'passed' && result !== 'failed') return `'${String(result)}' is not a matching result: it is passed or failed`;
  if (typeof mismatches !== 'number' || !Number.isInteger(mismatches) || mismatches < 0) return 'a matching result must count its mismatches, as a whole number';
  if (result === 'passed' && mismatches > 0) return 'a matching with mismatches has failed, not passed';
  if (result === 'failed' && mismatches === 0) return 'a failed matching must count at least one mismatch';
  return null;
}

/** A claim paid under an insurance policy that backs a loan is assigned to the lending bank (赔款转让). */
function payeeRefusal(c: FinancingContext, payeeId: string): string | null {
  return payeeId === c.bankId ? null : `the claim is assigned to the financing bank ${c.bankId}: it is paid to it, not to ${payeeId}`;
}

function positiveAmountRefusal(text: unknown, what: string): string | null {
  const value = typeof text === 'string' ? parseDecimal(text) : null;
  if (value === null) return `${what} must be a decimal amount, got '${String(text)}'`;
  return value.gt(0) ? null : `${what} must be greater than zero, got ${String(text)}`;
}

function termsRefusal(event: Extract<FinancingEvent, { type: 'APPROVE' }>): string | null {
  const units = typeof event.currency === 'string' ? minorUnits(event.currency) : undefined;
  if (units === undefined || event.currency !== event.currency.toUpperCase()) return `'${String(event.currency)}' is not an ISO 4217 currency the simulator knows`;
  const limit = positiveAmountRefusal(event.limit, 'the limit');
  if (limit !== null) return limit;
  if (new Decimal(event.limit).decimalPlaces() > units) return `the limit ${event.limit} has more decimals than ${event.currency}'s ${units}`;
  const rate = typeof event.annualRatePercent === 'string' ? parseDecimal(event.annualRatePercent) : null;
  if (rate === null || rate.isNegative() || rate.gte(100)) return `the annual rate must be a percentage from 0 up to 100, got '${String(event.annualRatePercent)}'`;
  const tenor = event.tenorDays;
  if (!Number.isInteger(tenor) || tenor < MIN_TENOR_DAYS || tenor > MAX_TENOR_DAYS) {
    return `the tenor must be a whole number of days from ${MIN_TENOR_DAYS} to ${MAX_TENOR_DAYS}, got ${String(tenor)}`;
  }
  return null;
}

function disbursementRefusal(c: FinancingContext, event: Extract<FinancingEvent, { type: 'DISBURSE' }>): string | null {
  const amount = positiveAmountRefusal(event.amount, 'a disbursement');
  if (amount !== null) return amount;
  if (new Decimal(event.amount).gt(c.limit as string)) return `a disbursement of ${event.amount} ${c.currency} exceeds the approved limit of ${c.limit} ${c.currency}`;
  if (new Decimal(event.amount).decimalPlaces() > (minorUnits(c.currency as string) as number)) return `the disbursement ${event.amount} has more decimals than ${c.currency} has`;
  if (notADate(event.at)) return 'a disbursement must give when it was made, as a date';
  if (notADate(event.maturityDate)) return 'a disbursement must give the maturity date, as a date';
  return Date.parse(event.maturityDate) > Date.parse(event.at) ? null : 'the maturity date must come after the disbursement';
}

/**
 * The machine cannot tell whether interest is left (that needs the clock and the rate), so it
 * trusts `settlesInFull` for interest but checks it against the principal: a repayment that leaves
 * principal outstanding never settles the loan, and one that settles it repays all that is left.
 */
function repaymentRefusal(c: FinancingContext, event: Extract<FinancingEvent, { type: 'REPAY' }>): string | null {
  const principal = typeof event.principal === 'string' ? parseDecimal(event.principal) : null;
  const interest = typeof event.interest === 'string' ? parseDecimal(event.interest) : null;
  if (principal === null || principal.isNegative()) return `the principal repaid must be a decimal amount of 0 or more, got '${String(event.principal)}'`;
  if (interest === null || interest.isNegative()) return `the interest paid must be a decimal amount of 0 or more, got '${String(event.interest)}'`;
  if (principal.plus(interest).isZero()) return 'a repayment must pay some principal or interest';
  const units = minorUnits(c.currency as string) as number;
  if (principal.decimalPlaces() > units || interest.decimalPlaces() > units) return `a repayment in ${c.currency} has at most ${units} decimals`;
  const outstanding = new Decimal(c.outstandingPrincipal as string);
  if (principal.gt(outstanding)) return `the repayment of ${event.principal} ${c.currency} exceeds the outstanding principal of ${c.outstandingPrincipal} ${c.currency}`;
  if (notADate(event.at)) return 'a repayment must give when it was made, as a date';
  const last = c.repayments.at(-1)?.at ?? (c.disbursedAt as string);
  if (Date.parse(event.at) < Date.parse(last)) return `a repayment cannot be dated before the disbursement or the previous repayment (${last})`;
  if (typeof event.settlesInFull !== 'boolean') return 'a repayment must say whether it settles the loan in full';
  if (event.settlesInFull && !principal.eq(outstanding)) {
    return `a repayment settles the loan in full only when it repays all the outstanding principal of ${c.outstandingPrincipal} ${c.currency}`;
  }
  return null;
}
