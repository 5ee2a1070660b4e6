/**
 * A loan from disbursement to repayment or default. Interest accrues ACT/360 on the principal
 * outstanding each day (rules/interest.ts), computed over the whole loan and rounded once, so the
 * interest due now is that total less the interest already paid: partial payments never lose or
 * gain a cent to rounding. A payment settles the interest due first, then the principal.
 * Every amount is shown in the loan currency and the goods' currency, at the rate of the clock's time.
 */
import type { FinancingContext } from '../../machines/financing.machine';
import type { FinancingRecord } from '../models/financing.model';
import type { Caller } from '../parties/caller';
import { minorUnits } from '../reference/currencies';
import { Decimal, formatMoney, formatMoneyDown, parseDecimal, sum } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError } from '../shared/user-error';
import { type FinancingCore, businessRule, contextOf } from './financing-core';
import { type AppliedRate, type InterestPeriod, type MoneyText, accruedInterest, isOverdue, maturityDate, rateAt } from './rules';

/** One amount in the loan currency and in the goods' currency. */
export interface BothCurrencies {
  loan: MoneyText;
  goods: MoneyText;
}

export interface LoanPosition {
  financing: string;
  state: string;
  /** the clock's time the position is taken at */
  at: string;
  /** loan currency → goods currency, at `at` */
  fxRate: AppliedRate;
  limit: BothCurrencies | null;
  principal: BothCurrencies | null;
  outstandingPrincipal: BothCurrencies | null;
  maturityDate: string | null;
  interest: { days: number; periods: readonly InterestPeriod[]; accrued: BothCurrencies; paid: BothCurrencies; due: BothCurrencies } | null;
  /** what repays the loan in full now: outstanding principal and interest due */
  settlementAmount: BothCurrencies | null;
}

/** States where a loan no longer runs: the collateral was taken, the insurer paid, or it closed. */
const SETTLED_STATES = ['enforced', 'claimPaid', 'closed'];

/**
 * States where a loan runs. The machine only moves forward, and none of them follows a settled
 * state, so the history of a running loan holds no settlement: its interest runs to now without
 * reading the history (a repayment on a remembered copy, which leaves the history out).
 */
const RUNNING_STATES = ['disbursed', 'overdue'];

/**
 * Where interest stops: a repaid loan at its last repayment; a loan ended by enforcement, a claim
 * or a write-off when it ended (the bank's recovery replaces the interest); a running one now.
 */
function accrualEnd(financing: FinancingRecord, context: FinancingContext, now: Date): string {
  if (new Decimal(context.outstandingPrincipal as string).isZero()) return context.repayments.at(-1)?.at ?? now.toISOString();
  if (RUNNING_STATES.includes(financing.state)) return now.toISOString();
  const ended = financing.history.find((h) => SETTLED_STATES.includes(h.to));
  return ended ? ended.at.toISOString() : now.toISOString();
}

export async function loanPosition(core: FinancingCore, financing: FinancingRecord): Promise<Result<LoanPosition, UserError[]>> {
  const now = core.clock.now();
  const c = contextOf(financing);
  const rate = rateAt(core.fxTable, financing.currency, financing.goodsCurrency, now);
  if (!rate.ok) return rate;
  const goodsUnits = minorUnits(financing.goodsCurrency) as number;
  const loanUnits = minorUnits(financing.currency) as number;
  // A limit is a ceiling: in the goods' currency it is rounded down too; other amounts half-up.
  const both = (amount: Decimal | string, round = formatMoney): BothCurrencies => ({
    loan: { amount: formatMoney(new Decimal(amount), loanUnits), currency: financing.currency },
    goods: { amount: round(new Decimal(amount).times(rate.value.rate), goodsUnits), currency: financing.goodsCurrency },
  });
  let interest: LoanPosition['interest'] = null;
  let settlement: BothCurrencies | null = null;
  if (c.principal !== null && c.disbursedAt !== null) {
    const accrued = accruedInterest({
      principal: c.principal,
      annualRatePercent: c.annualRatePercent as string,
      from: c.disbursedAt,
      to: accrualEnd(financing, c, now),
      repayments: c.repayments.filter((r) => new Decimal(r.principal).gt(0)).map((r) => ({ at: r.at, amount: r.principal })),
      currency: financing.currency,
    });
    if (!accrued.ok) return accrued;
    const paid = sum(c.repayments.map((r) => new Decimal(r.interest)));
    const due = Decimal.max(new Decimal(accrued.value.interest).minus(paid), 0);
    interest = { days: accrued.value.days, periods: accrued.value.periods, accrued: both(accrued.value.interest), paid: both(paid), due: both(due) };
    settlement = both(due.plus(c.outstandingPrincipal as string));
  }
  return ok({
    financing: financing.number,
    state: financing.state,
    at: now.toISOString(),
    fxRate: rate.value,
    limit: c.limit === null ? null : both(c.limit, formatMoneyDown),
    principal: c.principal === null ? null : both(c.principal),
    outstandingPrincipal: c.outstandingPrincipal === null ? null : both(c.outstandingPrincipal),
    maturityDate: c.maturityDate,
    interest,
    settlementAmount: settlement,
  });
}

/** The bank pays out the loan (the approved limit unless it says less); it falls due after the tenor. */
export async function disburse(core: FinancingCore, caller: Caller, ref: string, amount?: string | null): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  if (!loaded.ok) return loaded;
  const financing = loaded.value;
  const c = contextOf(financing);
  const at = core.clock.now().toISOString();
  // Before approval there is no tenor: the machine refuses the state, whatever the dates say.
  const maturity = c.tenorDays === null ? at : maturityDate(at, c.tenorDays);
  return core.transition(caller, financing, { type: 'DISBURSE', amount: (amount ?? c.limit ?? '0').trim(), at, maturityDate: maturity });
}

/** The exporter pays `amount` in the loan currency: interest due first, then principal. */
export async function repay(core: FinancingCore, caller: Caller, ref: string, amount: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  if (!loaded.ok) return loaded;
  const financing = loaded.value;
  const denied = core.mayAct(caller, financing, 'REPAY');
  if (denied) return fail([denied]);
  const units = minorUnits(financing.currency) as number;
  const paid = typeof amount === 'string' ? parseDecimal(amount) : null;
  if (paid === null || !paid.gt(0) || paid.decimalPlaces() > units) {
    return fail([fieldError(['input', 'amount'], 'repayment-amount', `must be an amount above zero in ${financing.currency}, with at most ${units} decimals, got '${String(amount)}'`)]);
  }
  if (!RUNNING_STATES.includes(financing.state)) return core.transition(caller, financing, { type: 'REPAY', principal: '0', interest: amount, at: core.clock.now().toISOString(), settlesInFull: false });
  const position = await loanPosition(core, financing);
  if (!position.ok) return position;
  const due = new Decimal(position.value.interest!.due.loan.amount);
  const outstanding = new Decimal(position.value.outstandingPrincipal!.loan.amount);
  const interest = Decimal.min(paid, due);
  const principal = paid.minus(interest);
  if (principal.gt(outstanding)) {
    const most = position.value.settlementAmount!.loan.amount;
    return fail([fieldError(['input', 'amount'], 'repayment-exceeds-balance', `${formatMoney(paid, units)} ${financing.currency} is more than the ${most} ${financing.currency} that repays the loan in full today`)]);
  }
  return core.transition(caller, financing, {
    type: 'REPAY',
    principal: formatMoney(principal, units),
    interest: formatMoney(interest, units),
    at: position.value.at,
    settlesInFull: principal.eq(outstanding),
  });
}

/** The bank flags a loan unpaid after its maturity date; a loan repaid on that date is on time. */
export async function flagOverdue(core: FinancingCore, caller: Caller, ref: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  if (!loaded.ok) return loaded;
  const financing = loaded.value;
  const now = core.clock.now();
  const maturity = contextOf(financing).maturityDate;
  const denied = core.mayAct(caller, financing, 'FLAG_OVERDUE');
  if (!denied && maturity !== null && financing.state === 'disbursed' && !isOverdue(maturity, now)) {
    return fail([businessRule('not-overdue', `financing ${financing.number} falls due on ${maturity}: it is overdue only from the day after`)]);
  }
  return core.transition(caller, financing, { type: 'FLAG_OVERDUE', at: now.toISOString() });
}

export async function declareDefault(core: FinancingCore, caller: Caller, ref: string, reason: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  return loaded.ok ? core.transition(caller, loaded.value, { type: 'DECLARE_DEFAULT', reason: reason.trim() }) : loaded;
}

export async function writeOff(core: FinancingCore, caller: Caller, ref: string, reason: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  return loaded.ok ? core.transition(caller, loaded.value, { type: 'WRITE_OFF', reason: reason.trim() }) : loaded;
}
