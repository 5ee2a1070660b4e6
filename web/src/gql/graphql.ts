/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Which bills to list. */
export type BillFilter = {
  /** Only bills this party may read (issuer, shipper, consignee, notify party, or any holder, nominee or bank the bill reached). */
  partyId?: string | number | null | undefined;
  /** Only bills in this status. */
  status?: BillStatus | null | undefined;
};

/** Which part of the through transport a leg of the bill is. */
export type BillLegStage =
  /** The main carriage, e.g. the China–Europe train or the sea leg. */
  | 'MAIN_CARRIAGE'
  /** After the main carriage, to the place of delivery. */
  | 'ON_CARRIAGE'
  /** Before the main carriage, e.g. a truck to the rail terminal. */
  | 'PRE_CARRIAGE';

/** The seals of one container, as the operator records them on the draft. */
export type BillSealsInput = {
  /** The container's ISO 6346 number (spaces and dashes are ignored). */
  container: string;
  /** Its seal numbers. */
  seals: Array<string>;
};

/**
 * Where a 一单制 bill of lading is in its lifecycle: the DCSA eBL 3.0.3 transportDocumentStatus
 * values, by the same names. While ISSUED the bill changes hands (transfer, endorsement, pledge)
 * without changing status; surrender ends it (delivery) or replaces it (amendment).
 */
export type BillStatus =
  /** Approved by the shipper; the operator may issue it. */
  | 'APPROVED'
  /** Drafted by the multimodal transport operator from a booked shipment; the shipper reviews it. */
  | 'DRAFT'
  /** Issued: the content is fixed, its checksum starts the signed chain, and the holder controls the bill. */
  | 'ISSUED'
  /** The holder asked the operator to take the bill back for an amendment; the operator accepts or rejects. */
  | 'PENDING_SURRENDER_FOR_AMENDMENT'
  /** The holder presented the bill to take delivery of the cargo; the operator accepts or rejects. */
  | 'PENDING_SURRENDER_FOR_DELIVERY'
  /** The operator took the bill back for an amendment; it can only be voided (an amended bill replaces it). */
  | 'SURRENDERED_FOR_AMENDMENT'
  /** The operator accepted the surrender: the cargo may be delivered (final). */
  | 'SURRENDERED_FOR_DELIVERY'
  /** Cancelled by the operator before issue, or after a surrender for amendment (final). */
  | 'VOIDED';

/** Whether the bill is negotiable. */
export type BillType =
  /** Non-negotiable, made out to a named consignee; it passes only to that consignee, by transfer. */
  | 'STRAIGHT'
  /** Negotiable (DCSA isToOrder): made out to the order of the shipper (or a named party) and passed on by endorsement. */
  | 'TO_ORDER';

/** A booking of a route option for an order. */
export type BookRouteInput = {
  /** Carriers per leg; legs without one are recorded by the forwarder. */
  carriers?: Array<CarrierAssignment> | null | undefined;
  /** At least one for a route with container legs. */
  containers: Array<ContainerInput>;
  /** Refuse unless the order is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The multimodal transport operator (a forwarder party). */
  forwarderId: string | number;
  /** A RouteOption id from orderRouteOptions. */
  optionId: string | number;
  /** The order (confirmed). */
  orderId: string | number;
};

/** Which carrier runs a leg. */
export type CarrierAssignment = {
  /** A carrier party. */
  carrierId: string | number;
  /** The leg. */
  legSeq: number;
};

/** A container to book. */
export type ContainerInput = {
  /** ISO 6346 number; the check digit is verified. */
  number: string;
  /** ISO 6346 size-type code, e.g. 22G1. */
  type: string;
};

/** A new export order; the caller (an exporter) is the seller. */
export type CreateOrderInput = {
  /** An importer party. */
  buyerId: string | number;
  /** ISO 4217; every line is priced in it. */
  currency: string;
  /** UN/LOCODE where the goods go; differs from the origin. */
  destination: string;
  /** An Incoterms 2020 rule; FAS, FOB, CFR and CIF need a sea or inland-waterway route when booked. */
  incoterm: string;
  /** The Incoterm's named place (UN/LOCODE). */
  incotermPlace: string;
  /** At least one line, at most 200. */
  lines: Array<OrderLineInput>;
  /** UN/LOCODE where the goods start. */
  origin: string;
  /** yyyy-mm-dd, not before today. */
  readyDate: string;
  /** An export trade mode, e.g. 0110. */
  tradeMode: string;
};

/** A new bill for a booked shipment; the caller (its forwarder) is the issuer. */
export type DraftBillInput = {
  /** Straight or to order. */
  billType: BillType;
  /** Straight bills: the named consignee (default: the order's buyer). */
  consigneeId?: string | number | null | undefined;
  /** Seal numbers per container; the DCSA export needs at least one on every container. */
  seals?: Array<BillSealsInput> | null | undefined;
  /** The shipment's number or id. */
  shipment: string;
  /** To-order bills: the party it is made out to the order of (default: the shipper). */
  toOrderOfId?: string | number | null | undefined;
};

/** What happened to the cargo on a leg, recorded by the leg's carrier or the forwarder. */
export type MilestoneType =
  /** The leg arrived; the last leg's arrival moves the order to ARRIVED. */
  | 'ARRIVED'
  /** Customs holds the cargo; puts the order on hold. */
  | 'CUSTOMS_HOLD'
  /** Handed over at the destination; moves the order to DELIVERED. */
  | 'DELIVERED'
  /** The leg departed; the first leg's departure moves the order to IN_TRANSIT. */
  | 'DEPARTED'
  /** Unloaded at the leg's destination. */
  | 'DISCHARGED'
  /** An electronic seal reported tampering; puts the order on hold. */
  | 'ELOCK_ALARM'
  /** The container entered the terminal at the leg's origin. */
  | 'GATE_IN'
  /** Loaded on the train, vessel, truck or aircraft. */
  | 'LOADED'
  /** Moved on to the next leg at a transshipment point. */
  | 'TRANSSHIPPED';

/** Which orders to list. */
export type OrderFilter = {
  /** Only orders booked on this corridor. */
  corridorId?: string | null | undefined;
  /** Only orders created at or after (ISO 8601). */
  createdFrom?: string | null | undefined;
  /** Only orders created before (ISO 8601). */
  createdTo?: string | null | undefined;
  /** Only orders this party is party to. */
  partyId?: string | number | null | undefined;
  /** Only orders in this state. */
  state?: OrderState | null | undefined;
};

/** A goods line to order. */
export type OrderLineInput = {
  /** What the goods are. */
  description: string;
  /** Decimal text greater than zero, at most 3 decimals. */
  grossWeightKg: string;
  /** HS code, 6 to 10 digits (dots and spaces are ignored). */
  hsCode: string;
  /** Decimal text greater than zero. */
  quantity: string;
  /** UN/ECE Recommendation 20 unit code. */
  unit: string;
  /** Decimal text greater than zero, at most 4 decimals. */
  unitPrice: string;
};

/**
 * Where an order is in its lifecycle (purchase to delivery). An order can be cancelled until it
 * departs; ON_HOLD is an exception (customs hold, e-lock alarm, dispute) that resumes to the state
 * the order was held in.
 */
export type OrderState =
  /** The last leg arrived at the destination. */
  | 'ARRIVED'
  /** A route option was booked; a shipment exists. */
  | 'BOOKED'
  /** Cancelled before departure (final). */
  | 'CANCELLED'
  /** Closed by the seller or the buyer after delivery (final). */
  | 'COMPLETED'
  /** Accepted by the seller or the buyer. */
  | 'CONFIRMED'
  /** The goods were handed over at the destination. */
  | 'DELIVERED'
  /** Created by the exporter; lines and terms can still be reviewed. */
  | 'DRAFT'
  /** The first leg departed. */
  | 'IN_TRANSIT'
  /** Held by an exception; RESUME returns to the state it was held in. */
  | 'ON_HOLD';

/** What a ranking of route options puts first. */
export type RankBy =
  /** Lowest CO2 estimate. */
  | 'CO2'
  /** Lowest freight cost. */
  | 'COST'
  /** Shortest ready-to-arrival time. */
  | 'TIME';

/** A milestone to record. */
export type RecordMilestoneInput = {
  /** When it happened (ISO 8601); defaults to now. Not in the future, not before the last milestone. */
  at?: string | null | undefined;
  /** Refuse unless the shipment is still at this version. */
  expectedVersion?: number | null | undefined;
  /** The leg it happened on. */
  legSeq: number;
  /** UN/LOCODE; defaults to where the milestone happens on the leg. */
  location?: string | null | undefined;
  /** A free-text remark. */
  note?: string | null | undefined;
  /** Shipment number or id, order number, or container number. */
  shipment: string;
  /** What happened. */
  type: MilestoneType;
};

/** The kinds of party in the single window. */
export type Role =
  /** Reads every document and history, changes nothing. */
  | 'AUDITOR'
  /** Finances trade against bills of lading and receivables. */
  | 'BANK'
  /** Runs a transport leg: rail, sea, road, river or air. */
  | 'CARRIER'
  /** Groups small consignments (e.g. market procurement) into shared containers. */
  | 'CONSOLIDATOR'
  /** Clears declarations and selects consignments for inspection. */
  | 'CUSTOMS'
  /** Sells and ships goods abroad. */
  | 'EXPORTER'
  /** Arranges multimodal transport and issues the one-bill (一单制) bill of lading. */
  | 'FORWARDER'
  /** Buys and receives goods from abroad. */
  | 'IMPORTER'
  /** Insures cargo and export credit. */
  | 'INSURER'
  /** Runs courses and scenarios: registers parties, issues tokens for them, reads everything. */
  | 'TRAINER';

/** Why a holder surrenders the bill to its issuer. */
export type SurrenderPurpose =
  /** To have the bill amended and reissued (SURRENDER_FOR_AMENDMENT). */
  | 'AMENDMENT'
  /** To take delivery of the cargo (SURRENDER_FOR_DELIVERY). */
  | 'DELIVERY';

/** Transport modes of the corridors. */
export type TransportMode =
  /** Air freight. */
  | 'AIR'
  /** Rail, e.g. China–Europe trains. */
  | 'RAIL'
  /** Inland waterway (the Yangtze). */
  | 'RIVER'
  /** Truck, first and last mile. */
  | 'ROAD'
  /** Ocean shipping. */
  | 'SEA';

/** Kinds of business failure. */
export type UserErrorCode =
  /** A business rule of the simulated trade forbids it (the message says which). */
  | 'BUSINESS_RULE'
  /** Someone else changed the same thing first; read it again and retry. */
  | 'CONFLICT'
  /** The input would create something that already exists. */
  | 'DUPLICATE'
  /** The lifecycle is in a state that does not accept this event. */
  | 'EVENT_NOT_ACCEPTED'
  /** Not allowed for the caller. Never returned in userErrors: refused actions fail with an error whose extensions.code is FORBIDDEN. */
  | 'FORBIDDEN'
  /** Something the input refers to does not exist. */
  | 'NOT_FOUND'
  /** The input breaks a validation rule (see `field` and `rule`). */
  | 'VALIDATION';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { roles: Array<Role>, party: { id: string, code: string, name: string } } };

export type ApproveBillMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type ApproveBillMutation = { approveBill: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type IssueBillMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type IssueBillMutation = { issueBill: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type TransferBillMutationVariables = Exact<{
  number: string;
  to: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type TransferBillMutation = { transferBill: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type EndorseBillMutationVariables = Exact<{
  number: string;
  to: string | number;
  toOrder?: boolean | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type EndorseBillMutation = { endorseBill: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type AcceptEndorsementMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type AcceptEndorsementMutation = { acceptEndorsement: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type RejectEndorsementMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type RejectEndorsementMutation = { rejectEndorsement: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type BlankEndorseBillMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type BlankEndorseBillMutation = { blankEndorseBill: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type PledgeBillMutationVariables = Exact<{
  number: string;
  bank: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type PledgeBillMutation = { pledgeBill: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type ReleasePledgeMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type ReleasePledgeMutation = { releasePledge: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type EnforcePledgeMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type EnforcePledgeMutation = { enforcePledge: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type SurrenderBillMutationVariables = Exact<{
  number: string;
  purpose: SurrenderPurpose;
  expectedVersion?: number | null | undefined;
}>;


export type SurrenderBillMutation = { surrenderBill: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type AcceptSurrenderMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type AcceptSurrenderMutation = { acceptSurrender: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type RejectSurrenderMutationVariables = Exact<{
  number: string;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type RejectSurrenderMutation = { rejectSurrender: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type VoidBillMutationVariables = Exact<{
  number: string;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type VoidBillMutation = { voidBill: { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type MilestoneShipmentQueryVariables = Exact<{
  reference: string;
}>;


export type MilestoneShipmentQuery = { shipment: { id: string, number: string, version: number, routeName: string, forwarder: { id: string, code: string, name: string }, order: { number: string, state: OrderState } | null, legs: Array<{ seq: number, mode: TransportMode, plannedEtd: string, plannedEta: string, from: { code: string, name: string }, to: { code: string, name: string }, carrier: { id: string, code: string, name: string } | null }>, milestones: Array<{ seq: number, legSeq: number, type: MilestoneType, at: string, note: string | null, location: { code: string, name: string }, recordedBy: { partyId: string, role: string } }> } | null };

export type RecordMilestoneMutationVariables = Exact<{
  input: RecordMilestoneInput;
}>;


export type RecordMilestoneMutation = { recordMilestone: { shipment: { id: string, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type BillsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: BillFilter | null | undefined;
}>;


export type BillsQuery = { bills: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, status: BillStatus, billType: BillType, issueDate: string | null, createdAt: string, holder: { id: string, code: string, name: string } | null, shipper: { code: string, name: string }, shipment: { number: string } | null, placeOfReceipt: { code: string }, placeOfDelivery: { code: string } } }> } };

export type BillQueryVariables = Exact<{
  number: string;
}>;


export type BillQuery = { bill: { id: string, number: string, status: BillStatus, version: number, billType: BillType, amends: string | null, createdAt: string, issueDate: string | null, documentChecksum: string | null, blankEndorsed: boolean, voidReason: string | null, allowedEvents: Array<string>, dcsaExportBlockers: Array<string>, order: { number: string, incoterm: string, incotermPlace: { code: string, name: string } } | null, shipment: { number: string, routeName: string } | null, issuer: { id: string, code: string, name: string, country: string }, shipper: { id: string, code: string, name: string, country: string }, consignee: { id: string, code: string, name: string, country: string } | null, beneficiary: { id: string, code: string, name: string } | null, holder: { id: string, code: string, name: string } | null, nominee: { id: string, code: string, name: string } | null, pledgee: { id: string, code: string, name: string } | null, pledgor: { id: string, code: string, name: string } | null, surrenderRequestedBy: { id: string, code: string, name: string } | null, placeOfReceipt: { code: string, name: string, country: string }, placeOfDelivery: { code: string, name: string, country: string }, legs: Array<{ seq: number, stage: BillLegStage, mode: TransportMode, plannedDeparture: string, plannedArrival: string, from: { code: string, name: string }, to: { code: string, name: string }, carrier: { code: string, name: string } | null, conveyance: { name: string, reference: string } | null }>, containers: Array<{ number: string, isoSizeType: string, shipperOwned: boolean, seals: Array<{ number: string, source: string | null }> }>, goods: Array<{ lineNo: number, hsCode: string, description: string, quantity: string, unit: string, grossWeightKg: string, packages: { count: number, code: string | null, description: string }, stowage: Array<{ equipment: string, packages: number, grossWeightKg: string }> }>, freight: { amount: string, currency: string }, chain: Array<{ seq: number, actionCode: string, at: string, payload: string, previousHash: string, hash: string, actor: { partyId: string, role: string }, recipient: { id: string, code: string, name: string } | null }> } | null };

export type VerifyBillQueryVariables = Exact<{
  number: string;
}>;


export type VerifyBillQuery = { verifyBill: { ok: boolean, entries: number | null, brokenAt: number | null, reason: string | null, message: string | null } | null };

export type BillDcsaQueryVariables = Exact<{
  number: string;
}>;


export type BillDcsaQuery = { bill: { number: string, dcsaTransportDocument: string | null, dcsaExportBlockers: Array<string> } | null };

export type BillPartiesQueryVariables = Exact<{
  role?: Role | null | undefined;
}>;


export type BillPartiesQuery = { parties: { edges: Array<{ node: { id: string, code: string, name: string, roles: Array<Role> } }> } };

export type DraftableShipmentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DraftableShipmentsQuery = { shipments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, routeName: string, forwarder: { id: string }, order: { number: string, state: OrderState } | null, containers: Array<{ number: string, type: string }>, legs: Array<{ seq: number, mode: TransportMode, from: { code: string, name: string }, to: { code: string, name: string }, carrier: { id: string, code: string, name: string } | null }> } }> } };

export type DraftBillMutationVariables = Exact<{
  input: DraftBillInput;
}>;


export type DraftBillMutation = { draftBill: { bill: { id: string, number: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type OrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type OrdersQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, state: OrderState, incoterm: string, readyDate: string, seller: { code: string, name: string }, buyer: { code: string, name: string }, origin: { code: string, name: string }, destination: { code: string, name: string }, total: { amount: string, currency: string } } }> } };

export type TrackQueryVariables = Exact<{
  reference: string;
}>;


export type TrackQuery = { track: { plannedEta: string, revisedEta: string, delayDays: number, onHold: boolean, shipment: { number: string }, order: { number: string, state: OrderState } | null, position: { description: string, legSeq: number, location: { code: string, name: string, nameZh: string | null, lat: number, lon: number } }, legs: Array<{ seq: number, mode: TransportMode, plannedEtd: string, plannedEta: string, actualDeparture: string | null, actualArrival: string | null, status: string, delayDays: number | null, from: { code: string, name: string, nameZh: string | null, lat: number, lon: number }, to: { code: string, name: string, nameZh: string | null, lat: number, lon: number } }>, timeline: Array<{ seq: number, legSeq: number, type: MilestoneType, at: string, note: string | null, location: { code: string, name: string, nameZh: string | null } }> } | null };

export type OrderQueryVariables = Exact<{
  id?: string | number | null | undefined;
  number?: string | null | undefined;
}>;


export type OrderQuery = { order: { id: string, number: string, state: OrderState, version: number, currency: string, grossWeightKg: string, incoterm: string, tradeMode: string, readyDate: string, corridorId: string | null, holdReason: string | null, cancelReason: string | null, callerEvents: Array<string>, createdAt: string, seller: { id: string, code: string, name: string }, buyer: { id: string, code: string, name: string }, forwarder: { code: string, name: string } | null, lines: Array<{ lineNo: number, hsCode: string, description: string, quantity: string, unit: string, unitPrice: string, amount: string, grossWeightKg: string }>, total: { amount: string, currency: string }, incotermPlace: { code: string, name: string, nameZh: string | null }, origin: { code: string, name: string, nameZh: string | null }, destination: { code: string, name: string, nameZh: string | null }, shipment: { number: string } | null } | null };

export type ConfirmOrderMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type ConfirmOrderMutation = { confirmOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type CancelOrderMutationVariables = Exact<{
  id: string | number;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type CancelOrderMutation = { cancelOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type HoldOrderMutationVariables = Exact<{
  id: string | number;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type HoldOrderMutation = { holdOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type ResumeOrderMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type ResumeOrderMutation = { resumeOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type CompleteOrderMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type CompleteOrderMutation = { completeOrder: { order: { id: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type OrderFormChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderFormChoicesQuery = { currencies: Array<string>, parties: { edges: Array<{ node: { id: string, code: string, name: string, country: string } }> }, locations: Array<{ code: string, name: string, nameZh: string | null, country: string }>, incoterms: Array<{ code: string, name: string, seaAndInlandWaterwayOnly: boolean }>, exportTradeModes: Array<{ code: string, nameEn: string, nameZh: string }> };

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type CreateOrderMutation = { createOrder: { order: { id: string, number: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type FilterPartiesQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterPartiesQuery = { parties: { edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type OrderRouteOptionsQueryVariables = Exact<{
  orderId: string | number;
  rankBy?: RankBy | null | undefined;
}>;


export type OrderRouteOptionsQuery = { order: { id: string, number: string, state: OrderState, version: number, incoterm: string, readyDate: string, callerEvents: Array<string>, incotermPlace: { code: string }, origin: { code: string, name: string }, destination: { code: string, name: string } } | null, orderRouteOptions: { options: Array<{ id: string, corridorId: string, name: string, nameZh: string, etd: string, eta: string, transitDays: number, co2Kg: string, rankByTime: number, rankByCost: number, rankByCo2: number, mainCarriageModes: Array<TransportMode>, incotermFits: boolean, incotermNote: string | null, cost: { amount: string, currency: string }, legs: Array<{ seq: number, mode: TransportMode, etd: string, eta: string, from: { code: string, name: string }, to: { code: string, name: string } }> }> | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> }, forwarders: { edges: Array<{ node: { id: string, code: string, name: string } }> }, carriers: { edges: Array<{ node: { id: string, code: string, name: string, modes: Array<TransportMode> } }> } };

export type BookRouteMutationVariables = Exact<{
  input: BookRouteInput;
}>;


export type BookRouteMutation = { bookRoute: { shipment: { number: string } | null, order: { number: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    party {
      id
      code
      name
    }
    roles
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const ApproveBillDocument = new TypedDocumentString(`
    mutation ApproveBill($number: String!, $expectedVersion: Int) {
  approveBill(number: $number, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveBillMutation, ApproveBillMutationVariables>;
export const IssueBillDocument = new TypedDocumentString(`
    mutation IssueBill($number: String!, $expectedVersion: Int) {
  issueBill(number: $number, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<IssueBillMutation, IssueBillMutationVariables>;
export const TransferBillDocument = new TypedDocumentString(`
    mutation TransferBill($number: String!, $to: ID!, $expectedVersion: Int) {
  transferBill(number: $number, to: $to, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<TransferBillMutation, TransferBillMutationVariables>;
export const EndorseBillDocument = new TypedDocumentString(`
    mutation EndorseBill($number: String!, $to: ID!, $toOrder: Boolean, $expectedVersion: Int) {
  endorseBill(
    number: $number
    to: $to
    toOrder: $toOrder
    expectedVersion: $expectedVersion
  ) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<EndorseBillMutation, EndorseBillMutationVariables>;
export const AcceptEndorsementDocument = new TypedDocumentString(`
    mutation AcceptEndorsement($number: String!, $expectedVersion: Int) {
  acceptEndorsement(number: $number, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptEndorsementMutation, AcceptEndorsementMutationVariables>;
export const RejectEndorsementDocument = new TypedDocumentString(`
    mutation RejectEndorsement($number: String!, $expectedVersion: Int) {
  rejectEndorsement(number: $number, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<RejectEndorsementMutation, RejectEndorsementMutationVariables>;
export const BlankEndorseBillDocument = new TypedDocumentString(`
    mutation BlankEndorseBill($number: String!, $expectedVersion: Int) {
  blankEndorseBill(number: $number, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<BlankEndorseBillMutation, BlankEndorseBillMutationVariables>;
export const PledgeBillDocument = new TypedDocumentString(`
    mutation PledgeBill($number: String!, $bank: ID!, $expectedVersion: Int) {
  pledgeBill(number: $number, bank: $bank, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<PledgeBillMutation, PledgeBillMutationVariables>;
export const ReleasePledgeDocument = new TypedDocumentString(`
    mutation ReleasePledge($number: String!, $expectedVersion: Int) {
  releasePledge(number: $number, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<ReleasePledgeMutation, ReleasePledgeMutationVariables>;
export const EnforcePledgeDocument = new TypedDocumentString(`
    mutation EnforcePledge($number: String!, $expectedVersion: Int) {
  enforcePledge(number: $number, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<EnforcePledgeMutation, EnforcePledgeMutationVariables>;
export const SurrenderBillDocument = new TypedDocumentString(`
    mutation SurrenderBill($number: String!, $purpose: SurrenderPurpose!, $expectedVersion: Int) {
  surrenderBill(
    number: $number
    purpose: $purpose
    expectedVersion: $expectedVersion
  ) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<SurrenderBillMutation, SurrenderBillMutationVariables>;
export const AcceptSurrenderDocument = new TypedDocumentString(`
    mutation AcceptSurrender($number: String!, $expectedVersion: Int) {
  acceptSurrender(number: $number, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptSurrenderMutation, AcceptSurrenderMutationVariables>;
export const RejectSurrenderDocument = new TypedDocumentString(`
    mutation RejectSurrender($number: String!, $reason: String!, $expectedVersion: Int) {
  rejectSurrender(
    number: $number
    reason: $reason
    expectedVersion: $expectedVersion
  ) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<RejectSurrenderMutation, RejectSurrenderMutationVariables>;
export const VoidBillDocument = new TypedDocumentString(`
    mutation VoidBill($number: String!, $reason: String!, $expectedVersion: Int) {
  voidBill(number: $number, reason: $reason, expectedVersion: $expectedVersion) {
    bill {
      id
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<VoidBillMutation, VoidBillMutationVariables>;
export const MilestoneShipmentDocument = new TypedDocumentString(`
    query MilestoneShipment($reference: String!) {
  shipment(reference: $reference) {
    id
    number
    version
    routeName
    forwarder {
      id
      code
      name
    }
    order {
      number
      state
    }
    legs {
      seq
      mode
      from {
        code
        name
      }
      to {
        code
        name
      }
      plannedEtd
      plannedEta
      carrier {
        id
        code
        name
      }
    }
    milestones {
      seq
      legSeq
      type
      at
      location {
        code
        name
      }
      recordedBy {
        partyId
        role
      }
      note
    }
  }
}
    `) as unknown as TypedDocumentString<MilestoneShipmentQuery, MilestoneShipmentQueryVariables>;
export const RecordMilestoneDocument = new TypedDocumentString(`
    mutation RecordMilestone($input: RecordMilestoneInput!) {
  recordMilestone(input: $input) {
    shipment {
      id
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<RecordMilestoneMutation, RecordMilestoneMutationVariables>;
export const BillsDocument = new TypedDocumentString(`
    query Bills($first: Int, $after: String, $filter: BillFilter) {
  bills(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        status
        billType
        issueDate
        createdAt
        holder {
          id
          code
          name
        }
        shipper {
          code
          name
        }
        shipment {
          number
        }
        placeOfReceipt {
          code
        }
        placeOfDelivery {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BillsQuery, BillsQueryVariables>;
export const BillDocument = new TypedDocumentString(`
    query Bill($number: String!) {
  bill(number: $number) {
    id
    number
    status
    version
    billType
    amends
    createdAt
    issueDate
    documentChecksum
    blankEndorsed
    voidReason
    allowedEvents
    dcsaExportBlockers
    order {
      number
      incoterm
      incotermPlace {
        code
        name
      }
    }
    shipment {
      number
      routeName
    }
    issuer {
      id
      code
      name
      country
    }
    shipper {
      id
      code
      name
      country
    }
    consignee {
      id
      code
      name
      country
    }
    beneficiary {
      id
      code
      name
    }
    holder {
      id
      code
      name
    }
    nominee {
      id
      code
      name
    }
    pledgee {
      id
      code
      name
    }
    pledgor {
      id
      code
      name
    }
    surrenderRequestedBy {
      id
      code
      name
    }
    placeOfReceipt {
      code
      name
      country
    }
    placeOfDelivery {
      code
      name
      country
    }
    legs {
      seq
      stage
      mode
      from {
        code
        name
      }
      to {
        code
        name
      }
      plannedDeparture
      plannedArrival
      carrier {
        code
        name
      }
      conveyance {
        name
        reference
      }
    }
    containers {
      number
      isoSizeType
      shipperOwned
      seals {
        number
        source
      }
    }
    goods {
      lineNo
      hsCode
      description
      quantity
      unit
      grossWeightKg
      packages {
        count
        code
        description
      }
      stowage {
        equipment
        packages
        grossWeightKg
      }
    }
    freight {
      amount
      currency
    }
    chain {
      seq
      actionCode
      actor {
        partyId
        role
      }
      recipient {
        id
        code
        name
      }
      at
      payload
      previousHash
      hash
    }
  }
}
    `) as unknown as TypedDocumentString<BillQuery, BillQueryVariables>;
export const VerifyBillDocument = new TypedDocumentString(`
    query VerifyBill($number: String!) {
  verifyBill(number: $number) {
    ok
    entries
    brokenAt
    reason
    message
  }
}
    `) as unknown as TypedDocumentString<VerifyBillQuery, VerifyBillQueryVariables>;
export const BillDcsaDocument = new TypedDocumentString(`
    query BillDcsa($number: String!) {
  bill(number: $number) {
    number
    dcsaTransportDocument
    dcsaExportBlockers
  }
}
    `) as unknown as TypedDocumentString<BillDcsaQuery, BillDcsaQueryVariables>;
export const BillPartiesDocument = new TypedDocumentString(`
    query BillParties($role: Role) {
  parties(first: 100, filter: {role: $role}) {
    edges {
      node {
        id
        code
        name
        roles
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BillPartiesQuery, BillPartiesQueryVariables>;
export const DraftableShipmentsDocument = new TypedDocumentString(`
    query DraftableShipments($first: Int, $after: String) {
  shipments(first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        routeName
        forwarder {
          id
        }
        order {
          number
          state
        }
        containers {
          number
          type
        }
        legs {
          seq
          mode
          from {
            code
            name
          }
          to {
            code
            name
          }
          carrier {
            id
            code
            name
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DraftableShipmentsQuery, DraftableShipmentsQueryVariables>;
export const DraftBillDocument = new TypedDocumentString(`
    mutation DraftBill($input: DraftBillInput!) {
  draftBill(input: $input) {
    bill {
      id
      number
      status
      version
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<DraftBillMutation, DraftBillMutationVariables>;
export const OrdersDocument = new TypedDocumentString(`
    query Orders($first: Int, $after: String, $filter: OrderFilter) {
  orders(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        state
        seller {
          code
          name
        }
        buyer {
          code
          name
        }
        origin {
          code
          name
        }
        destination {
          code
          name
        }
        total {
          amount
          currency
        }
        incoterm
        readyDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrdersQuery, OrdersQueryVariables>;
export const TrackDocument = new TypedDocumentString(`
    query Track($reference: String!) {
  track(reference: $reference) {
    shipment {
      number
    }
    order {
      number
      state
    }
    plannedEta
    revisedEta
    delayDays
    onHold
    position {
      description
      legSeq
      location {
        code
        name
        nameZh
        lat
        lon
      }
    }
    legs {
      seq
      mode
      from {
        code
        name
        nameZh
        lat
        lon
      }
      to {
        code
        name
        nameZh
        lat
        lon
      }
      plannedEtd
      plannedEta
      actualDeparture
      actualArrival
      status
      delayDays
    }
    timeline {
      seq
      legSeq
      type
      at
      location {
        code
        name
        nameZh
      }
      note
    }
  }
}
    `) as unknown as TypedDocumentString<TrackQuery, TrackQueryVariables>;
export const OrderDocument = new TypedDocumentString(`
    query Order($id: ID, $number: String) {
  order(id: $id, number: $number) {
    id
    number
    state
    version
    seller {
      id
      code
      name
    }
    buyer {
      id
      code
      name
    }
    forwarder {
      code
      name
    }
    currency
    lines {
      lineNo
      hsCode
      description
      quantity
      unit
      unitPrice
      amount
      grossWeightKg
    }
    total {
      amount
      currency
    }
    grossWeightKg
    incoterm
    incotermPlace {
      code
      name
      nameZh
    }
    origin {
      code
      name
      nameZh
    }
    destination {
      code
      name
      nameZh
    }
    tradeMode
    readyDate
    corridorId
    shipment {
      number
    }
    holdReason
    cancelReason
    callerEvents
    createdAt
  }
}
    `) as unknown as TypedDocumentString<OrderQuery, OrderQueryVariables>;
export const ConfirmOrderDocument = new TypedDocumentString(`
    mutation ConfirmOrder($id: ID!, $expectedVersion: Int) {
  confirmOrder(id: $id, expectedVersion: $expectedVersion) {
    order {
      id
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmOrderMutation, ConfirmOrderMutationVariables>;
export const CancelOrderDocument = new TypedDocumentString(`
    mutation CancelOrder($id: ID!, $reason: String!, $expectedVersion: Int) {
  cancelOrder(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
    order {
      id
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<CancelOrderMutation, CancelOrderMutationVariables>;
export const HoldOrderDocument = new TypedDocumentString(`
    mutation HoldOrder($id: ID!, $reason: String!, $expectedVersion: Int) {
  holdOrder(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
    order {
      id
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<HoldOrderMutation, HoldOrderMutationVariables>;
export const ResumeOrderDocument = new TypedDocumentString(`
    mutation ResumeOrder($id: ID!, $expectedVersion: Int) {
  resumeOrder(id: $id, expectedVersion: $expectedVersion) {
    order {
      id
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<ResumeOrderMutation, ResumeOrderMutationVariables>;
export const CompleteOrderDocument = new TypedDocumentString(`
    mutation CompleteOrder($id: ID!, $expectedVersion: Int) {
  completeOrder(id: $id, expectedVersion: $expectedVersion) {
    order {
      id
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteOrderMutation, CompleteOrderMutationVariables>;
export const OrderFormChoicesDocument = new TypedDocumentString(`
    query OrderFormChoices {
  parties(first: 100, filter: {role: IMPORTER}) {
    edges {
      node {
        id
        code
        name
        country
      }
    }
  }
  locations {
    code
    name
    nameZh
    country
  }
  incoterms {
    code
    name
    seaAndInlandWaterwayOnly
  }
  currencies
  exportTradeModes {
    code
    nameEn
    nameZh
  }
}
    `) as unknown as TypedDocumentString<OrderFormChoicesQuery, OrderFormChoicesQueryVariables>;
export const CreateOrderDocument = new TypedDocumentString(`
    mutation CreateOrder($input: CreateOrderInput!) {
  createOrder(input: $input) {
    order {
      id
      number
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<CreateOrderMutation, CreateOrderMutationVariables>;
export const FilterPartiesDocument = new TypedDocumentString(`
    query FilterParties {
  parties(first: 100) {
    edges {
      node {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FilterPartiesQuery, FilterPartiesQueryVariables>;
export const OrderRouteOptionsDocument = new TypedDocumentString(`
    query OrderRouteOptions($orderId: ID!, $rankBy: RankBy) {
  order(id: $orderId) {
    id
    number
    state
    version
    incoterm
    incotermPlace {
      code
    }
    origin {
      code
      name
    }
    destination {
      code
      name
    }
    readyDate
    callerEvents
  }
  orderRouteOptions(orderId: $orderId, rankBy: $rankBy) {
    options {
      id
      corridorId
      name
      nameZh
      etd
      eta
      transitDays
      cost {
        amount
        currency
      }
      co2Kg
      rankByTime
      rankByCost
      rankByCo2
      mainCarriageModes
      incotermFits
      incotermNote
      legs {
        seq
        mode
        from {
          code
          name
        }
        to {
          code
          name
        }
        etd
        eta
      }
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
  forwarders: parties(first: 100, filter: {role: FORWARDER}) {
    edges {
      node {
        id
        code
        name
      }
    }
  }
  carriers: parties(first: 100, filter: {role: CARRIER}) {
    edges {
      node {
        id
        code
        name
        modes
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderRouteOptionsQuery, OrderRouteOptionsQueryVariables>;
export const BookRouteDocument = new TypedDocumentString(`
    mutation BookRoute($input: BookRouteInput!) {
  bookRoute(input: $input) {
    shipment {
      number
    }
    order {
      number
      state
    }
    userErrors {
      code
      message
      field
      rule
    }
  }
}
    `) as unknown as TypedDocumentString<BookRouteMutation, BookRouteMutationVariables>;