/**
 * The 一单制 bill in a scenario: the forwarder drafts it once the goods are released, the shipper
 * approves the draft and the forwarder issues it; at destination the title goes to whoever takes
 * delivery (the buyer by endorsement or transfer, the bank after enforcing its pledge, or the
 * exporter itself when the buyer defaulted), who surrenders it, and the forwarder accepts.
 * When the scenario tampers with the bill (bill-incidents.ts), the buyer verifies it before
 * accepting an endorsement and the forwarder before accepting the surrender; a bill that does not
 * verify is refused and reissued, then presented again.
 */
import type { BillRecord } from '../../models/bill.model';
import type { ShipmentRecord } from '../../models/shipment.model';
import type { Caller } from '../../parties/caller';
import { billVerifies, reissueBill, scheduleBillTampering } from './bill-incidents';
import type { OrderRun } from './order-run';
import { billMachine } from '../../../machines/bill.machine';
import { machineContext } from '../../lifecycle/snapshot';

export async function issueBill(run: OrderRun, shipment: ShipmentRecord): Promise<BillRecord | null> {
  const billType = run.spec.bill ?? 'toOrder';
  if (billType === 'none') return null;
  const { bills } = run.services;
  const drafted = await run.act('bill.drafted', run.forwarder, bills.draft(run.forwarder, shipment.number, { billType }), (b) => `${b.number}, a ${billType === 'toOrder' ? 'to-order' : 'straight'} multimodal bill for ${shipment.number}`);
  await run.act('bill.approved', run.seller, bills.act(run.seller, drafted.number, { type: 'APPROVE' }), 'the shipper approves the draft');
  const issued = await run.act('bill.issued', run.forwarder, bills.act(run.forwarder, drafted.number, { type: 'ISSUE' }), `${drafted.number} issued to ${run.seller.party.code}: one bill, one operator for every leg`);
  run.facts.billNumber = issued.number;
  scheduleBillTampering(run);
  return issued;
}

/** Who the title goes to at destination. */
export type Taker = 'buyer' | 'holder';

/**
 * Hands the title to the party taking delivery and surrenders it: `buyer` when the buyer paid,
 * `holder` when whoever holds the bill now (the bank after enforcement, or the exporter whose
 * buyer defaulted) takes delivery itself.
 */
export async function surrenderTitle(run: OrderRun, taker: Taker): Promise<void> {
  if (!run.facts.billNumber) return;
  const { bills } = run.services;
  // Who holds it and of which type: not its document, chain or history (most of its bytes).
  const bill = (await bills.model.findOne({ number: run.facts.billNumber }, { number: 1, billType: 1, machine: 1 }).lean())!;
  const holderId = machineContext(billMachine, bill).holderId;
  if (holderId === null) throw new Error(`bill ${bill.number} has no holder to surrender it`);
  let surrenderer: Caller = holderId === run.buyer.partyId ? run.buyer : holderId === run.seller.partyId ? run.seller : await holderCaller(run, holderId);
  // A bill that fails verification (billTampered) is refused, reissued and presented again.
  const tries = run.incidents('billTampered').length + 1;
  if (taker === 'buyer' && surrenderer.partyId !== run.buyer.partyId) {
    if (bill.billType === 'toOrder') {
      for (let attempt = 1; ; attempt++) {
        const number = run.facts.billNumber;
        await run.act('bill.endorsed', surrenderer, bills.act(surrenderer, number, { type: 'ENDORSE', to: run.buyer.partyId }), `${surrenderer.party.code} endorses ${number} to ${run.buyer.party.code} against payment`);
        if (await billVerifies(run, run.buyer, 'accepting the endorsement')) break;
        await run.act('bill.endorsementRejected', run.buyer, bills.act(run.buyer, number, { type: 'REJECT_ENDORSEMENT' }), `${run.buyer.party.code} rejects the endorsement: the title stays with ${surrenderer.party.code}`);
        if (attempt === tries) throw new Error(`order ${run.handle}: ${number} still does not verify after ${attempt} reissue(s)`);
        await reissueBill(run, surrenderer, true);
      }
      await run.act('bill.endorsementAccepted', run.buyer, bills.act(run.buyer, run.facts.billNumber, { type: 'ACCEPT_ENDORSEMENT' }), `${run.buyer.party.code} accepts the endorsement and holds the title`);
    } else {
      await run.act('bill.transferred', surrenderer, bills.act(surrenderer, run.facts.billNumber, { type: 'TRANSFER', to: run.buyer.partyId }), `${surrenderer.party.code} transfers ${run.facts.billNumber} to the consignee ${run.buyer.party.code}`);
    }
    surrenderer = run.buyer;
  }
  for (let attempt = 1; ; attempt++) {
    const number = run.facts.billNumber;
    await run.act('bill.surrendered', surrenderer, bills.act(surrenderer, number, { type: 'SURRENDER_FOR_DELIVERY' }), `${surrenderer.party.code} surrenders ${number} for delivery`);
    if (await billVerifies(run, run.forwarder, 'releasing the cargo')) break;
    await run.act('bill.surrenderRejected', run.forwarder, bills.act(run.forwarder, number, { type: 'REJECT_SURRENDER', reason: 'the bill does not verify against its chain' }), `${run.forwarder.party.code} will not release the cargo against ${number}`);
    if (attempt === tries) throw new Error(`order ${run.handle}: ${number} still does not verify after ${attempt} reissue(s)`);
    await reissueBill(run, surrenderer, true);
  }
  await run.act('bill.surrenderAccepted', run.forwarder, bills.act(run.forwarder, run.facts.billNumber, { type: 'ACCEPT_SURRENDER' }), `${run.forwarder.party.code} accepts the surrender: the cargo may be released`);
}

async function holderCaller(run: OrderRun, partyId: string): Promise<Caller> {
  const party = await run.services.parties.model.findById(partyId).lean();
  return run.world.as(party!.code);
}
