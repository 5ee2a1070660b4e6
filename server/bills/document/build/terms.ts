/** The commercial section of a bill: freight, declared value, when the goods were taken in charge, service and terms. */
import { type Check, checkCurrency, checkLocode, type Incoterm } from '../../../reference';
import { type BillFreight, type BillMoney, type BillPlaces, type BillService, type BillTakenInCharge, CARGO_MOVEMENTS, type FreightPayment, SERVICE_TYPES } from '../../../models/bill-content';
import type { BuildBillInput } from './inputs';
import { DEFAULT_TERMS_AND_CONDITIONS, MAX_TERMS } from './limits';
import type { Problems } from './problems';

/**
 * One freight amount for the whole transport: given, or the shipment's cost; paid as the Incoterm
 * says the main carriage is paid, at the place of receipt (prepaid) or delivery (collect).
 */
export function readFreight(p: Problems, input: BuildBillInput, places: BillPlaces | undefined, incotermRule: Check<Incoterm> | undefined): BillFreight | undefined {
  const { shipment } = input;
  const f = input.freight ?? {};
  const freightCurrencyRaw = f.currency ?? shipment.costCurrency;
  const freightAmountRaw = f.amount ?? shipment.cost;
  const currency =
    freightCurrencyRaw == null
      ? (p.add(['freight', 'currency'], 'required', 'give a freight currency (or the shipment cost currency)'), undefined)
      : p.code(['freight', 'currency'], checkCurrency(freightCurrencyRaw));
  let amount: string | undefined;
  if (freightAmountRaw == null) {
    p.add(['freight', 'amount'], 'required', 'give a freight amount (or the shipment cost)');
  } else if (currency !== undefined) {
    // DCSA Charge.currencyAmount: "a maximum of 2-digit decimals" (EBL_v3.0.3.yaml:10663).
    amount = p.positive(['freight', 'amount'], freightAmountRaw, Math.min(currency.minorUnits, 2));
  }
  let payment: FreightPayment | undefined;
  if (f.payment != null) {
    if (f.payment === 'prepaid' || f.payment === 'collect') payment = f.payment;
    else p.add(['freight', 'payment'], 'freight-payment', `must be 'prepaid' or 'collect', got '${String(f.payment)}'`);
  } else if (incotermRule !== undefined && incotermRule.ok) {
    payment = incotermRule.value.mainCarriagePaidBy === 'seller' ? 'prepaid' : 'collect';
  }
  let payableAt: string | undefined;
  if (f.payableAt != null) payableAt = p.code(['freight', 'payableAt'], checkLocode(f.payableAt))?.code;
  else if (places !== undefined && payment !== undefined) payableAt = payment === 'prepaid' ? places.receipt : places.delivery;
  if (amount !== undefined && currency !== undefined && payment !== undefined && payableAt !== undefined) {
    return { amount, currency: currency.code, payment, payableAt };
  }
  return undefined;
}

/** The value the shipper declares, if any (null: none declared). */
export function readDeclaredValue(p: Problems, input: BuildBillInput): BillMoney | null | undefined {
  if (input.declaredValue == null) return null;
  const dvCurrency = p.code(['declaredValue', 'currency'], checkCurrency(input.declaredValue.currency));
  const dvAmount = dvCurrency === undefined ? undefined : p.positive(['declaredValue', 'amount'], input.declaredValue.amount, dvCurrency.minorUnits);
  return dvCurrency !== undefined && dvAmount !== undefined ? { amount: dvAmount, currency: dvCurrency.code } : undefined;
}

/** Received for shipment or shipped on board, on or before the issue date (default: received on the issue date). */
export function readTakenInCharge(p: Problems, input: BuildBillInput, issueDate: string | undefined): BillTakenInCharge | undefined {
  let takenInCharge: BillTakenInCharge | undefined;
  if (input.receivedForShipmentDate != null && input.shippedOnBoardDate != null) {
    p.add(['shippedOnBoardDate'], 'one-taken-in-charge-date', 'give either the received-for-shipment date or the shipped-on-board date, not both');
  } else if (input.shippedOnBoardDate != null) {
    const date = p.date(['shippedOnBoardDate'], input.shippedOnBoardDate);
    if (date !== undefined) takenInCharge = { kind: 'shippedOnBoard', date };
  } else if (input.receivedForShipmentDate != null) {
    const date = p.date(['receivedForShipmentDate'], input.receivedForShipmentDate);
    if (date !== undefined) takenInCharge = { kind: 'receivedForShipment', date };
  } else if (issueDate !== undefined) {
    takenInCharge = { kind: 'receivedForShipment', date: issueDate };
  }
  if (takenInCharge !== undefined && issueDate !== undefined && takenInCharge.date > issueDate) {
    const field = takenInCharge.kind === 'shippedOnBoard' ? 'shippedOnBoardDate' : 'receivedForShipmentDate';
    p.add([field], 'not-after-issue', `the goods must be taken in charge on or before the issue date ${issueDate}, not ${takenInCharge.date}`);
  }
  return takenInCharge;
}

/** Service at origin and destination (default CY/FCL at both ends). */
export function readService(p: Problems, input: BuildBillInput): BillService {
  const s = input.service ?? {};
  const service = {
    receiptAtOrigin: s.receiptAtOrigin ?? 'CY',
    deliveryAtDestination: s.deliveryAtDestination ?? 'CY',
    cargoMovementAtOrigin: s.cargoMovementAtOrigin ?? 'FCL',
    cargoMovementAtDestination: s.cargoMovementAtDestination ?? 'FCL',
  };
  for (const key of ['receiptAtOrigin', 'deliveryAtDestination'] as const) {
    if (!SERVICE_TYPES.includes(service[key])) p.add(['service', key], 'service-type', `must be one of ${SERVICE_TYPES.join(', ')}`);
  }
  for (const key of ['cargoMovementAtOrigin', 'cargoMovementAtDestination'] as const) {
    if (!CARGO_MOVEMENTS.includes(service[key])) p.add(['service', key], 'cargo-movement', `must be one of ${CARGO_MOVEMENTS.join(', ')}`);
  }
  return service;
}

/** The terms printed on the bill: given, or the simulator's multimodal text. */
export function readTermsAndConditions(p: Problems, input: BuildBillInput): string | undefined {
  return input.termsAndConditions == null ? DEFAULT_TERMS_AND_CONDITIONS : p.text(['termsAndConditions'], input.termsAndConditions, MAX_TERMS);
}
