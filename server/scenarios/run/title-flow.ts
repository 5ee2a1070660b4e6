/**
 * The 一单制 bill in a scenario: the forwarder drafts it once the goods are released, the shipper
 * approves the draft and the forwarder issues it; at destination the title goes to whoever takes
 * delivery (the buyer by endorsement or transfer, the bank after enforcing its pledge, or the
 * exporter itself when the buyer defaulted), who surrenders it, and the forwarder accepts.
 */
import type { BillRecord } from '../../models/bill.model';
import type { ShipmentRecord } from '../../models/shipment.model';
import type { Caller } from '../../parties/caller';
import type { OrderRun } from './order-run';

export async function issueBill(run: OrderRun, shipment: ShipmentRecord): Promise<BillRecord | null> {
  const billType = run.spec.bill ?? 'toOrder';
  if (billType === 'none') return null;
  const { bills } = run.services;
  const drafted = await run.act('bill.drafted', run.forwarder, bills.draft(run.forwarder, shipment.number, { billType }), (b) => `${b.number}, a ${billType === 'toOrder' ? 'to-order' : 'straight'} multimodal bill for ${shipment.number}`);
  await run.act('bill.approved', run.seller, bills.act(run.seller, drafted.number, { type: 'APPROVE' }), 'the shipper approves the draft');
  const issued = await run.act('bill.issued', run.forwarder, bills.act(run.forwarder, drafted.number, { type: 'ISSUE' }), `${drafted.number} issued to ${run.seller.party.code}: one bill, one operator for every leg`);
  run.facts.billNumber = issued.number;
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
  const number = run.facts.billNumber;
  if (!number) return;
  const { bills } = run.services;
  const bill = (await bills.model.findOne({ number }).lean())!;
  const holderId = (bill.machine.snapshot.context as { holderId: string }).holderId;
  let surrenderer: Caller = holderId === run.buyer.partyId ? run.buyer : holderId === run.seller.partyId ? run.seller : await holderCaller(run, holderId);
  if (taker === 'buyer' && surrenderer.partyId !== run.buyer.partyId) {
    if (bill.billType === 'toOrder') {
      await run.act('bill.endorsed', surrenderer, bills.act(surrenderer, number, { type: 'ENDORSE', to: run.buyer.partyId }), `${surrenderer.party.code} endorses ${number} to ${run.buyer.party.code} against payment`);
      await run.act('bill.endorsementAccepted', run.buyer, bills.act(run.buyer, number, { type: 'ACCEPT_ENDORSEMENT' }), `${run.buyer.party.code} accepts the endorsement and holds the title`);
    } else {
      await run.act('bill.transferred', surrenderer, bills.act(surrenderer, number, { type: 'TRANSFER', to: run.buyer.partyId }), `${surrenderer.party.code} transfers ${number} to the consignee ${run.buyer.party.code}`);
    }
    surrenderer = run.buyer;
  }
  await run.act('bill.surrendered', surrenderer, bills.act(surrenderer, number, { type: 'SURRENDER_FOR_DELIVERY' }), `${surrenderer.party.code} surrenders ${number} for delivery`);
  await run.act('bill.surrenderAccepted', run.forwarder, bills.act(run.forwarder, number, { type: 'ACCEPT_SURRENDER' }), `${run.forwarder.party.code} accepts the surrender: the cargo may be released`);
}

async function holderCaller(run: OrderRun, partyId: string): Promise<Caller> {
  const party = await run.services.parties.model.findById(partyId).lean();
  return run.world.as(party!.code);
}
