/**
 * What secures a loan: the pledged bill and the insurance claim. Every step that moves the bill
 * (pledge, release, enforcement) runs in ONE MongoDB transaction with the loan's transition, so the
 * bill and the loan change together or not at all; a claim is recorded on the policy and the loan
 * the same way. The loan's transition goes first: when the loan's rules refuse, the bill is never touched.
 */
import type { ClientSession } from 'mongoose';
import type { FinancingRecord } from '../models/financing.model';
import type { Caller } from '../parties/caller';
import { type Result, fail } from '../shared/result';
import { inTransaction } from '../shared/transaction';
import type { UserError } from '../shared/user-error';
import type { FinancingAction, FinancingCore } from './financing-core';
import { convert } from './rules';

type BillStep = (financing: FinancingRecord, session: ClientSession) => Promise<Result<unknown, UserError[]>>;

/** The loan's transition and a step on its bill, in one transaction. */
async function withBill(core: FinancingCore, caller: Caller, financing: FinancingRecord, action: FinancingAction, step: BillStep): Promise<Result<FinancingRecord, UserError[]>> {
  return inTransaction(core.connection, async (session) => {
    const moved = await core.transition(caller, financing, action, { session });
    if (!moved.ok) return moved;
    const bill = await step(moved.value, session);
    return bill.ok ? moved : fail(bill.error.map((e) => ({ ...e, message: `financing ${financing.number}: ${e.message}` })));
  });
}

/** The bank registers the pledge: the exporter's bill passes to the bank's control with a lien. */
export async function registerPledge(core: FinancingCore, caller: Caller, ref: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  if (!loaded.ok) return loaded;
  const financing = loaded.value;
  const owner = await core.partyAsCaller(financing.exporterId);
  return withBill(core, caller, financing, { type: 'REGISTER_PLEDGE', billId: String(financing.billId) }, (f, session) =>
    // The bank registering the pledge is the bank pledged to (the transition checked it): its party is the caller's.
    core.pledges.pledge(owner, f.billNumber as string, String(f.bankId), session, [caller.party]),
  );
}

/** After repayment (or a paid claim) the bank releases the bill to the exporter. */
export async function releaseCollateral(core: FinancingCore, caller: Caller, ref: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  if (!loaded.ok) return loaded;
  return withBill(core, caller, loaded.value, { type: 'RELEASE_COLLATERAL' }, (f, session) => core.pledges.release(caller, f.billNumber as string, session));
}

/** After a default the bank enforces the pledge: it takes title to the bill (and may surrender it for the goods). */
export async function enforce(core: FinancingCore, caller: Caller, ref: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  if (!loaded.ok) return loaded;
  return withBill(core, caller, loaded.value, { type: 'ENFORCE' }, (f, session) => core.pledges.enforce(caller, f.billNumber as string, session));
}

/** The exporter withdraws before disbursement; a bill already pledged returns to it in the same transaction. */
export async function withdraw(core: FinancingCore, caller: Caller, ref: string, reason: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  if (!loaded.ok) return loaded;
  const financing = loaded.value;
  const action = { type: 'WITHDRAW' as const, reason: reason.trim() };
  if (financing.state !== 'pledgeRegistered') return core.transition(caller, financing, action);
  const bank = await core.partyAsCaller(financing.bankId);
  return withBill(core, caller, financing, action, (f, session) => core.pledges.release(bank, f.billNumber as string, session));
}

export async function close(core: FinancingCore, caller: Caller, ref: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  return loaded.ok ? core.transition(caller, loaded.value, { type: 'CLOSE' }) : loaded;
}

/**
 * The insurer pays the claim on the defaulted loan's insured shipment. The exporter assigned its
 * claim rights to the bank when it borrowed with the policy (赔款转让), so the payout goes to the
 * bank, converted to the loan currency at the rate of the clock's time.
 */
export async function payClaim(core: FinancingCore, caller: Caller, ref: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  if (!loaded.ok) return loaded;
  const financing = loaded.value;
  const denied = core.mayAct(caller, financing, 'CLAIM_PAID');
  if (denied) return fail([denied]);
  if (financing.state !== 'defaulted') {
    return core.transition(caller, financing, { type: 'CLAIM_PAID', amount: '0', payeeId: String(financing.bankId) });
  }
  return inTransaction(core.connection, async (session) => {
    const claim = await core.deps.policies.payClaim(caller, financing.policyId!, financing.orderId, { bankId: String(financing.bankId), financingNumber: financing.number }, session);
    if (!claim.ok) return claim;
    const { payout } = claim.value;
    const inLoanCurrency = convert(payout.payout, payout.currency, financing.currency, core.fxTable, core.clock.now());
    if (!inLoanCurrency.ok) return inLoanCurrency;
    const record = {
      policyNumber: financing.policyNumber,
      loss: { amount: payout.loss, currency: payout.currency },
      payout: { amount: payout.payout, currency: payout.currency },
      payoutInLoanCurrency: inLoanCurrency.value.converted,
      payeeId: payout.payeeId,
      paidAt: core.clock.now(),
    };
    return core.transition(caller, financing, { type: 'CLAIM_PAID', amount: inLoanCurrency.value.converted.amount, payeeId: payout.payeeId }, { session, set: { claim: record } });
  });
}
