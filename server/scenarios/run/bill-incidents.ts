/**
 * Incidents aimed at the digital 一单制 bill (数字提单, 001:33; 数据存证 notarisation, 001:139):
 *
 * - transferWhilePledged: while the bank holds the pledged bill, the exporter (no longer its
 *   holder) tries to endorse it to the buyer. The bill service refuses; the refusal and its rule
 *   go into the timeline and the run plays on.
 * - billTampered: someone with database access rewrites a stored chain entry of the bill. Every
 *   party about to rely on the bill afterwards verifies it through the bill service, which names
 *   the broken entry; that party refuses to act on the bill, and the holder has the issuer (the
 *   multimodal operator, who keeps the lifecycle record) reissue it by surrender for amendment.
 *
 * Where a party relies on the bill (and so verifies it when the order is tampered with):
 * the bank, right after the pledge makes it the bill's holder and before it pays out; the buyer,
 * before it accepts an endorsement; the issuer, before it accepts a surrender for delivery.
 * Only orders a scenario tampers with verify, so other scenarios' timelines stay as they are and
 * a large run does not pay for it; the bill service verifies every bill the same way.
 *
 * Texts name parties by code, never by database id, so the report stays the same byte for byte.
 */
import type { FinancingRecord } from '../../models/financing.model';
import type { Caller } from '../../parties/caller';
import type { Result } from '../../shared/result';
import type { UserError } from '../../shared/user-error';
import type { ScenarioIncident } from '../scenario';
import { type OrderRun, ScenarioStepError } from './order-run';
import type { RunWorld } from './run-world';
import { billMachine } from '../../../machines/bill.machine';
import { machineContext } from '../../lifecycle/snapshot';

/** Hours the issuer takes to reissue a bill surrendered for amendment (indicative). */
const REISSUE_HOURS = 24;

/** The actor of the tampering: no party of the scenario, an insider with database access. */
export const TAMPERER = 'DB-INSIDER';

type Incident<T extends ScenarioIncident['type']> = Extract<ScenarioIncident, { type: T }>;

const codesByWorld = new WeakMap<RunWorld, Map<string, string>>();

/** Party ids in a service's text replaced by party codes (ids differ from run to run). */
async function withCodes(run: OrderRun, text: string): Promise<string> {
  let codes = codesByWorld.get(run.world);
  if (!codes) {
    const parties = await run.services.parties.model.find({}, { code: 1 }).lean();
    codes = new Map(parties.map((p) => [String(p._id), p.code]));
    codesByWorld.set(run.world, codes);
  }
  const known = codes;
  return text.replace(/\b[0-9a-f]{24}\b/g, (id) => known.get(id) ?? id);
}

async function errorsWithCodes<T>(run: OrderRun, call: Promise<Result<T, UserError[]>>): Promise<Result<T, UserError[]>> {
  const result = await call;
  if (result.ok) return result;
  return { ok: false, error: await Promise.all(result.error.map(async (e) => ({ ...e, message: await withCodes(run, e.message) }))) };
}

async function storedBill(run: OrderRun, number: string) {
  return (await run.services.bills.model.findOne({ number }).lean())!;
}

// --- transferWhilePledged --------------------------------------------------------------------

const pledgeIncidentsScheduled = new WeakSet<OrderRun>();

/**
 * Called when the bank has registered the pledge: each transferWhilePledged incident of the order
 * plays on its day, or now if that day has passed.
 */
export function schedulePledgeIncidents(run: OrderRun): void {
  const incidents = run.incidents('transferWhilePledged');
  if (incidents.length === 0) return;
  pledgeIncidentsScheduled.add(run);
  for (const incident of incidents) run.sim.spawn(() => transferWhilePledged(run, incident));
}

/** Called when the loan ended: says so for incidents that could not play, the bill never having been pledged. */
export function notePledgeIncidentsUnplayed(run: OrderRun): void {
  if (pledgeIncidentsScheduled.has(run)) return;
  for (const incident of run.incidents('transferWhilePledged')) {
    run.note('incident.transferWhilePledged', run.seller, `did not play${incident.note ? ` (${incident.note})` : ''}: the bill was never pledged to the bank`);
  }
}

async function transferWhilePledged(run: OrderRun, incident: Incident<'transferWhilePledged'>): Promise<void> {
  await run.wait(run.dayAt(incident.day));
  const number = run.facts.billNumber!;
  const bill = await storedBill(run, number);
  const context = machineContext(billMachine, bill);
  if (context.pledgeeId === null) {
    run.note('incident.transferWhilePledged', run.seller, `did not play${incident.note ? ` (${incident.note})` : ''}: ${number} is no longer pledged on day ${incident.day}`);
    return;
  }
  const bank = await withCodes(run, context.pledgeeId);
  run.note('incident.transferWhilePledged', run.seller, incident.note ?? `${run.seller.party.code} tries to pass the title to ${run.buyer.party.code} while ${bank} holds ${number} as pledgee`);
  await run.attempt(
    'bill.endorsed',
    run.seller,
    errorsWithCodes(run, run.services.bills.act(run.seller, number, { type: 'ENDORSE', to: run.buyer.partyId })),
    `${run.seller.party.code} endorses ${number} to ${run.buyer.party.code}`,
  );
}

// --- billTampered ----------------------------------------------------------------------------

/** Called once the bill is issued: each billTampered incident of the order happens on its day, or now if that day has passed. */
export function scheduleBillTampering(run: OrderRun): void {
  for (const incident of run.incidents('billTampered')) run.sim.spawn(() => tamper(run, incident));
}

async function tamper(run: OrderRun, incident: Incident<'billTampered'>): Promise<void> {
  await run.wait(run.dayAt(incident.day));
  const number = run.facts.billNumber;
  if (!number) return;
  const bill = await storedBill(run, number);
  const index = bill.chain.length - 1;
  const entry = bill.chain[index]!;
  // The forged recipient: the exporter, or the buyer where the exporter was the recipient already.
  const forged = entry.recipient === run.seller.partyId ? run.buyer.partyId : run.seller.partyId;
  // THE ATTACK, NOT A PARTY'S ACTION. This is the one write of the runner that bypasses the
  // services: it goes straight to the bills collection, as an insider with database access would,
  // and rewrites who the latest chain entry handed the bill to, leaving that entry's stored hash
  // and signature as they were. No service could make this change, and none is told about it;
  // the parties find it only by verifying the bill (bills.verify).
  const written = await run.services.bills.model.collection.updateOne({ number }, { $set: { [`chain.${index}.recipient`]: forged } });
  if (written.modifiedCount !== 1) throw new Error(`order ${run.handle}: the billTampered incident could not rewrite ${number}`);
  const from = entry.recipient ? await withCodes(run, entry.recipient) : 'nobody';
  const to = await withCodes(run, forged);
  const already = bill.state === 'SURRENDERED_FOR_DELIVERY' ? '; the bill was already surrendered for delivery, so nobody relies on it any more' : '';
  run.note(
    'incident.billTampered',
    TAMPERER,
    `${incident.note ? `${incident.note}: ` : ''}entry ${index + 1} (${entry.actionCode}) of ${number} rewritten in the database, its recipient ${from} → ${to}; the stored hash and signature are left as they were${already}`,
  );
}

/**
 * The party about to rely on the bill verifies it, when the order is one the scenario tampers
 * with. True when the bill verifies (or is not checked); false, with the broken entry in the
 * timeline as a refused `bill.verified`, when it does not.
 */
export async function billVerifies(run: OrderRun, party: Caller, before: string): Promise<boolean> {
  if (run.incidents('billTampered').length === 0) return true;
  const number = run.facts.billNumber!;
  const result = await run.services.bills.verify(party, number);
  if (!result.ok) throw new ScenarioStepError(run.handle, 'bill.verified', result.error);
  const check = result.value;
  if (check.ok) {
    run.note('bill.verified', party, `${party.party.code} verifies ${number} before ${before}: the document and its ${check.entries} chain entries hold`);
    return true;
  }
  run.note('bill.verified', party, `${await withCodes(run, check.message)}; ${party.party.code} will not rely on it for ${before}`, 'refused', `bill-integrity-${check.reason}`);
  return false;
}

/**
 * The holder surrenders the tampered bill for amendment, and the issuer voids it and issues a
 * replacement from its own record to the same holder. `late` when the goods wait for it.
 */
export async function reissueBill(run: OrderRun, holder: Caller, late: boolean): Promise<void> {
  const { bills } = run.services;
  const old = run.facts.billNumber!;
  const issuer = run.forwarder;
  await run.act('bill.surrenderedForAmendment', holder, bills.act(holder, old, { type: 'SURRENDER_FOR_AMENDMENT' }), `${holder.party.code} surrenders ${old} to its issuer ${issuer.party.code} for reissue`);
  await run.act('bill.amendmentAccepted', issuer, bills.act(issuer, old, { type: 'ACCEPT_SURRENDER' }), `${issuer.party.code} takes ${old} back`);
  await run.wait(run.later(REISSUE_HOURS));
  const draft = await run.act('bill.amended', issuer, bills.amend(issuer, old, {}), (b) => `${old} voided; ${b.number} drafted from the issuer's record of the shipment`);
  await run.act('bill.approved', run.seller, bills.act(run.seller, draft.number, { type: 'APPROVE' }), 'the shipper approves the replacement draft');
  await run.act('bill.reissued', issuer, bills.act(issuer, draft.number, { type: 'ISSUE' }), `${draft.number} issued to ${holder.party.code} in place of ${old}, with a new chain`);
  run.facts.billNumber = draft.number;
  if (late) run.waited('bill reissued after tampering');
}

/**
 * The bank now holds the pledged bill and verifies it before paying out. When the bill does not
 * verify the bank will not lend against it: the exporter withdraws the application (which
 * releases the bill back to it) and has the bill reissued. False when the loan ends there.
 */
export async function bankLendsAgainstBill(run: OrderRun, bank: Caller, financing: FinancingRecord): Promise<boolean> {
  if (await billVerifies(run, bank, 'paying out the loan')) return true;
  const { financings } = run.services;
  await run.act(
    'financing.withdrawn',
    run.seller,
    financings.withdraw(run.seller, financing.number, 'the bank will not lend against a bill whose record does not verify'),
    `${bank.party.code} will not pay out against ${run.facts.billNumber}; ${run.seller.party.code} withdraws ${financing.number} and the pledge is released`,
  );
  await reissueBill(run, run.seller, false);
  return false;
}
