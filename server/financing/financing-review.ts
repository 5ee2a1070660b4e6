/**
 * The bank's review: it matches the four documents (四单对碰) as often as it likes, storing every
 * mismatch with both values, and approves only on a passing matching of the invoice as it stands:
 * a correction after the matching makes it stale. The limit is the advance rate × the verified
 * cargo value, converted to the loan currency at the rate of the clock's time.
 */
import { minorUnits } from '../reference/currencies';
import type { FinancingRecord, FinancingTermsRecord, MatchingRecord } from '../models/financing.model';
import type { Caller } from '../parties/caller';
import { Decimal, formatMoney, formatMoneyDown } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import type { UserError } from '../shared/user-error';
import { type FinancingCore, businessRule } from './financing-core';
import {
  RELEASED_EXPORT_STATES,
  billDocument,
  declarationDocument,
  invoiceDocument,
  orderDocument,
  requiredDocuments,
  verifiedCargoValue,
} from './financing-documents';
import { type FinancingTerms, type MoneyText, approvalLimit, checkFinancingTerms, convert, matchDocuments } from './rules';

const WITHOUT_HISTORY = { history: 0 } as const;

export async function startReview(core: FinancingCore, caller: Caller, ref: string): Promise<Result<FinancingRecord, UserError[]>> {
  const financing = await core.load(caller, ref);
  return financing.ok ? core.transition(caller, financing.value, { type: 'START_REVIEW' }) : financing;
}

export async function reject(core: FinancingCore, caller: Caller, ref: string, reason: string): Promise<Result<FinancingRecord, UserError[]>> {
  const financing = await core.load(caller, ref);
  return financing.ok ? core.transition(caller, financing.value, { type: 'REJECT', reason: reason.trim() }) : financing;
}

/** Runs the four-document matching for the bank and records its result, failed or passed. */
export async function matchFinancingDocuments(core: FinancingCore, caller: Caller, ref: string): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  if (!loaded.ok) return loaded;
  const financing = loaded.value;
  const denied = core.mayAct(caller, financing, 'MATCH_DOCUMENTS');
  if (denied) return fail([denied]);
  const { orders, invoices, bills, declarations } = core.deps;
  // The documents' content only: their histories (and the bill's signed chain, most of its bytes,
  // and the invoice's replaced revisions) are not matched.
  // The order's terms of sale only, which never change: a remembered copy serves them as stored.
  const order = (await orders.termsOfSale(financing.orderId))!;
  const invoice = (await invoices.model.findById(financing.invoiceId, { previous: 0 }).lean())!;
  const names = requiredDocuments(financing.kind, financing.billId !== null);
  const bill = names.includes('bill') ? await bills.model.findById(financing.billId, { history: 0, chain: 0 }).lean() : null;
  const declaration = names.includes('declaration')
    ? await declarations.model.findOne({ orderId: order._id, kind: 'export', state: { $in: RELEASED_EXPORT_STATES } }, WITHOUT_HISTORY).lean()
    : null;
  if (names.includes('declaration') && !declaration) {
    return fail([businessRule('declaration-missing', `financing ${financing.number}: order ${order.number} has no export declaration released by customs, the fourth document to match`)]);
  }
  const documents = {
    order: orderDocument(order),
    invoice: invoiceDocument(invoice),
    bill: bill ? billDocument(bill) : null,
    declaration: declaration ? declarationDocument(declaration, order) : null,
  };
  const matched = matchDocuments(documents, core.matchingOptions);
  if (!matched.ok) return matched;
  const mismatches = matched.value;
  const record: MatchingRecord = {
    at: core.clock.now(),
    result: mismatches.length === 0 ? 'passed' : 'failed',
    documents: names,
    invoiceRevision: invoice.revision,
    declarationNumber: declaration?.number ?? null,
    mismatches,
    cargoValue: mismatches.length === 0 ? verifiedCargoValue([documents.order, documents.invoice, documents.declaration ?? { value: null }]) : null,
  };
  return core.transition(caller, financing, { type: 'MATCH_DOCUMENTS', result: record.result, mismatches: mismatches.length }, { set: { matching: record } });
}

/** The terms on the verified cargo value, with the limit in both currencies. */
function termsOf(core: FinancingCore, financing: FinancingRecord, cargoValue: MoneyText, terms: FinancingTerms): Result<FinancingTermsRecord, UserError[]> {
  const now = core.clock.now();
  const goodsUnits = minorUnits(cargoValue.currency) as number;
  const verified = { amount: formatMoney(new Decimal(cargoValue.amount), goodsUnits), currency: cargoValue.currency };
  const inLoanCurrency = convert(verified.amount, verified.currency, financing.currency, core.fxTable, now);
  if (!inLoanCurrency.ok) return inLoanCurrency;
  const limit = approvalLimit(inLoanCurrency.value.converted.amount, terms.advanceRatePercent, financing.currency);
  if (!limit.ok) return fail(limit.error.map((e) => ({ ...e, field: ['input', ...(e.field ?? [])] })));
  const back = new Decimal(limit.value.limit).dividedBy(inLoanCurrency.value.rate.rate);
  return ok({
    advanceRatePercent: terms.advanceRatePercent,
    annualRatePercent: terms.annualRatePercent,
    tenorDays: terms.tenorDays,
    verifiedCargoValue: verified,
    cargoValueInLoanCurrency: inLoanCurrency.value.converted,
    fxRate: inLoanCurrency.value.rate,
    limit: { amount: limit.value.limit, currency: financing.currency },
    // A limit is a ceiling in either currency: rounded down, like the limit itself (rules/limits.ts).
    limitInGoodsCurrency: { amount: formatMoneyDown(back, goodsUnits), currency: verified.currency },
  });
}

export async function approve(core: FinancingCore, caller: Caller, ref: string, terms: FinancingTerms): Promise<Result<FinancingRecord, UserError[]>> {
  const loaded = await core.load(caller, ref);
  if (!loaded.ok) return loaded;
  const financing = loaded.value;
  const denied = core.mayAct(caller, financing, 'APPROVE');
  if (denied) return fail([denied]);
  const checked = checkFinancingTerms(terms);
  if (!checked.ok) return fail(checked.error.map((e) => ({ ...e, field: ['input', ...(e.field ?? [])], message: `input.${e.message}` })));
  const matching = financing.matching;
  const action = { type: 'APPROVE' as const, annualRatePercent: terms.annualRatePercent, tenorDays: terms.tenorDays, currency: financing.currency };
  if (!matching || matching.result !== 'passed' || !matching.cargoValue) {
    // Not matched, or matched with mismatches: the machine says which, before it looks at the terms.
    return core.transition(caller, financing, { ...action, limit: '0' });
  }
  const invoice = (await core.deps.invoices.model.findById(financing.invoiceId, { revision: 1 }).lean())!;
  if (invoice.revision !== matching.invoiceRevision) {
    return fail([
      businessRule(
        'matching-stale',
        `financing ${financing.number}: invoice ${financing.invoiceNumber} was corrected (revision ${invoice.revision}) after the matching of revision ${matching.invoiceRevision}: match the documents again before approving`,
      ),
    ]);
  }
  const computed = termsOf(core, financing, matching.cargoValue, terms);
  if (!computed.ok) return computed;
  return core.transition(caller, financing, { ...action, limit: computed.value.limit.amount }, { set: { terms: computed.value } });
}
