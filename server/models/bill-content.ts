/**
 * The content of a 一单制 bill of lading as a bill stores it, fixed at issue: the document's
 * parties, places, legs, equipment, goods and freight, and the code lists they use. Built and
 * checked by bills/document (buildBillDocument); stored by bill.model, so the shape lives here.
 */
import type { TransportMode } from '../reference';

export type BillType = 'straight' | 'toOrder';
export type LegStage = 'preCarriage' | 'mainCarriage' | 'onCarriage';
export type FreightPayment = 'prepaid' | 'collect';
/** Service at origin / destination (DCSA receiptTypeAtOrigin / deliveryTypeAtDestination). */
export type ServiceType = 'CY' | 'SD' | 'CFS';
export type CargoMovement = 'FCL' | 'LCL';
export type SealSource = 'carrier' | 'shipper' | 'veterinary' | 'customs';

export const LEG_STAGES: readonly LegStage[] = ['preCarriage', 'mainCarriage', 'onCarriage'];
export const SERVICE_TYPES: readonly ServiceType[] = ['CY', 'SD', 'CFS'];
export const CARGO_MOVEMENTS: readonly CargoMovement[] = ['FCL', 'LCL'];
export const SEAL_SOURCES: readonly SealSource[] = ['carrier', 'shipper', 'veterinary', 'customs'];

export interface BillAddress {
  readonly street: string;
  readonly streetNumber: string | null;
  readonly postCode: string | null;
  readonly city: string;
  /** ISO 3166-1 alpha-2 */
  readonly countryCode: string;
}

export interface BillParty {
  readonly partyId: string;
  /** the party's registry code, e.g. 'CQ-LANDSEA' */
  readonly code: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2 */
  readonly country: string;
  readonly address: BillAddress | null;
}

/** The multimodal transport operator that issues the bill and is liable for every leg. */
export interface BillIssuer extends BillParty {
  readonly address: BillAddress;
  /** Standard Carrier Alpha Code (2-4 letters, issued by NMFTA), printed as the DCSA carrierCode. */
  readonly scac: string;
}

/** What carries the goods on a leg: vessel and voyage, train and train number, flight, truck. */
export interface BillConveyance {
  readonly name: string;
  readonly reference: string;
}

export interface BillLeg {
  readonly seq: number;
  readonly stage: LegStage;
  readonly mode: TransportMode;
  /** UN/LOCODE */
  readonly from: string;
  /** UN/LOCODE */
  readonly to: string;
  /** yyyy-mm-dd */
  readonly plannedDeparture: string;
  /** yyyy-mm-dd */
  readonly plannedArrival: string;
  /** the actual carrier of the leg, if one is booked; the issuer stays liable either way */
  readonly carrier: BillParty | null;
  readonly conveyance: BillConveyance | null;
}

export interface BillSeal {
  readonly number: string;
  readonly source: SealSource | null;
}

/** An ISO 6346 freight container. */
export interface BillContainer {
  /** 11 characters with a valid check digit */
  readonly number: string;
  /** ISO 6346 size-type code, e.g. 45G1 */
  readonly isoSizeType: string;
  readonly shipperOwned: boolean;
  /** may be empty: seal numbers are optional on the bill (the DCSA export needs at least one) */
  readonly seals: readonly BillSeal[];
}

/** An air unit load device (IATA ULD id: 3-letter type, 4-5 digit serial, 2-character owner). */
export interface BillUld {
  readonly id: string;
  /** the IATA ULD type code, e.g. AKE */
  readonly type: string;
  readonly seals: readonly BillSeal[];
}

export interface BillPackages {
  readonly count: number;
  /** UN/ECE Recommendation 21 package type code (2 characters), when known */
  readonly code: string | null;
  readonly description: string;
}

/** Part of a goods line stowed in one container or ULD (a DCSA cargo item). */
export interface BillStowage {
  /** a container number or ULD id of this bill */
  readonly equipment: string;
  readonly packages: number;
  /** decimal text, kg */
  readonly grossWeightKg: string;
}

export interface BillGoodsLine {
  readonly lineNo: number;
  /** digits only, 6-10 */
  readonly hsCode: string;
  readonly description: string;
  /** decimal text */
  readonly quantity: string;
  /** UN/ECE Rec 20 code */
  readonly unit: string;
  /** decimal text, kg */
  readonly grossWeightKg: string;
  readonly packages: BillPackages;
  readonly stowage: readonly BillStowage[];
}

export interface BillFreight {
  /** decimal text with at most the currency's minor units */
  readonly amount: string;
  /** ISO 4217 */
  readonly currency: string;
  readonly payment: FreightPayment;
  /** UN/LOCODE where the freight is payable */
  readonly payableAt: string;
}

export interface BillMoney {
  readonly amount: string;
  readonly currency: string;
}

export interface BillPlaces {
  /** where the operator takes the goods in charge (first leg's origin) */
  readonly receipt: string;
  /** where the main carriage starts */
  readonly loading: string;
  /** where the main carriage ends */
  readonly discharge: string;
  /** where the operator delivers (last leg's destination) */
  readonly delivery: string;
}

/** Exactly one of the two: a multimodal bill is normally "received for shipment". */
export type BillTakenInCharge =
  | { readonly kind: 'receivedForShipment'; readonly date: string }
  | { readonly kind: 'shippedOnBoard'; readonly date: string };

export interface BillService {
  readonly receiptAtOrigin: ServiceType;
  readonly deliveryAtDestination: ServiceType;
  readonly cargoMovementAtOrigin: CargoMovement;
  readonly cargoMovementAtDestination: CargoMovement;
}

export interface BillDocument {
  /** the bill number (DCSA transportDocumentReference, at most 20 characters) */
  readonly reference: string;
  readonly type: BillType;
  readonly isElectronic: true;
  /** an electronic bill has one original */
  readonly numberOfOriginals: 1;
  readonly issuer: BillIssuer;
  /** one contract, one liable operator: the issuing multimodal transport operator */
  readonly liableOperator: BillParty;
  readonly shipper: BillParty;
  /** straight bills only */
  readonly consignee: BillParty | null;
  /** to-order bills only: the party the bill is made out to the order of (null: to order of the shipper) */
  readonly toOrderOf: BillParty | null;
  /** at most 3; at least 1 on a to-order bill */
  readonly notifyParties: readonly BillParty[];
  /** yyyy-mm-dd */
  readonly issueDate: string;
  /** UN/LOCODE */
  readonly placeOfIssue: string;
  readonly takenInCharge: BillTakenInCharge;
  readonly places: BillPlaces;
  readonly legs: readonly BillLeg[];
  readonly containers: readonly BillContainer[];
  readonly ulds: readonly BillUld[];
  readonly goods: readonly BillGoodsLine[];
  /** one freight amount for the whole transport */
  readonly freight: BillFreight;
  readonly incoterm: { readonly code: string; readonly place: string };
  readonly declaredValue: BillMoney | null;
  /** the shipment (booking) number */
  readonly bookingReference: string;
  /** the order number */
  readonly orderReference: string;
  readonly service: BillService;
  readonly termsAndConditions: string;
}
