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
import { onCopyOrRead } from '../lifecycle/recent-copies';
import { isObjectIdText } from '../shared/ids';
import { type Result, fail, ok } from '../shared/result';
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

  /**
   * Runs a step that ends in the financing's transition on the financing as this process last
   * wrote it, when it has that copy (issue 18: one read less per step). The transition's write is
   * conditional on the copy's version and on the caller's visibility, so a copy that is no longer
   * the financing writes nothing; any failure on the copy (a stale copy, a refusal, NOT_FOUND) is
   * answered by running the step again on the financing as read, exactly as without a copy (but a
   * race lost to another request of this process, lifecycle/recent-copies.ts). Only
   * steps whose every success is that transition may run here (not `position`, which only reads).
   */
  private viaCopy(caller: Caller, ref: string, step: (core: FinancingCore) => Outcome): Outcome {
    const key = isObjectIdText(ref) ? ref : ref.trim().toUpperCase();
    return onCopyOrRead(this.recent, key, undefined, (copy) => step(this.onCopy(caller, copy as FinancingRecord)), () => step(this));
  }

  /** This core, loading `copy` instead of reading, and writing only where the caller may see it. */
  private onCopy(caller: Caller, copy: FinancingRecord): FinancingCore {
    const core = Object.create(this) as FinancingService;
    core.copyWhere = visibleFinancings(caller);
    core.load = () => Promise.resolve(ok(copy));
    return core;
  }

  // the exporter
  apply(caller: Caller, input: ApplyForFinancingInput): Outcome {
    return applyForFinancing(this, caller, input);
  }
  repay(caller: Caller, ref: string, amount: string): Outcome {
    // The position of a running loan needs no history (loan-servicing.ts), which copies leave out.
    return this.viaCopy(caller, ref, (core) => repay(core, caller, ref, amount));
  }
  withdraw(caller: Caller, ref: string, reason: string): Outcome {
    return this.viaCopy(caller, ref, (core) => withdraw(core, caller, ref, reason));
  }

  // the bank
  startReview(caller: Caller, ref: string): Outcome {
    return this.viaCopy(caller, ref, (core) => startReview(core, caller, ref));
  }
  matchDocuments(caller: Caller, ref: string): Outcome {
    return this.viaCopy(caller, ref, (core) => matchFinancingDocuments(core, caller, ref));
  }
  approve(caller: Caller, ref: string, terms: FinancingTerms): Outcome {
    return this.viaCopy(caller, ref, (core) => approve(core, caller, ref, terms));
  }
  reject(caller: Caller, ref: string, reason: string): Outcome {
    return this.viaCopy(caller, ref, (core) => reject(core, caller, ref, reason));
  }
  registerPledge(caller: Caller, ref: string): Outcome {
    return this.viaCopy(caller, ref, (core) => registerPledge(core, caller, ref));
  }
  disburse(caller: Caller, ref: string, amount?: string | null): Outcome {
    return this.viaCopy(caller, ref, (core) => disburse(core, caller, ref, amount));
  }
  flagOverdue(caller: Caller, ref: string): Outcome {
    return this.viaCopy(caller, ref, (core) => flagOverdue(core, caller, ref));
  }
  declareDefault(caller: Caller, ref: string, reason: string): Outcome {
    return this.viaCopy(caller, ref, (core) => declareDefault(core, caller, ref, reason));
  }
  enforce(caller: Caller, ref: string): Outcome {
    return this.viaCopy(caller, ref, (core) => enforce(core, caller, ref));
  }
  writeOff(caller: Caller, ref: string, reason: string): Outcome {
    return this.viaCopy(caller, ref, (core) => writeOff(core, caller, ref, reason));
  }
  releaseCollateral(caller: Caller, ref: string): Outcome {
    return this.viaCopy(caller, ref, (core) => releaseCollateral(core, caller, ref));
  }
  close(caller: Caller, ref: string): Outcome {
    return this.viaCopy(caller, ref, (core) => close(core, caller, ref));
  }

  // the insurer
  payClaim(caller: Caller, ref: string): Outcome {
    return this.viaCopy(caller, ref, (core) => payClaim(core, caller, ref));
  }
}
