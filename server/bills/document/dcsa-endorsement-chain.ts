/**
 * A bill's signed chain as DCSA eBL 3.0.3 EndorsementChainLinks (EBL_END, and EBL_SUR's surrender
 * request): the action codes, the platform codes, the 'No Party' recipient, and the mapping.
 */
import { DCSA_ENDORSEMENT_CHAIN_CODES } from '../../../machines/bill.machine';
import type { BillDocument } from './bill-document';
import type { DcsaIdentifyingCode } from './dcsa-shapes';

/** The nine DCSA endorsement-chain action codes: the bill machine's list, the one source. */
export const DCSA_ACTION_CODES = DCSA_ENDORSEMENT_CHAIN_CODES;
export type DcsaActionCode = (typeof DCSA_ACTION_CODES)[number];

/** Actions that need no recipient: the 'No Party' placeholder stands in (EBL_SUR_v3.0.3.yaml:289). */
export const NO_RECIPIENT_ACTIONS: readonly DcsaActionCode[] = ['SIGN', 'BLANK_ENDORSE', 'SURRENDERED'];

/** eBL platform codes DCSA lists (EBL_END_v3.0.3.yaml ActorParty.eblPlatform; ESSD deprecated). */
export const EBL_PLATFORMS = [
  'WAVE', 'CARX', 'ESSD', 'IDT', 'BOLE', 'EDOX', 'IQAX', 'SECR', 'TRGO', 'ETEU',
  'TRAC', 'BRIT', 'COVA', 'ETIT', 'KTNE', 'CRED', 'BLOC', 'DOCU', 'AEOT', 'SGTD',
] as const;
export type EblPlatform = (typeof EBL_PLATFORMS)[number];

/** A bill history entry as the bill's signed chain records it (only these members are read). */
export interface BillChainEntry {
  seq: number;
  actionCode: string;
  actor: string | { partyId: string };
  recipient: string | { partyId: string } | null;
  /** ISO 8601 date-time with a zone */
  at: string;
  /** SHA-256 hex of the entry */
  hash: string;
  /** compact JWS over the hash (not exported: longer than DCSA's auditReference allows) */
  signature: string;
}

export interface ChainParty {
  code: string;
  name: string;
  eblPlatform?: EblPlatform;
}

export interface EndorsementChainOptions {
  /** every party the entries name, by party id */
  parties: ReadonlyMap<string, ChainParty> | Readonly<Record<string, ChainParty>>;
  /** the eBL platform of parties that do not name their own */
  eblPlatform: EblPlatform;
  /** the bill's own action codes that are not DCSA codes, mapped to DCSA codes (e.g. a pledge to TRANSFER) */
  actionCodes?: Readonly<Record<string, DcsaActionCode>>;
}

export interface DcsaChainParty {
  partyName: string;
  eblPlatform: string;
  identifyingCodes: DcsaIdentifyingCode[];
}

export interface DcsaEndorsementChainLink {
  actionDateTime: string;
  actionCode: DcsaActionCode;
  actor: DcsaChainParty;
  recipient: DcsaChainParty;
  auditReference: string;
}

/** The 'No Party' recipient of SIGN, BLANK_ENDORSE and SURRENDERED (EBL_SUR_v3.0.3.yaml:289-299). */
export const NO_PARTY: Readonly<DcsaChainParty> = Object.freeze({
  eblPlatform: 'NONE',
  partyName: 'NONE',
  identifyingCodes: Object.freeze([Object.freeze({ codeListProvider: 'NONE', partyCode: 'NONE' })]) as unknown as DcsaIdentifyingCode[],
});

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;

function partyIdOf(ref: string | { partyId: string }): string {
  return typeof ref === 'string' ? ref : ref.partyId;
}

/**
 * Maps the bill's chain entries, in seq order, to DCSA EndorsementChainLinks (valid for both
 * EBL_END's EndorsementChain and EBL_SUR's SurrenderRequestDetails, which also requires a
 * recipient). auditReference is 'sha256:' + the entry hash, by which the simulator's signed record
 * can be checked; the JWS signature itself does not fit DCSA's 100 characters and is left out.
 * Throws (TypeError) on an unknown party, an action code with no DCSA mapping, a missing recipient
 * where the action needs one, a repeated seq, a malformed time or hash.
 */
export function endorsementChainForExport(entries: readonly BillChainEntry[], opts: EndorsementChainOptions): DcsaEndorsementChainLink[] {
  const lookup = (id: string): ChainParty | undefined =>
    opts.parties instanceof Map ? opts.parties.get(id) : (opts.parties as Readonly<Record<string, ChainParty>>)[id];
  const chainParty = (id: string, seq: number): DcsaChainParty => {
    const party = lookup(id);
    if (party === undefined) throw new TypeError(`chain entry ${seq}: unknown party '${id}'`);
    return {
      partyName: party.name,
      eblPlatform: party.eblPlatform ?? opts.eblPlatform,
      identifyingCodes: [{ codeListProvider: 'ZZZ', partyCode: party.code, codeListName: 'YIDAN-PARTY-REGISTRY' }],
    };
  };
  const seen = new Set<number>();
  return [...entries]
    .sort((a, b) => a.seq - b.seq)
    .map((entry) => {
      if (seen.has(entry.seq)) throw new TypeError(`chain entry seq ${entry.seq} appears twice`);
      seen.add(entry.seq);
      const code = (DCSA_ACTION_CODES as readonly string[]).includes(entry.actionCode)
        ? (entry.actionCode as DcsaActionCode)
        : opts.actionCodes?.[entry.actionCode];
      if (code === undefined) {
        throw new TypeError(`chain entry ${entry.seq}: action '${entry.actionCode}' is not a DCSA action code and opts.actionCodes does not map it`);
      }
      if (!ISO_INSTANT.test(entry.at) || Number.isNaN(Date.parse(entry.at))) {
        throw new TypeError(`chain entry ${entry.seq}: at must be an ISO 8601 date-time with a zone, got '${entry.at}'`);
      }
      if (!SHA256_HEX.test(entry.hash)) throw new TypeError(`chain entry ${entry.seq}: hash must be 64 lower-case hex characters`);
      let recipient: DcsaChainParty;
      if (entry.recipient === null) {
        if (!NO_RECIPIENT_ACTIONS.includes(code)) throw new TypeError(`chain entry ${entry.seq}: ${code} needs a recipient`);
        recipient = { ...NO_PARTY, identifyingCodes: [{ codeListProvider: 'NONE', partyCode: 'NONE' }] };
      } else {
        recipient = chainParty(partyIdOf(entry.recipient), entry.seq);
      }
      return {
        actionDateTime: entry.at,
        actionCode: code,
        actor: chainParty(partyIdOf(entry.actor), entry.seq),
        recipient,
        auditReference: `sha256:${entry.hash}`,
      };
    });
}

/** The EBL_END EndorsementChain object of a bill: its reference, the issuer's SCAC and the links. */
export function endorsementChainDocument(
  doc: BillDocument,
  entries: readonly BillChainEntry[],
  opts: EndorsementChainOptions,
): { transportDocumentReference: string; carrierSCACCode: string; endorsementChain: DcsaEndorsementChainLink[] } {
  return {
    transportDocumentReference: doc.reference,
    carrierSCACCode: doc.issuer.scac,
    endorsementChain: endorsementChainForExport(entries, opts),
  };
}
