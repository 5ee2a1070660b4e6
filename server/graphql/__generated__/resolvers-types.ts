import type { StorageKind } from '../../storage/types';
import type { Role } from '../../models/roles';
import type { OrderStateName as OrderState } from '../../../machines/order.machine';
import type { MilestoneType } from '../../tracking/milestones';
import type { TransportMode } from '../../reference';
import type { RankBy } from '../../routing';
import type { BillStateName as BillStatus } from '../../../machines/bill.machine';
import type { BillType } from '../../../machines/bill.machine';
import type { LegStage as BillLegStage } from '../../bills/document/bill-document';
import type { DeclarationKind } from '../../../machines/declaration.machine';
import type { DeclarationMode } from '../../../machines/declaration.machine';
import type { DeclarationStateName as DeclarationState } from '../../../machines/declaration.machine';
import type { DeclarantRole } from '../../customs/validation/declaration-input';
import type { Lane } from '../../../machines/declaration.machine';
import type { ConformityAction } from '../../../machines/declaration.machine';
import type { RefundStateName as RefundState } from '../../../machines/refund.machine';
import type { FinancingKind } from '../../../machines/financing.machine';
import type { FinancingStateName as FinancingState } from '../../../machines/financing.machine';
import type { MatchingResult } from '../../../machines/financing.machine';
import type { TradeDocumentName as TradeDocument } from '../../financing/rules';
import type { FxRateVia } from '../graphql-views';
import type { ShipmentEventKind } from '../../live/live.service';
import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { HealthReport } from '../../health/health.service';
import type { ServerInstanceRecord } from '../../health/server-registry';
import type { PartyRecord } from '../../models/party.model';
import type { ApiTokenRecord } from '../../models/api-token.model';
import type { Caller } from '../../parties/caller';
import type { OrderRecord } from '../../models/order.model';
import type { ShipmentRecord } from '../../models/shipment.model';
import type { ShipmentLegView, LaneSelectionView, TwoStepView, TransitView, BuyerLimitView, InsuredShipmentView, PolicyClaimView, LoanInterestView } from '../graphql-views';
import type { TrackingView } from '../../tracking/tracking.view';
import type { BillRecord } from '../../models/bill.model';
import type { ChainEntry } from '../../bills/integrity';
import type { BillLeg as BillDocumentLeg, BillContainer as BillDocumentContainer, BillGoodsLine as BillDocumentGoodsLine } from '../../bills/document/bill-document';
import type { DeclarationRecord, DeclarationLineRecord, DeclarationChargesRecord } from '../../models/declaration.model';
import type { CustomsOffice as CustomsOfficeRecord } from '../../customs/validation/customs-offices';
import type { RuleHit, ImportTaxLine as ImportTaxLineRecord, LateFee as LateFeeRecord, ExportRefundLine } from '../../customs/rules';
import type { ExportRefundRecord } from '../../models/export-refund.model';
import type { InvoiceRecord, InvoiceRevisionRecord } from '../../models/invoice.model';
import type { CreditPolicyRecord } from '../../models/credit-policy.model';
import type { FinancingRecord, MatchingRecord, FinancingTermsRecord, ClaimRecord } from '../../models/financing.model';
import type { LoanPosition } from '../../financing/loan-servicing';
import type { AppliedRate, DocumentMismatch as DocumentMismatchRecord } from '../../financing/rules';
import type { ScenarioRunRecord } from '../../models/scenario-run.model';
import type { CatalogueEntry } from '../../scenarios/scenario-run.service';
import type { OrderReportView } from '../../scenarios/run-breakdown';
import type { ExerciseRecord, ExerciseParticipantRecord, ExerciseIncidentRecord, ExerciseEventRecord } from '../../models/exercise.model';
import type { ExerciseSeat as ExerciseSeatRecord } from '../../classroom/exercise-access';
import type { ExerciseKpis as ExerciseKpisRecord } from '../../classroom/exercise-score';
import type { ShipmentTrackedEvent as ShipmentTrackedEventRecord, BillLiveEvent as BillLiveEventRecord, DeclarationReceiptEvent as DeclarationReceiptEventRecord, FinancingLiveEvent as FinancingLiveEventRecord, ScenarioRunProgressEvent as ScenarioRunProgressEventRecord } from '../../live/live.service';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
export type EnumResolverSignature<T, AllowedValues = any> = { [key in keyof T]?: AllowedValues };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date, yyyy-mm-dd, e.g. "2026-12-01". Parsed strictly: a day the calendar does not have
   * (2026-02-30, 2026-13-01, 2026-02-29 outside a leap year) is refused with BAD_USER_INPUT naming
   * the field, never rolled over into another day.
   */
  Date: { input: string; output: string; }
  /**
   * An instant as an RFC 3339 date-time with its zone: yyyy-mm-ddThh:mm, optional :ss and .sss,
   * then Z or an offset ±hh:mm, e.g. "2026-12-01T08:30:00+08:00". Parsed strictly like Date (a
   * missing zone, hour 24 or 2026-11-31 is refused with BAD_USER_INPUT naming the field);
   * resolvers see it as the UTC instant.
   */
  DateTime: { input: string; output: string; }
  /**
   * An exact decimal number written as text, e.g. "22021.00". Money and quantities are never sent
   * as binary floating point.
   */
  Decimal: { input: string; output: string; }
};

/** Exactly one of `to` and `by`. */
export type AdvanceExerciseClockInput = {
  /** How far to move, as an ISO 8601 duration in days, hours and minutes: P30D, PT6H, P1DT12H. */
  by?: InputMaybe<Scalars['String']['input']>;
  /** The instant to move to. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The result of advanceExerciseClock. */
export type AdvanceExerciseClockPayload = {
  __typename?: 'AdvanceExerciseClockPayload';
  /** The exercise at its new time. */
  exercise?: Maybe<Exercise>;
  /** How many time-driven items fired on the way. */
  fired?: Maybe<Scalars['Int']['output']>;
  /** Why it was refused. */
  userErrors: Array<UserError>;
};

/** What changes when a bill surrendered for amendment is reissued; anything left out stays as it was. */
export type AmendBillInput = {
  /** Straight or to order (default: as before). */
  billType?: InputMaybe<BillType>;
  /** Straight bills: the named consignee. */
  consigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** The surrendered bill's number. */
  number: Scalars['String']['input'];
  /** Seal numbers per container (default: the old bill's seals). */
  seals?: InputMaybe<Array<BillSealsInput>>;
  /** To-order bills: the party it is made out to the order of. */
  toOrderOfId?: InputMaybe<Scalars['ID']['input']>;
};

/** An API token, without its secret value. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** When it was issued, as an ISO 8601 UTC timestamp. */
  createdAt: Scalars['String']['output'];
  /** Opaque identifier, used to revoke the token. */
  id: Scalars['ID']['output'];
  /** The name given when it was issued. */
  label: Scalars['String']['output'];
  /** The token's first characters, to tell tokens apart. */
  prefix: Scalars['String']['output'];
  /** When it was revoked, as an ISO 8601 UTC timestamp; null while it works. */
  revokedAt?: Maybe<Scalars['String']['output']>;
};

/** An export tax refund application. */
export type ApplyForExportRefundInput = {
  /** The closed export declaration's number or id. */
  declaration: Scalars['String']['input'];
  /** Freight to deduct from a CFR/CIF/CPT/CIP price, in the declaration's currency. */
  freight?: InputMaybe<MoneyInput>;
  /** Insurance to deduct from a CIF/CIP price, in the declaration's currency. */
  insurance?: InputMaybe<MoneyInput>;
};

/** An application for trade financing. */
export type ApplyForFinancingInput = {
  /** The bank's party id. */
  bank: Scalars['ID']['input'];
  /** The bill's number or id: the bill to pledge (BILL_PLEDGE), or the insured shipment's bill. */
  bill?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 currency to borrow in; default: the goods' currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The commercial invoice of the order, by number or id. */
  invoice: Scalars['String']['input'];
  /** What the financing stands on. */
  kind: FinancingKind;
  /** The order's number or id: the order financed before shipment (PRE_SHIPMENT), or the insured shipment's order. */
  order?: InputMaybe<Scalars['String']['input']>;
  /** The export credit insurance policy behind the loan, by number or id (POLICY_FINANCING). */
  policy?: InputMaybe<Scalars['String']['input']>;
};

/** The bank's terms of approval. */
export type ApproveFinancingInput = {
  /** 质押率: the share of the verified cargo value lent, percent, above 0 and at most 100. */
  advanceRatePercent: Scalars['Decimal']['input'];
  /** The annual interest rate, percent, from 0 up to (not including) 100; accrued ACT/360. */
  annualRatePercent: Scalars['Decimal']['input'];
  /** The financing's number or id. */
  financing: Scalars['String']['input'];
  /** The tenor in days, 1 to 360, from disbursement to maturity. */
  tenorDays: Scalars['Int']['input'];
};

/**
 * A 一单制 multimodal bill of lading: one document of title for every leg of a shipment, issued by
 * its multimodal transport operator. The parties in control follow TradeTrust's title escrow:
 * the beneficiary owns it, the holder has it, a nominee is a pending endorsee, a pledgee a bank
 * holding it with a lien.
 */
export type Bill = {
  __typename?: 'Bill';
  /**
   * The actions the current status handles (e.g. TRANSFER, PLEDGE); the control rules then decide
   * who may send each. A refused action names the rule in its userError.
   */
  allowedEvents: Array<Scalars['String']['output']>;
  /** The number of the bill this one replaces after an amendment, if any. */
  amends?: Maybe<Scalars['String']['output']>;
  /** The owner (title holder); null before issue and while the bill is endorsed in blank. */
  beneficiary?: Maybe<Party>;
  /** Straight (non-negotiable) or to order (negotiable). */
  billType: BillType;
  /** Whether the bill is endorsed in blank (a bearer bill: it passes by transfer of possession). */
  blankEndorsed: Scalars['Boolean']['output'];
  /** The signed chain of actions from issue on, oldest first (empty before issue). */
  chain: Array<BillChainEntry>;
  /** The named consignee of a straight bill; null for a to-order bill. */
  consignee?: Maybe<Party>;
  /** The containers, with their seals. */
  containers: Array<BillContainer>;
  /** When the bill was drafted (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /**
   * The chain as a DCSA eBL 3.0.3 EndorsementChain (EBL_END_v3.0.3.yaml), as JSON text. The
   * simulator's own actions are mapped: PLEDGE and RELEASE_PLEDGE as TRANSFER of possession (to the
   * bank, back to the pledgor), ENFORCE_PLEDGE as SIGN. A rejected endorsement or surrender never
   * took effect: the rejection (ENDORSEMENT_REJECTED, SREJ: no DCSA code) and the request it refused
   * are both left out, so each actor holds the bill at that point (the signed chain keeps both). ISSUE names the party the bill was issued
   * to and a surrender names the issuer as recipient, as DCSA requires. auditReference is
   * 'sha256:' + the entry's hash.
   */
  dcsaEndorsementChain: Scalars['String']['output'];
  /** Why the bill cannot be exported as a DCSA TransportDocument; empty when it can. */
  dcsaExportBlockers: Array<Scalars['String']['output']>;
  /**
   * The bill as a DCSA eBL 3.0.3 TransportDocument (EBL_v3.0.3.yaml), as JSON text, with the
   * bill's status as transportDocumentStatus. Null when the bill cannot be exported:
   * dcsaExportBlockers says why (e.g. a container without a seal number).
   */
  dcsaTransportDocument?: Maybe<Scalars['String']['output']>;
  /** SHA-256 hex of the content fixed at issue (RFC 8785); the first chain entry links to it. Null before issue. */
  documentChecksum?: Maybe<Scalars['String']['output']>;
  /** The one freight charge for the whole transport. */
  freight: Money;
  /** The goods, line by line. */
  goods: Array<BillGoodsLine>;
  /** Every applied action, creation and approval included, oldest first. */
  history: Array<HistoryEntry>;
  /** The one party in control of the bill; null before issue. The issuer after an accepted surrender. */
  holder?: Maybe<Party>;
  /** The bill's id. */
  id: Scalars['ID']['output'];
  /** Date of issue, yyyy-mm-dd; null before issue. */
  issueDate?: Maybe<Scalars['String']['output']>;
  /** The multimodal transport operator who issues the bill, answers surrenders and is liable for every leg. */
  issuer: Party;
  /** The legs of the through transport, in order. */
  legs: Array<BillLeg>;
  /** The endorsee who has not yet accepted or rejected an endorsement. */
  nominee?: Maybe<Party>;
  /** The transport document reference, YDBL<year><sequence>; an amended bill adds -1, -2 ... */
  number: Scalars['String']['output'];
  /** The order the goods were sold under; null when you are not party to the order (e.g. a bank holding the bill). */
  order?: Maybe<Order>;
  /** Where the operator delivers them. */
  placeOfDelivery: Location;
  /** Where the operator takes the goods in charge. */
  placeOfReceipt: Location;
  /** The bank holding the bill under a pledge. */
  pledgee?: Maybe<Party>;
  /** The owner who pledged the bill to the bank. */
  pledgor?: Maybe<Party>;
  /** The booked shipment the bill covers; null when you are not party to the shipment. */
  shipment?: Maybe<Shipment>;
  /** The seller who ships the goods and approves the draft. */
  shipper: Party;
  /** Where the bill is in its lifecycle. */
  status: BillStatus;
  /** Who asked for the pending (or accepted) surrender. */
  surrenderRequestedBy?: Maybe<Party>;
  /** Increments with every applied action; pass it as expectedVersion to act only on what you saw. */
  version: Scalars['Int']['output'];
  /** Why the bill was voided, if it was. */
  voidReason?: Maybe<Scalars['String']['output']>;
};


/**
 * A 一单制 multimodal bill of lading: one document of title for every leg of a shipment, issued by
 * its multimodal transport operator. The parties in control follow TradeTrust's title escrow:
 * the beneficiary owns it, the holder has it, a nominee is a pending endorsee, a pledgee a bank
 * holding it with a lien.
 */
export type BillDcsaEndorsementChainArgs = {
  eblPlatform: Scalars['String']['input'];
};

/** One signed entry of the bill's chain: an action from issue on, linked to the entry before it. */
export type BillChainEntry = {
  __typename?: 'BillChainEntry';
  /**
   * The action: a DCSA endorsement-chain code (ISSUE, TRANSFER, ENDORSE, ENDORSE_TO_ORDER, SIGN for
   * an accepted endorsement, BLANK_ENDORSE, SURRENDER_FOR_DELIVERY, SURRENDER_FOR_AMENDMENT,
   * SURRENDERED) or one of this simulator's (PLEDGE, RELEASE_PLEDGE, ENFORCE_PLEDGE,
   * ENDORSEMENT_REJECTED, SREJ for a rejected surrender).
   */
  actionCode: Scalars['String']['output'];
  /** Who acted, and in which role; the entry is signed with that party's key. */
  actor: HistoryActor;
  /** When it was done (ISO 8601). */
  at: Scalars['String']['output'];
  /** SHA-256 hex over the RFC 8785 form of seq, actionCode, actor, recipient, at, payload and previousHash. */
  hash: Scalars['String']['output'];
  /** The action's other data as JSON text, e.g. the reason of a rejected surrender. */
  payload: Scalars['String']['output'];
  /** The hash of the entry before, or the document checksum for the first entry (SHA-256 hex). */
  previousHash: Scalars['String']['output'];
  /** The party the action names (endorsee, transferee, bank); null when the action names none. */
  recipient?: Maybe<Party>;
  /** The recipient's party id as recorded in the entry (covered by the hash); null when none. */
  recipientId?: Maybe<Scalars['ID']['output']>;
  /** 1-based position in the chain. */
  seq: Scalars['Int']['output'];
  /** A compact JWS (EdDSA) by the actor over {"hash": hash}; its header's kid names the key (see partyPublicKeys). */
  signature: Scalars['String']['output'];
};

/** A page of bills. */
export type BillConnection = {
  __typename?: 'BillConnection';
  /** The bills of this page. */
  edges: Array<BillEdge>;
  /** Whether more pages follow. */
  pageInfo: PageInfo;
  /** How many bills match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An ISO 6346 freight container on the bill. */
export type BillContainer = {
  __typename?: 'BillContainer';
  /** ISO 6346 size-type code, e.g. 22G1. */
  isoSizeType: Scalars['String']['output'];
  /** ISO 6346 container number (with its check digit). */
  number: Scalars['String']['output'];
  /** The seal numbers; the DCSA export needs at least one per container. */
  seals: Array<BillSeal>;
  /** Whether the shipper owns the container (SOC). */
  shipperOwned: Scalars['Boolean']['output'];
};

/** What carries the goods on a leg: a vessel and voyage, a train and its number, a flight, a truck. */
export type BillConveyance = {
  __typename?: 'BillConveyance';
  /** The vessel, train, flight or truck name. */
  name: Scalars['String']['output'];
  /** The voyage, train or flight number. */
  reference: Scalars['String']['output'];
};

/** A bill in a page of bills. */
export type BillEdge = {
  __typename?: 'BillEdge';
  /** Pass as `after` to read the bills after this one. */
  cursor: Scalars['String']['output'];
  /** The bill. */
  node: Bill;
};

/** Which bills to list. */
export type BillFilter = {
  /** Only the bills of this order (its number, e.g. ORD-2026-000001, or its id): how an order's page finds its bill. */
  order?: InputMaybe<Scalars['String']['input']>;
  /** Only bills this party may read (issuer, shipper, consignee, notify party, or any holder, nominee or bank the bill reached). */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only bills in this status. */
  status?: InputMaybe<BillStatus>;
};

/** A goods line as the bill describes it. */
export type BillGoodsLine = {
  __typename?: 'BillGoodsLine';
  /** What the goods are. */
  description: Scalars['String']['output'];
  /** Gross weight of the line in kilograms. */
  grossWeightKg: Scalars['Decimal']['output'];
  /** HS code, digits only. */
  hsCode: Scalars['String']['output'];
  /** 1-based position, as in the order. */
  lineNo: Scalars['Int']['output'];
  /** How the line is packed. */
  packages: BillPackages;
  /** How many units. */
  quantity: Scalars['Decimal']['output'];
  /** Which containers the line is stowed in. */
  stowage: Array<BillStowage>;
  /** UN/ECE Recommendation 20 unit code. */
  unit: Scalars['String']['output'];
};

/** One leg of the through transport as the bill states it; the issuer is liable for every leg. */
export type BillLeg = {
  __typename?: 'BillLeg';
  /** The actual carrier of the leg, if one was booked. */
  carrier?: Maybe<Party>;
  /** The conveyance, once known. */
  conveyance?: Maybe<BillConveyance>;
  /** Where the leg starts. */
  from: Location;
  /** How the leg travels. */
  mode: TransportMode;
  /** Planned arrival, yyyy-mm-dd. */
  plannedArrival: Scalars['String']['output'];
  /** Planned departure, yyyy-mm-dd. */
  plannedDeparture: Scalars['String']['output'];
  /** 1-based position in the route. */
  seq: Scalars['Int']['output'];
  /** Pre-carriage, main carriage or on-carriage. */
  stage: BillLegStage;
  /** Where the leg ends. */
  to: Location;
};

export { BillLegStage };

/** An action recorded on a bill. */
export type BillLiveEvent = {
  __typename?: 'BillLiveEvent';
  /** The bill as it is when the event is sent: holder, beneficiary, status. */
  bill: Bill;
  /** The signed chain entry the action appended, with its hash (null for actions before issue). */
  chainEntry?: Maybe<BillChainEntry>;
  /** Pass it as `after:` to resume after this event. */
  cursor: Scalars['String']['output'];
  /** The lifecycle entry: event, from and to status, who and when. */
  entry: HistoryEntry;
};

/** How a goods line is packed. */
export type BillPackages = {
  __typename?: 'BillPackages';
  /** UN/ECE Recommendation 21 package type code, when known. */
  code?: Maybe<Scalars['String']['output']>;
  /** How many packages. */
  count: Scalars['Int']['output'];
  /** What the packages are, e.g. 'pallets'. */
  description: Scalars['String']['output'];
};

/** The result of a bill mutation. */
export type BillPayload = {
  __typename?: 'BillPayload';
  /** The bill after the mutation; null when there are userErrors. */
  bill?: Maybe<Bill>;
  /**
   * Why nothing was done. A refusal by the control rules has code BUSINESS_RULE, rule
   * 'bill-control' and says which rule; a stale expectedVersion or a lost race has code CONFLICT.
   */
  userErrors: Array<UserError>;
};

/** A seal on a container of the bill. */
export type BillSeal = {
  __typename?: 'BillSeal';
  /** The seal number. */
  number: Scalars['String']['output'];
  /** Who applied it: carrier, shipper, veterinary or customs; null when not stated. */
  source?: Maybe<Scalars['String']['output']>;
};

/** The seals of one container, as the operator records them on the draft. */
export type BillSealsInput = {
  /** The container's ISO 6346 number (spaces and dashes are ignored). */
  container: Scalars['String']['input'];
  /** Its seal numbers. */
  seals: Array<Scalars['String']['input']>;
};

export { BillStatus };

/** The part of a goods line stowed in one container (a DCSA cargo item). */
export type BillStowage = {
  __typename?: 'BillStowage';
  /** The container number (or ULD id) it is stowed in. */
  equipment: Scalars['String']['output'];
  /** Their gross weight in kilograms. */
  grossWeightKg: Scalars['Decimal']['output'];
  /** How many packages of the line are in it. */
  packages: Scalars['Int']['output'];
};

export { BillType };

/** The result of checking a bill's chain. */
export type BillVerification = {
  __typename?: 'BillVerification';
  /** The seq of the first entry that cannot be trusted; entries before it verified. Null when ok. */
  brokenAt?: Maybe<Scalars['Int']['output']>;
  /** How many entries verified; null when the chain is broken. */
  entries?: Maybe<Scalars['Int']['output']>;
  /** The failure in words, naming the bill and the entry. Null when ok. */
  message?: Maybe<Scalars['String']['output']>;
  /** True when every entry links to the one before (the first to the document checksum), its hash matches its content and its signature verifies with the actor's key. */
  ok: Scalars['Boolean']['output'];
  /** Why that entry fails: sequence, previous-hash, hash, signature, unknown-key or signer. Null when ok. */
  reason?: Maybe<Scalars['String']['output']>;
};

/** A booking of a route option for an order. */
export type BookRouteInput = {
  /** Carriers per leg; legs without one are recorded by the forwarder. */
  carriers?: InputMaybe<Array<CarrierAssignment>>;
  /** At least one for a route with container legs. */
  containers: Array<ContainerInput>;
  /** Refuse unless the order is still at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The multimodal transport operator (a forwarder party). */
  forwarderId: Scalars['ID']['input'];
  /** A RouteOption id from orderRouteOptions. */
  optionId: Scalars['ID']['input'];
  /** The order (confirmed). */
  orderId: Scalars['ID']['input'];
};

/** The result of bookRoute. */
export type BookRoutePayload = {
  __typename?: 'BookRoutePayload';
  /** The order, now BOOKED. */
  order?: Maybe<Order>;
  /** The new shipment; null when there are userErrors. */
  shipment?: Maybe<Shipment>;
  /** Business rules the request broke, each with its field and rule. */
  userErrors: Array<UserError>;
};

/** An amount in the loan currency and the same in the goods' currency, at the rate shown with it. */
export type BothCurrencies = {
  __typename?: 'BothCurrencies';
  /** In the goods' currency. */
  goods: Money;
  /** In the loan currency. */
  loan: Money;
};

/** A credit limit the insurer approved on one buyer. */
export type BuyerCreditLimit = {
  __typename?: 'BuyerCreditLimit';
  /** The approved limit. */
  approved: Money;
  /** What is left: approved − used. */
  available: Money;
  /** The buyer. */
  buyer: Party;
  /** The insured value of the shipments declared to this buyer. */
  used: Money;
};

/** A credit limit on one buyer. */
export type BuyerLimitInput = {
  /** The limit, as decimal text in the policy currency. */
  amount: Scalars['Decimal']['input'];
  /** The buyer's party id (an importer). */
  buyer: Scalars['ID']['input'];
};

/** Cargo to plan a route for. */
export type CargoInput = {
  /** Forty-foot containers to book (2 TEU each). */
  containers?: InputMaybe<Scalars['Int']['input']>;
  /** Gross weight in kilograms. */
  grossWeightKg: Scalars['Float']['input'];
  /** Twenty-foot equivalent units to book. */
  teu?: InputMaybe<Scalars['Int']['input']>;
  /** Volume in cubic metres (for air chargeable weight and TEU estimates). */
  volumeM3?: InputMaybe<Scalars['Float']['input']>;
};

/** Which carrier runs a leg. */
export type CarrierAssignment = {
  /** A carrier party. */
  carrierId: Scalars['ID']['input'];
  /** The leg. */
  legSeq: Scalars['Int']['input'];
};

export { ConformityAction };

/** A container on a shipment. */
export type Container = {
  __typename?: 'Container';
  /** ISO 6346 container number. */
  number: Scalars['String']['output'];
  /** Twenty-foot equivalent units (1 or 2). */
  teu: Scalars['Int']['output'];
  /** ISO 6346 size-type code, e.g. 22G1. */
  type: Scalars['String']['output'];
};

/** A container to book. */
export type ContainerInput = {
  /** ISO 6346 number; the check digit is verified. */
  number: Scalars['String']['input'];
  /** ISO 6346 size-type code, e.g. 22G1. */
  type: Scalars['String']['input'];
};

/** What to set up: a bundled scenario, a scenario in YAML, or neither (an empty world). */
export type CreateExerciseInput = {
  /** Days an overdue loan stays unpaid before its bank declares it in default (1 to 360, default 30). */
  defaultAfterDaysOverdue?: InputMaybe<Scalars['Int']['input']>;
  /** A bundled scenario's id, e.g. rail-sea-moto-financing. */
  scenario?: InputMaybe<Scalars['String']['input']>;
  /** The seed customs' lane draws follow; the scenario's own when left out. */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** Where the clock starts; the scenario's start (or, empty, this hour) when left out. */
  start?: InputMaybe<Scalars['DateTime']['input']>;
  /** Shown to the class; the scenario's title when left out. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Or a scenario written out in YAML, in the form scenarios/scenario.schema.json describes. */
  yaml?: InputMaybe<Scalars['String']['input']>;
};

/** A new export order; the caller (an exporter) is the seller. */
export type CreateOrderInput = {
  /** An importer party. */
  buyerId: Scalars['ID']['input'];
  /** ISO 4217; every line is priced in it. */
  currency: Scalars['String']['input'];
  /** UN/LOCODE where the goods go; differs from the origin. */
  destination: Scalars['String']['input'];
  /** An Incoterms 2020 rule; FAS, FOB, CFR and CIF need a sea or inland-waterway route when booked. */
  incoterm: Scalars['String']['input'];
  /** The Incoterm's named place (UN/LOCODE). */
  incotermPlace: Scalars['String']['input'];
  /** At least one line, at most 200. */
  lines: Array<OrderLineInput>;
  /** UN/LOCODE where the goods start. */
  origin: Scalars['String']['input'];
  /** yyyy-mm-dd, not before today. */
  readyDate: Scalars['Date']['input'];
  /** An export trade mode, e.g. 0110. */
  tradeMode: Scalars['String']['input'];
};

/** A short-term export credit insurance policy (出口信用保险, 出口信保). */
export type CreditPolicy = {
  __typename?: 'CreditPolicy';
  /** A credit limit on each buyer. */
  buyerLimits: Array<BuyerCreditLimit>;
  /** The claims paid under it. */
  claims: Array<PolicyClaim>;
  /** ISO 4217 currency of the limits, insured values and claims. */
  currency: Scalars['String']['output'];
  /** The insured exporter. */
  exporter: Party;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The share of a covered loss the insurer pays, percent. */
  indemnityPercent: Scalars['Decimal']['output'];
  /** The insurer. */
  insurer: Party;
  /** When it was issued (ISO 8601). */
  issuedAt: Scalars['String']['output'];
  /** CP-<year>-<serial>. */
  number: Scalars['String']['output'];
  /** The premium, percent of the insured value. */
  premiumRatePercent: Scalars['Decimal']['output'];
  /** The shipments declared under it. */
  shipments: Array<InsuredShipment>;
  /** Incremented by every change. */
  version: Scalars['Int']['output'];
};

/** The outcome of a credit policy mutation. */
export type CreditPolicyPayload = {
  __typename?: 'CreditPolicyPayload';
  /** The policy after the change; null when nothing was done. */
  policy?: Maybe<CreditPolicy>;
  /**
   * Why nothing was done: field rules (VALIDATION), a shipment that does not fit in the buyer's
   * limit (BUSINESS_RULE, rule 'credit-limit-exceeded'), a shipment declared twice (DUPLICATE).
   */
  userErrors: Array<UserError>;
};

/** A decision customs records on a declaration. */
export type CustomsDecision =
  /** Accept a submitted declaration (接单); an advance declaration needs its manifest on file. */
  | 'ACCEPT'
  /** Record that the goods of an advance declaration have arrived (运抵). */
  | 'ARRIVED'
  /** Record a transit's arrival at its destination office. */
  | 'ARRIVED_AT_DESTINATION'
  /** Close a released declaration (结关). */
  | 'CLOSE'
  /** Fail the post-release conformity assessment; needs a reason and a conformityAction. */
  | 'CONFORMITY_FAILED'
  /** Pass the post-release conformity assessment: the declaration closes. */
  | 'CONFORMITY_PASSED'
  /** Raise an e-lock alarm; needs elockId (the container's lock) and a reason. The order is put on hold. */
  | 'ELOCK_ALARM'
  /** Pass an inspection at the factory of an inspect-then-stuff enterprise and fit an e-lock; needs elockId. */
  | 'FACTORY_INSPECTED'
  /** Fail the physical inspection; needs a reason (what was found). The goods are held. */
  | 'INSPECTION_FAILED'
  /** Pass the physical inspection. */
  | 'INSPECTION_PASSED'
  /** Record that the manifest (舱单) of an advance declaration is on file. */
  | 'MANIFEST_FILED'
  /** Escalate to a physical inspection (from document review, or on a two-step summary). */
  | 'ORDER_INSPECTION'
  /** Refuse held goods; needs a reason (final). */
  | 'REFUSE'
  /** Pass the reinspection after an e-lock alarm; the order's e-lock hold is lifted. */
  | 'REINSPECTION_PASSED'
  /** Return it for correction (退单); needs a reason. */
  | 'REJECT'
  /** Release the goods (放行). */
  | 'RELEASE'
  /** Release held goods after the declarant corrected the discrepancy. */
  | 'RELEASE_AFTER_CORRECTION'
  /** Release a two-step summary for pickup. */
  | 'RELEASE_FOR_PICKUP'
  /** Release imported goods from the port pending the conformity assessment (两段准入). */
  | 'RELEASE_FROM_PORT'
  /** Pass the document review of a yellow-lane declaration. */
  | 'REVIEW_PASSED'
  /** Seal a declared transit at its origin office; needs elockId. */
  | 'SEALED'
  /** Close a transit at its destination office (转关核销). */
  | 'TRANSIT_CLOSED';

/** A customs decision on a declaration. */
export type CustomsDecisionInput = {
  /** Required for CONFORMITY_FAILED. */
  conformityAction?: InputMaybe<ConformityAction>;
  /** What customs decides. */
  decision: CustomsDecision;
  /** The declaration's number or id. */
  declaration: Scalars['String']['input'];
  /** The e-lock (电子锁): required for FACTORY_INSPECTED, SEALED and ELOCK_ALARM. */
  elockId?: InputMaybe<Scalars['String']['input']>;
  /** Refuse unless the declaration is still at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Why: required for REJECT, INSPECTION_FAILED, REFUSE, CONFORMITY_FAILED and ELOCK_ALARM. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** A Chinese customs office (关区代码). */
export type CustomsOffice = {
  __typename?: 'CustomsOffice';
  /** The 4-digit code. */
  code: Scalars['String']['output'];
  /** Its English name. */
  nameEn: Scalars['String']['output'];
  /** Its Chinese name. */
  nameZh: Scalars['String']['output'];
};

/** A targeting instruction (布控指令) customs placed on a declaration. */
export type CustomsTargeting = {
  __typename?: 'CustomsTargeting';
  /** Why customs targeted it (the intelligence or instruction), as recorded. */
  reason: Scalars['String']['output'];
};

/** A targeting instruction (布控指令): customs, acting on intelligence, orders a declaration's physical inspection whatever its risk selection would say. */
export type CustomsTargetingInput = {
  /** Why it is targeted, 3 to 500 characters after trimming. */
  reason: Scalars['String']['input'];
};

export { DeclarantRole };

/** A customs declaration (报关单) lodged through the single window. */
export type Declaration = {
  __typename?: 'Declaration';
  /** The last e-lock alarm, while held for reinspection. */
  alarm?: Maybe<Scalars['String']['output']>;
  /** The events its current state handles; the rules then decide who may send each. */
  allowedEvents: Array<Scalars['String']['output']>;
  /** Advance declarations: whether the goods have arrived (运抵). */
  arrived: Scalars['Boolean']['output'];
  /** The bill of lading of the shipment, when one was drafted at filing. */
  billNumber?: Maybe<Scalars['String']['output']>;
  /** What it owes; null for exports and transits, and before an import is submitted. */
  charges?: Maybe<DeclarationCharges>;
  /** How the charges were settled: PAID or GUARANTEED; null while none were. */
  chargesSettlement?: Maybe<Scalars['String']['output']>;
  /** The Chinese customs status the state corresponds to, e.g. 放行. */
  chineseStatus: Scalars['String']['output'];
  /** What a failed conformity assessment found. */
  conformityFinding?: Maybe<Scalars['String']['output']>;
  /** ISO 6346 container numbers. */
  containers: Array<Scalars['String']['output']>;
  /** The conveyance and its voyage, train or flight. */
  conveyanceReference: Scalars['String']['output'];
  /** When it was filed (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** Where it was lodged (申报地海关). */
  customsOffice: CustomsOffice;
  /** The party that lodged it. */
  declarant: Party;
  /** The declarant's customs registration code (海关编码). */
  declarantCustomsCode: Scalars['String']['output'];
  /** The role it lodged it in. */
  declarantRole: DeclarantRole;
  /** Why it was deleted. */
  deletionReason?: Maybe<Scalars['String']['output']>;
  /** The e-lock sealing its container, once fitted. */
  elockId?: Maybe<Scalars['String']['output']>;
  /** Advance declarations: the expected arrival or loading date. */
  expectedDate?: Maybe<Scalars['String']['output']>;
  /** Gross weight in kg. */
  grossWeightKg: Scalars['Decimal']['output'];
  /** Every applied event. */
  history: Array<HistoryEntry>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** Whether the exporter is enrolled in inspect-then-stuff (先查验后装箱): an inspection happens at its factory. */
  inspectThenStuff: Scalars['Boolean']['output'];
  /** What a failed inspection found. */
  inspectionFinding?: Maybe<Scalars['String']['output']>;
  /** The commercial invoice number. */
  invoiceNumber?: Maybe<Scalars['String']['output']>;
  /** Export, import or transit. */
  kind: DeclarationKind;
  /** The lane customs selected; null before risk selection. */
  lane?: Maybe<Lane>;
  /** The goods lines. */
  lines: Array<DeclarationLine>;
  /** Advance declarations: whether the manifest (舱单) is on file. */
  manifestOnFile: Scalars['Boolean']['output'];
  /** Standard, two-step or advance. */
  mode: DeclarationMode;
  /** 18 digits: customs office (4), year (4), 1 import or 0 export and transit, serial (9). */
  number: Scalars['String']['output'];
  /** The order whose goods it declares; null when the caller may not read the order. */
  order?: Maybe<Order>;
  /** The order's number. */
  orderNumber: Scalars['String']['output'];
  /** The goods' owner: the seller of an export, the buyer of an import. */
  owner: Party;
  /** Number of packages. */
  packages?: Maybe<Scalars['Int']['output']>;
  /** The port of exit, entry or transit. */
  port: Location;
  /** Why customs refused the goods. */
  refusalReason?: Maybe<Scalars['String']['output']>;
  /** Why customs returned it for correction, while returned. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** The selection and why; null before risk selection. */
  selection?: Maybe<LaneSelection>;
  /** The shipment's number, when the order was booked. */
  shipmentNumber?: Maybe<Scalars['String']['output']>;
  /** Where it is in its lifecycle. */
  state: DeclarationState;
  /** The declared total; null in a two-step summary that left it out. */
  totalValue?: Maybe<Money>;
  /** 监管方式. */
  tradeMode: Scalars['String']['output'];
  /** Transits only. */
  transit?: Maybe<TransitDetails>;
  /** The mode at the port. */
  transportMode: TransportMode;
  /** Two-step declarations only. */
  twoStep?: Maybe<TwoStepDetails>;
  /** Incremented by every change; pass it as expectedVersion to act on what you read. */
  version: Scalars['Int']['output'];
  /** Warnings the single window gave with the last accepted content. */
  warnings: Array<DeclarationWarning>;
};

/** What a declaration owes customs, in CNY. */
export type DeclarationCharges = {
  __typename?: 'DeclarationCharges';
  /** Total consumption tax. */
  consumptionTax: Money;
  /** The customs value in CNY. */
  customsValue: Money;
  /** Total duty. */
  duty: Money;
  /** The customs exchange rate used (CNY per unit of the declared currency). */
  exchangeRate: Scalars['Decimal']['output'];
  /** The late fee of a two-step complete declaration, if one was filed. */
  lateFee?: Maybe<LateFee>;
  /** Import duty and taxes by line; empty for exports. */
  taxLines: Array<ImportTaxLine>;
  /** Everything due: taxes and fees. */
  total: Money;
  /** Total import VAT. */
  vat: Money;
};

/** A page of declarations. */
export type DeclarationConnection = {
  __typename?: 'DeclarationConnection';
  /** The declarations on this page. */
  edges: Array<DeclarationEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many declarations match in all. */
  totalCount: Scalars['Int']['output'];
};

/** The goods, transport and references of a declaration: what a correction may change. */
export type DeclarationContentInput = {
  /** ISO 6346 container numbers; each must be on the shipment. */
  containers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Conveyance name and voyage, train or flight number. */
  conveyanceReference: Scalars['String']['input'];
  /** 申报地海关: the 4-digit customs office code (8001 Chongqing, 2921 Yiwu ...). */
  customsOffice: Scalars['String']['input'];
  /** Advance declarations only: the expected arrival (import) or loading (export) date, yyyy-mm-dd, after today. */
  expectedDate?: InputMaybe<Scalars['Date']['input']>;
  /** The commercial invoice number; optional only in a two-step summary. */
  invoiceNumber?: InputMaybe<Scalars['String']['input']>;
  /** The goods lines, at most 50. */
  lines: Array<DeclarationLineInput>;
  /** UN/LOCODE of the port of exit (export), entry (import) or the transit's place, on the shipment's route. */
  port: Scalars['String']['input'];
  /** The totals. */
  totals: DeclarationTotalsInput;
  /** 监管方式, 4 digits (0110 general trade ...); default: the order's. */
  tradeMode?: InputMaybe<Scalars['String']['input']>;
  /** The mode of the leg leaving (export) or reaching (import) the port. */
  transportMode: TransportMode;
};

/** A declaration on a page. */
export type DeclarationEdge = {
  __typename?: 'DeclarationEdge';
  /** Cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The declaration. */
  node: Declaration;
};

/** Which declarations to list. */
export type DeclarationFilter = {
  /** Only this kind. */
  kind?: InputMaybe<DeclarationKind>;
  /** Only declarations customs' risk selection gave this lane. */
  lane?: InputMaybe<Lane>;
  /** Only the declarations of this order (id or number). */
  order?: InputMaybe<Scalars['String']['input']>;
  /** Only declarations in this state. */
  state?: InputMaybe<DeclarationState>;
  /** true: only declarations not given a lane yet; false: only those given one. Not with `lane`. */
  withoutLane?: InputMaybe<Scalars['Boolean']['input']>;
};

export { DeclarationKind };

/** One goods line of a declaration. */
export type DeclarationLine = {
  __typename?: 'DeclarationLine';
  /** What the goods are. */
  description: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 final destination; null in a two-step summary that left it out. */
  destinationCountry?: Maybe<Scalars['String']['output']>;
  /** HS code, digits only. */
  hsCode: Scalars['String']['output'];
  /** 项号. */
  lineNo: Scalars['Int']['output'];
  /** The order line it declares. */
  orderLineNo: Scalars['Int']['output'];
  /** ISO 3166-1 alpha-2 country of origin. */
  originCountry: Scalars['String']['output'];
  /** Quantity. */
  quantity: Scalars['Decimal']['output'];
  /** UN/ECE Recommendation 20 unit. */
  unit: Scalars['String']['output'];
  /** The line's declared value. */
  value: Money;
};

/** One goods line (商品项) of a declaration. */
export type DeclarationLineInput = {
  /** ISO 4217 currency; the order's currency. */
  currency: Scalars['String']['input'];
  /** What the goods are. */
  description: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 final destination (最终目的国); optional only in a two-step summary. */
  destinationCountry?: InputMaybe<Scalars['String']['input']>;
  /** 商品编号: the 10-digit Chinese code (8-digit tariff code + 2 supervision digits); a two-step summary may give 6. */
  hsCode: Scalars['String']['input'];
  /** 项号: 1, 2, 3 ... in order. */
  lineNo: Scalars['Int']['input'];
  /** The order line it declares; default: the same number as lineNo. */
  orderLineNo?: InputMaybe<Scalars['Int']['input']>;
  /** ISO 3166-1 alpha-2 country of origin. */
  originCountry: Scalars['String']['input'];
  /** Quantity, as decimal text. */
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
  /** UN/ECE Recommendation 20 unit; the order line's unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The line's total value, as decimal text in its currency. */
  value: Scalars['Decimal']['input'];
};

export { DeclarationMode };

/** The outcome of a declaration mutation. */
export type DeclarationPayload = {
  __typename?: 'DeclarationPayload';
  /** The declaration after the change; null when nothing was done. */
  declaration?: Maybe<Declaration>;
  /**
   * Why nothing was done. Field rules have code VALIDATION with the field path and rule; a refusal
   * by the lifecycle rules has code BUSINESS_RULE and rule 'declaration-control'; a stale
   * expectedVersion or a lost race has code CONFLICT.
   */
  userErrors: Array<UserError>;
};

/** A receipt of a declaration, as customs' single window sends it. */
export type DeclarationReceiptEvent = {
  __typename?: 'DeclarationReceiptEvent';
  /** Pass it as `after:` to resume after this event. */
  cursor: Scalars['String']['output'];
  /** The declaration as it is when the event is sent (lane, inspection, release …). */
  declaration: Declaration;
  /** The lifecycle entry: event, from and to state, who and when. */
  entry: HistoryEntry;
  /** The Chinese receipt (回执) of that state, e.g. 接单交单. */
  receipt: Scalars['String']['output'];
  /** The state reached. */
  state: DeclarationState;
};

/** Which declarations' receipts to follow; all the caller may read when empty. */
export type DeclarationReceiptFilter = {
  /** One declaration, by number or id. */
  declaration?: InputMaybe<Scalars['String']['input']>;
};

export { DeclarationState };

/** The totals of a declaration. */
export type DeclarationTotalsInput = {
  /** The lines' currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Gross weight in kg (毛重), at most 3 decimals. */
  grossWeightKg: Scalars['Decimal']['input'];
  /** Number of packages (件数); optional only in a two-step summary. */
  packages?: InputMaybe<Scalars['Int']['input']>;
  /** The sum of the lines' values, exactly; optional only in a two-step summary. */
  value?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Something the single window accepted but worth telling the declarant. */
export type DeclarationWarning = {
  __typename?: 'DeclarationWarning';
  /** Path of the field. */
  field: Array<Scalars['String']['output']>;
  /** What to look at. */
  message: Scalars['String']['output'];
  /** The rule's short name. */
  rule: Scalars['String']['output'];
};

/**
 * One field in which a document disagrees with another (四单对碰): `documents` and `values` run
 * in parallel, values[0] is what documents[0] states and values[1] what documents[1] states.
 */
export type DocumentMismatch = {
  __typename?: 'DocumentMismatch';
  /** The two documents compared; the first is the order for every field but the dates. */
  documents: Array<TradeDocument>;
  /** Which field, e.g. value.amount, parties.buyer, goods.0.hsCode, route.destination, dates.invoiceDate. */
  field: Scalars['String']['output'];
  /** The mismatch in words, with both values. */
  message: Scalars['String']['output'];
  /** The rule broken, e.g. value-outside-tolerance, hs-subheading-differs, route-differs. */
  rule: Scalars['String']['output'];
  /** What each of the two documents states, in the same order. */
  values: Array<Scalars['String']['output']>;
};

/** A new bill for a booked shipment; the caller (its forwarder) is the issuer. */
export type DraftBillInput = {
  /** Straight or to order. */
  billType: BillType;
  /** Straight bills: the named consignee (default: the order's buyer). */
  consigneeId?: InputMaybe<Scalars['ID']['input']>;
  /** Seal numbers per container; the DCSA export needs at least one on every container. */
  seals?: InputMaybe<Array<BillSealsInput>>;
  /** The shipment's number or id. */
  shipment: Scalars['String']['input'];
  /** To-order bills: the party it is made out to the order of (default: the shipper). */
  toOrderOfId?: InputMaybe<Scalars['ID']['input']>;
};

/** A classroom exercise: a world of its own with its own clock. */
export type Exercise = {
  __typename?: 'Exercise';
  /** Simulated time per real time: 0 while the clock stands still. */
  clockRate: Scalars['Float']['output'];
  /** When it was set up (server time), ISO 8601. */
  createdAt: Scalars['String']['output'];
  /** Days an overdue loan stays unpaid before default. */
  defaultAfterDaysOverdue: Scalars['Int']['output'];
  /** What happened, in exercise time, after `after` (trainer only). */
  events: Array<ExerciseEvent>;
  /** The incidents injected, in order (trainer only; empty for participants). */
  incidents: Array<ExerciseIncident>;
  /** The report as Markdown: the KPIs as a table, then the incidents and the events (trainer only). */
  markdown?: Maybe<Scalars['String']['output']>;
  /** The exercise's time now, ISO 8601 UTC. */
  now: Scalars['String']['output'];
  /** Its number, e.g. EX-2026-000001. */
  number: Scalars['ID']['output'];
  /** Everyone invited (the trainer sees all; a participant only itself). */
  participants: Array<ExerciseParticipant>;
  /** The report as JSON text: exercise, time, KPIs, incidents and events (trainer only). */
  reportJson?: Maybe<Scalars['String']['output']>;
  /** The bundled or uploaded scenario it was set up from; null for an empty world. */
  scenarioId?: Maybe<Scalars['String']['output']>;
  /**
   * The KPIs: for the trainer the whole class (participant null) then each participant; for a
   * participant, its own.
   */
  score: Array<ExerciseKpis>;
  /** The seed customs' lane draws follow. */
  seed: Scalars['Int']['output'];
  /** Shown to the class. */
  title: Scalars['String']['output'];
};


/** A classroom exercise: a world of its own with its own clock. */
export type ExerciseEventsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One thing that happened in an exercise. */
export type ExerciseEvent = {
  __typename?: 'ExerciseEvent';
  /** The party code that acted, CLOCK or MARKET. */
  actor: Scalars['String']['output'];
  /** Exercise time, ISO 8601 UTC. */
  at: Scalars['String']['output'];
  /** What happened, in words. */
  detail: Scalars['String']['output'];
  /** document.happening, e.g. financing.overdue, incident.fxMove. */
  name: Scalars['String']['output'];
  /** Refused by a rule (the attempt is recorded too). */
  refused: Scalars['Boolean']['output'];
  /** The rule that refused it. */
  rule?: Maybe<Scalars['String']['output']>;
  /** Its position in the log. */
  seq: Scalars['Int']['output'];
};

/** An incident injected into an exercise. */
export type ExerciseIncident = {
  __typename?: 'ExerciseIncident';
  /** Exercise time, ISO 8601 UTC. */
  at: Scalars['String']['output'];
  /** What it did. */
  effect: Scalars['String']['output'];
  /** The trainer's note. */
  note?: Maybe<Scalars['String']['output']>;
  /** The order it befell. */
  order?: Maybe<Scalars['String']['output']>;
  /** Its position among the exercise's incidents. */
  seq: Scalars['Int']['output'];
  /** Its type in the scenario vocabulary. */
  type: Scalars['String']['output'];
};

/** The run KPIs of an exercise, for the class or one participant, at the exercise's time. */
export type ExerciseKpis = {
  __typename?: 'ExerciseKpis';
  /** Declarations lodged to released, hours. */
  averageCustomsDwellHours?: Maybe<Scalars['Float']['output']>;
  /** Ready date to delivery, days. */
  averageLeadTimeDays?: Maybe<Scalars['Float']['output']>;
  /** Ready date to planned arrival, days. */
  averagePlannedLeadTimeDays?: Maybe<Scalars['Float']['output']>;
  /** CO2 of the routes booked, kg. */
  co2Kg: Scalars['Decimal']['output'];
  /** Orders delivered. */
  delivered: Scalars['Int']['output'];
  /** Duties, taxes and fees assessed, CNY. */
  dutiesAndFeesCny: Scalars['Decimal']['output'];
  /** Interest paid and accrued, USD: the financing cost. */
  financingCostUsd: Scalars['Decimal']['output'];
  /** Freight booked, USD at the exercise's rates of now. */
  freightUsd: Scalars['Decimal']['output'];
  /** Late fees (滞报金) among them, CNY. */
  lateFeesCny: Scalars['Decimal']['output'];
  /** Loans (a bank's: those it made). */
  loans: Scalars['Int']['output'];
  /** Loans declared in default. */
  loansDefaulted: Scalars['Int']['output'];
  /** Loans overdue now. */
  loansOverdue: Scalars['Int']['output'];
  /** Orders delivered by their planned day. */
  onTime: Scalars['Int']['output'];
  /** On time over delivered, percent; null before any delivery. */
  onTimeRatePercent?: Maybe<Scalars['Float']['output']>;
  /** Orders it is seller, buyer or forwarder of (a bank's: none; see loans). */
  orders: Scalars['Int']['output'];
  /** The participant's name; null for the whole class. */
  participant?: Maybe<Scalars['String']['output']>;
  /** The participant's party. */
  partyCode?: Maybe<Scalars['String']['output']>;
  /** The participant's role. */
  role?: Maybe<Role>;
};

/** A participant of an exercise. */
export type ExerciseParticipant = {
  __typename?: 'ExerciseParticipant';
  /** When its token was taken away, or null. */
  dismissedAt?: Maybe<Scalars['String']['output']>;
  /** When it was invited (server time), ISO 8601. */
  invitedAt: Scalars['String']['output'];
  /** Its name in the exercise. */
  name: Scalars['String']['output'];
  /** The party it acts as, by code. */
  partyCode: Scalars['String']['output'];
  /** The one role it acts in. */
  role: Role;
  /** The token's first characters. */
  tokenPrefix: Scalars['String']['output'];
};

/** The result of an exercise mutation. */
export type ExercisePayload = {
  __typename?: 'ExercisePayload';
  /** The exercise after it; null when refused. */
  exercise?: Maybe<Exercise>;
  /** Why it was refused. */
  userErrors: Array<UserError>;
};

/** Where a participant's token puts it. */
export type ExerciseSeat = {
  __typename?: 'ExerciseSeat';
  /** The exercise. */
  exercise: Exercise;
  /** The participant's name. */
  participant: Scalars['String']['output'];
  /** The party it acts as. */
  partyCode: Scalars['String']['output'];
  /** The one role it acts in. */
  role: Role;
};

/** An export tax refund (出口退税) application. */
export type ExportRefund = {
  __typename?: 'ExportRefund';
  /** The refund applied for, in CNY. */
  appliedAmount: Money;
  /** The refund approved, in CNY; null before approval. */
  approvedAmount?: Maybe<Money>;
  /** When it was applied for (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** The export declaration it is for. */
  declaration?: Maybe<Declaration>;
  /** The export declaration's number. */
  declarationNumber: Scalars['String']['output'];
  /** The customs exchange rate used (CNY per unit). */
  exchangeRate: Scalars['Decimal']['output'];
  /** The exporter applying. */
  exporter: Party;
  /** How the FOB value was derived from the Incoterm: what was deducted (e.g. "CIF price 22020.00 USD less freight 860.00 and insurance 30.00: FOB value 21130.00 USD"), what was taken as it stands, what was ignored. */
  fobNotes: Array<Scalars['String']['output']>;
  /** The FOB value in the declared currency. */
  fobValue: Money;
  /** Every applied event. */
  history: Array<HistoryEntry>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The refund by line, in CNY. */
  lines: Array<RefundLine>;
  /** The payment reference once paid. */
  paymentReference?: Maybe<Scalars['String']['output']>;
  /** Why it was rejected. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Where it is. */
  state: RefundState;
  /** Incremented by every change. */
  version: Scalars['Int']['output'];
  /** Why it was withdrawn. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
};

/** A decision on an export tax refund. */
export type ExportRefundDecisionInput = {
  /** APPROVE: the approved amount in CNY; default: the amount applied for. */
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  /** What is decided. */
  decision: RefundDecision;
  /** Refuse unless the refund is still at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** REJECT and WITHDRAW: why. */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** PAY: the payment reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The export declaration's number, or the refund's id. */
  refund: Scalars['String']['input'];
};

/** The outcome of a refund mutation. */
export type ExportRefundPayload = {
  __typename?: 'ExportRefundPayload';
  /** The refund after the change; null when nothing was done. */
  refund?: Maybe<ExportRefund>;
  /** Why nothing was done. */
  userErrors: Array<UserError>;
};

/** A declaration to file. */
export type FileDeclarationInput = {
  /** The goods, transport and references. */
  content: DeclarationContentInput;
  /** Export, import or transit. */
  kind: DeclarationKind;
  /** Standard, two-step (imports) or advance. */
  mode: DeclarationMode;
  /** The order's id or number. */
  order: Scalars['String']['input'];
  /** Transit declarations only. */
  transit?: InputMaybe<TransitInput>;
  /** Two-step declarations only. */
  twoStep?: InputMaybe<TwoStepInput>;
};

/** A trade financing (贸易融资): an exporter's application to a bank and, once approved, the loan. */
export type Financing = {
  __typename?: 'Financing';
  /** The events its current state handles; the rules then decide who may send each. */
  allowedEvents: Array<Scalars['String']['output']>;
  /** The bank lending. */
  bank: Party;
  /** The bill it stands on; null when none, or the caller may not read it. */
  bill?: Maybe<Bill>;
  /** The bill's number, if any. */
  billNumber?: Maybe<Scalars['String']['output']>;
  /** The Chinese term for the state, e.g. 质押登记. */
  chineseState: Scalars['String']['output'];
  /** The insurance claim paid to the bank, if any. */
  claim?: Maybe<FinancingClaim>;
  /** When it was applied for (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** ISO 4217 currency of the loan. */
  currency: Scalars['String']['output'];
  /** Why the bank declared it in default. */
  defaultReason?: Maybe<Scalars['String']['output']>;
  /** When it was disbursed (ISO 8601); null before. */
  disbursedAt?: Maybe<Scalars['String']['output']>;
  /** The exporter borrowing. */
  exporter: Party;
  /** ISO 4217 currency of the goods (the order's). */
  goodsCurrency: Scalars['String']['output'];
  /** Every applied event. */
  history: Array<HistoryEntry>;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** The insurer of the policy behind it, if any. */
  insurer?: Maybe<Party>;
  /** The commercial invoice; null when the caller may not read it. */
  invoice?: Maybe<Invoice>;
  /** The invoice's number. */
  invoiceNumber: Scalars['String']['output'];
  /** What it stands on. */
  kind: FinancingKind;
  /** The last four-document matching; null before one. */
  matching?: Maybe<FinancingMatching>;
  /** The day it falls due, yyyy-mm-dd; null before disbursement. */
  maturityDate?: Maybe<Scalars['String']['output']>;
  /** The mismatches of the last matching, field by field with both documents and both values; empty when none. */
  mismatches: Array<DocumentMismatch>;
  /** FIN-<year>-<serial>. */
  number: Scalars['String']['output'];
  /** The order it stands on; null when the caller may not read it. */
  order?: Maybe<Order>;
  /** The order's number. */
  orderNumber: Scalars['String']['output'];
  /** Since when it is overdue (ISO 8601), if flagged. */
  overdueSince?: Maybe<Scalars['String']['output']>;
  /** The policy behind it; null when none, or the caller may not read it. */
  policy?: Maybe<CreditPolicy>;
  /** The policy's number, if any. */
  policyNumber?: Maybe<Scalars['String']['output']>;
  /** The position now: limit, principal, interest and settlement amount in both currencies. */
  position?: Maybe<FinancingPosition>;
  /** Why the bank rejected it. */
  rejectionReason?: Maybe<Scalars['String']['output']>;
  /** Every payment by the exporter, oldest first. */
  repayments: Array<FinancingRepayment>;
  /** Where it is in its lifecycle. */
  state: FinancingState;
  /** The approved terms; null before approval. */
  terms?: Maybe<FinancingTerms>;
  /** Incremented by every change. */
  version: Scalars['Int']['output'];
  /** Why the exporter withdrew it. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** Why the bank wrote it off. */
  writeOffReason?: Maybe<Scalars['String']['output']>;
};

/** The insurance claim paid on a defaulted policy financing. */
export type FinancingClaim = {
  __typename?: 'FinancingClaim';
  /** The loss, in the policy currency. */
  loss: Money;
  /** When it was paid (ISO 8601). */
  paidAt: Scalars['String']['output'];
  /** Who was paid: the financing bank. */
  payee: Party;
  /** The payout, in the policy currency. */
  payout: Money;
  /** The payout in the loan currency, at the rate of the clock's time of payment. */
  payoutInLoanCurrency: Money;
  /** The policy's number. */
  policyNumber: Scalars['String']['output'];
};

/** A page of financings. */
export type FinancingConnection = {
  __typename?: 'FinancingConnection';
  /** The financings on this page. */
  edges: Array<FinancingEdge>;
  /** Where the page ends. */
  pageInfo: PageInfo;
  /** How many financings match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A financing on a page. */
export type FinancingEdge = {
  __typename?: 'FinancingEdge';
  /** Cursor of this row. */
  cursor: Scalars['String']['output'];
  /** The financing. */
  node: Financing;
};

/** Which financings to follow; all the caller may read when empty. */
export type FinancingEventFilter = {
  /** One financing, by number or id. */
  financing?: InputMaybe<Scalars['String']['input']>;
};

/** Which financings to list. */
export type FinancingFilter = {
  /** Only this kind. */
  kind?: InputMaybe<FinancingKind>;
  /** Only financings in this state. */
  state?: InputMaybe<FinancingState>;
};

/** Interest on the loan: simple, ACT/360, exact decimals, rounded half-up once over the whole loan. */
export type FinancingInterest = {
  __typename?: 'FinancingInterest';
  /** Interest accrued over the whole loan, rounded half-up to the loan currency's minor units. */
  accrued: BothCurrencies;
  /** Days from disbursement to now (or to the last repayment of a repaid loan). */
  days: Scalars['Int']['output'];
  /** Interest due now: accrued − paid. */
  due: BothCurrencies;
  /** Interest paid so far. */
  paid: BothCurrencies;
  /** The periods of constant principal. */
  periods: Array<InterestPeriod>;
};

export { FinancingKind };

/** A lifecycle event of a financing. */
export type FinancingLiveEvent = {
  __typename?: 'FinancingLiveEvent';
  /** Pass it as `after:` to resume after this event. */
  cursor: Scalars['String']['output'];
  /** The lifecycle entry: event, from and to state, who and when. */
  entry: HistoryEntry;
  /** The financing as it is when the event is sent. */
  financing: Financing;
  /** The state reached. */
  state: FinancingState;
};

/** The last four-document matching (四单对碰) of a financing. */
export type FinancingMatching = {
  __typename?: 'FinancingMatching';
  /** When the bank ran it (ISO 8601). */
  at: Scalars['String']['output'];
  /** When passed: the lowest value the documents state, the value the bank lends against. */
  cargoValue?: Maybe<Money>;
  /** The export declaration matched, when one was. */
  declarationNumber?: Maybe<Scalars['String']['output']>;
  /** The documents compared, as the kind of financing requires them. */
  documents: Array<TradeDocument>;
  /** The invoice revision matched: a correction after it makes the result stale. */
  invoiceRevision: Scalars['Int']['output'];
  /** Every mismatch, field by field with both values; empty when passed. */
  mismatches: Array<DocumentMismatch>;
  /** Passed or failed. */
  result: MatchingResult;
};

/** The outcome of a financing mutation. */
export type FinancingPayload = {
  __typename?: 'FinancingPayload';
  /** The financing after the change; null when nothing was done. */
  financing?: Maybe<Financing>;
  /**
   * Why nothing was done. Field rules have code VALIDATION with the field path and rule; a second
   * open financing on the same goods has code DUPLICATE and rule 'no-double-financing'; a refusal by
   * the lifecycle rules has code BUSINESS_RULE and rule 'financing-control' (e.g. approving while the
   * matching fails); a lost race has code CONFLICT. A party of the financing acting outside its role
   * gets a FORBIDDEN error instead; anyone else is told it does not exist (NOT_FOUND).
   */
  userErrors: Array<UserError>;
};

/** The loan's position at the clock's time, every amount in the loan and the goods' currency. */
export type FinancingPosition = {
  __typename?: 'FinancingPosition';
  /** The clock's time the position is taken at (ISO 8601). */
  at: Scalars['String']['output'];
  /** The rate from the loan currency to the goods' currency at that time. */
  fxRate: FxRate;
  /** Interest accrued, paid and due; null before disbursement. */
  interest?: Maybe<FinancingInterest>;
  /** The approved limit; null before approval. */
  limit?: Maybe<BothCurrencies>;
  /** The day the loan falls due, yyyy-mm-dd; null before disbursement. */
  maturityDate?: Maybe<Scalars['String']['output']>;
  /** The principal still outstanding; null before disbursement. */
  outstandingPrincipal?: Maybe<BothCurrencies>;
  /** The principal disbursed; null before disbursement. */
  principal?: Maybe<BothCurrencies>;
  /** What repays the loan in full now: outstanding principal + interest due; null before disbursement. */
  settlementAmount?: Maybe<BothCurrencies>;
};

/** A payment by the exporter. */
export type FinancingRepayment = {
  __typename?: 'FinancingRepayment';
  /** When it was paid (ISO 8601). */
  at: Scalars['String']['output'];
  /** The part that paid interest. */
  interest: Money;
  /** The part that reduced the principal. */
  principal: Money;
};

export { FinancingState };

/** The terms the bank approved. */
export type FinancingTerms = {
  __typename?: 'FinancingTerms';
  /** 质押率: the share of the cargo value lent, percent. */
  advanceRatePercent: Scalars['Decimal']['output'];
  /** The annual interest rate, percent (ACT/360). */
  annualRatePercent: Scalars['Decimal']['output'];
  /** The verified cargo value, in the goods' currency and the loan currency. */
  cargoValue: BothCurrencies;
  /** The rate from the goods' currency to the loan currency at approval. */
  fxRate: FxRate;
  /** The limit: advance rate × the cargo value in the loan currency, rounded down; and the same in the goods' currency. */
  limit: BothCurrencies;
  /** The tenor in days, from disbursement to maturity. */
  tenorDays: Scalars['Int']['output'];
};

/** The outcome of flagging overdue transits. */
export type FlagOverdueTransitsPayload = {
  __typename?: 'FlagOverdueTransitsPayload';
  /** The transits flagged overdue now. */
  flagged: Array<Declaration>;
  /** Why nothing was done. */
  userErrors: Array<UserError>;
};

/** An exchange rate as applied: from the rate table held on the clock, never a live rate. */
export type FxRate = {
  __typename?: 'FxRate';
  /** The moment of the conversion (ISO 8601). */
  at: Scalars['String']['output'];
  /** The table entries used: none for the same currency, one, or two for a cross rate. */
  entries: Array<FxRateEntry>;
  /** The rate as computed and used for conversions: exact, an inverse or cross rate to 34 significant digits. */
  exactRate: Scalars['Decimal']['output'];
  /** The currency converted from. */
  from: Scalars['String']['output'];
  /**
   * Units of `to` for one unit of `from`, for reading: rounded half-up to 10 significant digits
   * (an inverse or cross rate has 34, e.g. 1 / 7.30 = 0.1369863014). Amounts are converted with
   * `exactRate`.
   */
  rate: Scalars['Decimal']['output'];
  /** The currency converted to. */
  to: Scalars['String']['output'];
  /** How the rate was found. */
  via: FxRateVia;
};

/** One entry of the rate table held on the clock. */
export type FxRateEntry = {
  __typename?: 'FxRateEntry';
  /** The base currency: one unit of it ... */
  base: Scalars['String']['output'];
  /** The instant it applies from (ISO 8601); the latest entry at or before a moment is used. */
  from: Scalars['String']['output'];
  /** ... is worth `rate` units of this currency. */
  quote: Scalars['String']['output'];
  /** The rate, exact. */
  rate: Scalars['Decimal']['output'];
};

export { FxRateVia };

/** What a server process reports about itself and its peers. */
export type Health = {
  __typename?: 'Health';
  /** The database name inside the MongoDB deployment. */
  database: Scalars['String']['output'];
  /**
   * The server processes sharing this database that have sent a heartbeat recently
   * (within three heartbeat intervals), oldest start first. A process that stops
   * gracefully removes itself; one that crashes drops out once its heartbeat is stale.
   */
  instances: Array<ServerInstance>;
  /** This process's live updates (subscriptions over the WebSocket), counted since it started. */
  live: LiveStats;
  /** Which kind of MongoDB this server is connected to. */
  storage: StorageKind;
  /** The server's release version (from its package.json). */
  version: Scalars['String']['output'];
};

/** Who applied a lifecycle event, and in which role. */
export type HistoryActor = {
  __typename?: 'HistoryActor';
  /** The acting party's id, or 'system'. */
  partyId: Scalars['ID']['output'];
  /** The role the party acted in, e.g. exporter. */
  role: Scalars['String']['output'];
};

/** One applied lifecycle event: who, when, from which state to which, with what payload. */
export type HistoryEntry = {
  __typename?: 'HistoryEntry';
  /** Who applied it. */
  actor: HistoryActor;
  /** When it was applied (ISO 8601). */
  at: Scalars['String']['output'];
  /** The event, e.g. CONFIRM. */
  event: Scalars['String']['output'];
  /** The state before (null for the creation). */
  from?: Maybe<Scalars['String']['output']>;
  /** The event's payload as JSON text. */
  payload: Scalars['String']['output'];
  /** 1 for the creation, then the version the event produced; no gaps. */
  seq: Scalars['Int']['output'];
  /** The state after. */
  to: Scalars['String']['output'];
};

/** Import duty and taxes of one goods line, in CNY. */
export type ImportTaxLine = {
  __typename?: 'ImportTaxLine';
  /** Consumption tax. */
  consumptionTax: Scalars['Decimal']['output'];
  /** Consumption tax rate, percent. */
  consumptionTaxPercent: Scalars['Decimal']['output'];
  /** Duty. */
  duty: Scalars['Decimal']['output'];
  /** MFN duty rate, percent. */
  dutyPercent: Scalars['Decimal']['output'];
  /** HS code. */
  hsCode: Scalars['String']['output'];
  /** The tariff table key that applied. */
  tariffKey: Scalars['String']['output'];
  /** Duty + consumption tax + VAT. */
  total: Scalars['Decimal']['output'];
  /** The line's customs value. */
  value: Scalars['Decimal']['output'];
  /** Import VAT. */
  vat: Scalars['Decimal']['output'];
  /** VAT basis: value + duty + consumption tax. */
  vatBasis: Scalars['Decimal']['output'];
  /** Import VAT rate, percent. */
  vatPercent: Scalars['Decimal']['output'];
};

/**
 * An Incoterms 2020 rule: who pays the main carriage, and whether it needs a sea or inland-waterway
 * route (FAS, FOB, CFR, CIF).
 */
export type Incoterm = {
  __typename?: 'Incoterm';
  /** The rule's three letters, e.g. FCA. */
  code: Scalars['String']['output'];
  /** The rule's English name, e.g. Free Carrier. */
  name: Scalars['String']['output'];
  /** True for FAS, FOB, CFR and CIF: booked only on a route with a sea or inland-waterway leg. */
  seaAndInlandWaterwayOnly: Scalars['Boolean']['output'];
};

/** An incident of the scenario vocabulary. */
export type InjectIncidentInput = {
  /** fxMove: the base currency. */
  base?: InputMaybe<Scalars['String']['input']>;
  /** Whole days late, 1 to 60. */
  delayDays?: InputMaybe<Scalars['Int']['input']>;
  /** The leg's number, from 1. */
  leg?: InputMaybe<Scalars['Int']['input']>;
  /** Why, in words (shown to the class). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The order's number, e.g. ORD-2026-000001. */
  order?: InputMaybe<Scalars['String']['input']>;
  /** fxMove: the quote currency. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** fxMove: units of quote per unit of base from now on. */
  rate?: InputMaybe<Scalars['Decimal']['input']>;
  /**
   * vesselMissed, railSlotShortage, portCongestion, lockCongestion (need order, leg, delayDays);
   * redLaneInspection, failedInspection, elockAlarm, buyerDefault (need order); fxMove (needs base,
   * quote, rate).
   */
  type: Scalars['String']['input'];
};

/** A shipment the exporter declared to the insurer (出运申报). */
export type InsuredShipment = {
  __typename?: 'InsuredShipment';
  /** The buyer. */
  buyer: Party;
  /** Whether a claim on it was paid. */
  claimed: Scalars['Boolean']['output'];
  /** When it was declared (ISO 8601). */
  declaredAt: Scalars['String']['output'];
  /** The rate the goods value was converted at (1 when the currencies agree). */
  fxRate: Scalars['Decimal']['output'];
  /** The order's value as invoiced, in its own currency. */
  goodsValue: Money;
  /** The insured value, in the policy currency. */
  insuredValue: Money;
  /** The order's number. */
  orderNumber: Scalars['String']['output'];
  /** The premium charged, in the policy currency. */
  premium: Money;
};

/** A period of constant principal in the interest calculation. */
export type InterestPeriod = {
  __typename?: 'InterestPeriod';
  /** Actual days. */
  days: Scalars['Int']['output'];
  /** The first day, yyyy-mm-dd (counted). */
  from: Scalars['String']['output'];
  /** principal × rate × days / 360, exact, before rounding. */
  interest: Scalars['Decimal']['output'];
  /** The principal outstanding during the period. */
  principal: Scalars['Decimal']['output'];
  /** The last day, yyyy-mm-dd (not counted). */
  to: Scalars['String']['output'];
};

/** The result of inviteParticipant. */
export type InvitationPayload = {
  __typename?: 'InvitationPayload';
  /** The exercise with its new participant. */
  exercise?: Maybe<Exercise>;
  /** The participant invited. */
  participant?: Maybe<ExerciseParticipant>;
  /** The participant's bearer token, shown only here. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why it was refused. */
  userErrors: Array<UserError>;
};

/** A participant: a name, one party of the exercise and one of its roles. */
export type InviteParticipantInput = {
  /** Unique within the exercise, e.g. a student's name. */
  name: Scalars['String']['input'];
  /** The party's code in the exercise, e.g. CQ-MOTO. */
  party: Scalars['String']['input'];
  /** The role the participant plays: one the party holds, never trainer. */
  role: Role;
};

/** A commercial invoice (商业发票): the seller bills the buyer for an order. */
export type Invoice = {
  __typename?: 'Invoice';
  /** The buyer. */
  buyer: Party;
  /** Where the goods are shipped to, as the invoice states it. */
  destination: Location;
  /** Opaque identifier. */
  id: Scalars['ID']['output'];
  /** yyyy-mm-dd. */
  invoiceDate: Scalars['String']['output'];
  /** When it was first issued (ISO 8601). */
  issuedAt: Scalars['String']['output'];
  /** The goods lines. */
  lines: Array<InvoiceLine>;
  /** The seller's invoice number. */
  number: Scalars['String']['output'];
  /** The order it bills; null when the caller may not read the order. */
  order?: Maybe<Order>;
  /** The order's number. */
  orderNumber: Scalars['String']['output'];
  /** Where the goods are shipped from, as the invoice states it. */
  origin: Location;
  /** The revisions corrections replaced, oldest first. */
  previous: Array<InvoiceRevision>;
  /** 1 as issued, +1 for each correction. */
  revision: Scalars['Int']['output'];
  /** The seller. */
  seller: Party;
  /** The sum of the line amounts. */
  total: Money;
  /** When it was last corrected, or issued (ISO 8601). */
  updatedAt: Scalars['String']['output'];
  /** Incremented by every change; pass it as expectedVersion to correct what you read. */
  version: Scalars['Int']['output'];
};

/** What an invoice states; a correction replaces all of it. */
export type InvoiceContentInput = {
  /** ISO 4217 currency. */
  currency: Scalars['String']['input'];
  /** UN/LOCODE the goods are shipped to; default: the order's destination. */
  destination?: InputMaybe<Scalars['String']['input']>;
  /** yyyy-mm-dd, not after today; default: today by the clock. */
  invoiceDate?: InputMaybe<Scalars['Date']['input']>;
  /** The goods lines, 1 to 99. */
  lines: Array<InvoiceLineInput>;
  /** UN/LOCODE the goods are shipped from; default: the order's origin. */
  origin?: InputMaybe<Scalars['String']['input']>;
};

/** One goods line of an invoice. */
export type InvoiceLine = {
  __typename?: 'InvoiceLine';
  /** quantity × unit price, rounded half-up to the currency's minor units. */
  amount: Scalars['Decimal']['output'];
  /** What the goods are. */
  description: Scalars['String']['output'];
  /** HS code, digits only. */
  hsCode: Scalars['String']['output'];
  /** 1-based position. */
  lineNo: Scalars['Int']['output'];
  /** Quantity. */
  quantity: Scalars['Decimal']['output'];
  /** UN/ECE Recommendation 20 unit. */
  unit: Scalars['String']['output'];
  /** Price per unit in the invoice currency. */
  unitPrice: Scalars['Decimal']['output'];
};

/** One goods line of a commercial invoice. */
export type InvoiceLineInput = {
  /** What the goods are. */
  description: Scalars['String']['input'];
  /** HS code, 6 to 10 digits (dots allowed). */
  hsCode: Scalars['String']['input'];
  /** Quantity, as decimal text. */
  quantity: Scalars['Decimal']['input'];
  /** UN/ECE Recommendation 20 unit, e.g. H87 (pieces). */
  unit: Scalars['String']['input'];
  /** Price per unit, as decimal text in the invoice currency. */
  unitPrice: Scalars['Decimal']['input'];
};

/** The outcome of an invoice mutation. */
export type InvoicePayload = {
  __typename?: 'InvoicePayload';
  /** The invoice after the change; null when nothing was done. */
  invoice?: Maybe<Invoice>;
  /**
   * Why nothing was done: field rules (VALIDATION, with the field path and rule), a second invoice
   * for the order (DUPLICATE, rule 'one-invoice-per-order'), a correction after approval
   * (BUSINESS_RULE, rule 'invoice-financed'), a stale expectedVersion (CONFLICT).
   */
  userErrors: Array<UserError>;
};

/** A revision of an invoice that a correction replaced. */
export type InvoiceRevision = {
  __typename?: 'InvoiceRevision';
  /** The date it stated, yyyy-mm-dd. */
  invoiceDate: Scalars['String']['output'];
  /** The goods lines it stated. */
  lines: Array<InvoiceLine>;
  /** Why the seller corrected it. */
  reason: Scalars['String']['output'];
  /** When the correction replaced it (ISO 8601). */
  replacedAt: Scalars['String']['output'];
  /** Its revision number, 1 for the invoice as first issued. */
  revision: Scalars['Int']['output'];
  /** The total it stated. */
  total: Money;
};

/** The result of issueApiToken. */
export type IssueApiTokenPayload = {
  __typename?: 'IssueApiTokenPayload';
  /** The stored token record; null on failure. */
  apiToken?: Maybe<ApiToken>;
  /** The token itself, shown this once: send it as `Authorization: Bearer <token>`. Null on failure. */
  token?: Maybe<Scalars['String']['output']>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
};

/** An export credit insurance policy to issue. */
export type IssueCreditPolicyInput = {
  /** A credit limit on each buyer, at least one. */
  buyerLimits: Array<BuyerLimitInput>;
  /** ISO 4217 currency of the limits, the insured values and the claims. */
  currency: Scalars['String']['input'];
  /** The insured exporter's party id. */
  exporter: Scalars['ID']['input'];
  /** The share of a covered loss the insurer pays, percent; default 90. */
  indemnityPercent?: InputMaybe<Scalars['Decimal']['input']>;
  /** The premium, percent of each declared shipment's insured value, e.g. 0.8. */
  premiumRatePercent: Scalars['Decimal']['input'];
};

/** A commercial invoice to issue. */
export type IssueInvoiceInput = {
  /** ISO 4217 currency. */
  currency: Scalars['String']['input'];
  /** UN/LOCODE the goods are shipped to; default: the order's destination. */
  destination?: InputMaybe<Scalars['String']['input']>;
  /** yyyy-mm-dd, not after today; default: today by the clock. */
  invoiceDate?: InputMaybe<Scalars['Date']['input']>;
  /** The goods lines, 1 to 99. */
  lines: Array<InvoiceLineInput>;
  /** The seller's invoice number: 3 to 35 letters, digits, '/', '.', '_' or '-'; unique per seller. */
  number: Scalars['String']['input'];
  /** The order's number or id. */
  order: Scalars['String']['input'];
  /** UN/LOCODE the goods are shipped from; default: the order's origin. */
  origin?: InputMaybe<Scalars['String']['input']>;
};

export { Lane };

/** Customs' risk selection of a declaration. */
export type LaneSelection = {
  __typename?: 'LaneSelection';
  /** Every matched rule, including waived ones. */
  hits: Array<RiskRuleHit>;
  /** The lane. */
  lane: Lane;
  /** Why the lane differs from the selection, if it does (a red selection after two-step pickup becomes a document review). */
  note?: Maybe<Scalars['String']['output']>;
  /** The lane the random draw alone gave. */
  randomLane: Lane;
  /** The ids of the rules that raised the lane, heaviest first, then 'random selection' when the draw picked it. */
  reasons: Array<Scalars['String']['output']>;
  /** The targeting instruction (布控) that sent it red; null when there was none. */
  targeting?: Maybe<CustomsTargeting>;
};

/** The late fee (滞报金) of a two-step complete declaration filed after its due date. */
export type LateFee = {
  __typename?: 'LateFee';
  /** Days late. */
  daysLate: Scalars['Int']['output'];
  /** The last day the complete declaration was due, yyyy-mm-dd. */
  dueBy: Scalars['String']['output'];
  /** customs value × rate × days, before rounding. */
  exact: Scalars['Decimal']['output'];
  /** The fee levied, with the currency's minor units. */
  fee: Money;
  /** Why the fee differs from the rounded exact figure (a threshold or a minimum), if it does. */
  note?: Maybe<Scalars['String']['output']>;
  /** Fee per day as a fraction of the customs value (0.0005 = 0.05 %). */
  ratePerDay: Scalars['Decimal']['output'];
};

/**
 * What one server process does for live updates. An event is executed once for every group of
 * subscribers that would get the same answer (the same access to the document, the same
 * subscription document and variables) and the same payload is sent to each of them, so
 * `eventsSent` divided by `executions` is how many subscribers one execution served.
 */
export type LiveStats = {
  __typename?: 'LiveStats';
  /** Events written to subscribers' sockets since the process started. */
  eventsSent: Scalars['Int']['output'];
  /** Events executed (each subscription's selection run against an event) since the process started. */
  executions: Scalars['Int']['output'];
  /** WebSockets open on this process, authenticated or not. */
  sockets: Scalars['Int']['output'];
  /** Subscriptions running on this process. */
  subscriptions: Scalars['Int']['output'];
};

/** A UN/LOCODE place from the reference table. */
export type Location = {
  __typename?: 'Location';
  /** UN/LOCODE, e.g. CNCKG */
  code: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** Approximate latitude in degrees (city or main terminal), e.g. for drawing a route on a map. */
  lat: Scalars['Float']['output'];
  /** Approximate longitude in degrees (city or main terminal). */
  lon: Scalars['Float']['output'];
  /** The place's English name, e.g. Chongqing. */
  name: Scalars['String']['output'];
  /** The place's Chinese name as the single window writes it, e.g. 重庆; null where the table has none. */
  nameZh?: Maybe<Scalars['String']['output']>;
};

export { MatchingResult };

/** The caller, as its bearer token identifies it. */
export type Me = {
  __typename?: 'Me';
  /** The party the token acts for. */
  party: Party;
  /** The roles that party holds. */
  roles: Array<Role>;
  /** The party's API tokens, revoked ones included, oldest first. Token values are never shown again. */
  tokens: Array<ApiToken>;
};

/** A recorded milestone. */
export type Milestone = {
  __typename?: 'Milestone';
  /** When it happened (ISO 8601). */
  at: Scalars['String']['output'];
  /** The leg it happened on. */
  legSeq: Scalars['Int']['output'];
  /** Where it happened. */
  location: Location;
  /** A free-text remark. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it was recorded (ISO 8601). */
  recordedAt: Scalars['String']['output'];
  /** Who recorded it. */
  recordedBy: HistoryActor;
  /** 1-based order of recording. */
  seq: Scalars['Int']['output'];
  /** What happened. */
  type: MilestoneType;
};

export { MilestoneType };

/** An amount in a currency. */
export type Money = {
  __typename?: 'Money';
  /** The amount with the currency's minor units, e.g. 22021.00 (USD) or 1500 (JPY). */
  amount: Scalars['Decimal']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

/** An amount in a currency, as input. */
export type MoneyInput = {
  /** The amount, decimal text. */
  amount: Scalars['Decimal']['input'];
  /** ISO 4217 currency. */
  currency: Scalars['String']['input'];
};

/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** The endorsee accepts the endorsement and becomes owner and holder (recorded as SIGN). */
  acceptEndorsement: BillPayload;
  /** The issuer accepts the pending surrender and becomes the holder (SURRENDERED). */
  acceptSurrender: BillPayload;
  /**
   * The trainer moves the exercise's clock forward, to an instant or by a duration. Everything
   * time-driven fires as the clock passes it, in order and once: loans past maturity fall overdue
   * and, after the exercise's grace days, into default; open transits past their deadline are
   * flagged; a two-step import past its complete-declaration date gets its late-fee notice; queued
   * effects are retried. Interest accrues on the clock. Refused: VALIDATION 'clock-forward-only'
   * (time never runs backwards), CONFLICT 'exercise-clock-busy' when another advance is under way.
   */
  advanceExerciseClock: AdvanceExerciseClockPayload;
  /** The issuer amends a bill surrendered for amendment: voids it and drafts its replacement under a sub-reference (YDBL…-1), which issue gives to whoever surrendered the old one. */
  amendBill: BillPayload;
  /**
   * The exporter applies for the export tax refund (出口退税) of a closed export declaration:
   * FOB value (from the order's Incoterm, less the freight and insurance given) at the customs
   * exchange rate × the refund rate of each line's HS heading. One application per declaration.
   */
  applyForExportRefund: ExportRefundPayload;
  /**
   * An exporter applies to a bank: against a bill it owns and controls (BILL_PLEDGE, rail bills
   * included), against a confirmed order before shipment (PRE_SHIPMENT), or with an export credit
   * insurance policy behind the loan (POLICY_FINANCING). The bank may then read the invoice and the
   * policy. The same bill or order never backs two open financings (DUPLICATE, rule
   * 'no-double-financing'), even when two applications arrive at the same moment.
   */
  applyForFinancing: FinancingPayload;
  /** The shipper approves the draft. */
  approveBill: BillPayload;
  /**
   * The bank approves on a passing matching of the invoice as it stands (a correction after the
   * matching makes it stale): the limit is the advance rate × the verified cargo value, converted to
   * the loan currency at the rate of the clock's time and rounded down. The bank only.
   */
  approveFinancing: FinancingPayload;
  /**
   * Customs' risk selection: runs the risk profile's rules (HS heading, origin, credit rating and
   * AEO status, value band) and the minimum random rates on the customs seed, and gives the
   * declaration its lane: green to release (or tax), yellow to document review, red to physical
   * inspection. An accepted declaration passes through risk assessment to its lane; a two-step
   * summary takes its lane directly. With a targeting instruction (布控) the declaration goes red
   * whatever the rules, the draw and AEO status say, with reason TARGETED first (a complete two-step
   * declaration, already picked up, gets a document review instead). Customs only.
   */
  assessDeclarationRisk: DeclarationPayload;
  /** The holder who owns a to-order bill endorses it in blank: it becomes a bearer bill that passes by transfer. */
  blankEndorseBill: BillPayload;
  /** The seller books a route option: creates the shipment and moves the order to BOOKED. */
  bookRoute: BookRoutePayload;
  /** The seller or the buyer cancels before departure. */
  cancelOrder: OrderPayload;
  /** The bank closes a financing that is repaid (and released), enforced, or had its claim paid (结清). The bank only. */
  closeFinancing: FinancingPayload;
  /**
   * Files the complete declaration (完整申报) of a two-step import released for pickup. Filed after
   * its due date it owes the late fee (滞报金), 0.05 % of the customs value per day late by default.
   * The declarant only.
   */
  completeDeclaration: DeclarationPayload;
  /** The seller or the buyer closes a delivered order. */
  completeOrder: OrderPayload;
  /** The seller or the buyer confirms a draft. */
  confirmOrder: OrderPayload;
  /** Corrects a declaration customs returned (退单) and resubmits it; checked again like a filing. The declarant only. */
  correctDeclaration: DeclarationPayload;
  /**
   * The seller reissues the invoice with corrected content under the same number, as its next
   * revision; the revision it replaces is kept. Refused once a loan was approved on it.
   */
  correctInvoice: InvoicePayload;
  /**
   * A trainer sets up an exercise: a world of its own (its own database, parties and documents) with
   * its own clock, from a bundled scenario, a scenario in YAML, or empty. The clock stands at the
   * scenario's start (or `start`) until the trainer moves it. Refused: VALIDATION by field and rule;
   * FORBIDDEN for anyone but a trainer, and for a participant's token.
   */
  createExercise: ExercisePayload;
  /** An exporter creates an order as the seller. Every broken rule comes back at once, by field. */
  createOrder: OrderPayload;
  /**
   * The tax authority decides on a refund application: approve (at most the amount applied for),
   * reject with a reason, pay an approved refund, and the exporter may withdraw it before a decision.
   * In this simulator customs plays the single window's tax-refund desk.
   */
  decideExportRefund: ExportRefundPayload;
  /** The bank declares an overdue loan in default (违约). The bank only. */
  declareFinancingDefault: FinancingPayload;
  /**
   * The insured exporter declares the shipment of an order to the insurer (出运申报): its value, in the
   * policy currency at the rate of the clock's time, must fit in what is left of the buyer's credit
   * limit, and the premium is charged on it. One declaration per order.
   */
  declareInsuredShipment: CreditPolicyPayload;
  /** Deletes a declaration (删单) before release; not while its goods are inspected or held. The declarant only. */
  deleteDeclaration: DeclarationPayload;
  /**
   * The bank pays out the loan (放款), the approved limit unless it says less; the loan falls due
   * after its tenor and accrues interest from today. A bill pledge loan is disbursed only once its
   * pledge is registered. The bank only.
   */
  disburseFinancing: FinancingPayload;
  /** The trainer takes a participant's token away; its requests are refused from then on. */
  dismissParticipant: ExercisePayload;
  /** The multimodal transport operator drafts the one bill of a booked shipment it operates. Every broken rule comes back at once, by field. */
  draftBill: BillPayload;
  /**
   * The holder who owns a to-order bill endorses it to a named party (ENDORSE, or ENDORSE_TO_ORDER
   * with toOrder), who must then accept or reject it. Straight bills are not endorsable.
   */
  endorseBill: BillPayload;
  /**
   * The bank enforces the pledge of a defaulted bill pledge loan (处置): it takes title to the bill,
   * and may then surrender it for delivery of the goods. The bank only.
   */
  enforceFinancingPledge: FinancingPayload;
  /** The pledgee bank enforces the pledge after a default and takes title to the bill. */
  enforcePledge: BillPayload;
  /**
   * Files a declaration through the single window as a draft (暂存). The single window checks it
   * against the order, its shipment and the reference tables first and lists every broken rule at
   * once (field path and rule name). Declarants: the exporter for its own exports, the importer for
   * its own imports, or the forwarder booked on the order as customs broker.
   */
  fileDeclaration: DeclarationPayload;
  /** The bank flags a loan unpaid after its maturity date as overdue (逾期): from the day after maturity. The bank only. */
  flagFinancingOverdue: FinancingPayload;
  /** Flags every open transit (转关) past its deadline as overdue; returns those flagged now. Customs only. */
  flagOverdueTransits: FlagOverdueTransitsPayload;
  /** Secures the duty, taxes and fees due with a guarantee (担保) so the goods can be released before payment. The declarant only. */
  guaranteeDeclarationCharges: DeclarationPayload;
  /** The seller or the booked forwarder puts the order on hold. */
  holdOrder: OrderPayload;
  /**
   * The trainer injects an incident of the scenario vocabulary, taking effect now through the same
   * services as in a scenario run (see README, Classroom). Refused: VALIDATION by field and rule, a
   * BUSINESS_RULE when the documents are not where the incident applies (e.g. no e-lock yet).
   */
  injectIncident: ExercisePayload;
  /**
   * The trainer invites a participant: a token bound to one party and one role of the exercise,
   * shown once in the payload. Every request with it acts inside the exercise, on its clock, as that
   * party in that role. Refused: VALIDATION (unknown party, a role the party does not hold, the
   * trainer role), DUPLICATE (a name already in the exercise); FORBIDDEN for anyone but its trainer.
   */
  inviteParticipant: InvitationPayload;
  /**
   * Issues an API token for a party: a party for itself, a trainer for any party. The token is
   * returned once, here; only a hash of it is stored.
   */
  issueApiToken: IssueApiTokenPayload;
  /** The issuer issues the approved bill to the shipper: its content is fixed and the signed chain starts (ISSUE). */
  issueBill: BillPayload;
  /**
   * An export credit insurer (出口信保) issues a short-term policy to an exporter, with a credit limit
   * on each buyer. Insurers only.
   */
  issueCreditPolicy: CreditPolicyPayload;
  /**
   * The seller of a confirmed order issues its commercial invoice (商业发票), one per order. Every
   * broken rule of its form comes back at once, by field; whether it agrees with the order, the bill
   * and the declaration is the bank's four-document matching, not checked here.
   */
  issueInvoice: InvoicePayload;
  /**
   * The bank runs the four-document matching (四单对碰) of the application under review and records
   * the result, passed or failed, with every mismatch field by field. Run it again after a
   * correction: the new result replaces the last. The bank only.
   */
  matchFinancingDocuments: FinancingPayload;
  /** Pays the duty, taxes and fees due (缴税). The declarant only. */
  payDeclarationCharges: DeclarationPayload;
  /**
   * The insurer pays the claim on a defaulted policy financing (理赔): the indemnity share of the
   * insured value the buyer left unpaid, within the buyer's credit limit, to the financing bank the
   * exporter assigned its claim rights to (赔款转让). The insurer of the policy only.
   */
  payFinancingClaim: FinancingPayload;
  /**
   * The owner in control pledges a to-order bill to a bank, which becomes its holder with a lien.
   * A bill is never pledged twice; while pledged nobody transfers, endorses or surrenders it.
   */
  pledgeBill: BillPayload;
  /** Records a decision of customs on a declaration (accept, inspect, release, close ...). Customs only. */
  recordCustomsDecision: DeclarationPayload;
  /** The shipment's forwarder, or the carrier of the leg, records a milestone. */
  recordMilestone: RecordMilestonePayload;
  /**
   * The bank registers the pledge of the bill (质押登记) of an approved bill pledge loan: the bill
   * passes to the bank's control with a lien, through the bill's own lifecycle, in one transaction
   * with the loan. The bank only.
   */
  registerFinancingPledge: FinancingPayload;
  /** Registers a party in the single window. Trainers only. */
  registerParty: RegisterPartyPayload;
  /** The endorsee rejects the endorsement; the bill stays with the endorser. */
  rejectEndorsement: BillPayload;
  /** The bank rejects the application under review (拒绝). The bank only. */
  rejectFinancing: FinancingPayload;
  /** The issuer rejects the pending surrender; the bill returns to ISSUED with the requester. */
  rejectSurrender: BillPayload;
  /**
   * After repayment, or a claim paid, the bank releases the pledged bill (解除质押): it returns to its
   * owner, in one transaction with the loan. The bank only.
   */
  releaseFinancingCollateral: FinancingPayload;
  /** The pledgee bank releases the pledge: the bill returns to the pledgor. */
  releasePledge: BillPayload;
  /**
   * The exporter repays (还款) an amount in the loan currency: the interest due first, then the
   * principal. Paying the settlement amount repays the loan in full. The exporter only.
   */
  repayFinancing: FinancingPayload;
  /** The shipment's forwarder or the seller moves a booked shipment that has not started to another route option. */
  rerouteShipment: RerouteShipmentPayload;
  /** The seller or the booked forwarder resumes a held order to where it was. */
  resumeOrder: OrderPayload;
  /**
   * Revokes an API token: a party its own, a trainer any. Requests with it are refused from
   * then on. Revoking a revoked token is not an error and keeps the first revocation time.
   */
  revokeApiToken: RevokeApiTokenPayload;
  /**
   * The trainer lets the clock run at `rate` simulated time per real time (1440: one simulated day
   * per real minute), firing what falls due as it passes; 0 stops it. VALIDATION 'rate-range'.
   */
  runExerciseClock: ExercisePayload;
  /** The bank starts its review of an application (审核). The bank only. */
  startFinancingReview: FinancingPayload;
  /**
   * A trainer starts a scenario run: a bundled scenario by its id, or one written out in YAML (its
   * problems come back by line, path and rule). The run plays in the background on a database of its
   * own through the same services and rules as the API; watch it with `scenarioRun`. The same
   * scenario, seed and order count always give the same report. Refused: VALIDATION (unknown
   * scenario, both or neither of scenario and yaml, seed below 0, orders outside 1–1,000),
   * CONFLICT 'runs-busy' when two runs are already playing on this server; FORBIDDEN for
   * anyone but a trainer.
   */
  startScenarioRun: ScenarioRunPayload;
  /**
   * Lodges a draft with customs (申报): a standard or advance declaration is submitted, a two-step
   * declaration files its summary (the complete declaration falls due 14 days after the conveyance
   * declared entry), a transit is declared at its origin office with its deadline. The declarant only.
   */
  submitDeclaration: DeclarationPayload;
  /**
   * The holder surrenders the bill to its issuer, for delivery of the cargo or for an amendment; the
   * issuer then accepts or rejects.
   */
  surrenderBill: BillPayload;
  /**
   * The holder passes possession to another party (TRANSFER); title stays with the owner. A straight
   * bill only to its consignee; never while pledged or while an endorsement is pending.
   */
  transferBill: BillPayload;
  /** The issuer voids a draft or approved bill, or one surrendered for amendment. */
  voidBill: BillPayload;
  /** The exporter withdraws its application before disbursement (撤回申请); a bill already pledged returns to it. The exporter only. */
  withdrawFinancing: FinancingPayload;
  /** The bank writes off a defaulted loan with neither collateral nor cover; it closes. The bank only. */
  writeOffFinancing: FinancingPayload;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationAcceptEndorsementArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationAcceptSurrenderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationAdvanceExerciseClockArgs = {
  input: AdvanceExerciseClockInput;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationAmendBillArgs = {
  input: AmendBillInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationApplyForExportRefundArgs = {
  input: ApplyForExportRefundInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationApplyForFinancingArgs = {
  input: ApplyForFinancingInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationApproveBillArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationApproveFinancingArgs = {
  input: ApproveFinancingInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationAssessDeclarationRiskArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
  targeting?: InputMaybe<CustomsTargetingInput>;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationBlankEndorseBillArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationBookRouteArgs = {
  input: BookRouteInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationCancelOrderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationCloseFinancingArgs = {
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationCompleteDeclarationArgs = {
  content: DeclarationContentInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationCompleteOrderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationConfirmOrderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationCorrectDeclarationArgs = {
  content: DeclarationContentInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationCorrectInvoiceArgs = {
  content: InvoiceContentInput;
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationCreateExerciseArgs = {
  input: CreateExerciseInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationCreateOrderArgs = {
  input: CreateOrderInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationDecideExportRefundArgs = {
  input: ExportRefundDecisionInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationDeclareFinancingDefaultArgs = {
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationDeclareInsuredShipmentArgs = {
  number: Scalars['String']['input'];
  order: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationDeleteDeclarationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationDisburseFinancingArgs = {
  amount?: InputMaybe<Scalars['Decimal']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationDismissParticipantArgs = {
  name: Scalars['String']['input'];
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationDraftBillArgs = {
  input: DraftBillInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationEndorseBillArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
  to: Scalars['ID']['input'];
  toOrder?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationEnforceFinancingPledgeArgs = {
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationEnforcePledgeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationFileDeclarationArgs = {
  input: FileDeclarationInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationFlagFinancingOverdueArgs = {
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationGuaranteeDeclarationChargesArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationHoldOrderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationInjectIncidentArgs = {
  input: InjectIncidentInput;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationInviteParticipantArgs = {
  input: InviteParticipantInput;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationIssueApiTokenArgs = {
  label: Scalars['String']['input'];
  partyId: Scalars['ID']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationIssueBillArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationIssueCreditPolicyArgs = {
  input: IssueCreditPolicyInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationIssueInvoiceArgs = {
  input: IssueInvoiceInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationMatchFinancingDocumentsArgs = {
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationPayDeclarationChargesArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationPayFinancingClaimArgs = {
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationPledgeBillArgs = {
  bank: Scalars['ID']['input'];
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRecordCustomsDecisionArgs = {
  input: CustomsDecisionInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRecordMilestoneArgs = {
  input: RecordMilestoneInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRegisterFinancingPledgeArgs = {
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRegisterPartyArgs = {
  input: RegisterPartyInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRejectEndorsementArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRejectFinancingArgs = {
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRejectSurrenderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationReleaseFinancingCollateralArgs = {
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationReleasePledgeArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRepayFinancingArgs = {
  input: RepayFinancingInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRerouteShipmentArgs = {
  input: RerouteShipmentInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationResumeOrderArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationRunExerciseClockArgs = {
  number: Scalars['String']['input'];
  rate: Scalars['Float']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationStartFinancingReviewArgs = {
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationStartScenarioRunArgs = {
  input: StartScenarioRunInput;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationSubmitDeclarationArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationSurrenderBillArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
  purpose: SurrenderPurpose;
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationTransferBillArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
  to: Scalars['ID']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationVoidBillArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationWithdrawFinancingArgs = {
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Mutations change state; every area adds its own. Each returns a payload with its result and
 * `userErrors`: expected business failures (bad input, a duplicate, an event the lifecycle does
 * not accept) are data there, with the result null. Authentication and authorisation failures
 * are not: they are errors with `extensions.code` UNAUTHENTICATED or FORBIDDEN.
 */
export type MutationWriteOffFinancingArgs = {
  number: Scalars['String']['input'];
  reason: Scalars['String']['input'];
};

/** An export order: the trade chain's document. */
export type Order = {
  __typename?: 'Order';
  /** The events the current state accepts. */
  allowedEvents: Array<Scalars['String']['output']>;
  /** The importer who buys. */
  buyer: Party;
  /**
   * The events of allowedEvents the calling party may send itself now (CONFIRM, CANCEL, HOLD, RESUME,
   * COMPLETE, BOOK), as its role and its part in the order allow: what a page offers. DEPART, ARRIVE
   * and DELIVER follow from milestones and are never listed.
   */
  callerEvents: Array<Scalars['String']['output']>;
  /** Why the order was cancelled, if it was. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** The corridor of the booked route. */
  corridorId?: Maybe<Scalars['String']['output']>;
  /** When the order was created (ISO 8601). */
  createdAt: Scalars['String']['output'];
  /** ISO 4217 currency every line is priced in. */
  currency: Scalars['String']['output'];
  /** Where the goods go. */
  destination: Location;
  /** The booked multimodal transport operator. */
  forwarder?: Maybe<Party>;
  /** Sum of the lines' gross weights in kilograms. */
  grossWeightKg: Scalars['Decimal']['output'];
  /** Every applied event, oldest first. */
  history: Array<HistoryEntry>;
  /** Why the order is on hold, while it is. */
  holdReason?: Maybe<Scalars['String']['output']>;
  /** The order's id. */
  id: Scalars['ID']['output'];
  /** Incoterms 2020 rule, e.g. FCA. */
  incoterm: Scalars['String']['output'];
  /** The Incoterm's named place. */
  incotermPlace: Location;
  /** The goods lines. */
  lines: Array<OrderLine>;
  /** ORD-<year>-<sequence> */
  number: Scalars['String']['output'];
  /** Where the goods start. */
  origin: Location;
  /** When the goods are ready to ship, yyyy-mm-dd. */
  readyDate: Scalars['String']['output'];
  /** The exporter who sells. */
  seller: Party;
  /** The booked shipment. */
  shipment?: Maybe<Shipment>;
  /** Where the order is in its lifecycle. */
  state: OrderState;
  /** Sum of the line amounts. */
  total: Money;
  /** Chinese customs trade mode (监管方式), e.g. 0110 general trade. */
  tradeMode: Scalars['String']['output'];
  /** Increments with every applied event; pass it as expectedVersion to act only on what you saw. */
  version: Scalars['Int']['output'];
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders of this page. */
  edges: Array<OrderEdge>;
  /** Whether more pages follow. */
  pageInfo: PageInfo;
  /** How many orders match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An order in a page of orders. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Pass as `after` to read the orders after this one. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** Which orders to list. */
export type OrderFilter = {
  /** Only orders booked on this corridor. */
  corridorId?: InputMaybe<Scalars['String']['input']>;
  /** Only orders created at or after (ISO 8601). */
  createdFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only orders created before (ISO 8601). */
  createdTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only orders this party is party to. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  /** Only orders in this state. */
  state?: InputMaybe<OrderState>;
};

/** One goods line of an order. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Quantity × unit price, rounded half up to the currency's minor units. */
  amount: Scalars['Decimal']['output'];
  /** What the goods are, in the seller's words. */
  description: Scalars['String']['output'];
  /** Gross weight of the line in kilograms. */
  grossWeightKg: Scalars['Decimal']['output'];
  /** HS code, 6 to 10 digits. */
  hsCode: Scalars['String']['output'];
  /** 1-based position in the order. */
  lineNo: Scalars['Int']['output'];
  /** How many units. */
  quantity: Scalars['Decimal']['output'];
  /** UN/ECE Recommendation 20 unit code, e.g. H87 (piece), KGM (kilogram). */
  unit: Scalars['String']['output'];
  /** Price of one unit in the order's currency. */
  unitPrice: Scalars['Decimal']['output'];
};

/** A goods line to order. */
export type OrderLineInput = {
  /** What the goods are. */
  description: Scalars['String']['input'];
  /** Decimal text greater than zero, at most 3 decimals. */
  grossWeightKg: Scalars['String']['input'];
  /** HS code, 6 to 10 digits (dots and spaces are ignored). */
  hsCode: Scalars['String']['input'];
  /** Decimal text greater than zero. */
  quantity: Scalars['String']['input'];
  /** UN/ECE Recommendation 20 unit code. */
  unit: Scalars['String']['input'];
  /** Decimal text greater than zero, at most 4 decimals. */
  unitPrice: Scalars['String']['input'];
};

/** The result of an order mutation. */
export type OrderPayload = {
  __typename?: 'OrderPayload';
  /** The order after the mutation; null when there are userErrors. */
  order?: Maybe<Order>;
  /** Business rules the request broke, each with its field and rule. */
  userErrors: Array<UserError>;
};

export { OrderState };

/**
 * Where a page of a connection ends. Lists page forward: pass `endCursor` as `after` to get the
 * next page while `hasNextPage` is true. `first` defaults to 20 and may be at most 100.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Opaque cursor of the page's last row, to pass as `after`; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether rows follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organisation acting in the single window: a company, a carrier, customs, a bank, a trainer. */
export type Party = {
  __typename?: 'Party';
  /** Whether customs has certified the party as an Authorised Economic Operator (lowers inspection risk). */
  aeo: Scalars['Boolean']['output'];
  /** Short stable handle, unique in the registry, e.g. "CQ-MOTO". */
  code: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** Opaque identifier, stable for the party's lifetime. */
  id: Scalars['ID']['output'];
  /**
   * The transport modes a carrier serves: `bookRoute` and `rerouteShipment` assign it legs of these
   * modes only (rule `carrier-mode`). Empty for a party that is not a carrier.
   */
  modes: Array<TransportMode>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** What the party acts as; a party may hold several roles. */
  roles: Array<Role>;
};

/** A page of the party registry. */
export type PartyConnection = {
  __typename?: 'PartyConnection';
  /** The parties on this page, ordered by code. */
  edges: Array<PartyEdge>;
  /** Where this page ends and whether more follow. */
  pageInfo: PageInfo;
  /** How many parties match the filter in all, across every page. */
  totalCount: Scalars['Int']['output'];
};

/** One party in a page of the registry. */
export type PartyEdge = {
  __typename?: 'PartyEdge';
  /** Opaque position of this party, to pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The party. */
  node: Party;
};

/** Which parties to list. */
export type PartyFilter = {
  /** Only parties holding this role. */
  role?: InputMaybe<Role>;
};

/** A party's public signing key. */
export type PartyPublicKey = {
  __typename?: 'PartyPublicKey';
  /** The public key as an Ed25519 JSON Web Key (OKP, crv Ed25519), as JSON text. */
  jwk: Scalars['String']['output'];
  /** The key id (RFC 7638 thumbprint), as the kid in the header of the party's chain signatures. */
  kid: Scalars['String']['output'];
  /** The party that owns the key. */
  partyId: Scalars['ID']['output'];
};

/** A claim the insurer paid under a policy (理赔). */
export type PolicyClaim = {
  __typename?: 'PolicyClaim';
  /** The loss the policy covers (within the buyer's limit). */
  coveredLoss: Money;
  /** The financing whose default the claim covers. */
  financingNumber: Scalars['String']['output'];
  /** The insured value the buyer left unpaid. */
  loss: Money;
  /** When it was paid (ISO 8601). */
  paidAt: Scalars['String']['output'];
  /** Who was paid: the financing bank the claim rights were assigned to (赔款转让). */
  payee: Party;
  /** The indemnity paid: the indemnity share of the covered loss. */
  payout: Money;
  /** The part of the covered loss the insured bears. */
  retained: Money;
};

/** Where the cargo is, against the plan. */
export type Position = {
  __typename?: 'Position';
  /** Where the goods are, in words, with place names: e.g. 'Gate in at Chongqing (CNCKG)', 'In transit by sea from Qinzhou (CNQZH) to Singapore (SGSIN)'. */
  description: Scalars['String']['output'];
  /** The leg of the last milestone. */
  legSeq: Scalars['Int']['output'];
  /** The last known place. */
  location: Location;
};

/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type Query = {
  __typename?: 'Query';
  /** A bill you may read, by number or id (trainers and auditors read all); null when there is none you may read. */
  bill?: Maybe<Bill>;
  /** Bills you may read, oldest first. */
  bills: BillConnection;
  /**
   * An export credit insurance policy by its number or id, or null when there is none the caller may
   * read. The insurer and the insured exporter read it, and so does every bank the exporter applied to with it.
   */
  creditPolicy?: Maybe<CreditPolicy>;
  /** The ISO 4217 currency codes an order may be priced in, alphabetically. */
  currencies: Array<Scalars['String']['output']>;
  /**
   * One customs declaration by its 18-digit number or id, or null when there is none or the caller
   * may not read it. Customs, trainers and auditors read every declaration; others those they are
   * party to (declarant, the goods' owner, the other side of the order, the booked forwarder).
   */
  declaration?: Maybe<Declaration>;
  /** Declarations the caller may read, newest first. */
  declarations: DeclarationConnection;
  /**
   * An exercise by its number (e.g. EX-2026-000001): for the trainer who set it up, or for a
   * participant of that exercise (who sees its clock and its own score); null for anyone else.
   */
  exercise?: Maybe<Exercise>;
  /** The caller's exercises, newest first (a trainer's own; empty for anyone else). */
  exercises: Array<Exercise>;
  /** The export tax refund application of an export declaration, by the declaration's number or the refund's id. */
  exportRefund?: Maybe<ExportRefund>;
  /** The trade modes an export order may name. */
  exportTradeModes: Array<TradeMode>;
  /**
   * A trade financing by its number or id, or null when there is none the caller may read. Its
   * exporter, its bank and the insurer of its policy read it; trainers and auditors read all.
   */
  financing?: Maybe<Financing>;
  /** The trade financings the caller may read, oldest first. */
  financings: FinancingConnection;
  /** The running server and the database it uses. Safe to call at any time, also without a token; it never changes state. */
  health: Health;
  /** The Incoterms 2020 rules an order may name. */
  incoterms: Array<Incoterm>;
  /**
   * A commercial invoice by its number or id, or null when there is none the caller may read. The
   * seller and the buyer read it, and so does every bank the seller applied to for financing on it.
   */
  invoice?: Maybe<Invoice>;
  /** The reference places (UN/LOCODE) orders and routes may name, ordered by code, with their coordinates. */
  locations: Array<Location>;
  /** The calling party, the roles it acts in, and its API tokens. */
  me: Me;
  /**
   * Where a participant's token puts it: its exercise, name, party and role. Null for a token of the
   * real-time world.
   */
  myExerciseSeat?: Maybe<ExerciseSeat>;
  /** An order you are party to, by id or by number (trainers and auditors read all). */
  order?: Maybe<Order>;
  /** Route options for an order you are party to: its origin, destination, weight, ready date and Incoterm. */
  orderRouteOptions: RouteOptionsPayload;
  /** Orders you are party to, oldest first. */
  orders: OrderConnection;
  /**
   * The party registry, ordered by code. Any authenticated caller may list it: parties are
   * public within the single window.
   */
  parties: PartyConnection;
  /** One party by id, or null when there is none. */
  party?: Maybe<Party>;
  /** A party's public signing keys, to check its chain signatures yourself; empty until the party first signs. */
  partyPublicKeys: Array<PartyPublicKey>;
  /** Route options over the corridor catalogue, ranked by time, cost and CO2. */
  routeOptions: RouteOptionsPayload;
  /**
   * A scenario run by its number (e.g. RUN-2026-000001), or null when there is none the caller may
   * watch. Trainers and auditors watch every run.
   */
  scenarioRun?: Maybe<ScenarioRun>;
  /** The latest scenario runs, newest first; empty for callers who may not watch runs. */
  scenarioRuns: Array<ScenarioRun>;
  /** The bundled training scenarios (scenarios/*.yaml), by file name. */
  scenarios: Array<TrainingScenario>;
  /** A shipment you are party to, by id, shipment number, order number or container number. */
  shipment?: Maybe<Shipment>;
  /** Shipments you are party to, oldest first. */
  shipments: ShipmentConnection;
  /** The timeline, position, plan against actual, delay and revised ETA, by order, shipment or container number. */
  track?: Maybe<Tracking>;
  /**
   * Recomputes the bill's chain from the document checksum and checks every signature. Null when
   * there is no bill of that number you may read. Removing entries from the end of the chain is not
   * detected by this check alone: compare entries with the bill's chain as you last saw it.
   */
  verifyBill?: Maybe<BillVerification>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryBillArgs = {
  number: Scalars['String']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryBillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BillFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryCreditPolicyArgs = {
  reference: Scalars['String']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryDeclarationArgs = {
  number: Scalars['String']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryDeclarationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeclarationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryExerciseArgs = {
  number: Scalars['String']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryExportRefundArgs = {
  reference: Scalars['String']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryFinancingArgs = {
  reference: Scalars['String']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryFinancingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FinancingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryInvoiceArgs = {
  reference: Scalars['String']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryOrderArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryOrderRouteOptionsArgs = {
  orderId: Scalars['ID']['input'];
  rankBy?: InputMaybe<RankBy>;
  teu?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryPartiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryPartyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryPartyPublicKeysArgs = {
  partyId: Scalars['ID']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryRouteOptionsArgs = {
  input: RouteOptionsInput;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryScenarioRunArgs = {
  number: Scalars['String']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryScenarioRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryShipmentArgs = {
  reference: Scalars['String']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryShipmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ShipmentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryTrackArgs = {
  reference: Scalars['String']['input'];
};


/**
 * Yidan (一单): a single-window simulator for cross-border logistics and trade.
 * Queries read state; every area of the simulator adds its fields to this root type.
 *
 * Every field except `health` needs an `Authorization: Bearer <token>` header; without one it
 * fails with `extensions.code` UNAUTHENTICATED (HTTP 401), as does a malformed header or an
 * unknown or revoked token. A party not allowed to do something gets a FORBIDDEN error.
 */
export type QueryVerifyBillArgs = {
  number: Scalars['String']['input'];
};

export { RankBy };

/** A milestone to record. */
export type RecordMilestoneInput = {
  /** When it happened (ISO 8601); defaults to now. Not in the future, not before the last milestone. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Refuse unless the shipment is still at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** The leg it happened on. */
  legSeq: Scalars['Int']['input'];
  /** UN/LOCODE; defaults to where the milestone happens on the leg. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** A free-text remark. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Shipment number or id, order number, or container number. */
  shipment: Scalars['String']['input'];
  /** What happened. */
  type: MilestoneType;
};

/** The result of recordMilestone. */
export type RecordMilestonePayload = {
  __typename?: 'RecordMilestonePayload';
  /** The shipment with the new milestone; null when there are userErrors. */
  shipment?: Maybe<Shipment>;
  /** Business rules the request broke, each with its field and rule. */
  userErrors: Array<UserError>;
};

/** A decision on an export tax refund. */
export type RefundDecision =
  /** Approve; amount may lower the refund (never raise it). */
  | 'APPROVE'
  /** Pay an approved refund; needs a payment reference. */
  | 'PAY'
  /** Reject; needs a reason. */
  | 'REJECT'
  /** The exporter withdraws its application; needs a reason. */
  | 'WITHDRAW';

/** One line of a refund: FOB value × refund rate. */
export type RefundLine = {
  __typename?: 'RefundLine';
  /** The line's FOB value in CNY. */
  fobValue: Scalars['Decimal']['output'];
  /** HS code. */
  hsCode: Scalars['String']['output'];
  /** Refund rate, percent. */
  ratePercent: Scalars['Decimal']['output'];
  /** The line's refund in CNY. */
  refund: Scalars['Decimal']['output'];
  /** The refund rate table key that applied. */
  tableKey: Scalars['String']['output'];
};

export { RefundState };

/** A new party. Every broken rule is reported at once, each with its field. */
export type RegisterPartyInput = {
  /** Authorised Economic Operator status; false when left out. */
  aeo?: InputMaybe<Scalars['Boolean']['input']>;
  /** 2–32 capital letters, digits or dashes, starting with a letter or digit; unique. */
  code: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code, e.g. "CN". */
  country: Scalars['String']['input'];
  /**
   * For a carrier, the transport modes it serves (at least one, each once), e.g. `[RAIL, ROAD]`;
   * left out for any other party.
   */
  modes?: InputMaybe<Array<TransportMode>>;
  /** Display name; must not be blank. */
  name: Scalars['String']['input'];
  /** At least one role. */
  roles: Array<Role>;
};

/** The result of registerParty. */
export type RegisterPartyPayload = {
  __typename?: 'RegisterPartyPayload';
  /** The registered party; null when userErrors is not empty. */
  party?: Maybe<Party>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
};

/** A repayment. */
export type RepayFinancingInput = {
  /** The amount paid, in the loan currency, with at most its minor units; at most the settlement amount. */
  amount: Scalars['Decimal']['input'];
  /** The financing's number or id. */
  financing: Scalars['String']['input'];
};

/** A move of a booked shipment that has not started to another route option. */
export type RerouteShipmentInput = {
  /** Carriers per leg of the new route; legs without one are recorded by the forwarder. */
  carriers?: InputMaybe<Array<CarrierAssignment>>;
  /** Refuse unless the shipment is still at this version. */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** A RouteOption id from orderRouteOptions, planned from today; another than the current one. */
  optionId: Scalars['ID']['input'];
  /** Why the route changes, e.g. a lock congestion notice; kept in the shipment's reroutes. */
  reason: Scalars['String']['input'];
  /** The shipment number (SHP-...) or id. */
  shipment: Scalars['String']['input'];
};

/** The result of rerouteShipment. */
export type RerouteShipmentPayload = {
  __typename?: 'RerouteShipmentPayload';
  /** The shipment on its new route; null when there are userErrors. */
  shipment?: Maybe<Shipment>;
  /** Business rules the request broke, each with its field and rule. */
  userErrors: Array<UserError>;
};

/** The result of revokeApiToken. */
export type RevokeApiTokenPayload = {
  __typename?: 'RevokeApiTokenPayload';
  /** The revoked token; null when userErrors is not empty. */
  apiToken?: Maybe<ApiToken>;
  /** Why nothing was done; empty on success. */
  userErrors: Array<UserError>;
};

/** Why the declaration has its lane: a matched rule of the risk profile. */
export type RiskRuleHit = {
  __typename?: 'RiskRuleHit';
  /** The lane it gave after AEO treatment (GREEN when waived). */
  lane: Lane;
  /** The rule's id, e.g. BATTERY-GOODS. */
  ruleId: Scalars['String']['output'];
  /** The lane the rule gives. */
  ruleLane: Lane;
  /** Orders the reasons; the heaviest first. */
  weight: Scalars['Int']['output'];
};

export { Role };

/** One leg of a route option, with its planned dates. */
export type RouteLeg = {
  __typename?: 'RouteLeg';
  /** CO2e estimate in kg (indicative factors by mode, cited in server/routing/emission-factors.ts). */
  co2Kg: Scalars['Decimal']['output'];
  /** Indicative freight for the leg. */
  cost: Money;
  /** Distance in kilometres. */
  distanceKm: Scalars['Int']['output'];
  /** Planned arrival, yyyy-mm-dd. */
  eta: Scalars['String']['output'];
  /** Planned departure, yyyy-mm-dd. */
  etd: Scalars['String']['output'];
  /** Where the leg starts. */
  from: Location;
  /** How it travels. */
  mode: TransportMode;
  /** 1-based position in the route. */
  seq: Scalars['Int']['output'];
  /** Where the leg ends. */
  to: Location;
  /** Days from departure to arrival. */
  transitDays: Scalars['Int']['output'];
};

/** A way over the corridors from origin to destination, scheduled from the ready date. */
export type RouteOption = {
  __typename?: 'RouteOption';
  /** Where in the plan documents the corridor comes from. */
  citation: Scalars['String']['output'];
  /** Total CO2e estimate in kg. */
  co2Kg: Scalars['Decimal']['output'];
  /** The corridor, e.g. nwlsc-rail-sea. */
  corridorId: Scalars['String']['output'];
  /** Indicative total freight. */
  cost: Money;
  /** Arrival of the last leg, yyyy-mm-dd. */
  eta: Scalars['String']['output'];
  /** Departure of the first leg, yyyy-mm-dd. */
  etd: Scalars['String']['output'];
  /** Stable for the same path; pass it to bookRoute. */
  id: Scalars['ID']['output'];
  /**
   * False when the Incoterm asked about needs sea or inland waterway and this route has neither, or
   * (for an order's FOB or FAS) when no vessel leg of the route starts at the named place: FOB
   * Chongqing on rail to Qinzhou then sea does not fit (use FCA Chongqing or FOB Qinzhou).
   */
  incotermFits: Scalars['Boolean']['output'];
  /** Why the Incoterm does not fit, when it does not. */
  incotermNote?: Maybe<Scalars['String']['output']>;
  /** The legs in order. */
  legs: Array<RouteLeg>;
  /** Modes of the main (non-road) legs, in route order. */
  mainCarriageModes: Array<TransportMode>;
  /** The route's English name. */
  name: Scalars['String']['output'];
  /** The route's Chinese name. */
  nameZh: Scalars['String']['output'];
  /** Position when ranked by CO2 (1 = best). */
  rankByCo2: Scalars['Int']['output'];
  /** Position when ranked by cost (1 = best). */
  rankByCost: Scalars['Int']['output'];
  /** Position when ranked by time (1 = best). */
  rankByTime: Scalars['Int']['output'];
  /** Ready date to final arrival, whole days. */
  transitDays: Scalars['Int']['output'];
};

/** A route planning request. */
export type RouteOptionsInput = {
  /** What to carry. */
  cargo: CargoInput;
  /** UN/LOCODE where the goods go. */
  destination: Scalars['String']['input'];
  /** An Incoterms 2020 rule to check each option's main carriage against. */
  incoterm?: InputMaybe<Scalars['String']['input']>;
  /** UN/LOCODE where the goods start. */
  origin: Scalars['String']['input'];
  /** What to rank first (default TIME). */
  rankBy?: InputMaybe<RankBy>;
  /** When the goods are ready, yyyy-mm-dd. */
  readyDate: Scalars['Date']['input'];
};

/** Route options, or why there are none. */
export type RouteOptionsPayload = {
  __typename?: 'RouteOptionsPayload';
  /** The options, ranked; absent when the request had userErrors. */
  options?: Maybe<Array<RouteOption>>;
  /** What was wrong with the request, by field and rule. */
  userErrors: Array<UserError>;
};

/** One cause of delay over a run. */
export type ScenarioCauseTotal = {
  __typename?: 'ScenarioCauseTotal';
  /** Its days per order with a figure (arrived, or delivered for waits), to 0.1 day. */
  averageDays: Scalars['Float']['output'];
  /** The cause, e.g. vessel missed, customs clearance, other (arrival hour, connections). */
  cause: Scalars['String']['output'];
  /** Orders it touched. */
  orders: Scalars['Int']['output'];
  /** Its days over every order. */
  totalDays: Scalars['Int']['output'];
};

/** An expectation of the scenario, checked against the run. */
export type ScenarioExpectationResult = {
  __typename?: 'ScenarioExpectationResult';
  /** What the run shows, one line each. */
  evidence: Array<Scalars['String']['output']>;
  /** Its id in the scenario. */
  id: Scalars['String']['output'];
  /** Whether the run shows it. */
  met: Scalars['Boolean']['output'];
  /** What trainees should see, in words. */
  text: Scalars['String']['output'];
};

/** One kind of incident over a run. */
export type ScenarioIncidentTotal = {
  __typename?: 'ScenarioIncidentTotal';
  /** How many times it is played in the run. */
  events: Scalars['Int']['output'];
  /** Orders it touched (0 for the scenario's own, e.g. fxMove). */
  orders: Scalars['Int']['output'];
  /** The incident type, e.g. vesselMissed, portCongestion, buyerDefault. */
  type: Scalars['String']['output'];
};

/** How many declarations went through one customs lane. */
export type ScenarioLaneCount = {
  __typename?: 'ScenarioLaneCount';
  /** The lane, e.g. green. */
  lane: Scalars['String']['output'];
  /** Declarations in it. */
  orders: Scalars['Int']['output'];
};

/** CO2 of one transport mode over a run. */
export type ScenarioModeCo2 = {
  __typename?: 'ScenarioModeCo2';
  /** Kilograms. */
  kg: Scalars['Decimal']['output'];
  /** The mode: sea, rail, road, air or river. */
  mode: Scalars['String']['output'];
};

/** Days one cause cost one order. */
export type ScenarioOrderCause = {
  __typename?: 'ScenarioOrderCause';
  /** The cause. */
  cause: Scalars['String']['output'];
  /** Whole days. */
  days: Scalars['Int']['output'];
};

/** A leg of an order in a run, planned against actual. */
export type ScenarioOrderLeg = {
  __typename?: 'ScenarioOrderLeg';
  /** Actual arrival, ISO 8601 UTC. */
  arrivedAt?: Maybe<Scalars['String']['output']>;
  /** Actual departure, ISO 8601 UTC. */
  departedAt?: Maybe<Scalars['String']['output']>;
  /** Where it leaves from, UN/LOCODE. */
  from: Scalars['String']['output'];
  /** sea, rail, road, air or river. */
  mode: Scalars['String']['output'];
  /** Planned arrival, as the booking wrote it. */
  plannedEta: Scalars['String']['output'];
  /** Planned departure, as the booking wrote it. */
  plannedEtd: Scalars['String']['output'];
  /** 1, 2, … in route order. */
  seq: Scalars['Int']['output'];
  /** Where it goes, UN/LOCODE. */
  to: Scalars['String']['output'];
};

/** An order's row of a run's report. */
export type ScenarioOrderReport = {
  __typename?: 'ScenarioOrderReport';
  /** The arrival at the destination, ISO 8601 UTC. */
  arrivedAt?: Maybe<Scalars['String']['output']>;
  /** The buyer's party code. */
  buyer: Scalars['String']['output'];
  /** Its declaration's dwell, submission to release, hours. */
  customsDwellHours?: Maybe<Scalars['Float']['output']>;
  /** Arrival less the planned ETA, whole days (negative when early). */
  delayDays?: Maybe<Scalars['Int']['output']>;
  /** The transport delay by cause, adding up to delayDays when late. */
  delays: Array<ScenarioOrderCause>;
  /** The delivery, ISO 8601 UTC. */
  deliveredAt?: Maybe<Scalars['String']['output']>;
  /** Arrival to delivery, whole days. */
  destinationWaitDays?: Maybe<Scalars['Int']['output']>;
  /** The wait by cause, adding up to destinationWaitDays. */
  destinationWaits: Array<ScenarioOrderCause>;
  /** The order's final state (lower-case, as the report writes it). */
  finalState: Scalars['String']['output'];
  /** Freight in USD. */
  freightUsd: Scalars['Decimal']['output'];
  /** Its handle in the run, e.g. moto-2. */
  handle: Scalars['String']['output'];
  /** The customs lane of its declaration. */
  lane?: Maybe<Scalars['String']['output']>;
  /** Ready date to delivery, whole days. */
  leadTimeDays?: Maybe<Scalars['Int']['output']>;
  /** Each leg planned against actual. */
  legs: Array<ScenarioOrderLeg>;
  /** The route's modes in leg order. */
  modes: Array<Scalars['String']['output']>;
  /** The order's number in the run's own database. */
  number: Scalars['String']['output'];
  /** The planned arrival at the destination, ISO 8601 UTC. */
  plannedEta?: Maybe<Scalars['String']['output']>;
  /** Ready date to planned ETA, whole days. */
  plannedLeadTimeDays?: Maybe<Scalars['Int']['output']>;
  /** When the goods were ready, ISO 8601 UTC. */
  readyAt: Scalars['String']['output'];
  /** The scenario order it is a copy of. */
  ref: Scalars['String']['output'];
  /** The route taken, e.g. Chongqing – Qinzhou rail-sea. */
  route?: Maybe<Scalars['String']['output']>;
  /** The seller's party code. */
  seller: Scalars['String']['output'];
  /** Its events in order (at most 500 from `after`): the per-order timeline. */
  timeline: Array<ScenarioRunEvent>;
};


/** An order's row of a run's report. */
export type ScenarioOrderReportTimelineArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One rule's refusals over a run. */
export type ScenarioRefusalTotal = {
  __typename?: 'ScenarioRefusalTotal';
  /** How many attempts it refused. */
  events: Scalars['Int']['output'];
  /** Orders it touched. */
  orders: Scalars['Int']['output'];
  /** The rule that refused, e.g. financing-control. */
  rule: Scalars['String']['output'];
};

/** A scenario run, while it plays and after. */
export type ScenarioRun = {
  __typename?: 'ScenarioRun';
  /** The run's figures by lane, cause and mode (what the report's charts draw), once finished. */
  breakdown?: Maybe<ScenarioRunBreakdown>;
  /** Why it stopped, when it failed: the order, the step and the rule that refused it. */
  error?: Maybe<Scalars['String']['output']>;
  /** What happened so far, in order, after `after` (an event's seq), optionally for one order. */
  events: Array<ScenarioRunEvent>;
  /** Each expectation of the scenario, met or not, with its evidence, once finished. */
  expectations?: Maybe<Array<ScenarioExpectationResult>>;
  /** When it finished or stopped (server time), ISO 8601. */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /**
   * The scenario's incidents over the run's orders, by type: every copy of an order gets its
   * order's incidents; a scenario-wide one (an FX move) counts once. Known from the start. The
   * timeline shows when and how each played; refused attempts are counted in `refusals`.
   */
  incidents: Array<ScenarioIncidentTotal>;
  /** The headline figures, once finished. */
  kpis?: Maybe<ScenarioRunKpis>;
  /** The report as Markdown (the first 20 orders' timelines), once finished. */
  markdown?: Maybe<Scalars['String']['output']>;
  /** Its number, e.g. RUN-2026-000001. */
  number: Scalars['ID']['output'];
  /** One order's row of the report by its handle (e.g. moto or moto-2), or null when the run has none (yet). */
  orderReport?: Maybe<ScenarioOrderReport>;
  /** Every order's row of the report (route, lead time, delay, lane, freight), in the run's order, once finished. */
  orderReports?: Maybe<Array<ScenarioOrderReport>>;
  /** How many orders it plays. */
  orders: Scalars['Int']['output'];
  /** How far it got. */
  progress: ScenarioRunProgress;
  /** Attempts the rules refused, by rule, with the orders they touched. */
  refusals: Array<ScenarioRefusalTotal>;
  /** The whole report as JSON text (every order, every event), once finished. */
  reportJson?: Maybe<Scalars['String']['output']>;
  /** The scenario's id. */
  scenarioId: Scalars['String']['output'];
  /** The seed it plays with. */
  seed: Scalars['Int']['output'];
  /** When it was started (server time), ISO 8601. */
  startedAt: Scalars['String']['output'];
  /** The trainer who started it. */
  startedBy?: Maybe<Party>;
  /** Playing, finished or stopped. */
  status: ScenarioRunStatus;
  /** The scenario's title. */
  title: Scalars['String']['output'];
};


/** A scenario run, while it plays and after. */
export type ScenarioRunEventsArgs = {
  after?: InputMaybe<Scalars['Int']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  order?: InputMaybe<Scalars['String']['input']>;
};


/** A scenario run, while it plays and after. */
export type ScenarioRunOrderReportArgs = {
  handle: Scalars['String']['input'];
};

/** A run's figures by lane, by cause of delay and by mode. */
export type ScenarioRunBreakdown = {
  __typename?: 'ScenarioRunBreakdown';
  /** CO2 by transport mode, kg. */
  co2ByMode: Array<ScenarioModeCo2>;
  /** Orders completed (paid, the title surrendered). */
  completed: Scalars['Int']['output'];
  /** The transport delay by cause, most days first; the averages add up to averageDelayDays (to rounding). */
  delaysByCause: Array<ScenarioCauseTotal>;
  /** The wait at the destination by cause, most days first; the averages add up to averageDestinationWaitDays. */
  destinationWaitsByCause: Array<ScenarioCauseTotal>;
  /** Export and import declarations by customs lane (green, yellow, red), in lane order. */
  lanes: Array<ScenarioLaneCount>;
  /** The longest export declaration dwell, submission to release, hours. */
  maxCustomsDwellHours?: Maybe<Scalars['Float']['output']>;
};

/** One thing that happened in a run, or was attempted and refused by the rules. */
export type ScenarioRunEvent = {
  __typename?: 'ScenarioRunEvent';
  /** The party code that acted. */
  actor: Scalars['String']['output'];
  /** The simulated instant, ISO 8601 UTC. */
  at: Scalars['String']['output'];
  /** What happened, in words. */
  detail: Scalars['String']['output'];
  /** document.happening, e.g. invoice.corrected, financing.approved, leg1.departed. */
  name: Scalars['String']['output'];
  /** The order's handle, or null for the scenario's own timeline (FX moves, policies). */
  order?: Maybe<Scalars['String']['output']>;
  /** DONE, or REFUSED by a rule. */
  refused: Scalars['Boolean']['output'];
  /** The rule that refused it. */
  rule?: Maybe<Scalars['String']['output']>;
  /** Its position in the run. */
  seq: Scalars['Int']['output'];
};

/** A run's headline figures. */
export type ScenarioRunKpis = {
  __typename?: 'ScenarioRunKpis';
  /** Export declarations from submission to release, hours, on average. */
  averageCustomsDwellHours?: Maybe<Scalars['Float']['output']>;
  /** Transport delay: arrival at the destination less the planned ETA, days, on average over the arrived orders. */
  averageDelayDays?: Maybe<Scalars['Float']['output']>;
  /** Arrival at the destination to delivery (customs, the title, the delivery run), days, on average over the delivered orders. */
  averageDestinationWaitDays?: Maybe<Scalars['Float']['output']>;
  /** Ready date to delivery, days, on average. */
  averageLeadTimeDays?: Maybe<Scalars['Float']['output']>;
  /** Ready date to planned ETA, days, on average. */
  averagePlannedLeadTimeDays?: Maybe<Scalars['Float']['output']>;
  /** CO2 of every leg, kg. */
  co2TotalKg: Scalars['Decimal']['output'];
  /** Orders delivered. */
  delivered: Scalars['Int']['output'];
  /** Duties, taxes and fees assessed by customs, CNY. */
  dutiesAndFeesCny: Scalars['Decimal']['output'];
  /** Expectations met. */
  expectationsMet: Scalars['Int']['output'];
  /** Expectations in the scenario. */
  expectationsTotal: Scalars['Int']['output'];
  /** Freight in USD. */
  freightUsd: Scalars['Decimal']['output'];
  /** Interest paid on the run's loans, USD. */
  interestPaidUsd: Scalars['Decimal']['output'];
  /** Freight as a percentage of the goods' value (the plan's target: 13 %). */
  logisticsCostSharePercent?: Maybe<Scalars['Decimal']['output']>;
  /** Orders delivered whose transport arrived on or before the planned ETA (waiting at the destination does not count). */
  onTime: Scalars['Int']['output'];
  /** Orders played. */
  orders: Scalars['Int']['output'];
  /** Whether that share is within the plan's 13 % target. */
  withinCostTarget?: Maybe<Scalars['Boolean']['output']>;
};

/** The result of startScenarioRun. */
export type ScenarioRunPayload = {
  __typename?: 'ScenarioRunPayload';
  /** The run, playing; null when it was not started. */
  run?: Maybe<ScenarioRun>;
  /** Why the run was not started: VALIDATION by field and rule, or CONFLICT 'runs-busy'. */
  userErrors: Array<UserError>;
};

/** How far a run got. */
export type ScenarioRunProgress = {
  __typename?: 'ScenarioRunProgress';
  /** Events recorded. */
  events: Scalars['Int']['output'];
  /** Orders played to their end. */
  ordersDone: Scalars['Int']['output'];
  /** Orders to play. */
  ordersTotal: Scalars['Int']['output'];
  /** The simulated instant reached, ISO 8601 UTC. */
  simulatedAt?: Maybe<Scalars['String']['output']>;
};

/** A scenario run's progress. */
export type ScenarioRunProgressEvent = {
  __typename?: 'ScenarioRunProgressEvent';
  /** Pass it as `after:` to resume after this event. */
  cursor: Scalars['String']['output'];
  /** True once the run succeeded or failed. */
  finished: Scalars['Boolean']['output'];
  /** Orders finished so far. */
  ordersDone: Scalars['Int']['output'];
  /** Orders the run plays. */
  ordersTotal: Scalars['Int']['output'];
  /** The run: status, and once finished its kpis, expectations and report. */
  run: ScenarioRun;
  /** The simulated time reached (ISO 8601). */
  simulatedAt?: Maybe<Scalars['String']['output']>;
};

/** Whether a run is still playing, finished, or stopped on an error. */
export type ScenarioRunStatus =
  /** Stopped: see `error`. */
  | 'FAILED'
  /** Playing in the background. */
  | 'RUNNING'
  /** Finished; the report is ready. */
  | 'SUCCEEDED';

/** One server process registered in the shared database. */
export type ServerInstance = {
  __typename?: 'ServerInstance';
  /** Host name of the machine (or container) running the process. */
  hostname: Scalars['String']['output'];
  /** Random identifier the process chose at start; unique per process lifetime. */
  id: Scalars['ID']['output'];
  /** When the process last sent a heartbeat, as an ISO 8601 UTC timestamp. */
  lastSeenAt: Scalars['String']['output'];
  /** Operating-system process id on that host. */
  pid: Scalars['Int']['output'];
  /** When the process registered, as an ISO 8601 UTC timestamp. */
  startedAt: Scalars['String']['output'];
};

/** A booked route for an order: legs, containers and the milestones recorded so far. */
export type Shipment = {
  __typename?: 'Shipment';
  /** Total CO2e estimate in kg. */
  co2Kg: Scalars['Decimal']['output'];
  /** The containers booked. */
  containers: Array<Container>;
  /** The corridor of the booked route. */
  corridorId: Scalars['String']['output'];
  /** Indicative total freight. */
  cost: Money;
  /** The multimodal transport operator. */
  forwarder: Party;
  /** The shipment's id. */
  id: Scalars['ID']['output'];
  /** The legs in order. */
  legs: Array<ShipmentLeg>;
  /** Milestones in the order they were recorded. */
  milestones: Array<Milestone>;
  /** SHP-<year>-<sequence> */
  number: Scalars['String']['output'];
  /** The order it carries. */
  order?: Maybe<Order>;
  /** Planned arrival of the last leg, yyyy-mm-dd. */
  plannedEta: Scalars['String']['output'];
  /** Planned departure of the first leg, yyyy-mm-dd. */
  plannedEtd: Scalars['String']['output'];
  /** Changes of route before departure, oldest first. */
  reroutes: Array<ShipmentReroute>;
  /** The booked route's name. */
  routeName: Scalars['String']['output'];
  /** Pass as expectedVersion to recordMilestone or rerouteShipment. */
  version: Scalars['Int']['output'];
};

/** A page of shipments. */
export type ShipmentConnection = {
  __typename?: 'ShipmentConnection';
  /** The shipments of this page. */
  edges: Array<ShipmentEdge>;
  /** Whether more pages follow. */
  pageInfo: PageInfo;
  /** How many shipments match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A shipment in a page of shipments. */
export type ShipmentEdge = {
  __typename?: 'ShipmentEdge';
  /** Pass as `after` to read the shipments after this one. */
  cursor: Scalars['String']['output'];
  /** The shipment. */
  node: Shipment;
};

export { ShipmentEventKind };

/** Which shipments to list. */
export type ShipmentFilter = {
  /** Only shipments on this corridor. */
  corridorId?: InputMaybe<Scalars['String']['input']>;
  /** Only shipments this party is party to. */
  partyId?: InputMaybe<Scalars['ID']['input']>;
};

/** A booked leg of a shipment. */
export type ShipmentLeg = {
  __typename?: 'ShipmentLeg';
  /** The carrier assigned to the leg, if any. */
  carrier?: Maybe<Party>;
  /** CO2e estimate in kg. */
  co2Kg: Scalars['Decimal']['output'];
  /** Indicative freight for the leg. */
  cost: Money;
  /** Distance in kilometres. */
  distanceKm: Scalars['Int']['output'];
  /** Where the leg starts. */
  from: Location;
  /** How it travels. */
  mode: TransportMode;
  /** Planned arrival, yyyy-mm-dd. */
  plannedEta: Scalars['String']['output'];
  /** Planned departure, yyyy-mm-dd. */
  plannedEtd: Scalars['String']['output'];
  /** 1-based position in the route. */
  seq: Scalars['Int']['output'];
  /** Where the leg ends. */
  to: Location;
};

/** A change of a shipment's route before it started. */
export type ShipmentReroute = {
  __typename?: 'ShipmentReroute';
  /** When the route was changed (ISO 8601). */
  at: Scalars['String']['output'];
  /** Who changed it: the forwarder or the seller. */
  by: HistoryActor;
  /** The route before. */
  from: ShipmentRouteRef;
  /** Why, e.g. a lock congestion notice. */
  reason: Scalars['String']['output'];
  /** The route after. */
  to: ShipmentRouteRef;
};

/** A route a shipment was on, or was moved to, in a reroute. */
export type ShipmentRouteRef = {
  __typename?: 'ShipmentRouteRef';
  /** The corridor, e.g. yangtze-river-sea. */
  corridorId: Scalars['String']['output'];
  /** Planned arrival of the last leg, yyyy-mm-dd. */
  plannedEta: Scalars['String']['output'];
  /** The route option's id. */
  routeOptionId: Scalars['ID']['output'];
};

/** A change to a tracked shipment. */
export type ShipmentTrackedEvent = {
  __typename?: 'ShipmentTrackedEvent';
  /** Pass it as `after:` to resume after this event. */
  cursor: Scalars['String']['output'];
  /** What happened. */
  kind: ShipmentEventKind;
  /** The milestone recorded (MILESTONE events). */
  milestone?: Maybe<Milestone>;
  /**
   * The tracking view after the change: timeline, position, revised ETA and delay. Computed when
   * the event is sent, from the shipment as it is then (a replayed event shows the latest).
   */
  tracking: Tracking;
};

/** What to run: exactly one of `scenario` and `yaml`. */
export type StartScenarioRunInput = {
  /** How many orders to play in all, repeating the scenario's orders (1 to 1,000; the CLI plays more). */
  orders?: InputMaybe<Scalars['Int']['input']>;
  /** A bundled scenario's id, e.g. rail-sea-moto-financing. */
  scenario?: InputMaybe<Scalars['String']['input']>;
  /** Overrides the scenario's seed (customs lane draws and arrival times follow it). */
  seed?: InputMaybe<Scalars['Int']['input']>;
  /** A scenario written out in YAML, in the form scenarios/scenario.schema.json describes. */
  yaml?: InputMaybe<Scalars['String']['input']>;
};

export { StorageKind };

/**
 * Live updates, over a WebSocket on the same port and path as queries (`/graphql`, protocol
 * `graphql-transport-ws` as the `graphql-ws` library speaks it). The token goes in
 * `connection_init`: `{ "authorization": "Bearer <token>" }`. Without a known token the socket is
 * closed with 4401, with a revoked one (also while connected) with 4403. Every event is filtered by
 * the rules the queries apply: a party receives only events about documents it may read.
 *
 * A subscription to one document (a shipment, a bill, one declaration or financing, a run) starts
 * with an event showing its current state, so nothing falls between a query and the subscription
 * and the client knows the subscription is live. Every event carries a `cursor`. Subscribing again with `after:` set to the last cursor received
 * replays every event since (as the database recorded them), then goes on live, with nothing twice.
 * A cursor older than the database's change history answers CURSOR_EXPIRED.
 *
 * Limits (per server process): subscriptions per connection and per token answer
 * SUBSCRIPTION_LIMIT; sockets beyond the process's maximum are closed with 1013; a socket whose
 * queue of unsent events passes the maximum (a client reading too slowly) is closed with 4430.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /** Every action on a bill: issue, endorsement, transfer, pledge, release, surrender …, with the signed chain entry. */
  billEvents: BillLiveEvent;
  /** Every receipt (回执) of the declarations the caller may read, as the single window pushes them. */
  declarationReceipts: DeclarationReceiptEvent;
  /** Every lifecycle event of the financings the caller may read (its exporter, bank and insurer; trainers and auditors all). */
  financingEvents: FinancingLiveEvent;
  /** A scenario run's progress as it plays: orders done, simulated time, and its KPIs once finished (trainers and auditors). */
  scenarioRunProgress: ScenarioRunProgressEvent;
  /** Every milestone, route change (so revised ETA) and delay of an order, shipment, container or bill number. */
  shipmentTracked: ShipmentTrackedEvent;
};


/**
 * Live updates, over a WebSocket on the same port and path as queries (`/graphql`, protocol
 * `graphql-transport-ws` as the `graphql-ws` library speaks it). The token goes in
 * `connection_init`: `{ "authorization": "Bearer <token>" }`. Without a known token the socket is
 * closed with 4401, with a revoked one (also while connected) with 4403. Every event is filtered by
 * the rules the queries apply: a party receives only events about documents it may read.
 *
 * A subscription to one document (a shipment, a bill, one declaration or financing, a run) starts
 * with an event showing its current state, so nothing falls between a query and the subscription
 * and the client knows the subscription is live. Every event carries a `cursor`. Subscribing again with `after:` set to the last cursor received
 * replays every event since (as the database recorded them), then goes on live, with nothing twice.
 * A cursor older than the database's change history answers CURSOR_EXPIRED.
 *
 * Limits (per server process): subscriptions per connection and per token answer
 * SUBSCRIPTION_LIMIT; sockets beyond the process's maximum are closed with 1013; a socket whose
 * queue of unsent events passes the maximum (a client reading too slowly) is closed with 4430.
 */
export type SubscriptionBillEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  bill: Scalars['String']['input'];
};


/**
 * Live updates, over a WebSocket on the same port and path as queries (`/graphql`, protocol
 * `graphql-transport-ws` as the `graphql-ws` library speaks it). The token goes in
 * `connection_init`: `{ "authorization": "Bearer <token>" }`. Without a known token the socket is
 * closed with 4401, with a revoked one (also while connected) with 4403. Every event is filtered by
 * the rules the queries apply: a party receives only events about documents it may read.
 *
 * A subscription to one document (a shipment, a bill, one declaration or financing, a run) starts
 * with an event showing its current state, so nothing falls between a query and the subscription
 * and the client knows the subscription is live. Every event carries a `cursor`. Subscribing again with `after:` set to the last cursor received
 * replays every event since (as the database recorded them), then goes on live, with nothing twice.
 * A cursor older than the database's change history answers CURSOR_EXPIRED.
 *
 * Limits (per server process): subscriptions per connection and per token answer
 * SUBSCRIPTION_LIMIT; sockets beyond the process's maximum are closed with 1013; a socket whose
 * queue of unsent events passes the maximum (a client reading too slowly) is closed with 4430.
 */
export type SubscriptionDeclarationReceiptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DeclarationReceiptFilter>;
};


/**
 * Live updates, over a WebSocket on the same port and path as queries (`/graphql`, protocol
 * `graphql-transport-ws` as the `graphql-ws` library speaks it). The token goes in
 * `connection_init`: `{ "authorization": "Bearer <token>" }`. Without a known token the socket is
 * closed with 4401, with a revoked one (also while connected) with 4403. Every event is filtered by
 * the rules the queries apply: a party receives only events about documents it may read.
 *
 * A subscription to one document (a shipment, a bill, one declaration or financing, a run) starts
 * with an event showing its current state, so nothing falls between a query and the subscription
 * and the client knows the subscription is live. Every event carries a `cursor`. Subscribing again with `after:` set to the last cursor received
 * replays every event since (as the database recorded them), then goes on live, with nothing twice.
 * A cursor older than the database's change history answers CURSOR_EXPIRED.
 *
 * Limits (per server process): subscriptions per connection and per token answer
 * SUBSCRIPTION_LIMIT; sockets beyond the process's maximum are closed with 1013; a socket whose
 * queue of unsent events passes the maximum (a client reading too slowly) is closed with 4430.
 */
export type SubscriptionFinancingEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FinancingEventFilter>;
};


/**
 * Live updates, over a WebSocket on the same port and path as queries (`/graphql`, protocol
 * `graphql-transport-ws` as the `graphql-ws` library speaks it). The token goes in
 * `connection_init`: `{ "authorization": "Bearer <token>" }`. Without a known token the socket is
 * closed with 4401, with a revoked one (also while connected) with 4403. Every event is filtered by
 * the rules the queries apply: a party receives only events about documents it may read.
 *
 * A subscription to one document (a shipment, a bill, one declaration or financing, a run) starts
 * with an event showing its current state, so nothing falls between a query and the subscription
 * and the client knows the subscription is live. Every event carries a `cursor`. Subscribing again with `after:` set to the last cursor received
 * replays every event since (as the database recorded them), then goes on live, with nothing twice.
 * A cursor older than the database's change history answers CURSOR_EXPIRED.
 *
 * Limits (per server process): subscriptions per connection and per token answer
 * SUBSCRIPTION_LIMIT; sockets beyond the process's maximum are closed with 1013; a socket whose
 * queue of unsent events passes the maximum (a client reading too slowly) is closed with 4430.
 */
export type SubscriptionScenarioRunProgressArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  run: Scalars['String']['input'];
};


/**
 * Live updates, over a WebSocket on the same port and path as queries (`/graphql`, protocol
 * `graphql-transport-ws` as the `graphql-ws` library speaks it). The token goes in
 * `connection_init`: `{ "authorization": "Bearer <token>" }`. Without a known token the socket is
 * closed with 4401, with a revoked one (also while connected) with 4403. Every event is filtered by
 * the rules the queries apply: a party receives only events about documents it may read.
 *
 * A subscription to one document (a shipment, a bill, one declaration or financing, a run) starts
 * with an event showing its current state, so nothing falls between a query and the subscription
 * and the client knows the subscription is live. Every event carries a `cursor`. Subscribing again with `after:` set to the last cursor received
 * replays every event since (as the database recorded them), then goes on live, with nothing twice.
 * A cursor older than the database's change history answers CURSOR_EXPIRED.
 *
 * Limits (per server process): subscriptions per connection and per token answer
 * SUBSCRIPTION_LIMIT; sockets beyond the process's maximum are closed with 1013; a socket whose
 * queue of unsent events passes the maximum (a client reading too slowly) is closed with 4430.
 */
export type SubscriptionShipmentTrackedArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  reference: Scalars['String']['input'];
};

/** Why a holder surrenders the bill to its issuer. */
export type SurrenderPurpose =
  /** To have the bill amended and reissued (SURRENDER_FOR_AMENDMENT). */
  | 'AMENDMENT'
  /** To take delivery of the cargo (SURRENDER_FOR_DELIVERY). */
  | 'DELIVERY';

/** A leg as tracked: planned against actual. */
export type TrackedLeg = {
  __typename?: 'TrackedLeg';
  /** Actual arrival (ISO 8601), once arrived. */
  actualArrival?: Maybe<Scalars['String']['output']>;
  /** Actual departure (ISO 8601), once departed. */
  actualDeparture?: Maybe<Scalars['String']['output']>;
  /** Days late (negative: early) at the latest event of the leg. */
  delayDays?: Maybe<Scalars['Int']['output']>;
  /** Where the leg starts. */
  from: Location;
  /** How it travels. */
  mode: TransportMode;
  /** Planned arrival, yyyy-mm-dd. */
  plannedEta: Scalars['String']['output'];
  /** Planned departure, yyyy-mm-dd. */
  plannedEtd: Scalars['String']['output'];
  /** 1-based position in the route. */
  seq: Scalars['Int']['output'];
  /** planned, departed or arrived. */
  status: Scalars['String']['output'];
  /** Where the leg ends. */
  to: Location;
};

/** A shipment's tracking: timeline, position, plan against actual, delay and revised ETA. */
export type Tracking = {
  __typename?: 'Tracking';
  /** Days late now (negative: early). */
  delayDays: Scalars['Int']['output'];
  /** Each leg, planned against actual. */
  legs: Array<TrackedLeg>;
  /** Whether the order is on hold. */
  onHold: Scalars['Boolean']['output'];
  /** The order it carries. */
  order?: Maybe<Order>;
  /** The booked arrival, yyyy-mm-dd. */
  plannedEta: Scalars['String']['output'];
  /** Where the cargo is now. */
  position: Position;
  /** The planned arrival moved by the current delay, or the actual arrival. */
  revisedEta: Scalars['String']['output'];
  /** The shipment. */
  shipment: Shipment;
  /** Milestones in the order they happened. */
  timeline: Array<Milestone>;
};

export { TradeDocument };

/** An export trade mode (Chinese customs 监管方式) an order may name. */
export type TradeMode = {
  __typename?: 'TradeMode';
  /** The four-digit code, e.g. 0110. */
  code: Scalars['String']['output'];
  /** The English name, e.g. General trade. */
  nameEn: Scalars['String']['output'];
  /** The Chinese name as customs writes it, e.g. 一般贸易. */
  nameZh: Scalars['String']['output'];
};

/** A bundled training scenario. */
export type TrainingScenario = {
  __typename?: 'TrainingScenario';
  /** What it shows, in a paragraph. */
  description?: Maybe<Scalars['String']['output']>;
  /** Its file under scenarios/. */
  file: Scalars['String']['output'];
  /** Its id, as startScenarioRun takes it. */
  id: Scalars['ID']['output'];
  /** How many orders it plays without an override. */
  orders: Scalars['Int']['output'];
  /** Its own seed. */
  seed: Scalars['Int']['output'];
  /** The seed-document lines it rests on, as file:line. */
  sources: Array<Scalars['String']['output']>;
  /** When its simulated clock starts, ISO 8601 UTC. */
  start: Scalars['String']['output'];
  /** What it is about, in a line. */
  title: Scalars['String']['output'];
};

/** The transit (转关) details of a declaration. */
export type TransitDetails = {
  __typename?: 'TransitDetails';
  /** When the goods must have arrived at the destination office (ISO 8601); null before the transit is declared. */
  deadline?: Maybe<Scalars['String']['output']>;
  /** The destination customs office (指运地海关). */
  destinationOffice: CustomsOffice;
  /** Whether customs flagged it overdue. */
  flaggedOverdue: Scalars['Boolean']['output'];
  /** The origin customs office (启运地海关). */
  originOffice: CustomsOffice;
  /** Past the deadline and not closed, on the clock (or flagged overdue by customs). */
  overdue: Scalars['Boolean']['output'];
};

/** Where a transit (转关) ends. */
export type TransitInput = {
  /** The destination customs office (指运地海关), 4 digits, e.g. 8003 for Chongqing Jiangbei airport. */
  destinationOffice: Scalars['String']['input'];
  /** The distance in km, when the time limit of the mode depends on it; default: the shipment leg's. */
  distanceKm?: InputMaybe<Scalars['Float']['input']>;
};

export { TransportMode };

/** The two-step (两步申报) details of a declaration. */
export type TwoStepDetails = {
  __typename?: 'TwoStepDetails';
  /** When the complete declaration was filed; null before. */
  completeDeclaredAt?: Maybe<Scalars['String']['output']>;
  /** The last day of the complete declaration (14 days, the conveyance's day counted as day 1), yyyy-mm-dd. */
  completeDueBy?: Maybe<Scalars['String']['output']>;
  /** When the conveyance declared entry. */
  conveyanceDeclaredAt?: Maybe<Scalars['String']['output']>;
  /** Whether the goods owe duty or taxes. */
  dutiable: Scalars['Boolean']['output'];
  /** The tax guarantee reference given with the summary. */
  guaranteeReference?: Maybe<Scalars['String']['output']>;
};

/** The summary details of a two-step declaration (两步申报). */
export type TwoStepInput = {
  /** When the conveyance (ship, train, aircraft) declared its entry (ISO 8601); the 14 days run from that day. */
  conveyanceDeclaredAt: Scalars['DateTime']['input'];
  /** Whether the goods owe duty or import taxes (涉税): the summary then needs a guarantee. */
  dutiable: Scalars['Boolean']['input'];
  /** The tax guarantee (税款担保) reference; required when dutiable. */
  guaranteeReference?: InputMaybe<Scalars['String']['input']>;
};

/** A business failure of a mutation: what went wrong, where in the input, and which rule. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of failure this is. */
  code: UserErrorCode;
  /** Path of the input field at fault, e.g. ["input", "lines", "0", "hsCode"]; null when no single field is. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation, prefixed with the field path when there is one. */
  message: Scalars['String']['output'];
  /** Short name of the rule broken, e.g. "iso3166-alpha2" or "unique"; null when none applies. */
  rule?: Maybe<Scalars['String']['output']>;
};

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

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdvanceExerciseClockInput: AdvanceExerciseClockInput;
  AdvanceExerciseClockPayload: ResolverTypeWrapper<Omit<AdvanceExerciseClockPayload, 'exercise'> & { exercise?: Maybe<ResolversTypes['Exercise']> }>;
  AmendBillInput: AmendBillInput;
  ApiToken: ResolverTypeWrapper<ApiTokenRecord>;
  ApplyForExportRefundInput: ApplyForExportRefundInput;
  ApplyForFinancingInput: ApplyForFinancingInput;
  ApproveFinancingInput: ApproveFinancingInput;
  Bill: ResolverTypeWrapper<BillRecord>;
  BillChainEntry: ResolverTypeWrapper<ChainEntry>;
  BillConnection: ResolverTypeWrapper<Omit<BillConnection, 'edges'> & { edges: Array<ResolversTypes['BillEdge']> }>;
  BillContainer: ResolverTypeWrapper<BillDocumentContainer>;
  BillConveyance: ResolverTypeWrapper<BillConveyance>;
  BillEdge: ResolverTypeWrapper<Omit<BillEdge, 'node'> & { node: ResolversTypes['Bill'] }>;
  BillFilter: BillFilter;
  BillGoodsLine: ResolverTypeWrapper<BillDocumentGoodsLine>;
  BillLeg: ResolverTypeWrapper<BillDocumentLeg>;
  BillLegStage: BillLegStage;
  BillLiveEvent: ResolverTypeWrapper<BillLiveEventRecord>;
  BillPackages: ResolverTypeWrapper<BillPackages>;
  BillPayload: ResolverTypeWrapper<Omit<BillPayload, 'bill'> & { bill?: Maybe<ResolversTypes['Bill']> }>;
  BillSeal: ResolverTypeWrapper<BillSeal>;
  BillSealsInput: BillSealsInput;
  BillStatus: BillStatus;
  BillStowage: ResolverTypeWrapper<BillStowage>;
  BillType: BillType;
  BillVerification: ResolverTypeWrapper<BillVerification>;
  BookRouteInput: BookRouteInput;
  BookRoutePayload: ResolverTypeWrapper<Omit<BookRoutePayload, 'order' | 'shipment'> & { order?: Maybe<ResolversTypes['Order']>, shipment?: Maybe<ResolversTypes['Shipment']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BothCurrencies: ResolverTypeWrapper<BothCurrencies>;
  BuyerCreditLimit: ResolverTypeWrapper<BuyerLimitView>;
  BuyerLimitInput: BuyerLimitInput;
  CargoInput: CargoInput;
  CarrierAssignment: CarrierAssignment;
  ConformityAction: ConformityAction;
  Container: ResolverTypeWrapper<Container>;
  ContainerInput: ContainerInput;
  CreateExerciseInput: CreateExerciseInput;
  CreateOrderInput: CreateOrderInput;
  CreditPolicy: ResolverTypeWrapper<CreditPolicyRecord>;
  CreditPolicyPayload: ResolverTypeWrapper<Omit<CreditPolicyPayload, 'policy'> & { policy?: Maybe<ResolversTypes['CreditPolicy']> }>;
  CustomsDecision: CustomsDecision;
  CustomsDecisionInput: CustomsDecisionInput;
  CustomsOffice: ResolverTypeWrapper<CustomsOfficeRecord>;
  CustomsTargeting: ResolverTypeWrapper<CustomsTargeting>;
  CustomsTargetingInput: CustomsTargetingInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeclarantRole: DeclarantRole;
  Declaration: ResolverTypeWrapper<DeclarationRecord>;
  DeclarationCharges: ResolverTypeWrapper<DeclarationChargesRecord>;
  DeclarationConnection: ResolverTypeWrapper<Omit<DeclarationConnection, 'edges'> & { edges: Array<ResolversTypes['DeclarationEdge']> }>;
  DeclarationContentInput: DeclarationContentInput;
  DeclarationEdge: ResolverTypeWrapper<Omit<DeclarationEdge, 'node'> & { node: ResolversTypes['Declaration'] }>;
  DeclarationFilter: DeclarationFilter;
  DeclarationKind: DeclarationKind;
  DeclarationLine: ResolverTypeWrapper<DeclarationLineRecord>;
  DeclarationLineInput: DeclarationLineInput;
  DeclarationMode: DeclarationMode;
  DeclarationPayload: ResolverTypeWrapper<Omit<DeclarationPayload, 'declaration'> & { declaration?: Maybe<ResolversTypes['Declaration']> }>;
  DeclarationReceiptEvent: ResolverTypeWrapper<DeclarationReceiptEventRecord>;
  DeclarationReceiptFilter: DeclarationReceiptFilter;
  DeclarationState: DeclarationState;
  DeclarationTotalsInput: DeclarationTotalsInput;
  DeclarationWarning: ResolverTypeWrapper<DeclarationWarning>;
  DocumentMismatch: ResolverTypeWrapper<DocumentMismatchRecord>;
  DraftBillInput: DraftBillInput;
  Exercise: ResolverTypeWrapper<ExerciseRecord>;
  ExerciseEvent: ResolverTypeWrapper<ExerciseEventRecord>;
  ExerciseIncident: ResolverTypeWrapper<ExerciseIncidentRecord>;
  ExerciseKpis: ResolverTypeWrapper<ExerciseKpisRecord>;
  ExerciseParticipant: ResolverTypeWrapper<ExerciseParticipantRecord>;
  ExercisePayload: ResolverTypeWrapper<Omit<ExercisePayload, 'exercise'> & { exercise?: Maybe<ResolversTypes['Exercise']> }>;
  ExerciseSeat: ResolverTypeWrapper<ExerciseSeatRecord>;
  ExportRefund: ResolverTypeWrapper<ExportRefundRecord>;
  ExportRefundDecisionInput: ExportRefundDecisionInput;
  ExportRefundPayload: ResolverTypeWrapper<Omit<ExportRefundPayload, 'refund'> & { refund?: Maybe<ResolversTypes['ExportRefund']> }>;
  FileDeclarationInput: FileDeclarationInput;
  Financing: ResolverTypeWrapper<FinancingRecord>;
  FinancingClaim: ResolverTypeWrapper<ClaimRecord>;
  FinancingConnection: ResolverTypeWrapper<Omit<FinancingConnection, 'edges'> & { edges: Array<ResolversTypes['FinancingEdge']> }>;
  FinancingEdge: ResolverTypeWrapper<Omit<FinancingEdge, 'node'> & { node: ResolversTypes['Financing'] }>;
  FinancingEventFilter: FinancingEventFilter;
  FinancingFilter: FinancingFilter;
  FinancingInterest: ResolverTypeWrapper<LoanInterestView>;
  FinancingKind: FinancingKind;
  FinancingLiveEvent: ResolverTypeWrapper<FinancingLiveEventRecord>;
  FinancingMatching: ResolverTypeWrapper<MatchingRecord>;
  FinancingPayload: ResolverTypeWrapper<Omit<FinancingPayload, 'financing'> & { financing?: Maybe<ResolversTypes['Financing']> }>;
  FinancingPosition: ResolverTypeWrapper<LoanPosition>;
  FinancingRepayment: ResolverTypeWrapper<FinancingRepayment>;
  FinancingState: FinancingState;
  FinancingTerms: ResolverTypeWrapper<FinancingTermsRecord>;
  FlagOverdueTransitsPayload: ResolverTypeWrapper<Omit<FlagOverdueTransitsPayload, 'flagged'> & { flagged: Array<ResolversTypes['Declaration']> }>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FxRate: ResolverTypeWrapper<AppliedRate>;
  FxRateEntry: ResolverTypeWrapper<FxRateEntry>;
  FxRateVia: FxRateVia;
  Health: ResolverTypeWrapper<HealthReport>;
  HistoryActor: ResolverTypeWrapper<HistoryActor>;
  HistoryEntry: ResolverTypeWrapper<HistoryEntry>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportTaxLine: ResolverTypeWrapper<ImportTaxLineRecord>;
  Incoterm: ResolverTypeWrapper<Incoterm>;
  InjectIncidentInput: InjectIncidentInput;
  InsuredShipment: ResolverTypeWrapper<InsuredShipmentView>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  InterestPeriod: ResolverTypeWrapper<InterestPeriod>;
  InvitationPayload: ResolverTypeWrapper<Omit<InvitationPayload, 'exercise' | 'participant'> & { exercise?: Maybe<ResolversTypes['Exercise']>, participant?: Maybe<ResolversTypes['ExerciseParticipant']> }>;
  InviteParticipantInput: InviteParticipantInput;
  Invoice: ResolverTypeWrapper<InvoiceRecord>;
  InvoiceContentInput: InvoiceContentInput;
  InvoiceLine: ResolverTypeWrapper<InvoiceLine>;
  InvoiceLineInput: InvoiceLineInput;
  InvoicePayload: ResolverTypeWrapper<Omit<InvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversTypes['Invoice']> }>;
  InvoiceRevision: ResolverTypeWrapper<InvoiceRevisionRecord>;
  IssueApiTokenPayload: ResolverTypeWrapper<Omit<IssueApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  IssueCreditPolicyInput: IssueCreditPolicyInput;
  IssueInvoiceInput: IssueInvoiceInput;
  Lane: Lane;
  LaneSelection: ResolverTypeWrapper<LaneSelectionView>;
  LateFee: ResolverTypeWrapper<LateFeeRecord>;
  LiveStats: ResolverTypeWrapper<LiveStats>;
  Location: ResolverTypeWrapper<Location>;
  MatchingResult: MatchingResult;
  Me: ResolverTypeWrapper<Caller>;
  Milestone: ResolverTypeWrapper<Milestone>;
  MilestoneType: MilestoneType;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRecord>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderFilter: OrderFilter;
  OrderLine: ResolverTypeWrapper<OrderLine>;
  OrderLineInput: OrderLineInput;
  OrderPayload: ResolverTypeWrapper<Omit<OrderPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  OrderState: OrderState;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Party: ResolverTypeWrapper<PartyRecord>;
  PartyConnection: ResolverTypeWrapper<Omit<PartyConnection, 'edges'> & { edges: Array<ResolversTypes['PartyEdge']> }>;
  PartyEdge: ResolverTypeWrapper<Omit<PartyEdge, 'node'> & { node: ResolversTypes['Party'] }>;
  PartyFilter: PartyFilter;
  PartyPublicKey: ResolverTypeWrapper<PartyPublicKey>;
  PolicyClaim: ResolverTypeWrapper<PolicyClaimView>;
  Position: ResolverTypeWrapper<Position>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RankBy: RankBy;
  RecordMilestoneInput: RecordMilestoneInput;
  RecordMilestonePayload: ResolverTypeWrapper<Omit<RecordMilestonePayload, 'shipment'> & { shipment?: Maybe<ResolversTypes['Shipment']> }>;
  RefundDecision: RefundDecision;
  RefundLine: ResolverTypeWrapper<ExportRefundLine>;
  RefundState: RefundState;
  RegisterPartyInput: RegisterPartyInput;
  RegisterPartyPayload: ResolverTypeWrapper<Omit<RegisterPartyPayload, 'party'> & { party?: Maybe<ResolversTypes['Party']> }>;
  RepayFinancingInput: RepayFinancingInput;
  RerouteShipmentInput: RerouteShipmentInput;
  RerouteShipmentPayload: ResolverTypeWrapper<Omit<RerouteShipmentPayload, 'shipment'> & { shipment?: Maybe<ResolversTypes['Shipment']> }>;
  RevokeApiTokenPayload: ResolverTypeWrapper<Omit<RevokeApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversTypes['ApiToken']> }>;
  RiskRuleHit: ResolverTypeWrapper<RuleHit>;
  Role: Role;
  RouteLeg: ResolverTypeWrapper<RouteLeg>;
  RouteOption: ResolverTypeWrapper<RouteOption>;
  RouteOptionsInput: RouteOptionsInput;
  RouteOptionsPayload: ResolverTypeWrapper<RouteOptionsPayload>;
  ScenarioCauseTotal: ResolverTypeWrapper<ScenarioCauseTotal>;
  ScenarioExpectationResult: ResolverTypeWrapper<ScenarioExpectationResult>;
  ScenarioIncidentTotal: ResolverTypeWrapper<ScenarioIncidentTotal>;
  ScenarioLaneCount: ResolverTypeWrapper<ScenarioLaneCount>;
  ScenarioModeCo2: ResolverTypeWrapper<ScenarioModeCo2>;
  ScenarioOrderCause: ResolverTypeWrapper<ScenarioOrderCause>;
  ScenarioOrderLeg: ResolverTypeWrapper<ScenarioOrderLeg>;
  ScenarioOrderReport: ResolverTypeWrapper<OrderReportView>;
  ScenarioRefusalTotal: ResolverTypeWrapper<ScenarioRefusalTotal>;
  ScenarioRun: ResolverTypeWrapper<ScenarioRunRecord>;
  ScenarioRunBreakdown: ResolverTypeWrapper<ScenarioRunBreakdown>;
  ScenarioRunEvent: ResolverTypeWrapper<ScenarioRunEvent>;
  ScenarioRunKpis: ResolverTypeWrapper<ScenarioRunKpis>;
  ScenarioRunPayload: ResolverTypeWrapper<Omit<ScenarioRunPayload, 'run'> & { run?: Maybe<ResolversTypes['ScenarioRun']> }>;
  ScenarioRunProgress: ResolverTypeWrapper<ScenarioRunProgress>;
  ScenarioRunProgressEvent: ResolverTypeWrapper<ScenarioRunProgressEventRecord>;
  ScenarioRunStatus: ScenarioRunStatus;
  ServerInstance: ResolverTypeWrapper<ServerInstanceRecord>;
  Shipment: ResolverTypeWrapper<ShipmentRecord>;
  ShipmentConnection: ResolverTypeWrapper<Omit<ShipmentConnection, 'edges'> & { edges: Array<ResolversTypes['ShipmentEdge']> }>;
  ShipmentEdge: ResolverTypeWrapper<Omit<ShipmentEdge, 'node'> & { node: ResolversTypes['Shipment'] }>;
  ShipmentEventKind: ShipmentEventKind;
  ShipmentFilter: ShipmentFilter;
  ShipmentLeg: ResolverTypeWrapper<ShipmentLegView>;
  ShipmentReroute: ResolverTypeWrapper<ShipmentReroute>;
  ShipmentRouteRef: ResolverTypeWrapper<ShipmentRouteRef>;
  ShipmentTrackedEvent: ResolverTypeWrapper<ShipmentTrackedEventRecord>;
  StartScenarioRunInput: StartScenarioRunInput;
  StorageKind: StorageKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SurrenderPurpose: SurrenderPurpose;
  TrackedLeg: ResolverTypeWrapper<TrackedLeg>;
  Tracking: ResolverTypeWrapper<TrackingView>;
  TradeDocument: TradeDocument;
  TradeMode: ResolverTypeWrapper<TradeMode>;
  TrainingScenario: ResolverTypeWrapper<CatalogueEntry>;
  TransitDetails: ResolverTypeWrapper<TransitView>;
  TransitInput: TransitInput;
  TransportMode: TransportMode;
  TwoStepDetails: ResolverTypeWrapper<TwoStepView>;
  TwoStepInput: TwoStepInput;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdvanceExerciseClockInput: AdvanceExerciseClockInput;
  AdvanceExerciseClockPayload: Omit<AdvanceExerciseClockPayload, 'exercise'> & { exercise?: Maybe<ResolversParentTypes['Exercise']> };
  AmendBillInput: AmendBillInput;
  ApiToken: ApiTokenRecord;
  ApplyForExportRefundInput: ApplyForExportRefundInput;
  ApplyForFinancingInput: ApplyForFinancingInput;
  ApproveFinancingInput: ApproveFinancingInput;
  Bill: BillRecord;
  BillChainEntry: ChainEntry;
  BillConnection: Omit<BillConnection, 'edges'> & { edges: Array<ResolversParentTypes['BillEdge']> };
  BillContainer: BillDocumentContainer;
  BillConveyance: BillConveyance;
  BillEdge: Omit<BillEdge, 'node'> & { node: ResolversParentTypes['Bill'] };
  BillFilter: BillFilter;
  BillGoodsLine: BillDocumentGoodsLine;
  BillLeg: BillDocumentLeg;
  BillLiveEvent: BillLiveEventRecord;
  BillPackages: BillPackages;
  BillPayload: Omit<BillPayload, 'bill'> & { bill?: Maybe<ResolversParentTypes['Bill']> };
  BillSeal: BillSeal;
  BillSealsInput: BillSealsInput;
  BillStowage: BillStowage;
  BillVerification: BillVerification;
  BookRouteInput: BookRouteInput;
  BookRoutePayload: Omit<BookRoutePayload, 'order' | 'shipment'> & { order?: Maybe<ResolversParentTypes['Order']>, shipment?: Maybe<ResolversParentTypes['Shipment']> };
  Boolean: Scalars['Boolean']['output'];
  BothCurrencies: BothCurrencies;
  BuyerCreditLimit: BuyerLimitView;
  BuyerLimitInput: BuyerLimitInput;
  CargoInput: CargoInput;
  CarrierAssignment: CarrierAssignment;
  Container: Container;
  ContainerInput: ContainerInput;
  CreateExerciseInput: CreateExerciseInput;
  CreateOrderInput: CreateOrderInput;
  CreditPolicy: CreditPolicyRecord;
  CreditPolicyPayload: Omit<CreditPolicyPayload, 'policy'> & { policy?: Maybe<ResolversParentTypes['CreditPolicy']> };
  CustomsDecisionInput: CustomsDecisionInput;
  CustomsOffice: CustomsOfficeRecord;
  CustomsTargeting: CustomsTargeting;
  CustomsTargetingInput: CustomsTargetingInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  Declaration: DeclarationRecord;
  DeclarationCharges: DeclarationChargesRecord;
  DeclarationConnection: Omit<DeclarationConnection, 'edges'> & { edges: Array<ResolversParentTypes['DeclarationEdge']> };
  DeclarationContentInput: DeclarationContentInput;
  DeclarationEdge: Omit<DeclarationEdge, 'node'> & { node: ResolversParentTypes['Declaration'] };
  DeclarationFilter: DeclarationFilter;
  DeclarationLine: DeclarationLineRecord;
  DeclarationLineInput: DeclarationLineInput;
  DeclarationPayload: Omit<DeclarationPayload, 'declaration'> & { declaration?: Maybe<ResolversParentTypes['Declaration']> };
  DeclarationReceiptEvent: DeclarationReceiptEventRecord;
  DeclarationReceiptFilter: DeclarationReceiptFilter;
  DeclarationTotalsInput: DeclarationTotalsInput;
  DeclarationWarning: DeclarationWarning;
  DocumentMismatch: DocumentMismatchRecord;
  DraftBillInput: DraftBillInput;
  Exercise: ExerciseRecord;
  ExerciseEvent: ExerciseEventRecord;
  ExerciseIncident: ExerciseIncidentRecord;
  ExerciseKpis: ExerciseKpisRecord;
  ExerciseParticipant: ExerciseParticipantRecord;
  ExercisePayload: Omit<ExercisePayload, 'exercise'> & { exercise?: Maybe<ResolversParentTypes['Exercise']> };
  ExerciseSeat: ExerciseSeatRecord;
  ExportRefund: ExportRefundRecord;
  ExportRefundDecisionInput: ExportRefundDecisionInput;
  ExportRefundPayload: Omit<ExportRefundPayload, 'refund'> & { refund?: Maybe<ResolversParentTypes['ExportRefund']> };
  FileDeclarationInput: FileDeclarationInput;
  Financing: FinancingRecord;
  FinancingClaim: ClaimRecord;
  FinancingConnection: Omit<FinancingConnection, 'edges'> & { edges: Array<ResolversParentTypes['FinancingEdge']> };
  FinancingEdge: Omit<FinancingEdge, 'node'> & { node: ResolversParentTypes['Financing'] };
  FinancingEventFilter: FinancingEventFilter;
  FinancingFilter: FinancingFilter;
  FinancingInterest: LoanInterestView;
  FinancingLiveEvent: FinancingLiveEventRecord;
  FinancingMatching: MatchingRecord;
  FinancingPayload: Omit<FinancingPayload, 'financing'> & { financing?: Maybe<ResolversParentTypes['Financing']> };
  FinancingPosition: LoanPosition;
  FinancingRepayment: FinancingRepayment;
  FinancingTerms: FinancingTermsRecord;
  FlagOverdueTransitsPayload: Omit<FlagOverdueTransitsPayload, 'flagged'> & { flagged: Array<ResolversParentTypes['Declaration']> };
  Float: Scalars['Float']['output'];
  FxRate: AppliedRate;
  FxRateEntry: FxRateEntry;
  Health: HealthReport;
  HistoryActor: HistoryActor;
  HistoryEntry: HistoryEntry;
  ID: Scalars['ID']['output'];
  ImportTaxLine: ImportTaxLineRecord;
  Incoterm: Incoterm;
  InjectIncidentInput: InjectIncidentInput;
  InsuredShipment: InsuredShipmentView;
  Int: Scalars['Int']['output'];
  InterestPeriod: InterestPeriod;
  InvitationPayload: Omit<InvitationPayload, 'exercise' | 'participant'> & { exercise?: Maybe<ResolversParentTypes['Exercise']>, participant?: Maybe<ResolversParentTypes['ExerciseParticipant']> };
  InviteParticipantInput: InviteParticipantInput;
  Invoice: InvoiceRecord;
  InvoiceContentInput: InvoiceContentInput;
  InvoiceLine: InvoiceLine;
  InvoiceLineInput: InvoiceLineInput;
  InvoicePayload: Omit<InvoicePayload, 'invoice'> & { invoice?: Maybe<ResolversParentTypes['Invoice']> };
  InvoiceRevision: InvoiceRevisionRecord;
  IssueApiTokenPayload: Omit<IssueApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  IssueCreditPolicyInput: IssueCreditPolicyInput;
  IssueInvoiceInput: IssueInvoiceInput;
  LaneSelection: LaneSelectionView;
  LateFee: LateFeeRecord;
  LiveStats: LiveStats;
  Location: Location;
  Me: Caller;
  Milestone: Milestone;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Order: OrderRecord;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderFilter: OrderFilter;
  OrderLine: OrderLine;
  OrderLineInput: OrderLineInput;
  OrderPayload: Omit<OrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  PageInfo: PageInfo;
  Party: PartyRecord;
  PartyConnection: Omit<PartyConnection, 'edges'> & { edges: Array<ResolversParentTypes['PartyEdge']> };
  PartyEdge: Omit<PartyEdge, 'node'> & { node: ResolversParentTypes['Party'] };
  PartyFilter: PartyFilter;
  PartyPublicKey: PartyPublicKey;
  PolicyClaim: PolicyClaimView;
  Position: Position;
  Query: Record<PropertyKey, never>;
  RecordMilestoneInput: RecordMilestoneInput;
  RecordMilestonePayload: Omit<RecordMilestonePayload, 'shipment'> & { shipment?: Maybe<ResolversParentTypes['Shipment']> };
  RefundLine: ExportRefundLine;
  RegisterPartyInput: RegisterPartyInput;
  RegisterPartyPayload: Omit<RegisterPartyPayload, 'party'> & { party?: Maybe<ResolversParentTypes['Party']> };
  RepayFinancingInput: RepayFinancingInput;
  RerouteShipmentInput: RerouteShipmentInput;
  RerouteShipmentPayload: Omit<RerouteShipmentPayload, 'shipment'> & { shipment?: Maybe<ResolversParentTypes['Shipment']> };
  RevokeApiTokenPayload: Omit<RevokeApiTokenPayload, 'apiToken'> & { apiToken?: Maybe<ResolversParentTypes['ApiToken']> };
  RiskRuleHit: RuleHit;
  RouteLeg: RouteLeg;
  RouteOption: RouteOption;
  RouteOptionsInput: RouteOptionsInput;
  RouteOptionsPayload: RouteOptionsPayload;
  ScenarioCauseTotal: ScenarioCauseTotal;
  ScenarioExpectationResult: ScenarioExpectationResult;
  ScenarioIncidentTotal: ScenarioIncidentTotal;
  ScenarioLaneCount: ScenarioLaneCount;
  ScenarioModeCo2: ScenarioModeCo2;
  ScenarioOrderCause: ScenarioOrderCause;
  ScenarioOrderLeg: ScenarioOrderLeg;
  ScenarioOrderReport: OrderReportView;
  ScenarioRefusalTotal: ScenarioRefusalTotal;
  ScenarioRun: ScenarioRunRecord;
  ScenarioRunBreakdown: ScenarioRunBreakdown;
  ScenarioRunEvent: ScenarioRunEvent;
  ScenarioRunKpis: ScenarioRunKpis;
  ScenarioRunPayload: Omit<ScenarioRunPayload, 'run'> & { run?: Maybe<ResolversParentTypes['ScenarioRun']> };
  ScenarioRunProgress: ScenarioRunProgress;
  ScenarioRunProgressEvent: ScenarioRunProgressEventRecord;
  ServerInstance: ServerInstanceRecord;
  Shipment: ShipmentRecord;
  ShipmentConnection: Omit<ShipmentConnection, 'edges'> & { edges: Array<ResolversParentTypes['ShipmentEdge']> };
  ShipmentEdge: Omit<ShipmentEdge, 'node'> & { node: ResolversParentTypes['Shipment'] };
  ShipmentFilter: ShipmentFilter;
  ShipmentLeg: ShipmentLegView;
  ShipmentReroute: ShipmentReroute;
  ShipmentRouteRef: ShipmentRouteRef;
  ShipmentTrackedEvent: ShipmentTrackedEventRecord;
  StartScenarioRunInput: StartScenarioRunInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  TrackedLeg: TrackedLeg;
  Tracking: TrackingView;
  TradeMode: TradeMode;
  TrainingScenario: CatalogueEntry;
  TransitDetails: TransitView;
  TransitInput: TransitInput;
  TwoStepDetails: TwoStepView;
  TwoStepInput: TwoStepInput;
  UserError: UserError;
}>;

export type AdvanceExerciseClockPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdvanceExerciseClockPayload'] = ResolversParentTypes['AdvanceExerciseClockPayload']> = ResolversObject<{
  exercise?: Resolver<Maybe<ResolversTypes['Exercise']>, ParentType, ContextType>;
  fired?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ApiTokenResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ApiToken'] = ResolversParentTypes['ApiToken']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BillResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Bill'] = ResolversParentTypes['Bill']> = ResolversObject<{
  allowedEvents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  amends?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  beneficiary?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  billType?: Resolver<ResolversTypes['BillType'], ParentType, ContextType>;
  blankEndorsed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  chain?: Resolver<Array<ResolversTypes['BillChainEntry']>, ParentType, ContextType>;
  consignee?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  containers?: Resolver<Array<ResolversTypes['BillContainer']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dcsaEndorsementChain?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<BillDcsaEndorsementChainArgs, 'eblPlatform'>>;
  dcsaExportBlockers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  dcsaTransportDocument?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documentChecksum?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  freight?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  goods?: Resolver<Array<ResolversTypes['BillGoodsLine']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  holder?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['BillLeg']>, ParentType, ContextType>;
  nominee?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  placeOfDelivery?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  placeOfReceipt?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  pledgee?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  pledgor?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  shipper?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BillStatus'], ParentType, ContextType>;
  surrenderRequestedBy?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  voidReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BillChainEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillChainEntry'] = ResolversParentTypes['BillChainEntry']> = ResolversObject<{
  actionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['HistoryActor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipient?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  recipientId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signature?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BillConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillConnection'] = ResolversParentTypes['BillConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BillEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BillContainerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillContainer'] = ResolversParentTypes['BillContainer']> = ResolversObject<{
  isoSizeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seals?: Resolver<Array<ResolversTypes['BillSeal']>, ParentType, ContextType>;
  shipperOwned?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type BillConveyanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillConveyance'] = ResolversParentTypes['BillConveyance']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BillEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillEdge'] = ResolversParentTypes['BillEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Bill'], ParentType, ContextType>;
}>;

export type BillGoodsLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillGoodsLine'] = ResolversParentTypes['BillGoodsLine']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossWeightKg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  packages?: Resolver<ResolversTypes['BillPackages'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  stowage?: Resolver<Array<ResolversTypes['BillStowage']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BillLegResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillLeg'] = ResolversParentTypes['BillLeg']> = ResolversObject<{
  carrier?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  conveyance?: Resolver<Maybe<ResolversTypes['BillConveyance']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TransportMode'], ParentType, ContextType>;
  plannedArrival?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedDeparture?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['BillLegStage'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
}>;

export type BillLegStageResolvers = EnumResolverSignature<{ MAIN_CARRIAGE?: any, ON_CARRIAGE?: any, PRE_CARRIAGE?: any }, ResolversTypes['BillLegStage']>;

export type BillLiveEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillLiveEvent'] = ResolversParentTypes['BillLiveEvent']> = ResolversObject<{
  bill?: Resolver<ResolversTypes['Bill'], ParentType, ContextType>;
  chainEntry?: Resolver<Maybe<ResolversTypes['BillChainEntry']>, ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
}>;

export type BillPackagesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillPackages'] = ResolversParentTypes['BillPackages']> = ResolversObject<{
  code?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BillPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillPayload'] = ResolversParentTypes['BillPayload']> = ResolversObject<{
  bill?: Resolver<Maybe<ResolversTypes['Bill']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type BillSealResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillSeal'] = ResolversParentTypes['BillSeal']> = ResolversObject<{
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BillStatusResolvers = EnumResolverSignature<{ APPROVED?: any, DRAFT?: any, ISSUED?: any, PENDING_SURRENDER_FOR_AMENDMENT?: any, PENDING_SURRENDER_FOR_DELIVERY?: any, SURRENDERED_FOR_AMENDMENT?: any, SURRENDERED_FOR_DELIVERY?: any, VOIDED?: any }, ResolversTypes['BillStatus']>;

export type BillStowageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillStowage'] = ResolversParentTypes['BillStowage']> = ResolversObject<{
  equipment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossWeightKg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  packages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BillTypeResolvers = EnumResolverSignature<{ STRAIGHT?: any, TO_ORDER?: any }, ResolversTypes['BillType']>;

export type BillVerificationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BillVerification'] = ResolversParentTypes['BillVerification']> = ResolversObject<{
  brokenAt?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  entries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BookRoutePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BookRoutePayload'] = ResolversParentTypes['BookRoutePayload']> = ResolversObject<{
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type BothCurrenciesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BothCurrencies'] = ResolversParentTypes['BothCurrencies']> = ResolversObject<{
  goods?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  loan?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type BuyerCreditLimitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BuyerCreditLimit'] = ResolversParentTypes['BuyerCreditLimit']> = ResolversObject<{
  approved?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  available?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  buyer?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type ConformityActionResolvers = EnumResolverSignature<{ HOLD?: any, RECALL?: any }, ResolversTypes['ConformityAction']>;

export type ContainerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Container'] = ResolversParentTypes['Container']> = ResolversObject<{
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  teu?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreditPolicyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreditPolicy'] = ResolversParentTypes['CreditPolicy']> = ResolversObject<{
  buyerLimits?: Resolver<Array<ResolversTypes['BuyerCreditLimit']>, ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['PolicyClaim']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exporter?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indemnityPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  insurer?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  premiumRatePercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  shipments?: Resolver<Array<ResolversTypes['InsuredShipment']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CreditPolicyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreditPolicyPayload'] = ResolversParentTypes['CreditPolicyPayload']> = ResolversObject<{
  policy?: Resolver<Maybe<ResolversTypes['CreditPolicy']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CustomsOfficeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomsOffice'] = ResolversParentTypes['CustomsOffice']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomsTargetingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CustomsTargeting'] = ResolversParentTypes['CustomsTargeting']> = ResolversObject<{
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeclarantRoleResolvers = EnumResolverSignature<{ CUSTOMS_BROKER?: any, EXPORTER?: any, IMPORTER?: any }, ResolversTypes['DeclarantRole']>;

export type DeclarationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Declaration'] = ResolversParentTypes['Declaration']> = ResolversObject<{
  alarm?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  allowedEvents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  arrived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  billNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  charges?: Resolver<Maybe<ResolversTypes['DeclarationCharges']>, ParentType, ContextType>;
  chargesSettlement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  chineseStatus?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conformityFinding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  containers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  conveyanceReference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsOffice?: Resolver<ResolversTypes['CustomsOffice'], ParentType, ContextType>;
  declarant?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  declarantCustomsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declarantRole?: Resolver<ResolversTypes['DeclarantRole'], ParentType, ContextType>;
  deletionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  elockId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expectedDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grossWeightKg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inspectThenStuff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inspectionFinding?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  invoiceNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DeclarationKind'], ParentType, ContextType>;
  lane?: Resolver<Maybe<ResolversTypes['Lane']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['DeclarationLine']>, ParentType, ContextType>;
  manifestOnFile?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['DeclarationMode'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  packages?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  port?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  refusalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selection?: Resolver<Maybe<ResolversTypes['LaneSelection']>, ParentType, ContextType>;
  shipmentNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeclarationState'], ParentType, ContextType>;
  totalValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  tradeMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transit?: Resolver<Maybe<ResolversTypes['TransitDetails']>, ParentType, ContextType>;
  transportMode?: Resolver<ResolversTypes['TransportMode'], ParentType, ContextType>;
  twoStep?: Resolver<Maybe<ResolversTypes['TwoStepDetails']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['DeclarationWarning']>, ParentType, ContextType>;
}>;

export type DeclarationChargesResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeclarationCharges'] = ResolversParentTypes['DeclarationCharges']> = ResolversObject<{
  consumptionTax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  customsValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  duty?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  exchangeRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lateFee?: Resolver<Maybe<ResolversTypes['LateFee']>, ParentType, ContextType>;
  taxLines?: Resolver<Array<ResolversTypes['ImportTaxLine']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  vat?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type DeclarationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeclarationConnection'] = ResolversParentTypes['DeclarationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DeclarationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DeclarationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeclarationEdge'] = ResolversParentTypes['DeclarationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType>;
}>;

export type DeclarationKindResolvers = EnumResolverSignature<{ EXPORT?: any, IMPORT?: any, TRANSIT?: any }, ResolversTypes['DeclarationKind']>;

export type DeclarationLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeclarationLine'] = ResolversParentTypes['DeclarationLine']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destinationCountry?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orderLineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  originCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type DeclarationModeResolvers = EnumResolverSignature<{ ADVANCE?: any, STANDARD?: any, TWO_STEP?: any }, ResolversTypes['DeclarationMode']>;

export type DeclarationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeclarationPayload'] = ResolversParentTypes['DeclarationPayload']> = ResolversObject<{
  declaration?: Resolver<Maybe<ResolversTypes['Declaration']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeclarationReceiptEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeclarationReceiptEvent'] = ResolversParentTypes['DeclarationReceiptEvent']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declaration?: Resolver<ResolversTypes['Declaration'], ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
  receipt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['DeclarationState'], ParentType, ContextType>;
}>;

export type DeclarationStateResolvers = EnumResolverSignature<{ ACCEPTED?: any, ARRIVED_AT_DESTINATION?: any, AWAITING_RELEASE?: any, CLOSED?: any, DELETED?: any, DOCUMENT_REVIEW?: any, DRAFT?: any, GUARANTEED?: any, HELD?: any, HELD_AFTER_RELEASE?: any, HELD_FOR_REINSPECTION?: any, PAID?: any, PHYSICAL_INSPECTION?: any, RECALLED?: any, REFUSED?: any, REJECTED?: any, RELEASED?: any, RELEASED_FOR_PICKUP?: any, RELEASED_FROM_PORT?: any, RISK_ASSESSMENT?: any, SEALED?: any, SUBMITTED?: any, SUMMARY_DECLARED?: any, TAX_DUE?: any, TRANSIT_DECLARED?: any }, ResolversTypes['DeclarationState']>;

export type DeclarationWarningResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeclarationWarning'] = ResolversParentTypes['DeclarationWarning']> = ResolversObject<{
  field?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DocumentMismatchResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentMismatch'] = ResolversParentTypes['DocumentMismatch']> = ResolversObject<{
  documents?: Resolver<Array<ResolversTypes['TradeDocument']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ExerciseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Exercise'] = ResolversParentTypes['Exercise']> = ResolversObject<{
  clockRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defaultAfterDaysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['ExerciseEvent']>, ParentType, ContextType, Partial<ExerciseEventsArgs>>;
  incidents?: Resolver<Array<ResolversTypes['ExerciseIncident']>, ParentType, ContextType>;
  markdown?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  now?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['ExerciseParticipant']>, ParentType, ContextType>;
  reportJson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scenarioId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Array<ResolversTypes['ExerciseKpis']>, ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExerciseEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExerciseEvent'] = ResolversParentTypes['ExerciseEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExerciseIncidentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExerciseIncident'] = ResolversParentTypes['ExerciseIncident']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  effect?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExerciseKpisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExerciseKpis'] = ResolversParentTypes['ExerciseKpis']> = ResolversObject<{
  averageCustomsDwellHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageLeadTimeDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averagePlannedLeadTimeDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  co2Kg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dutiesAndFeesCny?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  financingCostUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  freightUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  lateFeesCny?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  loans?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loansDefaulted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  loansOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeRatePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  participant?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  partyCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type ExerciseParticipantResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExerciseParticipant'] = ResolversParentTypes['ExerciseParticipant']> = ResolversObject<{
  dismissedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  invitedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  tokenPrefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExercisePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExercisePayload'] = ResolversParentTypes['ExercisePayload']> = ResolversObject<{
  exercise?: Resolver<Maybe<ResolversTypes['Exercise']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ExerciseSeatResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExerciseSeat'] = ResolversParentTypes['ExerciseSeat']> = ResolversObject<{
  exercise?: Resolver<ResolversTypes['Exercise'], ParentType, ContextType>;
  participant?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type ExportRefundResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExportRefund'] = ResolversParentTypes['ExportRefund']> = ResolversObject<{
  appliedAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  approvedAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['Declaration']>, ParentType, ContextType>;
  declarationNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exchangeRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  exporter?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  fobNotes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fobValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['RefundLine']>, ParentType, ContextType>;
  paymentReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RefundState'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ExportRefundPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExportRefundPayload'] = ResolversParentTypes['ExportRefundPayload']> = ResolversObject<{
  refund?: Resolver<Maybe<ResolversTypes['ExportRefund']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type FinancingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Financing'] = ResolversParentTypes['Financing']> = ResolversObject<{
  allowedEvents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bank?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  bill?: Resolver<Maybe<ResolversTypes['Bill']>, ParentType, ContextType>;
  billNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  chineseState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claim?: Resolver<Maybe<ResolversTypes['FinancingClaim']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defaultReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  disbursedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  exporter?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  goodsCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  insurer?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  invoiceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FinancingKind'], ParentType, ContextType>;
  matching?: Resolver<Maybe<ResolversTypes['FinancingMatching']>, ParentType, ContextType>;
  maturityDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mismatches?: Resolver<Array<ResolversTypes['DocumentMismatch']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overdueSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['CreditPolicy']>, ParentType, ContextType>;
  policyNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['FinancingPosition']>, ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  repayments?: Resolver<Array<ResolversTypes['FinancingRepayment']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['FinancingState'], ParentType, ContextType>;
  terms?: Resolver<Maybe<ResolversTypes['FinancingTerms']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  writeOffReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FinancingClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancingClaim'] = ResolversParentTypes['FinancingClaim']> = ResolversObject<{
  loss?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payee?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  payout?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  payoutInLoanCurrency?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  policyNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FinancingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancingConnection'] = ResolversParentTypes['FinancingConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FinancingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FinancingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancingEdge'] = ResolversParentTypes['FinancingEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Financing'], ParentType, ContextType>;
}>;

export type FinancingInterestResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancingInterest'] = ResolversParentTypes['FinancingInterest']> = ResolversObject<{
  accrued?: Resolver<ResolversTypes['BothCurrencies'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  due?: Resolver<ResolversTypes['BothCurrencies'], ParentType, ContextType>;
  paid?: Resolver<ResolversTypes['BothCurrencies'], ParentType, ContextType>;
  periods?: Resolver<Array<ResolversTypes['InterestPeriod']>, ParentType, ContextType>;
}>;

export type FinancingKindResolvers = EnumResolverSignature<{ BILL_PLEDGE?: any, POLICY_FINANCING?: any, PRE_SHIPMENT?: any }, ResolversTypes['FinancingKind']>;

export type FinancingLiveEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancingLiveEvent'] = ResolversParentTypes['FinancingLiveEvent']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entry?: Resolver<ResolversTypes['HistoryEntry'], ParentType, ContextType>;
  financing?: Resolver<ResolversTypes['Financing'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['FinancingState'], ParentType, ContextType>;
}>;

export type FinancingMatchingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancingMatching'] = ResolversParentTypes['FinancingMatching']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cargoValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  declarationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['TradeDocument']>, ParentType, ContextType>;
  invoiceRevision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mismatches?: Resolver<Array<ResolversTypes['DocumentMismatch']>, ParentType, ContextType>;
  result?: Resolver<ResolversTypes['MatchingResult'], ParentType, ContextType>;
}>;

export type FinancingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancingPayload'] = ResolversParentTypes['FinancingPayload']> = ResolversObject<{
  financing?: Resolver<Maybe<ResolversTypes['Financing']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type FinancingPositionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancingPosition'] = ResolversParentTypes['FinancingPosition']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fxRate?: Resolver<ResolversTypes['FxRate'], ParentType, ContextType>;
  interest?: Resolver<Maybe<ResolversTypes['FinancingInterest']>, ParentType, ContextType>;
  limit?: Resolver<Maybe<ResolversTypes['BothCurrencies']>, ParentType, ContextType>;
  maturityDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outstandingPrincipal?: Resolver<Maybe<ResolversTypes['BothCurrencies']>, ParentType, ContextType>;
  principal?: Resolver<Maybe<ResolversTypes['BothCurrencies']>, ParentType, ContextType>;
  settlementAmount?: Resolver<Maybe<ResolversTypes['BothCurrencies']>, ParentType, ContextType>;
}>;

export type FinancingRepaymentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancingRepayment'] = ResolversParentTypes['FinancingRepayment']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type FinancingStateResolvers = EnumResolverSignature<{ APPLIED?: any, APPROVED?: any, CLAIM_PAID?: any, CLOSED?: any, COLLATERAL_RELEASED?: any, DEFAULTED?: any, DISBURSED?: any, ENFORCED?: any, OVERDUE?: any, PLEDGE_REGISTERED?: any, REJECTED?: any, REPAID?: any, UNDER_REVIEW?: any, WITHDRAWN?: any }, ResolversTypes['FinancingState']>;

export type FinancingTermsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FinancingTerms'] = ResolversParentTypes['FinancingTerms']> = ResolversObject<{
  advanceRatePercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  annualRatePercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cargoValue?: Resolver<ResolversTypes['BothCurrencies'], ParentType, ContextType>;
  fxRate?: Resolver<ResolversTypes['FxRate'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['BothCurrencies'], ParentType, ContextType>;
  tenorDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FlagOverdueTransitsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FlagOverdueTransitsPayload'] = ResolversParentTypes['FlagOverdueTransitsPayload']> = ResolversObject<{
  flagged?: Resolver<Array<ResolversTypes['Declaration']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type FxRateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FxRate'] = ResolversParentTypes['FxRate']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['FxRateEntry']>, ParentType, ContextType>;
  exactRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  via?: Resolver<ResolversTypes['FxRateVia'], ParentType, ContextType>;
}>;

export type FxRateEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FxRateEntry'] = ResolversParentTypes['FxRateEntry']> = ResolversObject<{
  base?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type FxRateViaResolvers = EnumResolverSignature<{ CROSS?: any, DIRECT?: any, INVERSE?: any, SAME?: any }, ResolversTypes['FxRateVia']>;

export type HealthResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  instances?: Resolver<Array<ResolversTypes['ServerInstance']>, ParentType, ContextType>;
  live?: Resolver<ResolversTypes['LiveStats'], ParentType, ContextType>;
  storage?: Resolver<ResolversTypes['StorageKind'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HistoryActorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HistoryActor'] = ResolversParentTypes['HistoryActor']> = ResolversObject<{
  partyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HistoryEntryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['HistoryEntry'] = ResolversParentTypes['HistoryEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['HistoryActor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ImportTaxLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImportTaxLine'] = ResolversParentTypes['ImportTaxLine']> = ResolversObject<{
  consumptionTax?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  consumptionTaxPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  duty?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  dutyPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tariffKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vat?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vatBasis?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  vatPercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type IncotermResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Incoterm'] = ResolversParentTypes['Incoterm']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seaAndInlandWaterwayOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type InsuredShipmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InsuredShipment'] = ResolversParentTypes['InsuredShipment']> = ResolversObject<{
  buyer?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  claimed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  declaredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fxRate?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  goodsValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  insuredValue?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  premium?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type InterestPeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InterestPeriod'] = ResolversParentTypes['InterestPeriod']> = ResolversObject<{
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  interest?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type InvitationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvitationPayload'] = ResolversParentTypes['InvitationPayload']> = ResolversObject<{
  exercise?: Resolver<Maybe<ResolversTypes['Exercise']>, ParentType, ContextType>;
  participant?: Resolver<Maybe<ResolversTypes['ExerciseParticipant']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice']> = ResolversObject<{
  buyer?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issuedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  orderNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  previous?: Resolver<Array<ResolversTypes['InvoiceRevision']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seller?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvoiceLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvoiceLine'] = ResolversParentTypes['InvoiceLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type InvoicePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvoicePayload'] = ResolversParentTypes['InvoicePayload']> = ResolversObject<{
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type InvoiceRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InvoiceRevision'] = ResolversParentTypes['InvoiceRevision']> = ResolversObject<{
  invoiceDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['InvoiceLine']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  replacedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type IssueApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueApiTokenPayload'] = ResolversParentTypes['IssueApiTokenPayload']> = ResolversObject<{
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type LaneResolvers = EnumResolverSignature<{ GREEN?: any, RED?: any, YELLOW?: any }, ResolversTypes['Lane']>;

export type LaneSelectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LaneSelection'] = ResolversParentTypes['LaneSelection']> = ResolversObject<{
  hits?: Resolver<Array<ResolversTypes['RiskRuleHit']>, ParentType, ContextType>;
  lane?: Resolver<ResolversTypes['Lane'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  randomLane?: Resolver<ResolversTypes['Lane'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  targeting?: Resolver<Maybe<ResolversTypes['CustomsTargeting']>, ParentType, ContextType>;
}>;

export type LateFeeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LateFee'] = ResolversParentTypes['LateFee']> = ResolversObject<{
  daysLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  fee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratePerDay?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type LiveStatsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LiveStats'] = ResolversParentTypes['LiveStats']> = ResolversObject<{
  eventsSent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  executions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sockets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subscriptions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MatchingResultResolvers = EnumResolverSignature<{ FAILED?: any, PASSED?: any }, ResolversTypes['MatchingResult']>;

export type MeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Me'] = ResolversParentTypes['Me']> = ResolversObject<{
  party?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  tokens?: Resolver<Array<ResolversTypes['ApiToken']>, ParentType, ContextType>;
}>;

export type MilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['HistoryActor'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MilestoneType'], ParentType, ContextType>;
}>;

export type MilestoneTypeResolvers = EnumResolverSignature<{ ARRIVED?: any, CUSTOMS_HOLD?: any, DELIVERED?: any, DEPARTED?: any, DISCHARGED?: any, ELOCK_ALARM?: any, GATE_IN?: any, LOADED?: any, TRANSSHIPPED?: any }, ResolversTypes['MilestoneType']>;

export type MoneyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptEndorsement?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationAcceptEndorsementArgs, 'number'>>;
  acceptSurrender?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationAcceptSurrenderArgs, 'number'>>;
  advanceExerciseClock?: Resolver<ResolversTypes['AdvanceExerciseClockPayload'], ParentType, ContextType, RequireFields<MutationAdvanceExerciseClockArgs, 'input' | 'number'>>;
  amendBill?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationAmendBillArgs, 'input'>>;
  applyForExportRefund?: Resolver<ResolversTypes['ExportRefundPayload'], ParentType, ContextType, RequireFields<MutationApplyForExportRefundArgs, 'input'>>;
  applyForFinancing?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationApplyForFinancingArgs, 'input'>>;
  approveBill?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationApproveBillArgs, 'number'>>;
  approveFinancing?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationApproveFinancingArgs, 'input'>>;
  assessDeclarationRisk?: Resolver<ResolversTypes['DeclarationPayload'], ParentType, ContextType, RequireFields<MutationAssessDeclarationRiskArgs, 'number'>>;
  blankEndorseBill?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationBlankEndorseBillArgs, 'number'>>;
  bookRoute?: Resolver<ResolversTypes['BookRoutePayload'], ParentType, ContextType, RequireFields<MutationBookRouteArgs, 'input'>>;
  cancelOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id' | 'reason'>>;
  closeFinancing?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationCloseFinancingArgs, 'number'>>;
  completeDeclaration?: Resolver<ResolversTypes['DeclarationPayload'], ParentType, ContextType, RequireFields<MutationCompleteDeclarationArgs, 'content' | 'number'>>;
  completeOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationCompleteOrderArgs, 'id'>>;
  confirmOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationConfirmOrderArgs, 'id'>>;
  correctDeclaration?: Resolver<ResolversTypes['DeclarationPayload'], ParentType, ContextType, RequireFields<MutationCorrectDeclarationArgs, 'content' | 'number'>>;
  correctInvoice?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationCorrectInvoiceArgs, 'content' | 'number' | 'reason'>>;
  createExercise?: Resolver<ResolversTypes['ExercisePayload'], ParentType, ContextType, RequireFields<MutationCreateExerciseArgs, 'input'>>;
  createOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationCreateOrderArgs, 'input'>>;
  decideExportRefund?: Resolver<ResolversTypes['ExportRefundPayload'], ParentType, ContextType, RequireFields<MutationDecideExportRefundArgs, 'input'>>;
  declareFinancingDefault?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationDeclareFinancingDefaultArgs, 'number' | 'reason'>>;
  declareInsuredShipment?: Resolver<ResolversTypes['CreditPolicyPayload'], ParentType, ContextType, RequireFields<MutationDeclareInsuredShipmentArgs, 'number' | 'order'>>;
  deleteDeclaration?: Resolver<ResolversTypes['DeclarationPayload'], ParentType, ContextType, RequireFields<MutationDeleteDeclarationArgs, 'number' | 'reason'>>;
  disburseFinancing?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationDisburseFinancingArgs, 'number'>>;
  dismissParticipant?: Resolver<ResolversTypes['ExercisePayload'], ParentType, ContextType, RequireFields<MutationDismissParticipantArgs, 'name' | 'number'>>;
  draftBill?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationDraftBillArgs, 'input'>>;
  endorseBill?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationEndorseBillArgs, 'number' | 'to'>>;
  enforceFinancingPledge?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationEnforceFinancingPledgeArgs, 'number'>>;
  enforcePledge?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationEnforcePledgeArgs, 'number'>>;
  fileDeclaration?: Resolver<ResolversTypes['DeclarationPayload'], ParentType, ContextType, RequireFields<MutationFileDeclarationArgs, 'input'>>;
  flagFinancingOverdue?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationFlagFinancingOverdueArgs, 'number'>>;
  flagOverdueTransits?: Resolver<ResolversTypes['FlagOverdueTransitsPayload'], ParentType, ContextType>;
  guaranteeDeclarationCharges?: Resolver<ResolversTypes['DeclarationPayload'], ParentType, ContextType, RequireFields<MutationGuaranteeDeclarationChargesArgs, 'number'>>;
  holdOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationHoldOrderArgs, 'id' | 'reason'>>;
  injectIncident?: Resolver<ResolversTypes['ExercisePayload'], ParentType, ContextType, RequireFields<MutationInjectIncidentArgs, 'input' | 'number'>>;
  inviteParticipant?: Resolver<ResolversTypes['InvitationPayload'], ParentType, ContextType, RequireFields<MutationInviteParticipantArgs, 'input' | 'number'>>;
  issueApiToken?: Resolver<ResolversTypes['IssueApiTokenPayload'], ParentType, ContextType, RequireFields<MutationIssueApiTokenArgs, 'label' | 'partyId'>>;
  issueBill?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationIssueBillArgs, 'number'>>;
  issueCreditPolicy?: Resolver<ResolversTypes['CreditPolicyPayload'], ParentType, ContextType, RequireFields<MutationIssueCreditPolicyArgs, 'input'>>;
  issueInvoice?: Resolver<ResolversTypes['InvoicePayload'], ParentType, ContextType, RequireFields<MutationIssueInvoiceArgs, 'input'>>;
  matchFinancingDocuments?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationMatchFinancingDocumentsArgs, 'number'>>;
  payDeclarationCharges?: Resolver<ResolversTypes['DeclarationPayload'], ParentType, ContextType, RequireFields<MutationPayDeclarationChargesArgs, 'number'>>;
  payFinancingClaim?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationPayFinancingClaimArgs, 'number'>>;
  pledgeBill?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationPledgeBillArgs, 'bank' | 'number'>>;
  recordCustomsDecision?: Resolver<ResolversTypes['DeclarationPayload'], ParentType, ContextType, RequireFields<MutationRecordCustomsDecisionArgs, 'input'>>;
  recordMilestone?: Resolver<ResolversTypes['RecordMilestonePayload'], ParentType, ContextType, RequireFields<MutationRecordMilestoneArgs, 'input'>>;
  registerFinancingPledge?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationRegisterFinancingPledgeArgs, 'number'>>;
  registerParty?: Resolver<ResolversTypes['RegisterPartyPayload'], ParentType, ContextType, RequireFields<MutationRegisterPartyArgs, 'input'>>;
  rejectEndorsement?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationRejectEndorsementArgs, 'number'>>;
  rejectFinancing?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationRejectFinancingArgs, 'number' | 'reason'>>;
  rejectSurrender?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationRejectSurrenderArgs, 'number' | 'reason'>>;
  releaseFinancingCollateral?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationReleaseFinancingCollateralArgs, 'number'>>;
  releasePledge?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationReleasePledgeArgs, 'number'>>;
  repayFinancing?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationRepayFinancingArgs, 'input'>>;
  rerouteShipment?: Resolver<ResolversTypes['RerouteShipmentPayload'], ParentType, ContextType, RequireFields<MutationRerouteShipmentArgs, 'input'>>;
  resumeOrder?: Resolver<ResolversTypes['OrderPayload'], ParentType, ContextType, RequireFields<MutationResumeOrderArgs, 'id'>>;
  revokeApiToken?: Resolver<ResolversTypes['RevokeApiTokenPayload'], ParentType, ContextType, RequireFields<MutationRevokeApiTokenArgs, 'id'>>;
  runExerciseClock?: Resolver<ResolversTypes['ExercisePayload'], ParentType, ContextType, RequireFields<MutationRunExerciseClockArgs, 'number' | 'rate'>>;
  startFinancingReview?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationStartFinancingReviewArgs, 'number'>>;
  startScenarioRun?: Resolver<ResolversTypes['ScenarioRunPayload'], ParentType, ContextType, RequireFields<MutationStartScenarioRunArgs, 'input'>>;
  submitDeclaration?: Resolver<ResolversTypes['DeclarationPayload'], ParentType, ContextType, RequireFields<MutationSubmitDeclarationArgs, 'number'>>;
  surrenderBill?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationSurrenderBillArgs, 'number' | 'purpose'>>;
  transferBill?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationTransferBillArgs, 'number' | 'to'>>;
  voidBill?: Resolver<ResolversTypes['BillPayload'], ParentType, ContextType, RequireFields<MutationVoidBillArgs, 'number' | 'reason'>>;
  withdrawFinancing?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationWithdrawFinancingArgs, 'number' | 'reason'>>;
  writeOffFinancing?: Resolver<ResolversTypes['FinancingPayload'], ParentType, ContextType, RequireFields<MutationWriteOffFinancingArgs, 'number' | 'reason'>>;
}>;

export type OrderResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = ResolversObject<{
  allowedEvents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  buyer?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  callerEvents?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  corridorId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  destination?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  forwarder?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  grossWeightKg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryEntry']>, ParentType, ContextType>;
  holdReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incoterm?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  incotermPlace?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  readyDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seller?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['OrderState'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tradeMode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grossWeightKg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lineNo?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
}>;

export type OrderPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrderPayload'] = ResolversParentTypes['OrderPayload']> = ResolversObject<{
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type OrderStateResolvers = EnumResolverSignature<{ ARRIVED?: any, BOOKED?: any, CANCELLED?: any, COMPLETED?: any, CONFIRMED?: any, DELIVERED?: any, DRAFT?: any, IN_TRANSIT?: any, ON_HOLD?: any }, ResolversTypes['OrderState']>;

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PartyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = ResolversObject<{
  aeo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modes?: Resolver<Array<ResolversTypes['TransportMode']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
}>;

export type PartyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartyConnection'] = ResolversParentTypes['PartyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartyEdge'] = ResolversParentTypes['PartyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
}>;

export type PartyPublicKeyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PartyPublicKey'] = ResolversParentTypes['PartyPublicKey']> = ResolversObject<{
  jwk?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partyId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PolicyClaimResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PolicyClaim'] = ResolversParentTypes['PolicyClaim']> = ResolversObject<{
  coveredLoss?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  financingNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loss?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paidAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payee?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  payout?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  retained?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PositionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Position'] = ResolversParentTypes['Position']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legSeq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  bill?: Resolver<Maybe<ResolversTypes['Bill']>, ParentType, ContextType, RequireFields<QueryBillArgs, 'number'>>;
  bills?: Resolver<ResolversTypes['BillConnection'], ParentType, ContextType, Partial<QueryBillsArgs>>;
  creditPolicy?: Resolver<Maybe<ResolversTypes['CreditPolicy']>, ParentType, ContextType, RequireFields<QueryCreditPolicyArgs, 'reference'>>;
  currencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  declaration?: Resolver<Maybe<ResolversTypes['Declaration']>, ParentType, ContextType, RequireFields<QueryDeclarationArgs, 'number'>>;
  declarations?: Resolver<ResolversTypes['DeclarationConnection'], ParentType, ContextType, Partial<QueryDeclarationsArgs>>;
  exercise?: Resolver<Maybe<ResolversTypes['Exercise']>, ParentType, ContextType, RequireFields<QueryExerciseArgs, 'number'>>;
  exercises?: Resolver<Array<ResolversTypes['Exercise']>, ParentType, ContextType>;
  exportRefund?: Resolver<Maybe<ResolversTypes['ExportRefund']>, ParentType, ContextType, RequireFields<QueryExportRefundArgs, 'reference'>>;
  exportTradeModes?: Resolver<Array<ResolversTypes['TradeMode']>, ParentType, ContextType>;
  financing?: Resolver<Maybe<ResolversTypes['Financing']>, ParentType, ContextType, RequireFields<QueryFinancingArgs, 'reference'>>;
  financings?: Resolver<ResolversTypes['FinancingConnection'], ParentType, ContextType, Partial<QueryFinancingsArgs>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  incoterms?: Resolver<Array<ResolversTypes['Incoterm']>, ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType, RequireFields<QueryInvoiceArgs, 'reference'>>;
  locations?: Resolver<Array<ResolversTypes['Location']>, ParentType, ContextType>;
  me?: Resolver<ResolversTypes['Me'], ParentType, ContextType>;
  myExerciseSeat?: Resolver<Maybe<ResolversTypes['ExerciseSeat']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, Partial<QueryOrderArgs>>;
  orderRouteOptions?: Resolver<ResolversTypes['RouteOptionsPayload'], ParentType, ContextType, RequireFields<QueryOrderRouteOptionsArgs, 'orderId'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, Partial<QueryOrdersArgs>>;
  parties?: Resolver<ResolversTypes['PartyConnection'], ParentType, ContextType, Partial<QueryPartiesArgs>>;
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType, RequireFields<QueryPartyArgs, 'id'>>;
  partyPublicKeys?: Resolver<Array<ResolversTypes['PartyPublicKey']>, ParentType, ContextType, RequireFields<QueryPartyPublicKeysArgs, 'partyId'>>;
  routeOptions?: Resolver<ResolversTypes['RouteOptionsPayload'], ParentType, ContextType, RequireFields<QueryRouteOptionsArgs, 'input'>>;
  scenarioRun?: Resolver<Maybe<ResolversTypes['ScenarioRun']>, ParentType, ContextType, RequireFields<QueryScenarioRunArgs, 'number'>>;
  scenarioRuns?: Resolver<Array<ResolversTypes['ScenarioRun']>, ParentType, ContextType, Partial<QueryScenarioRunsArgs>>;
  scenarios?: Resolver<Array<ResolversTypes['TrainingScenario']>, ParentType, ContextType>;
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType, RequireFields<QueryShipmentArgs, 'reference'>>;
  shipments?: Resolver<ResolversTypes['ShipmentConnection'], ParentType, ContextType, Partial<QueryShipmentsArgs>>;
  track?: Resolver<Maybe<ResolversTypes['Tracking']>, ParentType, ContextType, RequireFields<QueryTrackArgs, 'reference'>>;
  verifyBill?: Resolver<Maybe<ResolversTypes['BillVerification']>, ParentType, ContextType, RequireFields<QueryVerifyBillArgs, 'number'>>;
}>;

export type RankByResolvers = EnumResolverSignature<{ CO2?: any, COST?: any, TIME?: any }, ResolversTypes['RankBy']>;

export type RecordMilestonePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordMilestonePayload'] = ResolversParentTypes['RecordMilestonePayload']> = ResolversObject<{
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RefundLineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RefundLine'] = ResolversParentTypes['RefundLine']> = ResolversObject<{
  fobValue?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  hsCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratePercent?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  refund?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  tableKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RefundStateResolvers = EnumResolverSignature<{ APPLIED?: any, APPROVED?: any, PAID?: any, REJECTED?: any, WITHDRAWN?: any }, ResolversTypes['RefundState']>;

export type RegisterPartyPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegisterPartyPayload'] = ResolversParentTypes['RegisterPartyPayload']> = ResolversObject<{
  party?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RerouteShipmentPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RerouteShipmentPayload'] = ResolversParentTypes['RerouteShipmentPayload']> = ResolversObject<{
  shipment?: Resolver<Maybe<ResolversTypes['Shipment']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RevokeApiTokenPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevokeApiTokenPayload'] = ResolversParentTypes['RevokeApiTokenPayload']> = ResolversObject<{
  apiToken?: Resolver<Maybe<ResolversTypes['ApiToken']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type RiskRuleHitResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RiskRuleHit'] = ResolversParentTypes['RiskRuleHit']> = ResolversObject<{
  lane?: Resolver<ResolversTypes['Lane'], ParentType, ContextType>;
  ruleId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ruleLane?: Resolver<ResolversTypes['Lane'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoleResolvers = EnumResolverSignature<{ AUDITOR?: any, BANK?: any, CARRIER?: any, CONSOLIDATOR?: any, CUSTOMS?: any, EXPORTER?: any, FORWARDER?: any, IMPORTER?: any, INSURER?: any, TRAINER?: any }, ResolversTypes['Role']>;

export type RouteLegResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RouteLeg'] = ResolversParentTypes['RouteLeg']> = ResolversObject<{
  co2Kg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  etd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TransportMode'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  transitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RouteOptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RouteOption'] = ResolversParentTypes['RouteOption']> = ResolversObject<{
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  co2Kg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  corridorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  eta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  etd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incotermFits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  incotermNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['RouteLeg']>, ParentType, ContextType>;
  mainCarriageModes?: Resolver<Array<ResolversTypes['TransportMode']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rankByCo2?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankByCost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rankByTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RouteOptionsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RouteOptionsPayload'] = ResolversParentTypes['RouteOptionsPayload']> = ResolversObject<{
  options?: Resolver<Maybe<Array<ResolversTypes['RouteOption']>>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ScenarioCauseTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioCauseTotal'] = ResolversParentTypes['ScenarioCauseTotal']> = ResolversObject<{
  averageDays?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScenarioExpectationResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioExpectationResult'] = ResolversParentTypes['ScenarioExpectationResult']> = ResolversObject<{
  evidence?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScenarioIncidentTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioIncidentTotal'] = ResolversParentTypes['ScenarioIncidentTotal']> = ResolversObject<{
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScenarioLaneCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioLaneCount'] = ResolversParentTypes['ScenarioLaneCount']> = ResolversObject<{
  lane?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScenarioModeCo2Resolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioModeCo2'] = ResolversParentTypes['ScenarioModeCo2']> = ResolversObject<{
  kg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScenarioOrderCauseResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioOrderCause'] = ResolversParentTypes['ScenarioOrderCause']> = ResolversObject<{
  cause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScenarioOrderLegResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioOrderLeg'] = ResolversParentTypes['ScenarioOrderLeg']> = ResolversObject<{
  arrivedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  departedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedEta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedEtd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScenarioOrderReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioOrderReport'] = ResolversParentTypes['ScenarioOrderReport']> = ResolversObject<{
  arrivedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  buyer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customsDwellHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  delayDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  delays?: Resolver<Array<ResolversTypes['ScenarioOrderCause']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destinationWaitDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  destinationWaits?: Resolver<Array<ResolversTypes['ScenarioOrderCause']>, ParentType, ContextType>;
  finalState?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  freightUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  handle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lane?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  leadTimeDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['ScenarioOrderLeg']>, ParentType, ContextType>;
  modes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedEta?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  plannedLeadTimeDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  readyAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  route?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seller?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['ScenarioRunEvent']>, ParentType, ContextType, Partial<ScenarioOrderReportTimelineArgs>>;
}>;

export type ScenarioRefusalTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioRefusalTotal'] = ResolversParentTypes['ScenarioRefusalTotal']> = ResolversObject<{
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScenarioRunResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioRun'] = ResolversParentTypes['ScenarioRun']> = ResolversObject<{
  breakdown?: Resolver<Maybe<ResolversTypes['ScenarioRunBreakdown']>, ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['ScenarioRunEvent']>, ParentType, ContextType, Partial<ScenarioRunEventsArgs>>;
  expectations?: Resolver<Maybe<Array<ResolversTypes['ScenarioExpectationResult']>>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  incidents?: Resolver<Array<ResolversTypes['ScenarioIncidentTotal']>, ParentType, ContextType>;
  kpis?: Resolver<Maybe<ResolversTypes['ScenarioRunKpis']>, ParentType, ContextType>;
  markdown?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orderReport?: Resolver<Maybe<ResolversTypes['ScenarioOrderReport']>, ParentType, ContextType, RequireFields<ScenarioRunOrderReportArgs, 'handle'>>;
  orderReports?: Resolver<Maybe<Array<ResolversTypes['ScenarioOrderReport']>>, ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['ScenarioRunProgress'], ParentType, ContextType>;
  refusals?: Resolver<Array<ResolversTypes['ScenarioRefusalTotal']>, ParentType, ContextType>;
  reportJson?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scenarioId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedBy?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ScenarioRunStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ScenarioRunBreakdownResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioRunBreakdown'] = ResolversParentTypes['ScenarioRunBreakdown']> = ResolversObject<{
  co2ByMode?: Resolver<Array<ResolversTypes['ScenarioModeCo2']>, ParentType, ContextType>;
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  delaysByCause?: Resolver<Array<ResolversTypes['ScenarioCauseTotal']>, ParentType, ContextType>;
  destinationWaitsByCause?: Resolver<Array<ResolversTypes['ScenarioCauseTotal']>, ParentType, ContextType>;
  lanes?: Resolver<Array<ResolversTypes['ScenarioLaneCount']>, ParentType, ContextType>;
  maxCustomsDwellHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
}>;

export type ScenarioRunEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioRunEvent'] = ResolversParentTypes['ScenarioRunEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScenarioRunKpisResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioRunKpis'] = ResolversParentTypes['ScenarioRunKpis']> = ResolversObject<{
  averageCustomsDwellHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageDelayDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageDestinationWaitDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageLeadTimeDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averagePlannedLeadTimeDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  co2TotalKg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  delivered?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dutiesAndFeesCny?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  expectationsMet?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expectationsTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  freightUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  interestPaidUsd?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  logisticsCostSharePercent?: Resolver<Maybe<ResolversTypes['Decimal']>, ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withinCostTarget?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type ScenarioRunPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioRunPayload'] = ResolversParentTypes['ScenarioRunPayload']> = ResolversObject<{
  run?: Resolver<Maybe<ResolversTypes['ScenarioRun']>, ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ScenarioRunProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioRunProgress'] = ResolversParentTypes['ScenarioRunProgress']> = ResolversObject<{
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ordersDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ordersTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  simulatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ScenarioRunProgressEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScenarioRunProgressEvent'] = ResolversParentTypes['ScenarioRunProgressEvent']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finished?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  ordersDone?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ordersTotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  run?: Resolver<ResolversTypes['ScenarioRun'], ParentType, ContextType>;
  simulatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ServerInstanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ServerInstance'] = ResolversParentTypes['ServerInstance']> = ResolversObject<{
  hostname?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  pid?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ShipmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Shipment'] = ResolversParentTypes['Shipment']> = ResolversObject<{
  co2Kg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  containers?: Resolver<Array<ResolversTypes['Container']>, ParentType, ContextType>;
  corridorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  forwarder?: Resolver<ResolversTypes['Party'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['ShipmentLeg']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  plannedEta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedEtd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reroutes?: Resolver<Array<ResolversTypes['ShipmentReroute']>, ParentType, ContextType>;
  routeName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShipmentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShipmentConnection'] = ResolversParentTypes['ShipmentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ShipmentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShipmentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShipmentEdge'] = ResolversParentTypes['ShipmentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType>;
}>;

export type ShipmentEventKindResolvers = EnumResolverSignature<{ CURRENT?: any, MILESTONE?: any, REROUTED?: any }, ResolversTypes['ShipmentEventKind']>;

export type ShipmentLegResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShipmentLeg'] = ResolversParentTypes['ShipmentLeg']> = ResolversObject<{
  carrier?: Resolver<Maybe<ResolversTypes['Party']>, ParentType, ContextType>;
  co2Kg?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  cost?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TransportMode'], ParentType, ContextType>;
  plannedEta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedEtd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
}>;

export type ShipmentRerouteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShipmentReroute'] = ResolversParentTypes['ShipmentReroute']> = ResolversObject<{
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['HistoryActor'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['ShipmentRouteRef'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['ShipmentRouteRef'], ParentType, ContextType>;
}>;

export type ShipmentRouteRefResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShipmentRouteRef'] = ResolversParentTypes['ShipmentRouteRef']> = ResolversObject<{
  corridorId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedEta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  routeOptionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ShipmentTrackedEventResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ShipmentTrackedEvent'] = ResolversParentTypes['ShipmentTrackedEvent']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ShipmentEventKind'], ParentType, ContextType>;
  milestone?: Resolver<Maybe<ResolversTypes['Milestone']>, ParentType, ContextType>;
  tracking?: Resolver<ResolversTypes['Tracking'], ParentType, ContextType>;
}>;

export type StorageKindResolvers = EnumResolverSignature<{ EMBEDDED?: any, MEMORY_SERVER?: any, URI?: any }, ResolversTypes['StorageKind']>;

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  billEvents?: SubscriptionResolver<ResolversTypes['BillLiveEvent'], "billEvents", ParentType, ContextType, RequireFields<SubscriptionBillEventsArgs, 'bill'>>;
  declarationReceipts?: SubscriptionResolver<ResolversTypes['DeclarationReceiptEvent'], "declarationReceipts", ParentType, ContextType, Partial<SubscriptionDeclarationReceiptsArgs>>;
  financingEvents?: SubscriptionResolver<ResolversTypes['FinancingLiveEvent'], "financingEvents", ParentType, ContextType, Partial<SubscriptionFinancingEventsArgs>>;
  scenarioRunProgress?: SubscriptionResolver<ResolversTypes['ScenarioRunProgressEvent'], "scenarioRunProgress", ParentType, ContextType, RequireFields<SubscriptionScenarioRunProgressArgs, 'run'>>;
  shipmentTracked?: SubscriptionResolver<ResolversTypes['ShipmentTrackedEvent'], "shipmentTracked", ParentType, ContextType, RequireFields<SubscriptionShipmentTrackedArgs, 'reference'>>;
}>;

export type TrackedLegResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrackedLeg'] = ResolversParentTypes['TrackedLeg']> = ResolversObject<{
  actualArrival?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  actualDeparture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  delayDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['TransportMode'], ParentType, ContextType>;
  plannedEta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  plannedEtd?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Location'], ParentType, ContextType>;
}>;

export type TrackingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Tracking'] = ResolversParentTypes['Tracking']> = ResolversObject<{
  delayDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  legs?: Resolver<Array<ResolversTypes['TrackedLeg']>, ParentType, ContextType>;
  onHold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  plannedEta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  revisedEta?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shipment?: Resolver<ResolversTypes['Shipment'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
}>;

export type TradeDocumentResolvers = EnumResolverSignature<{ BILL?: any, DECLARATION?: any, INVOICE?: any, ORDER?: any }, ResolversTypes['TradeDocument']>;

export type TradeModeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TradeMode'] = ResolversParentTypes['TradeMode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TrainingScenarioResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TrainingScenario'] = ResolversParentTypes['TrainingScenario']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  orders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TransitDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TransitDetails'] = ResolversParentTypes['TransitDetails']> = ResolversObject<{
  deadline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  destinationOffice?: Resolver<ResolversTypes['CustomsOffice'], ParentType, ContextType>;
  flaggedOverdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  originOffice?: Resolver<ResolversTypes['CustomsOffice'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type TransportModeResolvers = EnumResolverSignature<{ AIR?: any, RAIL?: any, RIVER?: any, ROAD?: any, SEA?: any }, ResolversTypes['TransportMode']>;

export type TwoStepDetailsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TwoStepDetails'] = ResolversParentTypes['TwoStepDetails']> = ResolversObject<{
  completeDeclaredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  completeDueBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  conveyanceDeclaredAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dutiable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  guaranteeReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GraphQLContext> = ResolversObject<{
  AdvanceExerciseClockPayload?: AdvanceExerciseClockPayloadResolvers<ContextType>;
  ApiToken?: ApiTokenResolvers<ContextType>;
  Bill?: BillResolvers<ContextType>;
  BillChainEntry?: BillChainEntryResolvers<ContextType>;
  BillConnection?: BillConnectionResolvers<ContextType>;
  BillContainer?: BillContainerResolvers<ContextType>;
  BillConveyance?: BillConveyanceResolvers<ContextType>;
  BillEdge?: BillEdgeResolvers<ContextType>;
  BillGoodsLine?: BillGoodsLineResolvers<ContextType>;
  BillLeg?: BillLegResolvers<ContextType>;
  BillLegStage?: BillLegStageResolvers;
  BillLiveEvent?: BillLiveEventResolvers<ContextType>;
  BillPackages?: BillPackagesResolvers<ContextType>;
  BillPayload?: BillPayloadResolvers<ContextType>;
  BillSeal?: BillSealResolvers<ContextType>;
  BillStatus?: BillStatusResolvers;
  BillStowage?: BillStowageResolvers<ContextType>;
  BillType?: BillTypeResolvers;
  BillVerification?: BillVerificationResolvers<ContextType>;
  BookRoutePayload?: BookRoutePayloadResolvers<ContextType>;
  BothCurrencies?: BothCurrenciesResolvers<ContextType>;
  BuyerCreditLimit?: BuyerCreditLimitResolvers<ContextType>;
  ConformityAction?: ConformityActionResolvers;
  Container?: ContainerResolvers<ContextType>;
  CreditPolicy?: CreditPolicyResolvers<ContextType>;
  CreditPolicyPayload?: CreditPolicyPayloadResolvers<ContextType>;
  CustomsOffice?: CustomsOfficeResolvers<ContextType>;
  CustomsTargeting?: CustomsTargetingResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeclarantRole?: DeclarantRoleResolvers;
  Declaration?: DeclarationResolvers<ContextType>;
  DeclarationCharges?: DeclarationChargesResolvers<ContextType>;
  DeclarationConnection?: DeclarationConnectionResolvers<ContextType>;
  DeclarationEdge?: DeclarationEdgeResolvers<ContextType>;
  DeclarationKind?: DeclarationKindResolvers;
  DeclarationLine?: DeclarationLineResolvers<ContextType>;
  DeclarationMode?: DeclarationModeResolvers;
  DeclarationPayload?: DeclarationPayloadResolvers<ContextType>;
  DeclarationReceiptEvent?: DeclarationReceiptEventResolvers<ContextType>;
  DeclarationState?: DeclarationStateResolvers;
  DeclarationWarning?: DeclarationWarningResolvers<ContextType>;
  DocumentMismatch?: DocumentMismatchResolvers<ContextType>;
  Exercise?: ExerciseResolvers<ContextType>;
  ExerciseEvent?: ExerciseEventResolvers<ContextType>;
  ExerciseIncident?: ExerciseIncidentResolvers<ContextType>;
  ExerciseKpis?: ExerciseKpisResolvers<ContextType>;
  ExerciseParticipant?: ExerciseParticipantResolvers<ContextType>;
  ExercisePayload?: ExercisePayloadResolvers<ContextType>;
  ExerciseSeat?: ExerciseSeatResolvers<ContextType>;
  ExportRefund?: ExportRefundResolvers<ContextType>;
  ExportRefundPayload?: ExportRefundPayloadResolvers<ContextType>;
  Financing?: FinancingResolvers<ContextType>;
  FinancingClaim?: FinancingClaimResolvers<ContextType>;
  FinancingConnection?: FinancingConnectionResolvers<ContextType>;
  FinancingEdge?: FinancingEdgeResolvers<ContextType>;
  FinancingInterest?: FinancingInterestResolvers<ContextType>;
  FinancingKind?: FinancingKindResolvers;
  FinancingLiveEvent?: FinancingLiveEventResolvers<ContextType>;
  FinancingMatching?: FinancingMatchingResolvers<ContextType>;
  FinancingPayload?: FinancingPayloadResolvers<ContextType>;
  FinancingPosition?: FinancingPositionResolvers<ContextType>;
  FinancingRepayment?: FinancingRepaymentResolvers<ContextType>;
  FinancingState?: FinancingStateResolvers;
  FinancingTerms?: FinancingTermsResolvers<ContextType>;
  FlagOverdueTransitsPayload?: FlagOverdueTransitsPayloadResolvers<ContextType>;
  FxRate?: FxRateResolvers<ContextType>;
  FxRateEntry?: FxRateEntryResolvers<ContextType>;
  FxRateVia?: FxRateViaResolvers;
  Health?: HealthResolvers<ContextType>;
  HistoryActor?: HistoryActorResolvers<ContextType>;
  HistoryEntry?: HistoryEntryResolvers<ContextType>;
  ImportTaxLine?: ImportTaxLineResolvers<ContextType>;
  Incoterm?: IncotermResolvers<ContextType>;
  InsuredShipment?: InsuredShipmentResolvers<ContextType>;
  InterestPeriod?: InterestPeriodResolvers<ContextType>;
  InvitationPayload?: InvitationPayloadResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceLine?: InvoiceLineResolvers<ContextType>;
  InvoicePayload?: InvoicePayloadResolvers<ContextType>;
  InvoiceRevision?: InvoiceRevisionResolvers<ContextType>;
  IssueApiTokenPayload?: IssueApiTokenPayloadResolvers<ContextType>;
  Lane?: LaneResolvers;
  LaneSelection?: LaneSelectionResolvers<ContextType>;
  LateFee?: LateFeeResolvers<ContextType>;
  LiveStats?: LiveStatsResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  MatchingResult?: MatchingResultResolvers;
  Me?: MeResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  MilestoneType?: MilestoneTypeResolvers;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderPayload?: OrderPayloadResolvers<ContextType>;
  OrderState?: OrderStateResolvers;
  PageInfo?: PageInfoResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PartyConnection?: PartyConnectionResolvers<ContextType>;
  PartyEdge?: PartyEdgeResolvers<ContextType>;
  PartyPublicKey?: PartyPublicKeyResolvers<ContextType>;
  PolicyClaim?: PolicyClaimResolvers<ContextType>;
  Position?: PositionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RankBy?: RankByResolvers;
  RecordMilestonePayload?: RecordMilestonePayloadResolvers<ContextType>;
  RefundLine?: RefundLineResolvers<ContextType>;
  RefundState?: RefundStateResolvers;
  RegisterPartyPayload?: RegisterPartyPayloadResolvers<ContextType>;
  RerouteShipmentPayload?: RerouteShipmentPayloadResolvers<ContextType>;
  RevokeApiTokenPayload?: RevokeApiTokenPayloadResolvers<ContextType>;
  RiskRuleHit?: RiskRuleHitResolvers<ContextType>;
  Role?: RoleResolvers;
  RouteLeg?: RouteLegResolvers<ContextType>;
  RouteOption?: RouteOptionResolvers<ContextType>;
  RouteOptionsPayload?: RouteOptionsPayloadResolvers<ContextType>;
  ScenarioCauseTotal?: ScenarioCauseTotalResolvers<ContextType>;
  ScenarioExpectationResult?: ScenarioExpectationResultResolvers<ContextType>;
  ScenarioIncidentTotal?: ScenarioIncidentTotalResolvers<ContextType>;
  ScenarioLaneCount?: ScenarioLaneCountResolvers<ContextType>;
  ScenarioModeCo2?: ScenarioModeCo2Resolvers<ContextType>;
  ScenarioOrderCause?: ScenarioOrderCauseResolvers<ContextType>;
  ScenarioOrderLeg?: ScenarioOrderLegResolvers<ContextType>;
  ScenarioOrderReport?: ScenarioOrderReportResolvers<ContextType>;
  ScenarioRefusalTotal?: ScenarioRefusalTotalResolvers<ContextType>;
  ScenarioRun?: ScenarioRunResolvers<ContextType>;
  ScenarioRunBreakdown?: ScenarioRunBreakdownResolvers<ContextType>;
  ScenarioRunEvent?: ScenarioRunEventResolvers<ContextType>;
  ScenarioRunKpis?: ScenarioRunKpisResolvers<ContextType>;
  ScenarioRunPayload?: ScenarioRunPayloadResolvers<ContextType>;
  ScenarioRunProgress?: ScenarioRunProgressResolvers<ContextType>;
  ScenarioRunProgressEvent?: ScenarioRunProgressEventResolvers<ContextType>;
  ServerInstance?: ServerInstanceResolvers<ContextType>;
  Shipment?: ShipmentResolvers<ContextType>;
  ShipmentConnection?: ShipmentConnectionResolvers<ContextType>;
  ShipmentEdge?: ShipmentEdgeResolvers<ContextType>;
  ShipmentEventKind?: ShipmentEventKindResolvers;
  ShipmentLeg?: ShipmentLegResolvers<ContextType>;
  ShipmentReroute?: ShipmentRerouteResolvers<ContextType>;
  ShipmentRouteRef?: ShipmentRouteRefResolvers<ContextType>;
  ShipmentTrackedEvent?: ShipmentTrackedEventResolvers<ContextType>;
  StorageKind?: StorageKindResolvers;
  Subscription?: SubscriptionResolvers<ContextType>;
  TrackedLeg?: TrackedLegResolvers<ContextType>;
  Tracking?: TrackingResolvers<ContextType>;
  TradeDocument?: TradeDocumentResolvers;
  TradeMode?: TradeModeResolvers<ContextType>;
  TrainingScenario?: TrainingScenarioResolvers<ContextType>;
  TransitDetails?: TransitDetailsResolvers<ContextType>;
  TransportMode?: TransportModeResolvers;
  TwoStepDetails?: TwoStepDetailsResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

