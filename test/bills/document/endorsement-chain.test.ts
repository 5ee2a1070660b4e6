import { createHash } from 'node:crypto';
import { buildBillDocument } from '../../../server/bills/document/bill-document';
import { dcsaEndorsementChainProblems } from '../../../server/bills/document/cross-field-rules';
import {
  type BillChainEntry,
  type ChainParty,
  endorsementChainDocument,
  endorsementChainForExport,
  type EndorsementChainOptions,
  NO_PARTY,
} from '../../../server/bills/document/dcsa-endorsement-chain';
import { EBL_END, EBL_SUR, schemaErrors, undeclaredProperties } from './dcsa-schema';
import { roadRailSeaToOrder } from './fixtures';

const hash = (n: number) => createHash('sha256').update(`entry ${n}`).digest('hex');

/** A to-order bill's history: issued to the shipper, endorsed to the bank (pledge), endorsed to the buyer, surrendered. */
function history(): BillChainEntry[] {
  return [
    { seq: 1, actionCode: 'ISSUE', actor: { partyId: 'p-landsea' }, recipient: 'p-moto', at: '2025-08-01T09:00:00Z', hash: hash(1), signature: 'eyJhbGciOiJFZERTQSJ9.e30.sig1' },
    { seq: 2, actionCode: 'ENDORSE', actor: { partyId: 'p-moto' }, recipient: 'p-bank', at: '2025-08-02T10:30:00+08:00', hash: hash(2), signature: 'sig2' },
    { seq: 3, actionCode: 'SIGN', actor: 'p-bank', recipient: null, at: '2025-08-03T08:00:00Z', hash: hash(3), signature: 'sig3' },
    { seq: 4, actionCode: 'ENDORSE', actor: 'p-bank', recipient: { partyId: 'p-thames' }, at: '2025-08-20T12:00:00Z', hash: hash(4), signature: 'sig4' },
    { seq: 5, actionCode: 'SURRENDER_FOR_DELIVERY', actor: 'p-thames', recipient: 'p-landsea', at: '2025-08-27T15:00:00Z', hash: hash(5), signature: 'sig5' },
    { seq: 6, actionCode: 'SURRENDERED', actor: 'p-landsea', recipient: null, at: '2025-08-27T16:00:00Z', hash: hash(6), signature: 'sig6' },
  ];
}

const PARTIES: Record<string, ChainParty> = {
  'p-landsea': { code: 'CQ-LANDSEA', name: 'Chongqing Land-Sea Multimodal Transport Co.' },
  'p-moto': { code: 'CQ-MOTO', name: 'Chongqing Moto Parts Co.' },
  'p-bank': { code: 'CQ-BANK', name: 'Chongqing Trade Finance Bank', eblPlatform: 'BOLE' },
  'p-thames': { code: 'GB-THAMES', name: 'Thames Cycle Imports Ltd.' },
};

const OPTS: EndorsementChainOptions = { parties: PARTIES, eblPlatform: 'WAVE' };

describe('endorsementChainForExport', () => {
  const links = endorsementChainForExport(history(), OPTS);

  it('maps each entry to a DCSA link: time, action, actor and recipient by registry code, the hash as audit reference', () => {
    expect(links[1]).toEqual({
      actionDateTime: '2025-08-02T10:30:00+08:00',
      actionCode: 'ENDORSE',
      actor: { partyName: 'Chongqing Moto Parts Co.', eblPlatform: 'WAVE', identifyingCodes: [{ codeListProvider: 'ZZZ', partyCode: 'CQ-MOTO', codeListName: 'YIDAN-PARTY-REGISTRY' }] },
      recipient: { partyName: 'Chongqing Trade Finance Bank', eblPlatform: 'BOLE', identifyingCodes: [{ codeListProvider: 'ZZZ', partyCode: 'CQ-BANK', codeListName: 'YIDAN-PARTY-REGISTRY' }] },
      auditReference: `sha256:${hash(2)}`,
    });
    expect(JSON.stringify(links)).not.toContain('sig2');
  });

  it("uses the 'No Party' recipient for SIGN and SURRENDERED", () => {
    expect(links[2]!.recipient).toEqual(NO_PARTY);
    expect(links[5]!.recipient).toEqual(NO_PARTY);
  });

  it('is valid against EBL_END EndorsementChainLink and EBL_SUR EndorsementChainLink (which requires the recipient)', () => {
    for (const link of links) {
      expect(schemaErrors(EBL_END, 'EndorsementChainLink', link)).toEqual([]);
      expect(schemaErrors(EBL_SUR, 'EndorsementChainLink', link)).toEqual([]);
      expect(undeclaredProperties(EBL_SUR, 'EndorsementChainLink', link)).toEqual([]);
    }
  });

  it('forms a valid EBL_END EndorsementChain and an EBL_SUR surrender request', () => {
    const result = buildBillDocument(roadRailSeaToOrder());
    if (!result.ok) throw new Error('fixture');
    const chain = endorsementChainDocument(result.value, history(), OPTS);
    expect(chain).toMatchObject({ transportDocumentReference: 'YDB-2025-000202', carrierSCACCode: 'YDLS' });
    expect(schemaErrors(EBL_END, 'EndorsementChain', chain)).toEqual([]);
    expect(undeclaredProperties(EBL_END, 'EndorsementChain', chain)).toEqual([]);
    const surrender = {
      surrenderRequestReference: 'SUR-YDB-2025-000202-1',
      transportDocumentReference: chain.transportDocumentReference,
      surrenderRequestCode: 'SREQ',
      endorsementChain: chain.endorsementChain.slice(0, 5),
    };
    expect(schemaErrors(EBL_SUR, 'SurrenderRequestDetails', surrender)).toEqual([]);
    expect(dcsaEndorsementChainProblems(true, chain.endorsementChain)).toEqual([]);
  });

  it('orders the links by seq whatever order the entries come in, and the same entries give the same JSON', () => {
    const shuffled = endorsementChainForExport([...history()].reverse(), OPTS);
    expect(shuffled.map((l) => l.actionCode)).toEqual(['ISSUE', 'ENDORSE', 'SIGN', 'ENDORSE', 'SURRENDER_FOR_DELIVERY', 'SURRENDERED']);
    expect(JSON.stringify(shuffled)).toBe(JSON.stringify(links));
  });

  it("maps the bill's own action codes only when told how (e.g. a pledge as a transfer of possession)", () => {
    const entries = history();
    entries[1] = { ...entries[1]!, actionCode: 'PLEDGE' };
    expect(() => endorsementChainForExport(entries, OPTS)).toThrow(/'PLEDGE' is not a DCSA action code/);
    const mapped = endorsementChainForExport(entries, { ...OPTS, actionCodes: { PLEDGE: 'TRANSFER' } });
    expect(mapped[1]!.actionCode).toBe('TRANSFER');
  });

  it('refuses an unknown party, a missing recipient where one is needed, a repeated seq and a time without a zone', () => {
    const unknown = history();
    unknown[0] = { ...unknown[0]!, recipient: 'p-nobody' };
    expect(() => endorsementChainForExport(unknown, OPTS)).toThrow(/unknown party 'p-nobody'/);
    const noRecipient = history();
    noRecipient[1] = { ...noRecipient[1]!, recipient: null };
    expect(() => endorsementChainForExport(noRecipient, OPTS)).toThrow(/ENDORSE needs a recipient/);
    const twice = history();
    twice[2] = { ...twice[2]!, seq: 2 };
    expect(() => endorsementChainForExport(twice, OPTS)).toThrow(/seq 2 appears twice/);
    const local = history();
    local[0] = { ...local[0]!, at: '2025-08-01T09:00:00' };
    expect(() => endorsementChainForExport(local, OPTS)).toThrow(/with a zone/);
  });

  it('accepts the parties as a Map', () => {
    expect(endorsementChainForExport(history(), { ...OPTS, parties: new Map(Object.entries(PARTIES)) })).toEqual(links);
  });
});

describe('dcsaEndorsementChainProblems', () => {
  const links = endorsementChainForExport(history(), OPTS);

  it('reports endorsements on a straight (non-negotiable) bill', () => {
    const problems = dcsaEndorsementChainProblems(false, links);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toBe('[chain-endorse-negotiable-only] endorsementChain[1].actionCode: ENDORSE applies only to a negotiable eBL, isToOrder=true (EBL_END_v3.0.3.yaml:453, 457, 458)');
  });

  it('reports a chain that does not start with ISSUE, an unknown action and a misplaced No Party', () => {
    const bad = links.slice(1).map((l) => ({ ...l }));
    bad[1] = { ...bad[1]!, actionCode: 'PLEDGE' as never, recipient: links[1]!.recipient };
    bad[2] = { ...bad[2]!, recipient: { ...NO_PARTY } };
    const rules = dcsaEndorsementChainProblems(true, bad).map((p) => /^\[([^\]]+)\]/.exec(p)![1]);
    expect(rules).toEqual(['chain-starts-with-issue', 'chain-action-known', 'chain-no-party']);
  });
});
