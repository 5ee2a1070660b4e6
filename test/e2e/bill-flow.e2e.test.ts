/**
 * The 一单制 bill of lading over HTTP with the demo tokens, as the README walks it: the operator
 * (CQ-LANDSEA) drafts a to-order bill for a booked rail-sea shipment, the shipper (CQ-MOTO)
 * approves it, the operator issues it; the shipper endorses it to the importer (SG-LION), who
 * accepts, pledges it to the bank (CQ-BANK), gets it back on release and surrenders it for
 * delivery; the operator accepts. Then every action the control rules forbid, each answered
 * with the rule; two parties racing for the same bill; and a chain entry altered in the database.
 */
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { dcsaCrossFieldProblems, dcsaEndorsementChainProblems } from '../../server/bills/document/cross-field-rules';
import { entryHash } from '../../server/bills/integrity';
import type { RunningServer } from '../../server/start';
import { type GraphQLResponse, dataOf, errorCodes, graphql, startTestServer, stopTestServer } from '../support/graphql-client';
import { OrderFixtures } from '../support/order-fixtures';
import { testClock } from '../support/world';
import { EBL, EBL_END, schemaErrors } from '../bills/document/dcsa-schema';

const clock = testClock(new Date('2026-03-02T08:00:00Z'));
let server: RunningServer;
let fx: OrderFixtures;
/** party ids by code, the demo parties and those registered here */
const ids: Record<string, string> = {};
/** tokens of the parties registered here */
const tokens: Record<string, string> = {};

interface PartyView {
  code: string;
}
interface BillView {
  id: string;
  number: string;
  status: string;
  version: number;
  billType: string;
  holder: PartyView | null;
  beneficiary: PartyView | null;
  nominee: PartyView | null;
  pledgee: PartyView | null;
  pledgor: PartyView | null;
  consignee: PartyView | null;
  surrenderRequestedBy: PartyView | null;
  voidReason: string | null;
  documentChecksum: string | null;
  allowedEvents: string[];
  chain: Array<{ seq: number; actionCode: string; actor: { partyId: string; role: string }; recipient: PartyView | null; previousHash: string; hash: string; signature: string }>;
}
interface UserErrorView {
  code: string;
  rule: string | null;
  message: string;
  field: string[] | null;
}
interface BillPayloadView {
  bill: BillView | null;
  userErrors: UserErrorView[];
}

const BILL_FIELDS = `id number status version billType documentChecksum allowedEvents voidReason
  holder { code } beneficiary { code } nominee { code } pledgee { code } pledgor { code } consignee { code } surrenderRequestedBy { code }
  chain { seq actionCode actor { partyId role } recipient { code } previousHash hash signature }`;

/** GraphQL types of every mutation argument, so each document is built from the variables sent. */
const ARG_TYPES: Record<string, string> = {
  number: 'String!',
  expectedVersion: 'Int',
  to: 'ID!',
  toOrder: 'Boolean',
  bank: 'ID!',
  purpose: 'SurrenderPurpose!',
  reason: 'String!',
};

type BillMutation =
  | 'approveBill'
  | 'issueBill'
  | 'transferBill'
  | 'endorseBill'
  | 'acceptEndorsement'
  | 'rejectEndorsement'
  | 'blankEndorseBill'
  | 'pledgeBill'
  | 'releasePledge'
  | 'enforcePledge'
  | 'surrenderBill'
  | 'acceptSurrender'
  | 'rejectSurrender'
  | 'voidBill';

/** One bill mutation over HTTP, as sent; the response as it came. */
function send(token: string, mutation: BillMutation, variables: Record<string, unknown>): Promise<GraphQLResponse<Record<string, BillPayloadView>>> {
  const names = Object.keys(variables);
  const query = `mutation(${names.map((n) => `$${n}: ${ARG_TYPES[n]}`).join(', ')}) {
    ${mutation}(${names.map((n) => `${n}: $${n}`).join(', ')}) { bill { ${BILL_FIELDS} } userErrors { code field rule message } } }`;
  return graphql<Record<string, BillPayloadView>>(server, query, { token, variables });
}

/** A mutation that must succeed: the bill after it. */
async function act(token: string, mutation: BillMutation, variables: Record<string, unknown>): Promise<BillView> {
  const payload = dataOf(await send(token, mutation, variables))[mutation]!;
  if (payload.userErrors.length > 0 || !payload.bill) throw new Error(`${mutation} by ${token} failed: ${JSON.stringify(payload.userErrors)}`);
  return payload.bill;
}

/** How a refused mutation was answered: its userError, or the FORBIDDEN error it raised. */
interface Refusal {
  code: string;
  rule: string | null;
  message: string;
}

function refusalOf(response: GraphQLResponse<Record<string, BillPayloadView>>, mutation: BillMutation): Refusal {
  const error = response.body.errors?.[0];
  if (error) return { code: String(error.extensions?.code), rule: null, message: error.message };
  const payload = response.body.data![mutation]!;
  expect(payload.bill).toBeNull();
  expect(payload.userErrors).toHaveLength(1);
  const [first] = payload.userErrors;
  return { code: first!.code, rule: first!.rule, message: first!.message };
}

/** A mutation that must be refused, and its refusal; the bill must not have moved. */
async function refused(token: string, mutation: BillMutation, variables: Record<string, unknown>): Promise<Refusal> {
  const before = await read(String(variables.number));
  const refusal = refusalOf(await send(token, mutation, variables), mutation);
  const after = await read(String(variables.number));
  expect(after?.version).toBe(before?.version);
  expect(after?.chain.length).toBe(before?.chain.length);
  return refusal;
}

/** The bill as the auditor reads it (the auditor reads every bill and changes nothing). */
async function read(number: string): Promise<BillView | null> {
  const { bill } = dataOf(await graphql<{ bill: BillView | null }>(server, `query($n: String!) { bill(number: $n) { ${BILL_FIELDS} } }`, { token: 'demo-auditor', variables: { n: number } }));
  return bill;
}

async function draft(input: Record<string, unknown>, token = 'demo-forwarder'): Promise<GraphQLResponse<{ draftBill: BillPayloadView }>> {
  return graphql<{ draftBill: BillPayloadView }>(server, `mutation($input: DraftBillInput!) { draftBill(input: $input) { bill { ${BILL_FIELDS} } userErrors { code field rule message } } }`, {
    token,
    variables: { input },
  });
}

/** A drafted bill for a freshly booked CNCKG→SGSIN rail-sea shipment. */
async function drafted(billType: 'TO_ORDER' | 'STRAIGHT', sealed = true): Promise<BillView & { shipmentNumber: string }> {
  const booked = await fx.booked();
  const r = dataOf(await draft({ shipment: booked.shipmentNumber, billType, ...(sealed ? { seals: [{ container: booked.container, seals: [`YDSEAL${booked.container.slice(-4)}`] }] } : {}) }));
  if (!r.draftBill.bill) throw new Error(`draftBill failed: ${JSON.stringify(r.draftBill.userErrors)}`);
  return { ...r.draftBill.bill, shipmentNumber: booked.shipmentNumber };
}

/** Drafted, approved by the shipper, issued by the operator. */
async function issued(billType: 'TO_ORDER' | 'STRAIGHT'): Promise<BillView> {
  const bill = await drafted(billType);
  await act('demo-exporter', 'approveBill', { number: bill.number });
  return act('demo-forwarder', 'issueBill', { number: bill.number });
}

const codes = (bill: BillView | null) => bill!.chain.map((e) => e.actionCode);
const control = (bill: BillView) => ({
  holder: bill.holder?.code ?? null,
  beneficiary: bill.beneficiary?.code ?? null,
  nominee: bill.nominee?.code ?? null,
  pledgee: bill.pledgee?.code ?? null,
  pledgor: bill.pledgor?.code ?? null,
});
const controlRule = (number: string, message: string): Refusal => ({ code: 'BUSINESS_RULE', rule: 'bill-control', message: `bill ${number}: ${message}` });

/** Registers a party with the trainer's token and issues it a token. */
async function registered(code: string, role: string, country: string): Promise<void> {
  const { registerParty } = dataOf(
    await graphql<{ registerParty: { party: { id: string } | null; userErrors: UserErrorView[] } }>(
      server,
      'mutation($input: RegisterPartyInput!) { registerParty(input: $input) { party { id } userErrors { message } } }',
      { token: 'demo-trainer', variables: { input: { code, name: `${code} (registered by the bill flow test)`, roles: [role], country } } },
    ),
  );
  expect(registerParty.userErrors).toEqual([]);
  ids[code] = registerParty.party!.id;
  const { issueApiToken } = dataOf(
    await graphql<{ issueApiToken: { token: string | null; userErrors: UserErrorView[] } }>(
      server,
      'mutation($id: ID!) { issueApiToken(partyId: $id, label: "bill flow test") { token userErrors { message } } }',
      { token: 'demo-trainer', variables: { id: ids[code] } },
    ),
  );
  tokens[code] = issueApiToken.token!;
}

beforeAll(async () => {
  server = await startTestServer(__filename, {}, { clock });
  fx = await OrderFixtures.open(server, '2026-03-03');
  for (const code of ['CQ-MOTO', 'SG-LION', 'DE-RHEIN', 'CQ-LANDSEA', 'CQ-BANK']) ids[code] = fx.partyId(code);
  // Neither a second operator nor a second bank is among the demo parties.
  await registered('WX-FORWARD', 'FORWARDER', 'CN');
  await registered('SG-BANK', 'BANK', 'SG');
});
afterAll(async () => {
  await stopTestServer(server);
});

describe('a to-order bill from draft to surrender for delivery', () => {
  let number: string;

  it('is drafted by the operator, approved by the shipper and issued to the shipper', async () => {
    const bill = await drafted('TO_ORDER');
    number = bill.number;
    expect(number).toMatch(/^YDBL2026\d{6}$/);
    expect(bill).toMatchObject({ status: 'DRAFT', version: 1, billType: 'TO_ORDER', documentChecksum: null, chain: [], allowedEvents: ['APPROVE', 'VOID'] });
    expect(control(bill)).toEqual({ holder: null, beneficiary: null, nominee: null, pledgee: null, pledgor: null });

    const approved = await act('demo-exporter', 'approveBill', { number, expectedVersion: 1 });
    expect(approved).toMatchObject({ status: 'APPROVED', version: 2, chain: [] });

    const issuedBill = await act('demo-forwarder', 'issueBill', { number, expectedVersion: 2 });
    expect(issuedBill).toMatchObject({ status: 'ISSUED', version: 3 });
    expect(issuedBill.documentChecksum).toMatch(/^[0-9a-f]{64}$/);
    expect(control(issuedBill)).toEqual({ holder: 'CQ-MOTO', beneficiary: 'CQ-MOTO', nominee: null, pledgee: null, pledgor: null });
    const { bill: content } = dataOf(
      await graphql<{ bill: { freight: { amount: string; currency: string }; legs: Array<{ stage: string; mode: string; from: { code: string }; to: { code: string } }>; containers: Array<{ seals: Array<{ number: string }> }> } }>(
        server,
        'query($n: String!) { bill(number: $n) { freight { amount currency } legs { stage mode from { code } to { code } } containers { seals { number } } } }',
        { token: 'demo-exporter', variables: { n: number } },
      ),
    );
    expect(content.freight.amount).toMatch(/^\d+\.\d{2}$/);
    expect(content.legs.map((l) => `${l.stage}:${l.mode}:${l.from.code}>${l.to.code}`)).toEqual(['PRE_CARRIAGE:RAIL:CNCKG>CNQZH', 'MAIN_CARRIAGE:SEA:CNQZH>SGSIN']);
    expect(content.containers[0]!.seals).toHaveLength(1);
    expect(issuedBill.chain).toEqual([
      expect.objectContaining({ seq: 1, actionCode: 'ISSUE', actor: { partyId: ids['CQ-LANDSEA'], role: 'forwarder' }, previousHash: issuedBill.documentChecksum }),
    ]);
  });

  it('is endorsed by the shipper to the importer, who accepts it', async () => {
    const endorsed = await act('demo-exporter', 'endorseBill', { number, to: ids['SG-LION'] });
    expect(control(endorsed)).toEqual({ holder: 'CQ-MOTO', beneficiary: 'CQ-MOTO', nominee: 'SG-LION', pledgee: null, pledgor: null });
    const accepted = await act('demo-importer', 'acceptEndorsement', { number });
    expect(accepted.status).toBe('ISSUED');
    expect(control(accepted)).toEqual({ holder: 'SG-LION', beneficiary: 'SG-LION', nominee: null, pledgee: null, pledgor: null });
    expect(accepted.chain.map((e) => [e.actionCode, e.recipient?.code ?? null])).toEqual([
      ['ISSUE', 'CQ-MOTO'],
      ['ENDORSE', 'SG-LION'],
      ['SIGN', null],
    ]);
  });

  it('is pledged by the importer to the bank, which releases it', async () => {
    const pledged = await act('demo-importer', 'pledgeBill', { number, bank: ids['CQ-BANK'] });
    expect(control(pledged)).toEqual({ holder: 'CQ-BANK', beneficiary: 'SG-LION', nominee: null, pledgee: 'CQ-BANK', pledgor: 'SG-LION' });

    // While pledged the owner can neither transfer nor surrender it, and nobody pledges it again.
    const locked = `the bill is pledged to bank ${ids['CQ-BANK']}: it cannot be transferred, endorsed or surrendered until the bank releases it`;
    expect(await refused('demo-importer', 'transferBill', { number, to: ids['DE-RHEIN'] })).toEqual(controlRule(number, locked));
    expect(await refused('demo-importer', 'surrenderBill', { number, purpose: 'DELIVERY' })).toEqual(controlRule(number, locked));
    expect(await refused('demo-importer', 'endorseBill', { number, to: ids['DE-RHEIN'] })).toEqual(controlRule(number, locked));
    const twice = `the bill is already pledged to bank ${ids['CQ-BANK']}: a bill can never be pledged twice, to the same or another bank`;
    expect(await refused('demo-importer', 'pledgeBill', { number, bank: ids['CQ-BANK'] })).toEqual(controlRule(number, twice));
    expect(await refused('demo-importer', 'pledgeBill', { number, bank: ids['SG-BANK'] })).toEqual(controlRule(number, twice));
    // The bank holds it with a lien, not as owner.
    expect(await refused('demo-bank', 'transferBill', { number, to: ids['DE-RHEIN'] })).toEqual(
      controlRule(number, `bank ${ids['CQ-BANK']} holds this bill as pledgee, with a lien: it must enforce the pledge to take title before it can transfer, endorse or surrender the bill`),
    );

    const released = await act('demo-bank', 'releasePledge', { number });
    expect(control(released)).toEqual({ holder: 'SG-LION', beneficiary: 'SG-LION', nominee: null, pledgee: null, pledgor: null });
  });

  it('is surrendered for delivery by the importer, and the operator accepts', async () => {
    const pending = await act('demo-importer', 'surrenderBill', { number, purpose: 'DELIVERY' });
    expect(pending).toMatchObject({ status: 'PENDING_SURRENDER_FOR_DELIVERY', surrenderRequestedBy: { code: 'SG-LION' }, allowedEvents: ['ACCEPT_SURRENDER', 'REJECT_SURRENDER'] });
    const done = await act('demo-forwarder', 'acceptSurrender', { number });
    expect(done).toMatchObject({ status: 'SURRENDERED_FOR_DELIVERY', version: 9, allowedEvents: [] });
    expect(control(done)).toEqual({ holder: 'CQ-LANDSEA', beneficiary: 'SG-LION', nominee: null, pledgee: null, pledgor: null });
    expect(codes(done)).toEqual(['ISSUE', 'ENDORSE', 'SIGN', 'PLEDGE', 'RELEASE_PLEDGE', 'SURRENDER_FOR_DELIVERY', 'SURRENDERED']);
    expect(done.chain.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Each entry links to the one before it.
    for (let i = 1; i < done.chain.length; i++) expect(done.chain[i]!.previousHash).toBe(done.chain[i - 1]!.hash);

    expect(await refused('demo-importer', 'surrenderBill', { number, purpose: 'AMENDMENT' })).toEqual(
      controlRule(number, 'the bill is SURRENDERED_FOR_DELIVERY: its lifecycle is complete and no action is possible'),
    );
  });

  it('verifies, and anyone can check a signature with the party key the API publishes', async () => {
    const { verifyBill } = dataOf(await graphql<{ verifyBill: unknown }>(server, 'query($n: String!) { verifyBill(number: $n) { ok entries brokenAt reason message } }', { token: 'demo-importer', variables: { n: number } }));
    expect(verifyBill).toEqual({ ok: true, entries: 7, brokenAt: null, reason: null, message: null });

    const bill = (await read(number))!;
    const pledge = bill.chain[3]!;
    const { partyPublicKeys } = dataOf(
      await graphql<{ partyPublicKeys: Array<{ partyId: string; kid: string; jwk: string }> }>(server, 'query($p: ID!) { partyPublicKeys(partyId: $p) { partyId kid jwk } }', {
        token: 'demo-bank',
        variables: { p: pledge.actor.partyId },
      }),
    );
    expect(partyPublicKeys).toHaveLength(1);
    const [key] = partyPublicKeys;
    expect(key).toMatchObject({ partyId: ids['SG-LION'], kid: decodeProtectedHeader(pledge.signature).kid });
    const verified = await compactVerify(pledge.signature, await importJWK(JSON.parse(key!.jwk), 'EdDSA'));
    expect(JSON.parse(new TextDecoder().decode(verified.payload))).toEqual({ hash: pledge.hash });
  });

  it('exports as a DCSA eBL 3.0.3 transport document and endorsement chain', async () => {
    const { bill } = dataOf(
      await graphql<{ bill: { dcsaTransportDocument: string | null; dcsaExportBlockers: string[]; dcsaEndorsementChain: string } }>(
        server,
        'query($n: String!) { bill(number: $n) { dcsaTransportDocument dcsaExportBlockers dcsaEndorsementChain(eblPlatform: "WAVE") } }',
        { token: 'demo-importer', variables: { n: number } },
      ),
    );
    expect(bill!.dcsaExportBlockers).toEqual([]);
    const td = JSON.parse(bill!.dcsaTransportDocument!);
    expect(td).toMatchObject({ transportDocumentReference: number, transportDocumentStatus: 'SURRENDERED_FOR_DELIVERY', isToOrder: true, carrierCode: 'YDLS', issueDate: '2026-03-02' });
    expect(td.utilizedTransportEquipments[0].seals).toHaveLength(1);
    expect(schemaErrors(EBL, 'TransportDocument', td)).toEqual([]);
    expect(dcsaCrossFieldProblems(td)).toEqual([]);
    const chain = JSON.parse(bill!.dcsaEndorsementChain);
    expect(chain).toMatchObject({ transportDocumentReference: number, carrierSCACCode: 'YDLS' });
    expect(chain.endorsementChain.map((l: { actionCode: string; actor: { identifyingCodes: Array<{ partyCode: string }> }; recipient: { identifyingCodes: Array<{ partyCode: string }> } }) =>
      [l.actionCode, l.actor.identifyingCodes[0]!.partyCode, l.recipient.identifyingCodes[0]!.partyCode],
    )).toEqual([
      ['ISSUE', 'CQ-LANDSEA', 'CQ-MOTO'],
      ['ENDORSE', 'CQ-MOTO', 'SG-LION'],
      ['SIGN', 'SG-LION', 'NONE'],
      ['TRANSFER', 'SG-LION', 'CQ-BANK'],
      ['TRANSFER', 'CQ-BANK', 'SG-LION'],
      ['SURRENDER_FOR_DELIVERY', 'SG-LION', 'CQ-LANDSEA'],
      ['SURRENDERED', 'CQ-LANDSEA', 'NONE'],
    ]);
    expect(schemaErrors(EBL_END, 'EndorsementChain', chain)).toEqual([]);
    expect(dcsaEndorsementChainProblems(true, chain.endorsementChain)).toEqual([]);

    const badPlatform = await graphql(server, 'query($n: String!) { bill(number: $n) { dcsaEndorsementChain(eblPlatform: "YIDAN") } }', { token: 'demo-importer', variables: { n: number } });
    expect(badPlatform.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', rule: 'ebl-platform' } });
  });

  it('is listed by status and party', async () => {
    type Page = { bills: { totalCount: number; edges: Array<{ node: { number: string; status: string } }> } };
    const list = (token: string, filter: Record<string, unknown>) =>
      graphql<Page>(server, 'query($f: BillFilter) { bills(filter: $f) { totalCount edges { node { number status } } } }', { token, variables: { f: filter } });
    const surrendered = dataOf(await list('demo-importer', { status: 'SURRENDERED_FOR_DELIVERY' }));
    expect(surrendered.bills.edges.map((e) => e.node)).toEqual([{ number, status: 'SURRENDERED_FOR_DELIVERY' }]);
    expect(dataOf(await list('demo-importer', { status: 'DRAFT' })).bills.totalCount).toBe(0);
    // The bank was the bill's holder once: it still reads it.
    expect(dataOf(await list('demo-bank', { partyId: ids['CQ-BANK'] })).bills.edges.map((e) => e.node.number)).toEqual([number]);
    expect(dataOf(await list('demo-importer-de', {})).bills.totalCount).toBe(0);
    const bad = await list('demo-importer', { partyId: 'SG-LION' });
    expect(bad.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['filter', 'partyId'], rule: 'party-id' } });

    // By its order: the order's parties find the bill from the order's page; a stranger to the order is told which field.
    const { bill } = dataOf(await graphql<{ bill: { order: { number: string } } }>(server, 'query($n: String!) { bill(number: $n) { order { number } } }', { token: 'demo-importer', variables: { n: number } }));
    const ofOrder = dataOf(await list('demo-exporter', { order: bill.order.number }));
    expect(ofOrder.bills.edges.map((e) => e.node.number)).toEqual([number]);
    const otherOrder = (await fx.booked()).number;
    expect(dataOf(await list('demo-exporter', { order: otherOrder })).bills.totalCount).toBe(0);
    const stranger = await list('demo-importer-de', { order: bill.order.number });
    expect(stranger.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['filter', 'order'], rule: 'known-order' } });
  });
});

describe('what the control rules refuse', () => {
  it('refuses a transfer by anyone but the holder, and tells a stranger nothing', async () => {
    const bill = await issued('TO_ORDER');
    // The importer is a notify party: it reads the bill, but does not hold it.
    expect(await refused('demo-importer', 'transferBill', { number: bill.number, to: ids['DE-RHEIN'] })).toEqual(
      controlRule(bill.number, `only the holder (party ${ids['CQ-MOTO']}) may transfer this bill`),
    );
    expect(await refused('demo-importer-de', 'transferBill', { number: bill.number, to: ids['DE-RHEIN'] })).toEqual({
      code: 'NOT_FOUND',
      rule: null,
      message: `bill '${bill.number}' does not exist or is not yours to see`,
    });
    expect(await refused('demo-importer', 'acceptEndorsement', { number: bill.number })).toEqual(controlRule(bill.number, 'no endorsement of this bill is pending'));
  });

  it('refuses to endorse or pledge a straight bill, or transfer it to anyone but its consignee', async () => {
    const bill = await issued('STRAIGHT');
    expect(bill.consignee).toEqual({ code: 'SG-LION' });
    expect(control(bill)).toMatchObject({ holder: 'CQ-MOTO', beneficiary: 'SG-LION' });
    const n = bill.number;
    const notEndorsable = `a straight bill is not endorsable: it passes only to its named consignee (party ${ids['SG-LION']}), by transfer`;
    expect(await refused('demo-exporter', 'endorseBill', { number: n, to: ids['SG-LION'] })).toEqual(controlRule(n, notEndorsable));
    expect(await refused('demo-exporter', 'endorseBill', { number: n, to: ids['SG-LION'], toOrder: true })).toEqual(controlRule(n, notEndorsable));
    expect(await refused('demo-exporter', 'blankEndorseBill', { number: n })).toEqual(controlRule(n, notEndorsable));
    expect(await refused('demo-exporter', 'pledgeBill', { number: n, bank: ids['CQ-BANK'] })).toEqual(
      controlRule(n, 'a straight bill cannot be pledged: it is not negotiable, so the bank could never take title to it'),
    );
    expect(await refused('demo-exporter', 'transferBill', { number: n, to: ids['DE-RHEIN'] })).toEqual(
      controlRule(n, `a straight bill can only be transferred to its named consignee (party ${ids['SG-LION']})`),
    );
    const transferred = await act('demo-exporter', 'transferBill', { number: n, to: ids['SG-LION'] });
    expect(control(transferred)).toMatchObject({ holder: 'SG-LION', beneficiary: 'SG-LION' });
    expect(codes(transferred)).toEqual(['ISSUE', 'TRANSFER']);
  });

  it('refuses every action on a VOIDED bill', async () => {
    const bill = await drafted('TO_ORDER');
    const n = bill.number;
    expect(await refused('demo-forwarder', 'voidBill', { number: n, reason: '  ' })).toEqual(controlRule(n, 'a reason is required to void a bill'));
    const voided = await act('demo-forwarder', 'voidBill', { number: n, reason: 'wrong container booked' });
    expect(voided).toMatchObject({ status: 'VOIDED', voidReason: 'wrong container booked', allowedEvents: [], chain: [] });
    const gone = controlRule(n, 'the bill is VOIDED: no action is possible');
    expect(await refused('demo-exporter', 'approveBill', { number: n })).toEqual(gone);
    expect(await refused('demo-forwarder', 'issueBill', { number: n })).toEqual(gone);
    expect(await refused('demo-forwarder', 'voidBill', { number: n, reason: 'again' })).toEqual(gone);
    expect(await refused('demo-exporter', 'transferBill', { number: n, to: ids['SG-LION'] })).toEqual(gone);
    expect(await refused('demo-exporter', 'pledgeBill', { number: n, bank: ids['CQ-BANK'] })).toEqual(gone);
    expect(await refused('demo-importer', 'surrenderBill', { number: n, purpose: 'DELIVERY' })).toEqual(gone);
  });

  it('refuses to issue before approval, and another operator any action on the bill', async () => {
    const bill = await drafted('TO_ORDER');
    const n = bill.number;
    expect(await refused('demo-forwarder', 'issueBill', { number: n })).toEqual(controlRule(n, 'the bill is a DRAFT: the shipper must approve it before it can be issued'));
    expect(await refused('demo-forwarder', 'approveBill', { number: n })).toEqual(controlRule(n, `only the shipper (party ${ids['CQ-MOTO']}) may approve this bill`));
    await act('demo-exporter', 'approveBill', { number: n });
    // A second forwarder registered by the trainer: the bill is CQ-LANDSEA's, so it does not even see it.
    const other = tokens['WX-FORWARD']!;
    const notYours = { code: 'NOT_FOUND', rule: null, message: `bill '${n}' does not exist or is not yours to see` };
    expect(await refused(other, 'issueBill', { number: n })).toEqual(notYours);
    expect(await refused(other, 'voidBill', { number: n, reason: 'taking over' })).toEqual(notYours);
    const stolenDraft = dataOf(await draft({ shipment: bill.shipmentNumber, billType: 'TO_ORDER' }, other)).draftBill;
    expect(stolenDraft.userErrors).toEqual([{ code: 'NOT_FOUND', field: null, rule: null, message: `shipment '${bill.shipmentNumber}' does not exist or is not yours to see` }]);
    const { bill: unseen } = dataOf(await graphql<{ bill: unknown }>(server, 'query($n: String!) { bill(number: $n) { number } }', { token: other, variables: { n } }));
    expect(unseen).toBeNull();
    // A trainer reads every bill but never acts on one.
    expect(await refused('demo-trainer', 'issueBill', { number: n })).toEqual({ code: 'FORBIDDEN', rule: null, message: `bill ${n}: a trainer reads bills but does not act on them` });
    expect((await act('demo-forwarder', 'issueBill', { number: n })).status).toBe('ISSUED');
  });

  it("refuses a stale expectedVersion", async () => {
    const bill = await issued('TO_ORDER');
    expect(await refused('demo-exporter', 'transferBill', { number: bill.number, to: ids['SG-LION'], expectedVersion: 2 })).toEqual({
      code: 'CONFLICT',
      rule: null,
      message: `bill ${bill.number} is at version 3, not 2; reload it and try again`,
    });
  });
});

describe('two parties racing for the same bill', () => {
  let number: string;

  it('pledges to exactly one of two banks asking at once', async () => {
    const bill = await issued('TO_ORDER');
    number = bill.number;
    const results = await Promise.all([
      send('demo-exporter', 'pledgeBill', { number, bank: ids['CQ-BANK'], expectedVersion: bill.version }),
      send('demo-exporter', 'pledgeBill', { number, bank: ids['SG-BANK'], expectedVersion: bill.version }),
    ]);
    const payloads = results.map((r) => dataOf(r).pledgeBill!);
    const winners = payloads.filter((p) => p.bill !== null);
    expect(winners).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.code === 'CONFLICT')).toHaveLength(1);
    const after = (await read(number))!;
    expect(after.version).toBe(bill.version + 1);
    const pledges = after.chain.filter((e) => e.actionCode === 'PLEDGE');
    expect(pledges).toHaveLength(1);
    expect(pledges[0]!.recipient).toEqual(after.pledgee);
    const bankToken = after.pledgee!.code === 'CQ-BANK' ? 'demo-bank' : tokens['SG-BANK']!;
    await act(bankToken, 'releasePledge', { number });
  });

  it('transfers to exactly one of two parties when the holder sends two transfers at once', async () => {
    const bill = (await read(number))!;
    const results = await Promise.all([
      send('demo-exporter', 'transferBill', { number, to: ids['SG-LION'], expectedVersion: bill.version }),
      send('demo-exporter', 'transferBill', { number, to: ids['DE-RHEIN'], expectedVersion: bill.version }),
    ]);
    const payloads = results.map((r) => dataOf(r).transferBill!);
    expect(payloads.filter((p) => p.bill !== null)).toHaveLength(1);
    const loser = payloads.find((p) => p.bill === null)!;
    expect(loser.userErrors).toEqual([expect.objectContaining({ code: 'CONFLICT' })]);
    const after = (await read(number))!;
    expect(codes(after)).toEqual(['ISSUE', 'PLEDGE', 'RELEASE_PLEDGE', 'TRANSFER']);
    expect(after.chain[3]!.recipient).toEqual(after.holder);
  });

  it('names the entry someone altered in the database', async () => {
    const verify = async () =>
      dataOf(await graphql<{ verifyBill: { ok: boolean; entries: number | null; brokenAt: number | null; reason: string | null; message: string | null } }>(
        server,
        'query($n: String!) { verifyBill(number: $n) { ok entries brokenAt reason message } }',
        { token: 'demo-exporter', variables: { n: number } },
      )).verifyBill;
    expect(await verify()).toMatchObject({ ok: true, entries: 4 });
    // Someone with database access rewrites the transfer (chain entry 4) to another party.
    const bill = (await read(number))!;
    const other = bill.holder!.code === 'SG-LION' ? ids['DE-RHEIN'] : ids['SG-LION'];
    const r = await server.storage.connection.collection('bills').updateOne({ number }, { $set: { 'chain.3.recipient': other } });
    expect(r.modifiedCount).toBe(1);
    const broken = await verify();
    expect(broken).toMatchObject({ ok: false, entries: null, brokenAt: 4, reason: 'hash' });
    expect(broken.message).toContain(`bill ${number}: entry 4`);
    // Rewriting the hash too just moves the break to the signature.
    const tampered = (await server.storage.connection.collection('bills').findOne({ number }))!.chain as Array<Record<string, unknown>>;
    const rehashed = entryHash(tampered[3] as never);
    await server.storage.connection.collection('bills').updateOne({ number }, { $set: { 'chain.3.hash': rehashed } });
    expect(await verify()).toMatchObject({ ok: false, brokenAt: 4, reason: 'signature' });
    const { unknownNumber } = dataOf(await graphql<{ unknownNumber: unknown }>(server, '{ unknownNumber: verifyBill(number: "YDBL2026999999") { ok } }', { token: 'demo-exporter' }));
    expect(unknownNumber).toBeNull();
  });
});

describe('amendment', () => {
  it('voids a bill surrendered for amendment and reissues it under a sub-reference to whoever surrendered it', async () => {
    const bill = await issued('TO_ORDER');
    await act('demo-exporter', 'surrenderBill', { number: bill.number, purpose: 'AMENDMENT' });
    await act('demo-forwarder', 'acceptSurrender', { number: bill.number });
    const AMEND = `mutation($input: AmendBillInput!) { amendBill(input: $input) { bill { number status } userErrors { code rule message } } }`;
    const byShipper = await graphql(server, AMEND, { token: 'demo-exporter', variables: { input: { number: bill.number } } });
    expect(errorCodes(byShipper)).toEqual(['FORBIDDEN']);
    const amended = dataOf(await graphql<{ amendBill: { bill: { number: string; status: string } } }>(server, AMEND, { token: 'demo-forwarder', variables: { input: { number: bill.number } } }));
    expect(amended.amendBill.bill).toEqual({ number: `${bill.number}-1`, status: 'DRAFT' });
    expect((await read(bill.number))?.status).toBe('VOIDED');
    await act('demo-exporter', 'approveBill', { number: `${bill.number}-1` });
    const reissued = await act('demo-forwarder', 'issueBill', { number: `${bill.number}-1` });
    expect(reissued.status).toBe('ISSUED');
  });
});
