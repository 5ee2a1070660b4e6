/**
 * The funds chain of a scenario order: the exporter invoices and applies; the bank reviews, runs
 * four-document matching (四单对碰) and approves only on a passing match; a bill pledge is
 * registered on the bill and the loan paid out (for a bill the scenario tampers with, only if
 * the bank, now its holder, finds that it verifies: see bill-incidents.ts). When the goods arrive
 * the buyer pays and the exporter repays, and the bank releases the bill. When the buyer
 * defaults the loan falls overdue at maturity and the bank enforces the pledge, or the insurer
 * pays the claim.
 * Runs beside the transport as a process of its own, and says how the loan ended through `settled`.
 */
import dayjs from 'dayjs';
import { financingMachine } from '../../../machines/financing.machine';
import type { FinancingRecord } from '../../models/financing.model';
import type { OrderRecord } from '../../models/order.model';
import { Decimal, fromDecimal128 } from '../../shared/money';
import { bankLendsAgainstBill, notePledgeIncidentsUnplayed, schedulePledgeIncidents } from './bill-incidents';
import type { OrderRun } from './order-run';
import type { Signal } from './simulation';
import { machineContext } from '../../lifecycle/snapshot';

/** How the loan ended, which decides who takes delivery. */
export type LoanEnding = 'none' | 'repaid' | 'rejected' | 'enforced' | 'claimPaid' | 'writtenOff';

export interface LoanSignals {
  /** fired by the transport when the goods reach their destination */
  arrived: Signal;
  /** fired here when the title is free to go to whoever takes delivery */
  settled: Signal;
  ending: LoanEnding;
}

/** The bank's usual terms when the scenario sets none. */
const DEFAULT_TERMS = { advanceRatePercent: '80', annualRatePercent: '4.5', tenorDays: 90 };

/** Hours the bank takes for each step on the simulated clock (indicative). */
const BANK_HOURS = { review: 4, match: 2, approve: 2, pledge: 1, disburse: 2, repayAfterArrival: 2, release: 2 };

const contextOf = (f: FinancingRecord) => machineContext(financingMachine, f);

async function issueInvoice(run: OrderRun, order: OrderRecord) {
  const mismatch = run.incidents('documentMismatch').find((i) => i.document === 'invoice');
  const factor = new Decimal(mismatch?.valueFactor ?? '1');
  const lines = order.lines.map((l) => ({
    hsCode: l.hsCode,
    description: l.description,
    quantity: fromDecimal128(l.quantity).toFixed(),
    unit: l.unit,
    unitPrice: fromDecimal128(l.unitPrice).times(factor).toDecimalPlaces(2).toFixed(),
  }));
  const number = `INV-${order.number}`;
  const invoice = await run.act('invoice.issued', run.seller, run.services.invoices.issue(run.seller, { order: order.number, number, currency: order.currency, lines }), (i) =>
    `${i.number}: ${i.content.total} ${order.currency}${mismatch ? ` (unit prices × ${mismatch.valueFactor}: ${mismatch.note ?? 'does not match the order'})` : ''}`,
  );
  run.facts.invoiceNumber = invoice.number;
  return { invoice, mismatch, correctLines: order.lines.map((l) => ({ hsCode: l.hsCode, description: l.description, quantity: fromDecimal128(l.quantity).toFixed(), unit: l.unit, unitPrice: fromDecimal128(l.unitPrice).toFixed() })) };
}

/** Applies, has the bank match and approve, and pays the loan out; returns null when it is not granted. */
async function grant(run: OrderRun, order: OrderRecord): Promise<FinancingRecord | null> {
  const plan = run.spec.financing!;
  const { financings, invoices } = run.services;
  const bank = run.world.as(plan.bank);
  const { invoice, mismatch, correctLines } = await issueInvoice(run, order);
  const policy = plan.insurer ? run.policyFor(plan.insurer) : null;
  const applied = await run.act(
    'financing.applied',
    run.seller,
    financings.apply(run.seller, {
      kind: plan.kind,
      bank: bank.partyId,
      bill: plan.kind === 'preShipment' ? null : run.facts.billNumber,
      order: plan.kind === 'preShipment' ? order.number : null,
      invoice: invoice.number,
      policy: policy?.number ?? null,
      currency: plan.currency ?? null,
    }),
    (f) => `${f.number}: ${plan.kind} with ${plan.bank}${policy ? ` under policy ${policy.number}` : ''}, in ${f.currency}`,
  );
  run.facts.financingNumber = applied.number;
  await run.wait(run.later(BANK_HOURS.review));
  await run.act('financing.reviewStarted', bank, financings.startReview(bank, applied.number), 'the bank starts its review');
  await run.wait(run.later(BANK_HOURS.match));
  let matched = await run.act('financing.matched', bank, financings.matchDocuments(bank, applied.number), matchingText);
  if (matched.matching?.result !== 'passed') {
    // The bank tries to approve anyway: the window refuses, which is the lesson.
    await run.attempt('financing.approved', bank, financings.approve(bank, applied.number, termsOf(run)), 'approved');
    const correctable = mismatch && mismatch.correctedOnDay !== undefined;
    if (!correctable) {
      await run.act('financing.rejected', bank, financings.reject(bank, applied.number, 'the documents do not match and no correction came'), 'rejected: the documents do not match');
      return null;
    }
    await run.wait(run.dayAt(mismatch.correctedOnDay!));
    await run.act('invoice.corrected', run.seller, invoices.correct(run.seller, invoice.number, { currency: order.currency, lines: correctLines }, mismatch.note ?? 'unit prices corrected to the order'), (i) => `revision ${i.revision}: ${i.content.total} ${order.currency}`);
    await run.wait(run.later(BANK_HOURS.match));
    matched = await run.act('financing.matched', bank, financings.matchDocuments(bank, applied.number), matchingText);
    if (matched.matching?.result !== 'passed') {
      await run.act('financing.rejected', bank, financings.reject(bank, applied.number, 'the documents still do not match'), 'rejected: the documents still do not match');
      return null;
    }
  }
  await run.wait(run.later(BANK_HOURS.approve));
  await run.act('financing.approved', bank, financings.approve(bank, applied.number, termsOf(run)), (f) => `limit ${f.terms?.limit.amount} ${f.terms?.limit.currency} at ${f.terms?.annualRatePercent} % for ${f.terms?.tenorDays} days`);
  if (plan.kind === 'billPledge') {
    await run.wait(run.later(BANK_HOURS.pledge));
    await run.act('financing.pledgeRegistered', bank, financings.registerPledge(bank, applied.number), `${run.facts.billNumber} pledged to ${plan.bank}: the bank holds the title`);
    schedulePledgeIncidents(run);
    if (!(await bankLendsAgainstBill(run, bank, applied))) return null;
  }
  await run.wait(run.later(BANK_HOURS.disburse));
  return run.act('financing.disbursed', bank, financings.disburse(bank, applied.number), (f) => `${contextOf(f).principal} ${f.currency} paid out; due ${contextOf(f).maturityDate}`);
}

function matchingText(f: FinancingRecord): string {
  const m = f.matching;
  if (!m) return 'no matching result';
  if (m.result === 'passed') return `four documents agree (${m.documents.join(', ')})`;
  return `failed: ${m.mismatches.map((x) => `${x.field} ${x.documents.join('/')} ${x.values.join(' ≠ ')}`).join('; ')}`;
}

function termsOf(run: OrderRun) {
  const given = run.scenario.financing ?? {};
  return {
    advanceRatePercent: given.advanceRatePercent ?? DEFAULT_TERMS.advanceRatePercent,
    annualRatePercent: given.annualRatePercent ?? DEFAULT_TERMS.annualRatePercent,
    tenorDays: given.tenorDays ?? DEFAULT_TERMS.tenorDays,
  };
}

/** After the goods arrive: repaid from the buyer's payment, or overdue, defaulted and recovered. */
async function settle(run: OrderRun, loan: FinancingRecord, signals: LoanSignals): Promise<LoanEnding> {
  const plan = run.spec.financing!;
  const { financings } = run.services;
  const bank = run.world.as(plan.bank);
  await signals.arrived.wait();
  const defaulted = run.incidents('buyerDefault')[0];
  if (!defaulted) {
    await run.wait(run.later(BANK_HOURS.repayAfterArrival));
    const position = await run.act('financing.positionChecked', run.seller, financings.position(run.seller, loan.number), (p) => `to settle: ${p.settlementAmount?.loan.amount} ${p.settlementAmount?.loan.currency}`);
    const amount = position.settlementAmount!.loan.amount;
    await run.act('financing.repaid', run.seller, financings.repay(run.seller, loan.number, amount), `the buyer paid; ${run.seller.party.code} repays ${amount} ${loan.currency}`);
    if (plan.kind === 'billPledge') {
      await run.wait(run.later(BANK_HOURS.release));
      await run.act('financing.collateralReleased', bank, financings.releaseCollateral(bank, loan.number), `${run.facts.billNumber} released to ${run.seller.party.code}`);
    }
    await run.act('financing.closed', bank, financings.close(bank, loan.number), 'loan closed');
    return 'repaid';
  }
  // The buyer does not pay: the loan runs to maturity, then falls overdue the next day.
  const maturity = contextOf((await financings.model.findOne({ number: loan.number }).lean())!).maturityDate!;
  await run.wait(new Date(Math.max(run.dayAt(defaulted.day).getTime(), dayjs.utc(maturity).add(1, 'day').add(9, 'hour').valueOf())));
  run.note('incident.buyerDefault', run.buyer, defaulted.note ?? `${run.buyer.party.code} does not pay for the goods`);
  await run.act('financing.overdue', bank, financings.flagOverdue(bank, loan.number), `unpaid at maturity ${maturity}`);
  await run.wait(run.later(24));
  await run.act('financing.defaulted', bank, financings.declareDefault(bank, loan.number, defaulted.note ?? 'the buyer did not pay'), 'default declared');
  if (loan.insurerId) {
    const insurer = await run.partyCaller(String(loan.insurerId));
    await run.wait(run.later(48));
    await run.act('financing.claimPaid', insurer, financings.payClaim(insurer, loan.number), (f) => `${insurer.party.code} pays ${contextOf(f).claimPaidAmount} to ${plan.bank}`);
    if (plan.kind === 'billPledge') await run.act('financing.collateralReleased', bank, financings.releaseCollateral(bank, loan.number), 'the bill goes back to the exporter');
    await run.act('financing.closed', bank, financings.close(bank, loan.number), 'loan closed after the claim');
    return 'claimPaid';
  }
  if (plan.kind === 'billPledge') {
    await run.act('financing.enforced', bank, financings.enforce(bank, loan.number), `${plan.bank} enforces the pledge and takes title to ${run.facts.billNumber}`);
    return 'enforced';
  }
  await run.act('financing.writtenOff', bank, financings.writeOff(bank, loan.number, 'no collateral and no insurance'), 'written off');
  return 'writtenOff';
}

/** The whole loan, as a process of its own; `signals.settled` fires however it ends. */
export async function financeOrder(run: OrderRun, order: OrderRecord, signals: LoanSignals): Promise<void> {
  try {
    const loan = await grant(run, order);
    if (!loan) notePledgeIncidentsUnplayed(run);
    signals.ending = loan ? await settle(run, loan, signals) : 'rejected';
  } finally {
    signals.settled.fire();
  }
}
