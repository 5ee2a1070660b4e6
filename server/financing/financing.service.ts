/**
 * Trade financing (贸易融资) through the single window, from application to closure, under the
 * rules of machines/financing.control.ts: exporters apply, repay and withdraw; banks review, match
 * the four documents (四单对碰), approve, register the pledge, disburse, flag, enforce, release and
 * close; insurers pay claims. Each party sees only its own financings; trainers and auditors all.
 * The steps live in financing-application, financing-review, loan-servicing and loan-collateral.
 */
import type { Connection } from 'mongoose';
import type { Clock } from '../clock';
import type { Outbox } from '../lifecycle/outbox';
import type { FinancingRecord } from '../models/financing.model';
import type { Caller } from '../parties/caller';
import { type Connection as Page, type PageArgs, paginate } from '../shared/pagination';
import { type Result, fail } from '../shared/result';
import type { UserError } from '../shared/user-error';
import { type ApplyForFinancingInput, applyForFinancing } from './financing-application';
import { type FinancingDependencies, FinancingCore, visibleFinancings } from './financing-core';
import { approve, matchFinancingDocuments, reject, startReview } from './financing-review';
import { close, enforce, payClaim, registerPledge, releaseCollateral, withdraw } from './loan-collateral';
import { type LoanPosition, declareDefault, disburse, flagOverdue, loanPosition, repay, writeOff } from './loan-servicing';
import type { FinancingTerms } from './rules';

export type { ApplyForFinancingInput } from './financing-application';
export type { FinancingDependencies } from './financing-core';
export type { BothCurrencies, LoanPosition } from './loan-servicing';

export interface FinancingListFilter {
  state?: string;
  kind?: string;
}

type Outcome = Promise<Result<FinancingRecord, UserError[]>>;

export class FinancingService extends FinancingCore {
  constructor(connection: Connection, clock: Clock, outbox: Outbox, deps: FinancingDependencies) {
    super(connection, clock, outbox, deps);
  }

  /** One page of the caller's financings, oldest first (the state and kind are enum values, checked by GraphQL). */
  list(caller: Caller, filter: FinancingListFilter = {}, page: PageArgs = {}): Promise<Page<FinancingRecord>> {
    const query: Record<string, unknown> = { ...visibleFinancings(caller) };
    if (filter.state) query.state = filter.state;
    if (filter.kind) query.kind = filter.kind;
    return paginate(this.model, query, page, { sortBy: 'createdAt' });
  }

  /** The loan's limit, principal, interest and settlement amount now, in both currencies. */
  async position(caller: Caller, ref: string): Promise<Result<LoanPosition, UserError[]>> {
    const loaded = await this.load(caller, ref);
    return loaded.ok ? loanPosition(this, loaded.value) : fail(loaded.error);
  }

  // the exporter
  apply(caller: Caller, input: ApplyForFinancingInput): Outcome {
    return applyForFinancing(this, caller, input);
  }
  repay(caller: Caller, ref: string, amount: string): Outcome {
    return repay(this, caller, ref, amount);
  }
  withdraw(caller: Caller, ref: string, reason: string): Outcome {
    return withdraw(this, caller, ref, reason);
  }

  // the bank
  startReview(caller: Caller, ref: string): Outcome {
    return startReview(this, caller, ref);
  }
  matchDocuments(caller: Caller, ref: string): Outcome {
    return matchFinancingDocuments(this, caller, ref);
  }
  approve(caller: Caller, ref: string, terms: FinancingTerms): Outcome {
    return approve(this, caller, ref, terms);
  }
  reject(caller: Caller, ref: string, reason: string): Outcome {
    return reject(this, caller, ref, reason);
  }
  registerPledge(caller: Caller, ref: string): Outcome {
    return registerPledge(this, caller, ref);
  }
  disburse(caller: Caller, ref: string, amount?: string | null): Outcome {
    return disburse(this, caller, ref, amount);
  }
  flagOverdue(caller: Caller, ref: string): Outcome {
    return flagOverdue(this, caller, ref);
  }
  declareDefault(caller: Caller, ref: string, reason: string): Outcome {
    return declareDefault(this, caller, ref, reason);
  }
  enforce(caller: Caller, ref: string): Outcome {
    return enforce(this, caller, ref);
  }
  writeOff(caller: Caller, ref: string, reason: string): Outcome {
    return writeOff(this, caller, ref, reason);
  }
  releaseCollateral(caller: Caller, ref: string): Outcome {
    return releaseCollateral(this, caller, ref);
  }
  close(caller: Caller, ref: string): Outcome {
    return close(this, caller, ref);
  }

  // the insurer
  payClaim(caller: Caller, ref: string): Outcome {
    return payClaim(this, caller, ref);
  }
}
