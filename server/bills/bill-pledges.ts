/**
 * The bill as collateral, for trade financing: the owner pledges it to a bank, the bank releases
 * it or, after a default, enforces the pledge and takes title. Each call runs inside the
 * financing service's own transaction, so the bill and the loan change together or not at all.
 */
import type { ClientSession } from 'mongoose';
import type { BillRecord } from '../models/bill.model';
import type { PartyRecord } from '../models/party.model';
import type { Caller } from '../parties/caller';
import type { Result } from '../shared/result';
import type { UserError } from '../shared/user-error';
import type { BillService } from './bill.service';

export class BillPledges {
  constructor(private readonly bills: BillService) {}

  /**
   * The owner in control pledges the bill; the bank becomes its holder with a lien. `known` are
   * parties the caller already holds (the bank registering the pledge): the bank among them is
   * not read again.
   */
  pledge(owner: Caller, billNumber: string, bankId: string, session: ClientSession, known: readonly PartyRecord[] = []): Promise<Result<BillRecord, UserError[]>> {
    return this.bills.act(owner, billNumber, { type: 'PLEDGE', bank: bankId }, { session, knownParties: known });
  }

  /** The loan is repaid: control returns to the owner. */
  release(bank: Caller, billNumber: string, session: ClientSession): Promise<Result<BillRecord, UserError[]>> {
    return this.bills.act(bank, billNumber, { type: 'RELEASE_PLEDGE' }, { session });
  }

  /** After a default: the bank takes title (it may then surrender the bill for delivery). */
  enforce(bank: Caller, billNumber: string, session: ClientSession): Promise<Result<BillRecord, UserError[]>> {
    return this.bills.act(bank, billNumber, { type: 'ENFORCE_PLEDGE' }, { session });
  }
}
