/**
 * What buildBillDocument takes: minimal plain shapes of the order, the shipment and the parties
 * (not mongoose documents), and the problem it reports for each broken rule.
 */
import type { BillService, BillType, FreightPayment, LegStage, SealSource } from '../../../models/bill-content';

export interface BillAddressInput {
  street: string;
  streetNumber?: string | null;
  postCode?: string | null;
  city: string;
  countryCode: string;
}

export interface BillPartyInput {
  id: string;
  code: string;
  name: string;
  country: string;
  address?: BillAddressInput | null;
  /** needed for the issuer only */
  scac?: string | null;
}

export interface BillPackagesInput {
  count: number;
  code?: string | null;
  description?: string | null;
}

export interface BillStowageInput {
  equipment: string;
  packages: number;
  grossWeightKg: string;
}

export interface BillOrderLineInput {
  lineNo?: number;
  hsCode: string;
  description: string;
  quantity: string;
  unit: string;
  grossWeightKg: string;
  /** derived from quantity and unit when the unit is a package or a count */
  packages?: BillPackagesInput | null;
  /** needed when the bill has more than one container or ULD */
  stowage?: BillStowageInput[] | null;
}

export interface BillOrderInput {
  number: string;
  sellerId: string;
  buyerId: string;
  lines: BillOrderLineInput[];
  incoterm: string;
  incotermPlace: string;
  origin: string;
  destination: string;
}

export interface BillLegInput {
  seq: number;
  from: string;
  to: string;
  mode: string;
  carrierId?: string | null;
  plannedEtd: string;
  plannedEta: string;
  /** derived when no leg gives one: the first leg that crosses a border is the main carriage */
  stage?: LegStage | null;
  conveyance?: { name: string; reference: string } | null;
}

export interface BillSealInput {
  number: string;
  source?: SealSource | null;
}

export interface BillContainerInput {
  number: string;
  type: string;
  seals?: Array<string | BillSealInput> | null;
  shipperOwned?: boolean;
}

export interface BillUldInput {
  id: string;
  seals?: Array<string | BillSealInput> | null;
}

export interface BillShipmentInput {
  number: string;
  forwarderId: string;
  legs: BillLegInput[];
  containers: BillContainerInput[];
  ulds?: BillUldInput[] | null;
  /** the booked route's cost: the default freight amount */
  cost?: string | null;
  costCurrency?: string | null;
}

export interface BuildBillInput {
  reference: string;
  type: BillType;
  /** yyyy-mm-dd */
  issueDate: string;
  /** UN/LOCODE; default: the place of receipt */
  placeOfIssue?: string | null;
  order: BillOrderInput;
  shipment: BillShipmentInput;
  /** every party the order and shipment name (looked up by id) */
  parties: BillPartyInput[];
  /** default: the order's seller */
  shipperId?: string | null;
  /** straight bills: default the order's buyer; must be absent on a to-order bill */
  consigneeId?: string | null;
  /** to-order bills: the order party (e.g. the financing bank); absent = to order of the shipper */
  toOrderOfId?: string | null;
  /** default: the buyer on a to-order bill, none on a straight bill */
  notifyPartyIds?: string[] | null;
  /** defaults: the shipment's cost and currency; prepaid when the Incoterm has the seller pay the main carriage, else collect; payable at the place of receipt (prepaid) or delivery (collect) */
  freight?: { amount?: string | null; currency?: string | null; payment?: FreightPayment | null; payableAt?: string | null } | null;
  declaredValue?: { amount: string; currency: string } | null;
  /** at most one of the two; default: received for shipment on the issue date */
  receivedForShipmentDate?: string | null;
  shippedOnBoardDate?: string | null;
  service?: Partial<BillService> | null;
  termsAndConditions?: string | null;
}

export interface BillProblem {
  field: string[];
  rule: string;
  message: string;
}
