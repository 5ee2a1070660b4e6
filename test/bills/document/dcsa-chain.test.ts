import { createHash } from 'node:crypto';
import { buildBillDocument } from '../../../server/bills/document/bill-document';
import { dcsaChainEntries, endorsementChainJson } from '../../../server/bills/document/dcsa-chain';
import type { ChainParty, DcsaEndorsementChainLink } from '../../../server/bills/document/dcsa-endorsement-chain';
import type { ChainEntry } from '../../../server/models/bill.model';
import { EBL_END, schemaErrors } from './dcsa-schema';
import { roadRailSeaToOrder } from './fixtures';

/** Party ids as the chain stores them (ObjectId text). */
const LANDSEA = 'a'.repeat(24);
const MOTO = 'b'.repeat(24);
const LION = 'c'.repeat(24);
const BANK = 'd'.repeat(24);

const PARTIES: Record<string, ChainParty> = {
  [LANDSEA]: { code: 'CQ-LANDSEA', name: 'Chongqing Land-Sea Multimodal Transport Co.' },
  [MOTO]: { code: 'CQ-MOTO', name: 'Chongqing Moto Parts Co.' },
  [LION]: { code: 'SG-LION', name: 'Lion City Motorcycles Pte. Ltd.' },
  [BANK]: { code: 'CQ-BANK', name: 'Chongqing Trade Finance Bank' },
};

/** A chain as the bill service seals it: each entry with the recipient billRecipient gave it. */
function chain(...steps: Array<[actionCode: string, actor: string, recipient: string | null]>): ChainEntry[] {
  return steps.map(([actionCode, actor, recipient], i) => ({
    seq: i + 1,
    actionCode,
    actor: { partyId: actor, role: 'exporter' },
    recipient,
    at: `2026-03-0${i + 1}T09:00:00.000Z`,
    payload: {},
    previousHash: '0'.repeat(64),
    hash: createHash('sha256').update(`entry ${i + 1}`).digest('hex'),
    signature: `sig${i + 1}`,
  }));
}

const document = (() => {
  const built = buildBillDocument(roadRailSeaToOrder());
  if (!built.ok) throw new Error('fixture');
  return built.value;
})();

async function exported(entries: ChainEntry[]): Promise<{ endorsementChain: DcsaEndorsementChainLink[] }> {
  const r = await endorsementChainJson({ number: document.reference, document, chain: entries }, 'WAVE', async (id) => PARTIES[id] ?? null);
  if (!r.ok) throw new Error(r.error.message);
  return JSON.parse(r.value) as { endorsementChain: DcsaEndorsementChainLink[] };
}

const codeOf = (party: DcsaEndorsementChainLink['actor']) => party.identifyingCodes[0]!.partyCode;

/**
 * How a DCSA reader follows the chain: ISSUE makes its recipient the possessor; ENDORSE,
 * ENDORSE_TO_ORDER, TRANSFER and a surrender request hand possession to their recipient; SIGN,
 * BLANK_ENDORSE and SURRENDERED leave it. Every action must come from the possessor at that point.
 * Returns the links that break the rule.
 */
function actorsNotHolding(links: readonly DcsaEndorsementChainLink[]): string[] {
  let holder: string | null = null;
  const broken: string[] = [];
  for (const link of links) {
    const actor = codeOf(link.actor);
    if (link.actionCode !== 'ISSUE' && actor !== holder) broken.push(`${link.actionCode} by ${actor} while ${holder} holds the bill`);
    if (['ISSUE', 'ENDORSE', 'ENDORSE_TO_ORDER', 'TRANSFER', 'SURRENDER_FOR_DELIVERY', 'SURRENDER_FOR_AMENDMENT'].includes(link.actionCode)) {
      holder = codeOf(link.recipient);
    }
  }
  return broken;
}

const steps = (links: readonly DcsaEndorsementChainLink[]) => links.map((l) => [l.actionCode, codeOf(l.actor), codeOf(l.recipient)]);

describe('the DCSA endorsement chain of a bill', () => {
  it('leaves out an endorsement the endorsee rejected: it never took effect, and the endorser goes on holding the bill', async () => {
    const { endorsementChain } = await exported(
      chain(['ISSUE', LANDSEA, MOTO], ['ENDORSE_TO_ORDER', MOTO, LION], ['ENDORSEMENT_REJECTED', LION, null], ['SURRENDER_FOR_AMENDMENT', MOTO, LANDSEA]),
    );
    expect(steps(endorsementChain)).toEqual([
      ['ISSUE', 'CQ-LANDSEA', 'CQ-MOTO'],
      ['SURRENDER_FOR_AMENDMENT', 'CQ-MOTO', 'CQ-LANDSEA'],
    ]);
    expect(actorsNotHolding(endorsementChain)).toEqual([]);
    expect(schemaErrors(EBL_END, 'EndorsementChain', { transportDocumentReference: document.reference, carrierSCACCode: document.issuer.scac, endorsementChain })).toEqual([]);
  });

  it('keeps an endorsement that was accepted, and one rejected before it was made again and accepted', async () => {
    const { endorsementChain } = await exported(
      chain(
        ['ISSUE', LANDSEA, MOTO],
        ['ENDORSE', MOTO, BANK],
        ['ENDORSEMENT_REJECTED', BANK, null],
        ['ENDORSE', MOTO, LION],
        ['SIGN', LION, null],
        ['SURRENDER_FOR_DELIVERY', LION, LANDSEA],
        ['SURRENDERED', LANDSEA, null],
      ),
    );
    expect(steps(endorsementChain)).toEqual([
      ['ISSUE', 'CQ-LANDSEA', 'CQ-MOTO'],
      ['ENDORSE', 'CQ-MOTO', 'SG-LION'],
      ['SIGN', 'SG-LION', 'NONE'],
      ['SURRENDER_FOR_DELIVERY', 'SG-LION', 'CQ-LANDSEA'],
      ['SURRENDERED', 'CQ-LANDSEA', 'NONE'],
    ]);
    expect(actorsNotHolding(endorsementChain)).toEqual([]);
  });

  it('leaves out a surrender the carrier rejected (SREJ): the bill went back to the party that asked', async () => {
    const { endorsementChain } = await exported(
      chain(['ISSUE', LANDSEA, MOTO], ['SURRENDER_FOR_DELIVERY', MOTO, LANDSEA], ['SREJ', LANDSEA, null], ['ENDORSE', MOTO, LION], ['SIGN', LION, null]),
    );
    expect(steps(endorsementChain)).toEqual([
      ['ISSUE', 'CQ-LANDSEA', 'CQ-MOTO'],
      ['ENDORSE', 'CQ-MOTO', 'SG-LION'],
      ['SIGN', 'SG-LION', 'NONE'],
    ]);
    expect(actorsNotHolding(endorsementChain)).toEqual([]);
  });

  it('the reader rule catches a chain that keeps a rejected endorsement', () => {
    // The rule itself must be able to fail: the stored chain, exported entry by entry, breaks it.
    const stored = chain(['ISSUE', LANDSEA, MOTO], ['ENDORSE_TO_ORDER', MOTO, LION], ['SURRENDER_FOR_AMENDMENT', MOTO, LANDSEA]);
    const link = (e: ChainEntry): DcsaEndorsementChainLink => {
      const party = (id: string | null) => ({ partyName: id ?? 'NONE', eblPlatform: 'WAVE', identifyingCodes: [{ codeListProvider: 'ZZZ', partyCode: id ? PARTIES[id]!.code : 'NONE' }] });
      return { actionDateTime: e.at, actionCode: e.actionCode as DcsaEndorsementChainLink['actionCode'], actor: party(e.actor.partyId), recipient: party(e.recipient), auditReference: e.hash };
    };
    expect(actorsNotHolding(stored.map(link))).toEqual(['SURRENDER_FOR_AMENDMENT by CQ-MOTO while SG-LION holds the bill']);
  });

  it('has no link for the rejections themselves', () => {
    const entries = dcsaChainEntries(chain(['ISSUE', LANDSEA, MOTO], ['ENDORSE', MOTO, LION], ['ENDORSEMENT_REJECTED', LION, null]));
    expect(entries.map((e) => e.actionCode)).toEqual(['ISSUE']);
  });
});
