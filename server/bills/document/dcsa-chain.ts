/**
 * A bill's signed chain as a DCSA eBL 3.0.3 endorsement chain (EBL_END): which of the bill's own
 * entries DCSA sees, and under which DCSA code. Recipients are the ones the bill service sealed
 * into each entry: who receives the bill on issue, surrender and release is one rule,
 * billRecipient in machines/bill.control.ts.
 */
import type { ChainEntry } from '../../models/bill.model';
import type { BillDocument } from '../../models/bill-content';
import { isObjectIdText } from '../../shared/ids';
import { type Result, fail, ok } from '../../shared/result';
import {
  type BillChainEntry,
  type ChainParty,
  type DcsaActionCode,
  EBL_PLATFORMS,
  type EblPlatform,
  endorsementChainDocument,
} from './dcsa-endorsement-chain';

/**
 * The simulator's own chain codes as DCSA codes: a pledge hands possession to the bank and a
 * release hands it back (TRANSFER); an enforced pledge is the bank marking its possession as
 * owner (SIGN). null: no DCSA link (DCSA's chain has no code for a rejection).
 */
export const DCSA_CHAIN_CODES: Readonly<Record<string, DcsaActionCode | null>> = {
  PLEDGE: 'TRANSFER',
  RELEASE_PLEDGE: 'TRANSFER',
  ENFORCE_PLEDGE: 'SIGN',
  ENDORSEMENT_REJECTED: null,
  SREJ: null,
};

/**
 * The request each rejection answers. DCSA's chain records only actions that affect the eBL
 * (EBL_END_v3.0.3.yaml, EndorsementChain: "equivalent to the back side of a physical Bill of
 * Lading"), and a rejected request never did: an endorsement the endorsee refuses leaves the bill
 * with the endorser, and a surrender the carrier rejects (SREJ) returns it "to the party that
 * submitted the surrender request" (EBL_SUR_v3.0.3.yaml, surrenderRequestCode). So a rejection
 * takes the request it answers out of the export with it, and every actor a reader finds in the
 * chain is the party holding the bill at that point.
 */
const REJECTED_REQUESTS: Readonly<Record<string, readonly string[]>> = {
  ENDORSEMENT_REJECTED: ['ENDORSE', 'ENDORSE_TO_ORDER'],
  SREJ: ['SURRENDER_FOR_DELIVERY', 'SURRENDER_FOR_AMENDMENT'],
};

/** The stored chain in the export's terms: the entries that took effect, as sealed. */
export function dcsaChainEntries(chain: readonly ChainEntry[]): BillChainEntry[] {
  const kept: ChainEntry[] = [];
  for (const entry of [...chain].sort((a, b) => a.seq - b.seq)) {
    const answers = REJECTED_REQUESTS[entry.actionCode];
    if (answers) {
      // The pending request is the latest one of its kind: the machine allows one at a time.
      let request = kept.length - 1;
      while (request >= 0 && !answers.includes(kept[request]!.actionCode)) request--;
      if (request >= 0) kept.splice(request, 1);
      continue;
    }
    if (DCSA_CHAIN_CODES[entry.actionCode] === null) continue;
    kept.push(entry);
  }
  return kept.map((entry) => ({ seq: entry.seq, actionCode: entry.actionCode, actor: entry.actor, recipient: entry.recipient, at: entry.at, hash: entry.hash, signature: entry.signature }));
}

export interface ChainExportFailure {
  /** 'ebl-platform': the platform argument is not a DCSA code; 'dcsa-chain-export': the stored chain cannot be read */
  rule: 'ebl-platform' | 'dcsa-chain-export';
  message: string;
}

/** A party by id as the export names it, or null when no such party is registered. */
export type ChainPartyLookup = (partyId: string) => Promise<ChainParty | null>;

/** The EBL_END EndorsementChain of a bill as JSON text, or why it cannot be exported. */
export async function endorsementChainJson(
  bill: { number: string; document: BillDocument; chain: readonly ChainEntry[] },
  eblPlatform: string,
  partyOf: ChainPartyLookup,
): Promise<Result<string, ChainExportFailure>> {
  if (!(EBL_PLATFORMS as readonly string[]).includes(eblPlatform)) {
    return fail({ rule: 'ebl-platform', message: `eblPlatform: '${eblPlatform}' is not a DCSA eBL platform code (one of ${EBL_PLATFORMS.join(', ')})` });
  }
  const entries = dcsaChainEntries(bill.chain);
  const ids = [...new Set(entries.flatMap((e) => [typeof e.actor === 'string' ? e.actor : e.actor.partyId, ...(typeof e.recipient === 'string' ? [e.recipient] : [])]))];
  const parties: Record<string, ChainParty> = {};
  for (const id of ids.filter(isObjectIdText)) {
    const party = await partyOf(id);
    if (party) parties[id] = { code: party.code, name: party.name };
  }
  const actionCodes = Object.fromEntries(Object.entries(DCSA_CHAIN_CODES).filter((e): e is [string, DcsaActionCode] => e[1] !== null));
  try {
    return ok(JSON.stringify(endorsementChainDocument(bill.document, entries, { parties, eblPlatform: eblPlatform as EblPlatform, actionCodes })));
  } catch (error) {
    // A chain the export cannot read (an entry naming no registered party, a malformed time):
    // altered in the database, as verifyBill would say.
    return fail({ rule: 'dcsa-chain-export', message: `bill ${bill.number}: the chain cannot be exported to DCSA: ${(error as Error).message}` });
  }
}
