/**
 * One export order from purchase to delivery, as the scenario's parties play it: order and
 * booking, re-routing, export clearance, the bill, the loan beside the journey, the legs, and the
 * title handed to whoever takes delivery.
 */
import { bookRoute, raiseOrder, rerouteIfTold } from './booking-flow';
import { clearExport } from './customs-flow';
import { type LoanSignals, financeOrder } from './financing-flow';
import type { OrderRun } from './order-run';
import { issueBill, surrenderTitle } from './title-flow';
import { carry, deliver } from './transport-flow';

export async function playExportOrder(run: OrderRun, serial: number): Promise<void> {
  await run.wait(run.facts.readyAt);
  const order = await raiseOrder(run);
  const plan = run.spec.financing;
  if (plan?.insurer) {
    const policy = run.policyFor(plan.insurer);
    await run.act('policy.shipmentDeclared', run.seller, run.services.policies.declareShipment(run.seller, policy.number, order.number), (p) => `${order.number} declared under ${p.number}`);
  }
  const signals: LoanSignals = { arrived: run.sim.signal(), settled: run.sim.signal(), ending: 'none' };
  if (plan?.kind === 'preShipment') run.sim.spawn(() => financeOrder(run, order, signals));

  await run.wait(run.later(1));
  let shipment = await bookRoute(run, serial);
  shipment = await rerouteIfTold(run, shipment);
  const declaration = await clearExport(run, shipment, order);
  await run.wait(run.later(1));
  await issueBill(run, shipment);
  if (plan && plan.kind !== 'preShipment') run.sim.spawn(() => financeOrder(run, order, signals));

  await carry(run, shipment, declaration);
  signals.arrived.fire();
  const buyerPaid = run.incidents('buyerDefault').length === 0;
  if (plan) {
    // The bank holds the title until the loan ends: repaid, or after a default enforced or claimed.
    await signals.settled.wait();
    run.waited(buyerPaid ? 'loan repayment' : 'buyer default: loan enforced or claimed');
  }
  if (!buyerPaid && !plan) run.note('incident.buyerDefault', run.buyer, `${run.buyer.party.code} does not take up the documents`);
  // The bank that enforced its pledge, or the exporter whose buyer defaulted, takes delivery itself.
  await surrenderTitle(run, buyerPaid ? 'buyer' : 'holder');
  await deliver(run, shipment, buyerPaid);
}
