/**
 * One import order into China from purchase to delivery, as the scenario's parties play it: the
 * foreign seller raises and confirms the order and books the route (the Incoterm has it arrange
 * the carriage), the forwarder issues the bill, the legs run, and the importer clears the goods
 * with Chinese customs beside the journey (import-customs-flow.ts: standard, advance, two-step,
 * two-stage admission). Once customs lets the goods go, the title goes to the buyer, the forwarder
 * delivers and the buyer completes the order. No Chinese export declaration holds the first leg:
 * the goods leave a foreign country. Loans are not played on imports (scenario-file.ts refuses them).
 */
import { isImportOrder } from '../scenario';
import { bookRoute, raiseOrder, rerouteIfTold } from './booking-flow';
import { importHoldCause, startImportClearance } from './import-customs-flow';
import type { OrderRun } from './order-run';
import { issueBill, surrenderTitle } from './title-flow';
import { carry, deliver } from './transport-flow';

/** Whether the run plays this order as an import: a buyer in China, goods from abroad to China. */
export function isImport(run: OrderRun): boolean {
  return isImportOrder(run.spec, run.buyer.party.country);
}

export async function playImportOrder(run: OrderRun, serial: number): Promise<void> {
  await run.wait(run.facts.readyAt);
  await raiseOrder(run);
  await run.wait(run.later(1));
  let shipment = await bookRoute(run, serial);
  shipment = await rerouteIfTold(run, shipment);
  await run.wait(run.later(1));
  await issueBill(run, shipment);

  const clearance = startImportClearance(run, shipment);
  await carry(run, shipment, null, clearance.onLeg);
  await clearance.goodsReleased.wait();
  run.waited(importHoldCause(run));
  await surrenderTitle(run, 'buyer');
  await deliver(run, shipment, true);
}
