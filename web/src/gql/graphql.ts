/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Exactly one of `to` and `by`. */
export type AdvanceExerciseClockInput = {
  /** How far to move, as an ISO 8601 duration in days, hours and minutes: P30D, PT6H, P1DT12H. */
  by?: string | null | undefined;
  /** The instant to move to. */
  to?: string | null | undefined;
};

/** An application for trade financing. */
export type ApplyForFinancingInput = {
  /** The bank's party id. */
  bank: string | number;
  /** The bill's number or id: the bill to pledge (BILL_PLEDGE), or the insured shipment's bill. */
  bill?: string | null | undefined;
  /** ISO 4217 currency to borrow in; default: the goods' currency. */
  currency?: string | null | undefined;
  /** The commercial invoice of the order, by number or id. */
  invoice: string;
  /** What the financing stands on. */
  kind: FinancingKind;
  /** The order's number or id: the order financed before shipment (PRE_SHIPMENT), or the insured shipment's order. */
  order?: string | null | undefined;
  /** The export credit insurance policy behind the loan, by number or id (POLICY_FINANCING). */
  policy?: string | null | undefined;
};

/** The bank's terms of approval. */
export type ApproveFinancingInput = {
  /** 质押率: the share of the verified cargo value lent, percent, above 0 and at most 100. */
  advanceRatePercent: string;
  /** The annual interest rate, percent, from 0 up to (not including) 100; accrued ACT/360. */
  annualRatePercent: string;
  /** The financing's number or id. */
  financing: string;
  /** The tenor in days, 1 to 360, from disbursement to maturity. */
  tenorDays: number;
};

/** Which bills to list. */
export type BillFilter = {
  /** Only the bills of this order (its number, e.g. ORD-2026-000001, or its id): how an order's page finds its bill. */
  order?: string | null | undefined;
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

/** What customs does with imported goods that failed their post-release conformity assessment. */
export type ConformityAction =
  /** Hold them where they are until rectified. */
  | 'HOLD'
  /** Recall the goods (final). */
  | 'RECALL';

/** A container to book. */
export type ContainerInput = {
  /** ISO 6346 number; the check digit is verified. */
  number: string;
  /** ISO 6346 size-type code, e.g. 22G1. */
  type: string;
};

/** What to set up: a bundled scenario, a scenario in YAML, or neither (an empty world). */
export type CreateExerciseInput = {
  /** Days an overdue loan stays unpaid before its bank declares it in default (1 to 360, default 30). */
  defaultAfterDaysOverdue?: number | null | undefined;
  /** A bundled scenario's id, e.g. rail-sea-moto-financing. */
  scenario?: string | null | undefined;
  /** The seed customs' lane draws follow; the scenario's own when left out. */
  seed?: number | null | undefined;
  /** Where the clock starts; the scenario's start (or, empty, this hour) when left out. */
  start?: string | null | undefined;
  /** Shown to the class; the scenario's title when left out. */
  title?: string | null | undefined;
  /** Or a scenario written out in YAML, in the form scenarios/scenario.schema.json describes. */
  yaml?: string | null | undefined;
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
  conformityAction?: ConformityAction | null | undefined;
  /** What customs decides. */
  decision: CustomsDecision;
  /** The declaration's number or id. */
  declaration: string;
  /** The e-lock (电子锁): required for FACTORY_INSPECTED, SEALED and ELOCK_ALARM. */
  elockId?: string | null | undefined;
  /** Refuse unless the declaration is still at this version. */
  expectedVersion?: number | null | undefined;
  /** Why: required for REJECT, INSPECTION_FAILED, REFUSE, CONFORMITY_FAILED and ELOCK_ALARM. */
  reason?: string | null | undefined;
};

/** A targeting instruction (布控指令): customs, acting on intelligence, orders a declaration's physical inspection whatever its risk selection would say. */
export type CustomsTargetingInput = {
  /** Why it is targeted, 3 to 500 characters after trimming. */
  reason: string;
};

/** Who lodges a declaration. */
export type DeclarantRole =
  /** A forwarder acting as customs broker (报关企业) for the goods' owner. */
  | 'CUSTOMS_BROKER'
  /** The consignor declaring its own exports (进出口货物收发货人). */
  | 'EXPORTER'
  /** The consignee declaring its own imports (进出口货物收发货人). */
  | 'IMPORTER';

/** The goods, transport and references of a declaration: what a correction may change. */
export type DeclarationContentInput = {
  /** ISO 6346 container numbers; each must be on the shipment. */
  containers?: Array<string> | null | undefined;
  /** Conveyance name and voyage, train or flight number. */
  conveyanceReference: string;
  /** 申报地海关: the 4-digit customs office code (8001 Chongqing, 2921 Yiwu ...). */
  customsOffice: string;
  /** Advance declarations only: the expected arrival (import) or loading (export) date, yyyy-mm-dd, after today. */
  expectedDate?: string | null | undefined;
  /** The commercial invoice number; optional only in a two-step summary. */
  invoiceNumber?: string | null | undefined;
  /** The goods lines, at most 50. */
  lines: Array<DeclarationLineInput>;
  /** UN/LOCODE of the port of exit (export), entry (import) or the transit's place, on the shipment's route. */
  port: string;
  /** The totals. */
  totals: DeclarationTotalsInput;
  /** 监管方式, 4 digits (0110 general trade ...); default: the order's. */
  tradeMode?: string | null | undefined;
  /** The mode of the leg leaving (export) or reaching (import) the port. */
  transportMode: TransportMode;
};

/** Which declarations to list. */
export type DeclarationFilter = {
  /** Only this kind. */
  kind?: DeclarationKind | null | undefined;
  /** Only declarations customs' risk selection gave this lane. */
  lane?: Lane | null | undefined;
  /** Only the declarations of this order (id or number). */
  order?: string | null | undefined;
  /** Only declarations in this state. */
  state?: DeclarationState | null | undefined;
  /** true: only declarations not given a lane yet; false: only those given one. Not with `lane`. */
  withoutLane?: boolean | null | undefined;
};

/** Which way the goods go through Chinese customs. */
export type DeclarationKind =
  /** Goods leaving China (出口). */
  | 'EXPORT'
  /** Goods entering China (进口). */
  | 'IMPORT'
  /** Goods moved under customs control from one Chinese customs office to another (转关), e.g. Yiwu → Chongqing air-to-air. */
  | 'TRANSIT';

/** One goods line (商品项) of a declaration. */
export type DeclarationLineInput = {
  /** ISO 4217 currency; the order's currency. */
  currency: string;
  /** What the goods are. */
  description: string;
  /** ISO 3166-1 alpha-2 final destination (最终目的国); optional only in a two-step summary. */
  destinationCountry?: string | null | undefined;
  /** 商品编号: the 10-digit Chinese code (8-digit tariff code + 2 supervision digits); a two-step summary may give 6. */
  hsCode: string;
  /** 项号: 1, 2, 3 ... in order. */
  lineNo: number;
  /** The order line it declares; default: the same number as lineNo. */
  orderLineNo?: number | null | undefined;
  /** ISO 3166-1 alpha-2 country of origin. */
  originCountry: string;
  /** Quantity, as decimal text. */
  quantity?: string | null | undefined;
  /** UN/ECE Recommendation 20 unit; the order line's unit. */
  unit?: string | null | undefined;
  /** The line's total value, as decimal text in its currency. */
  value: string;
};

/** How a declaration is lodged. */
export type DeclarationMode =
  /** 提前申报: lodged before arrival or loading; accepted once the manifest is on file, released once the goods arrive. */
  | 'ADVANCE'
  /** Lodged once the goods have arrived (imports) or are at the place of export. */
  | 'STANDARD'
  /** 两步申报 (imports): a summary declaration releases the goods for pickup; the complete declaration follows within 14 days. */
  | 'TWO_STEP';

/**
 * Where a declaration is in its lifecycle, with the Chinese customs status (回执) it corresponds to.
 * Where the single window sends a receipt, its QP channel code is given (e.g. G 海关接单交单回执).
 */
export type DeclarationState =
  /** 接单交单 — accepted by customs (G 海关接单交单回执); risk assessment follows. */
  | 'ACCEPTED'
  /** 转关到达 (指运地) — arrived at the destination office (指运地海关), awaiting the transit's closure. */
  | 'ARRIVED_AT_DESTINATION'
  /** 审结 — cleared with nothing to pay (W 海关无纸验放通知（审结）); awaiting release. */
  | 'AWAITING_RELEASE'
  /** 结关 — closed (R 海关已结关回执); for a transit, closed at the destination office (转关核销). */
  | 'CLOSED'
  /** 删单 — deleted before release (A 放行前删除或异常处理) (final). */
  | 'DELETED'
  /** 单证审核 — yellow lane: customs reviews the documents (nearest receipt V 报关单转现场验估岗). */
  | 'DOCUMENT_REVIEW'
  /** 暂存 — saved, not yet lodged. */
  | 'DRAFT'
  /** 担保 — secured by a guarantee (B 海关担保验放; K 通关无纸化担保放行); awaiting release. */
  | 'GUARANTEED'
  /** 查验异常 / 扣留 — the inspection found a discrepancy; the goods are held until customs releases them after correction or refuses them. */
  | 'HELD'
  /** 合格评定不合格 / 扣留 — failed the post-release conformity assessment and held until rectified or recalled. */
  | 'HELD_AFTER_RELEASE'
  /** 电子锁报警 / 复验 — an e-lock alarm: the container is held for reinspection. */
  | 'HELD_FOR_REINSPECTION'
  /** 已缴税 — paid; awaiting release. */
  | 'PAID'
  /** 查验 — red lane: physical inspection (C 无纸验放查验通知书); for inspect-then-stuff enterprises at the factory. */
  | 'PHYSICAL_INSPECTION'
  /** 召回 / 退运 — recalled after the conformity assessment (final). */
  | 'RECALLED'
  /** 不予放行 / 退运 — refused: the goods are returned or destroyed (final). */
  | 'REFUSED'
  /** 退单 — returned for correction (E 海关退单/不受理回执); the declarant corrects and resubmits. */
  | 'REJECTED'
  /** 放行 — released (P 海关已放行; I 无纸放行通知): exported goods may depart. */
  | 'RELEASED'
  /** 概要申报放行 (提货) — released for pickup: the declarant now files the complete declaration. */
  | 'RELEASED_FOR_PICKUP'
  /** 附条件提离 — 两段准入: admitted at the border and removed from the port pending the conformity assessment (合格评定). */
  | 'RELEASED_FROM_PORT'
  /** 审单 (风险甄别) — in risk assessment; customs sends no receipt of its own for it. */
  | 'RISK_ASSESSMENT'
  /** 施封 (转关在途) — sealed with a customs lock and on its way to the destination office. */
  | 'SEALED'
  /** 申报 / 已申报 — lodged (status 7 申报成功; L 海关入库成功 once customs' database takes it). */
  | 'SUBMITTED'
  /** 概要申报 — the summary of a two-step declaration, awaiting its lane and release for pickup. */
  | 'SUMMARY_DECLARED'
  /** 缴税 / 税单 — duty, taxes or fees are due (J 审单中心确定办理税费及证件手续). */
  | 'TAX_DUE'
  /** 转关申报 — a transit declared at the origin office (启运地海关), awaiting the customs seal. */
  | 'TRANSIT_DECLARED';

/** The totals of a declaration. */
export type DeclarationTotalsInput = {
  /** The lines' currency. */
  currency?: string | null | undefined;
  /** Gross weight in kg (毛重), at most 3 decimals. */
  grossWeightKg: string;
  /** Number of packages (件数); optional only in a two-step summary. */
  packages?: number | null | undefined;
  /** The sum of the lines' values, exactly; optional only in a two-step summary. */
  value?: string | null | undefined;
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

/** A declaration to file. */
export type FileDeclarationInput = {
  /** The goods, transport and references. */
  content: DeclarationContentInput;
  /** Export, import or transit. */
  kind: DeclarationKind;
  /** Standard, two-step (imports) or advance. */
  mode: DeclarationMode;
  /** The order's id or number. */
  order: string;
  /** Transit declarations only. */
  transit?: TransitInput | null | undefined;
  /** Two-step declarations only. */
  twoStep?: TwoStepInput | null | undefined;
};

/** Which financings to list. */
export type FinancingFilter = {
  /** Only this kind. */
  kind?: FinancingKind | null | undefined;
  /** Only financings in this state. */
  state?: FinancingState | null | undefined;
};

/** What a financing stands on. */
export type FinancingKind =
  /** 提单质押融资: a loan against a bill of lading (rail bills, 铁路提单, included) pledged to the bank. */
  | 'BILL_PLEDGE'
  /** 信保融资: a loan backed by an export credit insurance policy on the shipment; a claim after default is paid to the bank. */
  | 'POLICY_FINANCING'
  /** 订单融资: a loan against a confirmed order, before its goods ship. */
  | 'PRE_SHIPMENT';

/** Where a trade financing is in its lifecycle, with the Chinese term bank trade-finance desks use. */
export type FinancingState =
  /** 申请 — applied for; awaits the bank's review. */
  | 'APPLIED'
  /** 批准 / 授信 — approved with its limit, rate and tenor; awaits the pledge or the disbursement. */
  | 'APPROVED'
  /** 理赔 (赔款转让银行) — the insurer paid the claim to the bank. */
  | 'CLAIM_PAID'
  /** 结清 — closed (final). */
  | 'CLOSED'
  /** 解除质押 — the bill is released to its owner; awaits closure. */
  | 'COLLATERAL_RELEASED'
  /** 违约 — in default. */
  | 'DEFAULTED'
  /** 放款 — disbursed; interest accrues until it is repaid. */
  | 'DISBURSED'
  /** 处置 (质物处置) — enforced: the bank took title to the pledged bill. */
  | 'ENFORCED'
  /** 逾期 — unpaid after its maturity date. */
  | 'OVERDUE'
  /** 质押登记 — the bill is pledged to the bank; awaits disbursement. */
  | 'PLEDGE_REGISTERED'
  /** 拒绝 — rejected by the bank (final). */
  | 'REJECTED'
  /** 还款 (已还清) — repaid in full, principal and interest. */
  | 'REPAID'
  /** 审核 / 四单对碰 — under review: the bank matches the four documents. */
  | 'UNDER_REVIEW'
  /** 撤回申请 — withdrawn by the exporter before disbursement (final). */
  | 'WITHDRAWN';

/** How an exchange rate was found in the rate table held on the clock. */
export type FxRateVia =
  /** Across USD: the product of two rates. */
  | 'CROSS'
  /** The table quotes the pair as asked. */
  | 'DIRECT'
  /** The table quotes the pair the other way round: 1 / its rate. */
  | 'INVERSE'
  /** The same currency: the rate is 1. */
  | 'SAME';

/** An incident of the scenario vocabulary. */
export type InjectIncidentInput = {
  /** fxMove: the base currency. */
  base?: string | null | undefined;
  /** Whole days late, 1 to 60. */
  delayDays?: number | null | undefined;
  /** The leg's number, from 1. */
  leg?: number | null | undefined;
  /** Why, in words (shown to the class). */
  note?: string | null | undefined;
  /** The order's number, e.g. ORD-2026-000001. */
  order?: string | null | undefined;
  /** fxMove: the quote currency. */
  quote?: string | null | undefined;
  /** fxMove: units of quote per unit of base from now on. */
  rate?: string | null | undefined;
  /**
   * vesselMissed, railSlotShortage, portCongestion, lockCongestion (need order, leg, delayDays);
   * redLaneInspection, failedInspection, elockAlarm, buyerDefault (need order); fxMove (needs base,
   * quote, rate).
   */
  type: string;
};

/** A participant: a name, one party of the exercise and one of its roles. */
export type InviteParticipantInput = {
  /** Unique within the exercise, e.g. a student's name. */
  name: string;
  /** The party's code in the exercise, e.g. CQ-MOTO. */
  party: string;
  /** The role the participant plays: one the party holds, never trainer. */
  role: Role;
};

/** One goods line of a commercial invoice. */
export type InvoiceLineInput = {
  /** What the goods are. */
  description: string;
  /** HS code, 6 to 10 digits (dots allowed). */
  hsCode: string;
  /** Quantity, as decimal text. */
  quantity: string;
  /** UN/ECE Recommendation 20 unit, e.g. H87 (pieces). */
  unit: string;
  /** Price per unit, as decimal text in the invoice currency. */
  unitPrice: string;
};

/** A commercial invoice to issue. */
export type IssueInvoiceInput = {
  /** ISO 4217 currency. */
  currency: string;
  /** UN/LOCODE the goods are shipped to; default: the order's destination. */
  destination?: string | null | undefined;
  /** yyyy-mm-dd, not after today; default: today by the clock. */
  invoiceDate?: string | null | undefined;
  /** The goods lines, 1 to 99. */
  lines: Array<InvoiceLineInput>;
  /** The seller's invoice number: 3 to 35 letters, digits, '/', '.', '_' or '-'; unique per seller. */
  number: string;
  /** The order's number or id. */
  order: string;
  /** UN/LOCODE the goods are shipped from; default: the order's origin. */
  origin?: string | null | undefined;
};

/** The risk lane customs' selection gave (ASYCUDA style). */
export type Lane =
  /** Released on the data. */
  | 'GREEN'
  /** Documentary check and physical inspection. */
  | 'RED'
  /** Documentary check. */
  | 'YELLOW';

/** The outcome of a four-document matching. */
export type MatchingResult =
  /** At least one mismatch: the bank cannot approve until a correction is matched again. */
  | 'FAILED'
  /** The documents agree: the bank may approve. */
  | 'PASSED';

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

/** A repayment. */
export type RepayFinancingInput = {
  /** The amount paid, in the loan currency, with at most its minor units; at most the settlement amount. */
  amount: string;
  /** The financing's number or id. */
  financing: string;
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

/** Whether a run is still playing, finished, or stopped on an error. */
export type ScenarioRunStatus =
  /** Stopped: see `error`. */
  | 'FAILED'
  /** Playing in the background. */
  | 'RUNNING'
  /** Finished; the report is ready. */
  | 'SUCCEEDED';

/** What a shipment event is about. */
export type ShipmentEventKind =
  /** The shipment as it was when the subscription started (always the first event without after:). */
  | 'CURRENT'
  /** A milestone was recorded on a leg. */
  | 'MILESTONE'
  /** The route changed (a reroute): the legs and so the ETA are new. */
  | 'REROUTED';

/** What to run: exactly one of `scenario` and `yaml`. */
export type StartScenarioRunInput = {
  /** How many orders to play in all, repeating the scenario's orders (1 to 1,000; the CLI plays more). */
  orders?: number | null | undefined;
  /** A bundled scenario's id, e.g. rail-sea-moto-financing. */
  scenario?: string | null | undefined;
  /** Overrides the scenario's seed (customs lane draws and arrival times follow it). */
  seed?: number | null | undefined;
  /** A scenario written out in YAML, in the form scenarios/scenario.schema.json describes. */
  yaml?: string | null | undefined;
};

/** Why a holder surrenders the bill to its issuer. */
export type SurrenderPurpose =
  /** To have the bill amended and reissued (SURRENDER_FOR_AMENDMENT). */
  | 'AMENDMENT'
  /** To take delivery of the cargo (SURRENDER_FOR_DELIVERY). */
  | 'DELIVERY';

/** One of the four documents of a financing (四单). */
export type TradeDocument =
  /** The bill of lading. */
  | 'BILL'
  /** The export declaration released by customs. */
  | 'DECLARATION'
  /** The commercial invoice. */
  | 'INVOICE'
  /** The order, the contract the trade starts from; every other document is compared with it. */
  | 'ORDER';

/** Where a transit (转关) ends. */
export type TransitInput = {
  /** The destination customs office (指运地海关), 4 digits, e.g. 8003 for Chongqing Jiangbei airport. */
  destinationOffice: string;
  /** The distance in km, when the time limit of the mode depends on it; default: the shipment leg's. */
  distanceKm?: number | null | undefined;
};

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

/** The summary details of a two-step declaration (两步申报). */
export type TwoStepInput = {
  /** When the conveyance (ship, train, aircraft) declared its entry (ISO 8601); the 14 days run from that day. */
  conveyanceDeclaredAt: string;
  /** Whether the goods owe duty or import taxes (涉税): the summary then needs a guarantee. */
  dutiable: boolean;
  /** The tax guarantee (税款担保) reference; required when dutiable. */
  guaranteeReference?: string | null | undefined;
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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { roles: Array<Role>, party: { id: string, code: string, name: string } } };

export type BillActionResultFragment = { bill: { id: string, status: BillStatus, version: number } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> };

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

export type BillEventsSubscriptionVariables = Exact<{
  bill: string;
}>;


export type BillEventsSubscription = { billEvents: { cursor: string } };

export type ExercisesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExercisesQuery = { exercises: Array<{ number: string, title: string, scenarioId: string | null, now: string, clockRate: number, participants: Array<{ name: string }> }>, scenarios: Array<{ id: string, title: string, seed: number }> };

export type CreateExerciseMutationVariables = Exact<{
  input: CreateExerciseInput;
}>;


export type CreateExerciseMutation = { createExercise: { exercise: { number: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type ExerciseQueryVariables = Exact<{
  number: string;
}>;


export type ExerciseQuery = { exercise: { number: string, title: string, scenarioId: string | null, seed: number, defaultAfterDaysOverdue: number, now: string, clockRate: number, participants: Array<{ name: string, partyCode: string, role: Role, tokenPrefix: string, invitedAt: string, dismissedAt: string | null }>, incidents: Array<{ seq: number, at: string, type: string, order: string | null, effect: string, note: string | null }>, events: Array<{ seq: number, at: string, name: string, actor: string, refused: boolean, detail: string, rule: string | null }>, score: Array<{ participant: string | null, partyCode: string | null, role: Role | null, orders: number, delivered: number, onTime: number, freightUsd: string, dutiesAndFeesCny: string, lateFeesCny: string, loans: number, loansOverdue: number, loansDefaulted: number, financingCostUsd: string }> } | null };

export type ExerciseScoreRowFragment = { participant: string | null, partyCode: string | null, role: Role | null, orders: number, delivered: number, onTime: number, freightUsd: string, dutiesAndFeesCny: string, lateFeesCny: string, loans: number, loansOverdue: number, loansDefaulted: number, financingCostUsd: string };

export type ExerciseReportQueryVariables = Exact<{
  number: string;
}>;


export type ExerciseReportQuery = { exercise: { number: string, markdown: string | null, reportJson: string | null } | null };

export type AdvanceExerciseClockMutationVariables = Exact<{
  number: string;
  input: AdvanceExerciseClockInput;
}>;


export type AdvanceExerciseClockMutation = { advanceExerciseClock: { fired: number | null, exercise: { number: string, now: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type RunExerciseClockMutationVariables = Exact<{
  number: string;
  rate: number;
}>;


export type RunExerciseClockMutation = { runExerciseClock: { exercise: { number: string, clockRate: number } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type InviteParticipantMutationVariables = Exact<{
  number: string;
  input: InviteParticipantInput;
}>;


export type InviteParticipantMutation = { inviteParticipant: { token: string | null, participant: { name: string, partyCode: string, role: Role } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type DismissParticipantMutationVariables = Exact<{
  number: string;
  name: string;
}>;


export type DismissParticipantMutation = { dismissParticipant: { exercise: { number: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type InjectIncidentMutationVariables = Exact<{
  number: string;
  input: InjectIncidentInput;
}>;


export type InjectIncidentMutation = { injectIncident: { exercise: { number: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type MyExerciseSeatQueryVariables = Exact<{ [key: string]: never; }>;


export type MyExerciseSeatQuery = { myExerciseSeat: { participant: string, partyCode: string, role: Role, exercise: { number: string, title: string, now: string, clockRate: number, score: Array<{ participant: string | null, partyCode: string | null, role: Role | null, orders: number, delivered: number, onTime: number, freightUsd: string, dutiesAndFeesCny: string, lateFeesCny: string, loans: number, loansOverdue: number, loansDefaulted: number, financingCostUsd: string }> } } | null };

export type DeclarationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: DeclarationFilter | null | undefined;
}>;


export type DeclarationsQuery = { declarations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, kind: DeclarationKind, mode: DeclarationMode, state: DeclarationState, chineseStatus: string, lane: Lane | null, orderNumber: string, createdAt: string, declarant: { code: string, name: string }, totalValue: { amount: string, currency: string } | null } }> } };

export type DeclarationQueryVariables = Exact<{
  number: string;
}>;


export type DeclarationQuery = { declaration: { id: string, number: string, kind: DeclarationKind, mode: DeclarationMode, state: DeclarationState, chineseStatus: string, version: number, orderNumber: string, shipmentNumber: string | null, billNumber: string | null, declarantRole: DeclarantRole, transportMode: TransportMode, conveyanceReference: string, tradeMode: string, containers: Array<string>, grossWeightKg: string, packages: number | null, invoiceNumber: string | null, expectedDate: string | null, inspectThenStuff: boolean, lane: Lane | null, chargesSettlement: string | null, manifestOnFile: boolean, arrived: boolean, elockId: string | null, alarm: string | null, rejectionReason: string | null, inspectionFinding: string | null, refusalReason: string | null, deletionReason: string | null, conformityFinding: string | null, allowedEvents: Array<string>, createdAt: string, declarant: { id: string, code: string, name: string }, owner: { code: string, name: string }, customsOffice: { code: string, nameZh: string, nameEn: string }, port: { code: string, name: string }, lines: Array<{ lineNo: number, orderLineNo: number, hsCode: string, description: string, quantity: string, unit: string, originCountry: string, destinationCountry: string | null, value: { amount: string, currency: string } }>, totalValue: { amount: string, currency: string } | null, selection: { lane: Lane, reasons: Array<string>, randomLane: Lane, note: string | null, hits: Array<{ ruleId: string, weight: number, ruleLane: Lane, lane: Lane }>, targeting: { reason: string } | null } | null, charges: { total: { amount: string, currency: string } } | null, warnings: Array<{ field: Array<string>, rule: string, message: string }>, history: Array<{ seq: number, at: string, event: string, from: string | null, to: string, actor: { role: string } }> } | null };

export type OrderToDeclareQueryVariables = Exact<{
  number: string;
}>;


export type OrderToDeclareQuery = { order: { id: string, number: string, currency: string, tradeMode: string, grossWeightKg: string, total: { amount: string }, origin: { code: string, country: string }, destination: { code: string, country: string }, lines: Array<{ lineNo: number, hsCode: string, description: string, quantity: string, unit: string, amount: string }>, shipment: { number: string, containers: Array<{ number: string }>, legs: Array<{ seq: number, mode: TransportMode, from: { code: string }, to: { code: string } }> } | null } | null };

export type DeclarationActionResultFragment = { declaration: { number: string, state: DeclarationState, lane: Lane | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> };

export type FileDeclarationMutationVariables = Exact<{
  input: FileDeclarationInput;
}>;


export type FileDeclarationMutation = { fileDeclaration: { declaration: { number: string, state: DeclarationState, lane: Lane | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type SubmitDeclarationMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type SubmitDeclarationMutation = { submitDeclaration: { declaration: { number: string, state: DeclarationState, lane: Lane | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type PayDeclarationChargesMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type PayDeclarationChargesMutation = { payDeclarationCharges: { declaration: { number: string, state: DeclarationState, lane: Lane | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type GuaranteeDeclarationChargesMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
}>;


export type GuaranteeDeclarationChargesMutation = { guaranteeDeclarationCharges: { declaration: { number: string, state: DeclarationState, lane: Lane | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type DeleteDeclarationMutationVariables = Exact<{
  number: string;
  reason: string;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteDeclarationMutation = { deleteDeclaration: { declaration: { number: string, state: DeclarationState, lane: Lane | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type AssessDeclarationRiskMutationVariables = Exact<{
  number: string;
  expectedVersion?: number | null | undefined;
  targeting?: CustomsTargetingInput | null | undefined;
}>;


export type AssessDeclarationRiskMutation = { assessDeclarationRisk: { declaration: { number: string, state: DeclarationState, lane: Lane | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type RecordCustomsDecisionMutationVariables = Exact<{
  input: CustomsDecisionInput;
}>;


export type RecordCustomsDecisionMutation = { recordCustomsDecision: { declaration: { number: string, state: DeclarationState, lane: Lane | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type CorrectDeclarationMutationVariables = Exact<{
  number: string;
  content: DeclarationContentInput;
  expectedVersion?: number | null | undefined;
}>;


export type CorrectDeclarationMutation = { correctDeclaration: { declaration: { number: string, state: DeclarationState, lane: Lane | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type CompleteDeclarationMutationVariables = Exact<{
  number: string;
  content: DeclarationContentInput;
  expectedVersion?: number | null | undefined;
}>;


export type CompleteDeclarationMutation = { completeDeclaration: { declaration: { number: string, state: DeclarationState, lane: Lane | null } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type DeclarationReceiptsSubscriptionVariables = Exact<{
  number: string;
}>;


export type DeclarationReceiptsSubscription = { declarationReceipts: { cursor: string } };

export type DeclarationLaneCountsQueryVariables = Exact<{
  green: DeclarationFilter;
  yellow: DeclarationFilter;
  red: DeclarationFilter;
  none: DeclarationFilter;
}>;


export type DeclarationLaneCountsQuery = { green: { totalCount: number }, yellow: { totalCount: number }, red: { totalCount: number }, none: { totalCount: number } };

export type FinancingsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: FinancingFilter | null | undefined;
}>;


export type FinancingsQuery = { financings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: string, kind: FinancingKind, state: FinancingState, chineseState: string, orderNumber: string, billNumber: string | null, currency: string, createdAt: string, exporter: { code: string, name: string }, bank: { code: string, name: string }, terms: { limit: { loan: { amount: string, currency: string } } } | null } }> } };

export type FinancingQueryVariables = Exact<{
  reference: string;
}>;


export type FinancingQuery = { financing: { id: string, number: string, kind: FinancingKind, state: FinancingState, chineseState: string, version: number, orderNumber: string, billNumber: string | null, invoiceNumber: string, policyNumber: string | null, currency: string, goodsCurrency: string, disbursedAt: string | null, maturityDate: string | null, overdueSince: string | null, rejectionReason: string | null, withdrawalReason: string | null, defaultReason: string | null, writeOffReason: string | null, allowedEvents: Array<string>, createdAt: string, exporter: { id: string, code: string, name: string }, bank: { id: string, code: string, name: string }, insurer: { id: string, code: string, name: string } | null, order: { number: string, seller: { name: string }, buyer: { name: string }, total: { amount: string, currency: string }, origin: { code: string }, destination: { code: string }, lines: Array<{ lineNo: number, hsCode: string, quantity: string, unit: string }> } | null, invoice: { number: string, revision: number, invoiceDate: string, seller: { name: string }, buyer: { name: string }, total: { amount: string, currency: string }, origin: { code: string }, destination: { code: string }, lines: Array<{ lineNo: number, hsCode: string, quantity: string, unit: string }> } | null, bill: { number: string, status: BillStatus, holder: { code: string, name: string } | null, pledgee: { code: string, name: string } | null, beneficiary: { code: string, name: string } | null } | null, matching: { at: string, result: MatchingResult, documents: Array<TradeDocument>, invoiceRevision: number, declarationNumber: string | null, cargoValue: { amount: string, currency: string } | null } | null, mismatches: Array<{ field: string, rule: string, documents: Array<TradeDocument>, values: Array<string>, message: string }>, terms: { advanceRatePercent: string, annualRatePercent: string, tenorDays: number, cargoValue: { loan: { amount: string, currency: string }, goods: { amount: string, currency: string } }, limit: { loan: { amount: string, currency: string }, goods: { amount: string, currency: string } }, fxRate: { from: string, to: string, rate: string, via: FxRateVia } } | null, position: { at: string, maturityDate: string | null, fxRate: { from: string, to: string, rate: string, via: FxRateVia }, limit: { loan: { amount: string, currency: string }, goods: { amount: string, currency: string } } | null, principal: { loan: { amount: string, currency: string }, goods: { amount: string, currency: string } } | null, outstandingPrincipal: { loan: { amount: string, currency: string }, goods: { amount: string, currency: string } } | null, interest: { days: number, periods: Array<{ from: string, to: string, days: number, principal: string, interest: string }>, accrued: { loan: { amount: string, currency: string }, goods: { amount: string, currency: string } }, paid: { loan: { amount: string, currency: string }, goods: { amount: string, currency: string } }, due: { loan: { amount: string, currency: string }, goods: { amount: string, currency: string } } } | null, settlementAmount: { loan: { amount: string, currency: string }, goods: { amount: string, currency: string } } | null } | null, repayments: Array<{ at: string, principal: { amount: string, currency: string }, interest: { amount: string, currency: string } }>, claim: { policyNumber: string, paidAt: string, payout: { amount: string, currency: string }, payoutInLoanCurrency: { amount: string, currency: string }, payee: { name: string } } | null, history: Array<{ seq: number, at: string, event: string, from: string | null, to: string, actor: { role: string } }> } | null };

export type BanksQueryVariables = Exact<{ [key: string]: never; }>;


export type BanksQuery = { parties: { edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type ApplyForFinancingMutationVariables = Exact<{
  input: ApplyForFinancingInput;
}>;


export type ApplyForFinancingMutation = { applyForFinancing: { financing: { number: string, state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type IssueInvoiceMutationVariables = Exact<{
  input: IssueInvoiceInput;
}>;


export type IssueInvoiceMutation = { issueInvoice: { invoice: { number: string, revision: number, total: { amount: string, currency: string } } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type OrderToInvoiceQueryVariables = Exact<{
  number: string;
}>;


export type OrderToInvoiceQuery = { order: { id: string, number: string, currency: string, lines: Array<{ lineNo: number, hsCode: string, description: string, quantity: string, unit: string, unitPrice: string }> } | null };

export type StartFinancingReviewMutationVariables = Exact<{
  number: string;
}>;


export type StartFinancingReviewMutation = { startFinancingReview: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type MatchFinancingDocumentsMutationVariables = Exact<{
  number: string;
}>;


export type MatchFinancingDocumentsMutation = { matchFinancingDocuments: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type RegisterFinancingPledgeMutationVariables = Exact<{
  number: string;
}>;


export type RegisterFinancingPledgeMutation = { registerFinancingPledge: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type FlagFinancingOverdueMutationVariables = Exact<{
  number: string;
}>;


export type FlagFinancingOverdueMutation = { flagFinancingOverdue: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type EnforceFinancingPledgeMutationVariables = Exact<{
  number: string;
}>;


export type EnforceFinancingPledgeMutation = { enforceFinancingPledge: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type ReleaseFinancingCollateralMutationVariables = Exact<{
  number: string;
}>;


export type ReleaseFinancingCollateralMutation = { releaseFinancingCollateral: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type CloseFinancingMutationVariables = Exact<{
  number: string;
}>;


export type CloseFinancingMutation = { closeFinancing: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type PayFinancingClaimMutationVariables = Exact<{
  number: string;
}>;


export type PayFinancingClaimMutation = { payFinancingClaim: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type RejectFinancingMutationVariables = Exact<{
  number: string;
  reason: string;
}>;


export type RejectFinancingMutation = { rejectFinancing: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type WithdrawFinancingMutationVariables = Exact<{
  number: string;
  reason: string;
}>;


export type WithdrawFinancingMutation = { withdrawFinancing: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type DeclareFinancingDefaultMutationVariables = Exact<{
  number: string;
  reason: string;
}>;


export type DeclareFinancingDefaultMutation = { declareFinancingDefault: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type WriteOffFinancingMutationVariables = Exact<{
  number: string;
  reason: string;
}>;


export type WriteOffFinancingMutation = { writeOffFinancing: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type ApproveFinancingMutationVariables = Exact<{
  input: ApproveFinancingInput;
}>;


export type ApproveFinancingMutation = { approveFinancing: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type DisburseFinancingMutationVariables = Exact<{
  number: string;
  amount?: string | null | undefined;
}>;


export type DisburseFinancingMutation = { disburseFinancing: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type RepayFinancingMutationVariables = Exact<{
  input: RepayFinancingInput;
}>;


export type RepayFinancingMutation = { repayFinancing: { financing: { state: FinancingState } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type CreditPolicyQueryVariables = Exact<{
  reference: string;
}>;


export type CreditPolicyQuery = { creditPolicy: { id: string, number: string, currency: string, premiumRatePercent: string, indemnityPercent: string, issuedAt: string, insurer: { name: string }, exporter: { name: string }, buyerLimits: Array<{ buyer: { code: string, name: string }, approved: { amount: string, currency: string }, used: { amount: string, currency: string }, available: { amount: string, currency: string } }>, shipments: Array<{ orderNumber: string, fxRate: string, declaredAt: string, claimed: boolean, buyer: { name: string }, goodsValue: { amount: string, currency: string }, insuredValue: { amount: string, currency: string }, premium: { amount: string, currency: string } }>, claims: Array<{ financingNumber: string, paidAt: string, loss: { amount: string, currency: string }, coveredLoss: { amount: string, currency: string }, payout: { amount: string, currency: string }, retained: { amount: string, currency: string }, payee: { name: string } }> } | null };

export type FinancingEventsSubscriptionVariables = Exact<{
  number: string;
}>;


export type FinancingEventsSubscription = { financingEvents: { cursor: string } };

export type OrderFormChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrderFormChoicesQuery = { currencies: Array<string>, parties: { edges: Array<{ node: { id: string, code: string, name: string, country: string } }> }, locations: Array<{ code: string, name: string, nameZh: string | null, country: string }>, incoterms: Array<{ code: string, name: string, seaAndInlandWaterwayOnly: boolean }>, exportTradeModes: Array<{ code: string, nameEn: string, nameZh: string }> };

export type CreateOrderMutationVariables = Exact<{
  input: CreateOrderInput;
}>;


export type CreateOrderMutation = { createOrder: { order: { id: string, number: string } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

export type OrderRouteOptionsQueryVariables = Exact<{
  orderId: string | number;
  rankBy?: RankBy | null | undefined;
}>;


export type OrderRouteOptionsQuery = { order: { id: string, number: string, state: OrderState, version: number, incoterm: string, readyDate: string, callerEvents: Array<string>, incotermPlace: { code: string }, origin: { code: string, name: string }, destination: { code: string, name: string } } | null, orderRouteOptions: { options: Array<{ id: string, corridorId: string, name: string, nameZh: string, etd: string, eta: string, transitDays: number, co2Kg: string, rankByTime: number, rankByCost: number, rankByCo2: number, mainCarriageModes: Array<TransportMode>, incotermFits: boolean, incotermNote: string | null, cost: { amount: string, currency: string }, legs: Array<{ seq: number, mode: TransportMode, etd: string, eta: string, from: { code: string, name: string }, to: { code: string, name: string } }> }> | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> }, forwarders: { edges: Array<{ node: { id: string, code: string, name: string } }> }, carriers: { edges: Array<{ node: { id: string, code: string, name: string, modes: Array<TransportMode> } }> } };

export type BookRouteMutationVariables = Exact<{
  input: BookRouteInput;
}>;


export type BookRouteMutation = { bookRoute: { shipment: { number: string } | null, order: { number: string, state: OrderState } | null, userErrors: Array<{ code: UserErrorCode, message: string, field: Array<string> | null, rule: string | null }> } };

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

export type FilterPartiesQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterPartiesQuery = { parties: { edges: Array<{ node: { id: string, code: string, name: string } }> } };

export type OrderDocumentsQueryVariables = Exact<{
  order: string;
}>;


export type OrderDocumentsQuery = { declarations: { edges: Array<{ node: { number: string, kind: DeclarationKind, state: DeclarationState } }> }, bills: { edges: Array<{ node: { number: string, status: BillStatus } }> } };

export type ShipmentTrackedSubscriptionVariables = Exact<{
  reference: string;
}>;


export type ShipmentTrackedSubscription = { shipmentTracked: { cursor: string, kind: ShipmentEventKind } };

export type TrainingCatalogueQueryVariables = Exact<{
  runs?: number | null | undefined;
}>;


export type TrainingCatalogueQuery = { scenarios: Array<{ id: string, file: string, title: string, description: string | null, sources: Array<string>, seed: number, start: string, orders: number }>, scenarioRuns: Array<{ number: string, scenarioId: string, title: string, seed: number, orders: number, status: ScenarioRunStatus, startedAt: string, finishedAt: string | null, progress: { ordersDone: number, ordersTotal: number } }> };

export type StartScenarioRunMutationVariables = Exact<{
  input: StartScenarioRunInput;
}>;


export type StartScenarioRunMutation = { startScenarioRun: { run: { number: string } | null, userErrors: Array<{ code: UserErrorCode, field: Array<string> | null, rule: string | null, message: string }> } };

export type ScenarioRunReportQueryVariables = Exact<{
  number: string;
}>;


export type ScenarioRunReportQuery = { scenarioRun: { number: string, scenarioId: string, title: string, seed: number, orders: number, status: ScenarioRunStatus, error: string | null, startedAt: string, finishedAt: string | null, startedBy: { code: string, name: string } | null, progress: { ordersDone: number, ordersTotal: number, simulatedAt: string | null, events: number }, kpis: { orders: number, delivered: number, onTime: number, averagePlannedLeadTimeDays: number | null, averageLeadTimeDays: number | null, averageDelayDays: number | null, averageDestinationWaitDays: number | null, averageCustomsDwellHours: number | null, logisticsCostSharePercent: string | null, withinCostTarget: boolean | null, freightUsd: string, dutiesAndFeesCny: string, interestPaidUsd: string, co2TotalKg: string, expectationsMet: number, expectationsTotal: number } | null, breakdown: { maxCustomsDwellHours: number | null, completed: number, lanes: Array<{ lane: string, orders: number }>, delaysByCause: Array<{ cause: string, orders: number, totalDays: number, averageDays: number }>, destinationWaitsByCause: Array<{ cause: string, orders: number, totalDays: number, averageDays: number }>, co2ByMode: Array<{ mode: string, kg: string }> } | null, incidents: Array<{ type: string, events: number, orders: number }>, refusals: Array<{ rule: string, events: number, orders: number }>, expectations: Array<{ id: string, text: string, met: boolean, evidence: Array<string> }> | null, orderReports: Array<{ handle: string, number: string, route: string | null, delayDays: number | null, leadTimeDays: number | null, lane: string | null, finalState: string }> | null } | null };

export type ScenarioOrderTimelineQueryVariables = Exact<{
  number: string;
  handle: string;
}>;


export type ScenarioOrderTimelineQuery = { scenarioRun: { number: string, orderReport: { handle: string, number: string, seller: string, buyer: string, route: string | null, modes: Array<string>, readyAt: string, plannedEta: string | null, arrivedAt: string | null, deliveredAt: string | null, plannedLeadTimeDays: number | null, leadTimeDays: number | null, delayDays: number | null, destinationWaitDays: number | null, lane: string | null, customsDwellHours: number | null, freightUsd: string, finalState: string, delays: Array<{ cause: string, days: number }>, destinationWaits: Array<{ cause: string, days: number }>, legs: Array<{ seq: number, from: string, to: string, mode: string, plannedEtd: string, plannedEta: string, departedAt: string | null, arrivedAt: string | null }>, timeline: Array<{ seq: number, at: string, name: string, actor: string, refused: boolean, rule: string | null, detail: string }> } | null } | null };

export type ScenarioRunDownloadQueryVariables = Exact<{
  number: string;
  markdown: boolean;
  json: boolean;
}>;


export type ScenarioRunDownloadQuery = { scenarioRun: { number: string, markdown?: string | null, reportJson?: string | null } | null };

export type ScenarioRunProgressSubscriptionVariables = Exact<{
  run: string;
}>;


export type ScenarioRunProgressSubscription = { scenarioRunProgress: { cursor: string, finished: boolean } };

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
export const BillActionResultFragmentDoc = new TypedDocumentString(`
    fragment BillActionResult on BillPayload {
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
    `, {"fragmentName":"BillActionResult"}) as unknown as TypedDocumentString<BillActionResultFragment, unknown>;
export const ExerciseScoreRowFragmentDoc = new TypedDocumentString(`
    fragment ExerciseScoreRow on ExerciseKpis {
  participant
  partyCode
  role
  orders
  delivered
  onTime
  freightUsd
  dutiesAndFeesCny
  lateFeesCny
  loans
  loansOverdue
  loansDefaulted
  financingCostUsd
}
    `, {"fragmentName":"ExerciseScoreRow"}) as unknown as TypedDocumentString<ExerciseScoreRowFragment, unknown>;
export const DeclarationActionResultFragmentDoc = new TypedDocumentString(`
    fragment DeclarationActionResult on DeclarationPayload {
  declaration {
    number
    state
    lane
  }
  userErrors {
    code
    field
    rule
    message
  }
}
    `, {"fragmentName":"DeclarationActionResult"}) as unknown as TypedDocumentString<DeclarationActionResultFragment, unknown>;
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
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<ApproveBillMutation, ApproveBillMutationVariables>;
export const IssueBillDocument = new TypedDocumentString(`
    mutation IssueBill($number: String!, $expectedVersion: Int) {
  issueBill(number: $number, expectedVersion: $expectedVersion) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<IssueBillMutation, IssueBillMutationVariables>;
export const TransferBillDocument = new TypedDocumentString(`
    mutation TransferBill($number: String!, $to: ID!, $expectedVersion: Int) {
  transferBill(number: $number, to: $to, expectedVersion: $expectedVersion) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<TransferBillMutation, TransferBillMutationVariables>;
export const EndorseBillDocument = new TypedDocumentString(`
    mutation EndorseBill($number: String!, $to: ID!, $toOrder: Boolean, $expectedVersion: Int) {
  endorseBill(
    number: $number
    to: $to
    toOrder: $toOrder
    expectedVersion: $expectedVersion
  ) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<EndorseBillMutation, EndorseBillMutationVariables>;
export const AcceptEndorsementDocument = new TypedDocumentString(`
    mutation AcceptEndorsement($number: String!, $expectedVersion: Int) {
  acceptEndorsement(number: $number, expectedVersion: $expectedVersion) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<AcceptEndorsementMutation, AcceptEndorsementMutationVariables>;
export const RejectEndorsementDocument = new TypedDocumentString(`
    mutation RejectEndorsement($number: String!, $expectedVersion: Int) {
  rejectEndorsement(number: $number, expectedVersion: $expectedVersion) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<RejectEndorsementMutation, RejectEndorsementMutationVariables>;
export const BlankEndorseBillDocument = new TypedDocumentString(`
    mutation BlankEndorseBill($number: String!, $expectedVersion: Int) {
  blankEndorseBill(number: $number, expectedVersion: $expectedVersion) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<BlankEndorseBillMutation, BlankEndorseBillMutationVariables>;
export const PledgeBillDocument = new TypedDocumentString(`
    mutation PledgeBill($number: String!, $bank: ID!, $expectedVersion: Int) {
  pledgeBill(number: $number, bank: $bank, expectedVersion: $expectedVersion) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<PledgeBillMutation, PledgeBillMutationVariables>;
export const ReleasePledgeDocument = new TypedDocumentString(`
    mutation ReleasePledge($number: String!, $expectedVersion: Int) {
  releasePledge(number: $number, expectedVersion: $expectedVersion) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<ReleasePledgeMutation, ReleasePledgeMutationVariables>;
export const EnforcePledgeDocument = new TypedDocumentString(`
    mutation EnforcePledge($number: String!, $expectedVersion: Int) {
  enforcePledge(number: $number, expectedVersion: $expectedVersion) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<EnforcePledgeMutation, EnforcePledgeMutationVariables>;
export const SurrenderBillDocument = new TypedDocumentString(`
    mutation SurrenderBill($number: String!, $purpose: SurrenderPurpose!, $expectedVersion: Int) {
  surrenderBill(
    number: $number
    purpose: $purpose
    expectedVersion: $expectedVersion
  ) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<SurrenderBillMutation, SurrenderBillMutationVariables>;
export const AcceptSurrenderDocument = new TypedDocumentString(`
    mutation AcceptSurrender($number: String!, $expectedVersion: Int) {
  acceptSurrender(number: $number, expectedVersion: $expectedVersion) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<AcceptSurrenderMutation, AcceptSurrenderMutationVariables>;
export const RejectSurrenderDocument = new TypedDocumentString(`
    mutation RejectSurrender($number: String!, $reason: String!, $expectedVersion: Int) {
  rejectSurrender(
    number: $number
    reason: $reason
    expectedVersion: $expectedVersion
  ) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<RejectSurrenderMutation, RejectSurrenderMutationVariables>;
export const VoidBillDocument = new TypedDocumentString(`
    mutation VoidBill($number: String!, $reason: String!, $expectedVersion: Int) {
  voidBill(number: $number, reason: $reason, expectedVersion: $expectedVersion) {
    ...BillActionResult
  }
}
    fragment BillActionResult on BillPayload {
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
}`) as unknown as TypedDocumentString<VoidBillMutation, VoidBillMutationVariables>;
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
export const BillEventsDocument = new TypedDocumentString(`
    subscription BillEvents($bill: String!) {
  billEvents(bill: $bill) {
    cursor
  }
}
    `) as unknown as TypedDocumentString<BillEventsSubscription, BillEventsSubscriptionVariables>;
export const ExercisesDocument = new TypedDocumentString(`
    query Exercises {
  exercises {
    number
    title
    scenarioId
    now
    clockRate
    participants {
      name
    }
  }
  scenarios {
    id
    title
    seed
  }
}
    `) as unknown as TypedDocumentString<ExercisesQuery, ExercisesQueryVariables>;
export const CreateExerciseDocument = new TypedDocumentString(`
    mutation CreateExercise($input: CreateExerciseInput!) {
  createExercise(input: $input) {
    exercise {
      number
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CreateExerciseMutation, CreateExerciseMutationVariables>;
export const ExerciseDocument = new TypedDocumentString(`
    query Exercise($number: String!) {
  exercise(number: $number) {
    number
    title
    scenarioId
    seed
    defaultAfterDaysOverdue
    now
    clockRate
    participants {
      name
      partyCode
      role
      tokenPrefix
      invitedAt
      dismissedAt
    }
    incidents {
      seq
      at
      type
      order
      effect
      note
    }
    events(first: 100) {
      seq
      at
      name
      actor
      refused
      detail
      rule
    }
    score {
      ...ExerciseScoreRow
    }
  }
}
    fragment ExerciseScoreRow on ExerciseKpis {
  participant
  partyCode
  role
  orders
  delivered
  onTime
  freightUsd
  dutiesAndFeesCny
  lateFeesCny
  loans
  loansOverdue
  loansDefaulted
  financingCostUsd
}`) as unknown as TypedDocumentString<ExerciseQuery, ExerciseQueryVariables>;
export const ExerciseReportDocument = new TypedDocumentString(`
    query ExerciseReport($number: String!) {
  exercise(number: $number) {
    number
    markdown
    reportJson
  }
}
    `) as unknown as TypedDocumentString<ExerciseReportQuery, ExerciseReportQueryVariables>;
export const AdvanceExerciseClockDocument = new TypedDocumentString(`
    mutation AdvanceExerciseClock($number: String!, $input: AdvanceExerciseClockInput!) {
  advanceExerciseClock(number: $number, input: $input) {
    exercise {
      number
      now
    }
    fired
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AdvanceExerciseClockMutation, AdvanceExerciseClockMutationVariables>;
export const RunExerciseClockDocument = new TypedDocumentString(`
    mutation RunExerciseClock($number: String!, $rate: Float!) {
  runExerciseClock(number: $number, rate: $rate) {
    exercise {
      number
      clockRate
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RunExerciseClockMutation, RunExerciseClockMutationVariables>;
export const InviteParticipantDocument = new TypedDocumentString(`
    mutation InviteParticipant($number: String!, $input: InviteParticipantInput!) {
  inviteParticipant(number: $number, input: $input) {
    participant {
      name
      partyCode
      role
    }
    token
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InviteParticipantMutation, InviteParticipantMutationVariables>;
export const DismissParticipantDocument = new TypedDocumentString(`
    mutation DismissParticipant($number: String!, $name: String!) {
  dismissParticipant(number: $number, name: $name) {
    exercise {
      number
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DismissParticipantMutation, DismissParticipantMutationVariables>;
export const InjectIncidentDocument = new TypedDocumentString(`
    mutation InjectIncident($number: String!, $input: InjectIncidentInput!) {
  injectIncident(number: $number, input: $input) {
    exercise {
      number
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<InjectIncidentMutation, InjectIncidentMutationVariables>;
export const MyExerciseSeatDocument = new TypedDocumentString(`
    query MyExerciseSeat {
  myExerciseSeat {
    participant
    partyCode
    role
    exercise {
      number
      title
      now
      clockRate
      score {
        ...ExerciseScoreRow
      }
    }
  }
}
    fragment ExerciseScoreRow on ExerciseKpis {
  participant
  partyCode
  role
  orders
  delivered
  onTime
  freightUsd
  dutiesAndFeesCny
  lateFeesCny
  loans
  loansOverdue
  loansDefaulted
  financingCostUsd
}`) as unknown as TypedDocumentString<MyExerciseSeatQuery, MyExerciseSeatQueryVariables>;
export const DeclarationsDocument = new TypedDocumentString(`
    query Declarations($first: Int, $after: String, $filter: DeclarationFilter) {
  declarations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        kind
        mode
        state
        chineseStatus
        lane
        orderNumber
        declarant {
          code
          name
        }
        totalValue {
          amount
          currency
        }
        createdAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeclarationsQuery, DeclarationsQueryVariables>;
export const DeclarationDocument = new TypedDocumentString(`
    query Declaration($number: String!) {
  declaration(number: $number) {
    id
    number
    kind
    mode
    state
    chineseStatus
    version
    orderNumber
    shipmentNumber
    billNumber
    declarant {
      id
      code
      name
    }
    declarantRole
    owner {
      code
      name
    }
    customsOffice {
      code
      nameZh
      nameEn
    }
    port {
      code
      name
    }
    transportMode
    conveyanceReference
    tradeMode
    containers
    lines {
      lineNo
      orderLineNo
      hsCode
      description
      quantity
      unit
      value {
        amount
        currency
      }
      originCountry
      destinationCountry
    }
    totalValue {
      amount
      currency
    }
    grossWeightKg
    packages
    invoiceNumber
    expectedDate
    inspectThenStuff
    lane
    selection {
      lane
      reasons
      hits {
        ruleId
        weight
        ruleLane
        lane
      }
      randomLane
      note
      targeting {
        reason
      }
    }
    charges {
      total {
        amount
        currency
      }
    }
    chargesSettlement
    manifestOnFile
    arrived
    elockId
    alarm
    rejectionReason
    inspectionFinding
    refusalReason
    deletionReason
    conformityFinding
    warnings {
      field
      rule
      message
    }
    allowedEvents
    history {
      seq
      at
      event
      from
      to
      actor {
        role
      }
    }
    createdAt
  }
}
    `) as unknown as TypedDocumentString<DeclarationQuery, DeclarationQueryVariables>;
export const OrderToDeclareDocument = new TypedDocumentString(`
    query OrderToDeclare($number: String!) {
  order(number: $number) {
    id
    number
    currency
    tradeMode
    grossWeightKg
    total {
      amount
    }
    origin {
      code
      country
    }
    destination {
      code
      country
    }
    lines {
      lineNo
      hsCode
      description
      quantity
      unit
      amount
    }
    shipment {
      number
      containers {
        number
      }
      legs {
        seq
        mode
        from {
          code
        }
        to {
          code
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderToDeclareQuery, OrderToDeclareQueryVariables>;
export const FileDeclarationDocument = new TypedDocumentString(`
    mutation FileDeclaration($input: FileDeclarationInput!) {
  fileDeclaration(input: $input) {
    ...DeclarationActionResult
  }
}
    fragment DeclarationActionResult on DeclarationPayload {
  declaration {
    number
    state
    lane
  }
  userErrors {
    code
    field
    rule
    message
  }
}`) as unknown as TypedDocumentString<FileDeclarationMutation, FileDeclarationMutationVariables>;
export const SubmitDeclarationDocument = new TypedDocumentString(`
    mutation SubmitDeclaration($number: String!, $expectedVersion: Int) {
  submitDeclaration(number: $number, expectedVersion: $expectedVersion) {
    ...DeclarationActionResult
  }
}
    fragment DeclarationActionResult on DeclarationPayload {
  declaration {
    number
    state
    lane
  }
  userErrors {
    code
    field
    rule
    message
  }
}`) as unknown as TypedDocumentString<SubmitDeclarationMutation, SubmitDeclarationMutationVariables>;
export const PayDeclarationChargesDocument = new TypedDocumentString(`
    mutation PayDeclarationCharges($number: String!, $expectedVersion: Int) {
  payDeclarationCharges(number: $number, expectedVersion: $expectedVersion) {
    ...DeclarationActionResult
  }
}
    fragment DeclarationActionResult on DeclarationPayload {
  declaration {
    number
    state
    lane
  }
  userErrors {
    code
    field
    rule
    message
  }
}`) as unknown as TypedDocumentString<PayDeclarationChargesMutation, PayDeclarationChargesMutationVariables>;
export const GuaranteeDeclarationChargesDocument = new TypedDocumentString(`
    mutation GuaranteeDeclarationCharges($number: String!, $expectedVersion: Int) {
  guaranteeDeclarationCharges(number: $number, expectedVersion: $expectedVersion) {
    ...DeclarationActionResult
  }
}
    fragment DeclarationActionResult on DeclarationPayload {
  declaration {
    number
    state
    lane
  }
  userErrors {
    code
    field
    rule
    message
  }
}`) as unknown as TypedDocumentString<GuaranteeDeclarationChargesMutation, GuaranteeDeclarationChargesMutationVariables>;
export const DeleteDeclarationDocument = new TypedDocumentString(`
    mutation DeleteDeclaration($number: String!, $reason: String!, $expectedVersion: Int) {
  deleteDeclaration(
    number: $number
    reason: $reason
    expectedVersion: $expectedVersion
  ) {
    ...DeclarationActionResult
  }
}
    fragment DeclarationActionResult on DeclarationPayload {
  declaration {
    number
    state
    lane
  }
  userErrors {
    code
    field
    rule
    message
  }
}`) as unknown as TypedDocumentString<DeleteDeclarationMutation, DeleteDeclarationMutationVariables>;
export const AssessDeclarationRiskDocument = new TypedDocumentString(`
    mutation AssessDeclarationRisk($number: String!, $expectedVersion: Int, $targeting: CustomsTargetingInput) {
  assessDeclarationRisk(
    number: $number
    expectedVersion: $expectedVersion
    targeting: $targeting
  ) {
    ...DeclarationActionResult
  }
}
    fragment DeclarationActionResult on DeclarationPayload {
  declaration {
    number
    state
    lane
  }
  userErrors {
    code
    field
    rule
    message
  }
}`) as unknown as TypedDocumentString<AssessDeclarationRiskMutation, AssessDeclarationRiskMutationVariables>;
export const RecordCustomsDecisionDocument = new TypedDocumentString(`
    mutation RecordCustomsDecision($input: CustomsDecisionInput!) {
  recordCustomsDecision(input: $input) {
    ...DeclarationActionResult
  }
}
    fragment DeclarationActionResult on DeclarationPayload {
  declaration {
    number
    state
    lane
  }
  userErrors {
    code
    field
    rule
    message
  }
}`) as unknown as TypedDocumentString<RecordCustomsDecisionMutation, RecordCustomsDecisionMutationVariables>;
export const CorrectDeclarationDocument = new TypedDocumentString(`
    mutation CorrectDeclaration($number: String!, $content: DeclarationContentInput!, $expectedVersion: Int) {
  correctDeclaration(
    number: $number
    content: $content
    expectedVersion: $expectedVersion
  ) {
    ...DeclarationActionResult
  }
}
    fragment DeclarationActionResult on DeclarationPayload {
  declaration {
    number
    state
    lane
  }
  userErrors {
    code
    field
    rule
    message
  }
}`) as unknown as TypedDocumentString<CorrectDeclarationMutation, CorrectDeclarationMutationVariables>;
export const CompleteDeclarationDocument = new TypedDocumentString(`
    mutation CompleteDeclaration($number: String!, $content: DeclarationContentInput!, $expectedVersion: Int) {
  completeDeclaration(
    number: $number
    content: $content
    expectedVersion: $expectedVersion
  ) {
    ...DeclarationActionResult
  }
}
    fragment DeclarationActionResult on DeclarationPayload {
  declaration {
    number
    state
    lane
  }
  userErrors {
    code
    field
    rule
    message
  }
}`) as unknown as TypedDocumentString<CompleteDeclarationMutation, CompleteDeclarationMutationVariables>;
export const DeclarationReceiptsDocument = new TypedDocumentString(`
    subscription DeclarationReceipts($number: String!) {
  declarationReceipts(filter: {declaration: $number}) {
    cursor
  }
}
    `) as unknown as TypedDocumentString<DeclarationReceiptsSubscription, DeclarationReceiptsSubscriptionVariables>;
export const DeclarationLaneCountsDocument = new TypedDocumentString(`
    query DeclarationLaneCounts($green: DeclarationFilter!, $yellow: DeclarationFilter!, $red: DeclarationFilter!, $none: DeclarationFilter!) {
  green: declarations(first: 0, filter: $green) {
    totalCount
  }
  yellow: declarations(first: 0, filter: $yellow) {
    totalCount
  }
  red: declarations(first: 0, filter: $red) {
    totalCount
  }
  none: declarations(first: 0, filter: $none) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<DeclarationLaneCountsQuery, DeclarationLaneCountsQueryVariables>;
export const FinancingsDocument = new TypedDocumentString(`
    query Financings($first: Int, $after: String, $filter: FinancingFilter) {
  financings(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        number
        kind
        state
        chineseState
        orderNumber
        billNumber
        currency
        createdAt
        exporter {
          code
          name
        }
        bank {
          code
          name
        }
        terms {
          limit {
            loan {
              amount
              currency
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FinancingsQuery, FinancingsQueryVariables>;
export const FinancingDocument = new TypedDocumentString(`
    query Financing($reference: String!) {
  financing(reference: $reference) {
    id
    number
    kind
    state
    chineseState
    version
    orderNumber
    billNumber
    invoiceNumber
    policyNumber
    currency
    goodsCurrency
    exporter {
      id
      code
      name
    }
    bank {
      id
      code
      name
    }
    insurer {
      id
      code
      name
    }
    order {
      number
      seller {
        name
      }
      buyer {
        name
      }
      total {
        amount
        currency
      }
      origin {
        code
      }
      destination {
        code
      }
      lines {
        lineNo
        hsCode
        quantity
        unit
      }
    }
    invoice {
      number
      revision
      invoiceDate
      seller {
        name
      }
      buyer {
        name
      }
      total {
        amount
        currency
      }
      origin {
        code
      }
      destination {
        code
      }
      lines {
        lineNo
        hsCode
        quantity
        unit
      }
    }
    bill {
      number
      status
      holder {
        code
        name
      }
      pledgee {
        code
        name
      }
      beneficiary {
        code
        name
      }
    }
    matching {
      at
      result
      documents
      invoiceRevision
      declarationNumber
      cargoValue {
        amount
        currency
      }
    }
    mismatches {
      field
      rule
      documents
      values
      message
    }
    terms {
      advanceRatePercent
      annualRatePercent
      tenorDays
      cargoValue {
        loan {
          amount
          currency
        }
        goods {
          amount
          currency
        }
      }
      limit {
        loan {
          amount
          currency
        }
        goods {
          amount
          currency
        }
      }
      fxRate {
        from
        to
        rate
        via
      }
    }
    position {
      at
      fxRate {
        from
        to
        rate
        via
      }
      limit {
        loan {
          amount
          currency
        }
        goods {
          amount
          currency
        }
      }
      principal {
        loan {
          amount
          currency
        }
        goods {
          amount
          currency
        }
      }
      outstandingPrincipal {
        loan {
          amount
          currency
        }
        goods {
          amount
          currency
        }
      }
      maturityDate
      interest {
        days
        periods {
          from
          to
          days
          principal
          interest
        }
        accrued {
          loan {
            amount
            currency
          }
          goods {
            amount
            currency
          }
        }
        paid {
          loan {
            amount
            currency
          }
          goods {
            amount
            currency
          }
        }
        due {
          loan {
            amount
            currency
          }
          goods {
            amount
            currency
          }
        }
      }
      settlementAmount {
        loan {
          amount
          currency
        }
        goods {
          amount
          currency
        }
      }
    }
    disbursedAt
    maturityDate
    overdueSince
    repayments {
      at
      principal {
        amount
        currency
      }
      interest {
        amount
        currency
      }
    }
    claim {
      policyNumber
      payout {
        amount
        currency
      }
      payoutInLoanCurrency {
        amount
        currency
      }
      payee {
        name
      }
      paidAt
    }
    rejectionReason
    withdrawalReason
    defaultReason
    writeOffReason
    allowedEvents
    history {
      seq
      at
      event
      from
      to
      actor {
        role
      }
    }
    createdAt
  }
}
    `) as unknown as TypedDocumentString<FinancingQuery, FinancingQueryVariables>;
export const BanksDocument = new TypedDocumentString(`
    query Banks {
  parties(first: 100, filter: {role: BANK}) {
    edges {
      node {
        id
        code
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BanksQuery, BanksQueryVariables>;
export const ApplyForFinancingDocument = new TypedDocumentString(`
    mutation ApplyForFinancing($input: ApplyForFinancingInput!) {
  applyForFinancing(input: $input) {
    financing {
      number
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApplyForFinancingMutation, ApplyForFinancingMutationVariables>;
export const IssueInvoiceDocument = new TypedDocumentString(`
    mutation IssueInvoice($input: IssueInvoiceInput!) {
  issueInvoice(input: $input) {
    invoice {
      number
      revision
      total {
        amount
        currency
      }
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IssueInvoiceMutation, IssueInvoiceMutationVariables>;
export const OrderToInvoiceDocument = new TypedDocumentString(`
    query OrderToInvoice($number: String!) {
  order(number: $number) {
    id
    number
    currency
    lines {
      lineNo
      hsCode
      description
      quantity
      unit
      unitPrice
    }
  }
}
    `) as unknown as TypedDocumentString<OrderToInvoiceQuery, OrderToInvoiceQueryVariables>;
export const StartFinancingReviewDocument = new TypedDocumentString(`
    mutation StartFinancingReview($number: String!) {
  startFinancingReview(number: $number) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartFinancingReviewMutation, StartFinancingReviewMutationVariables>;
export const MatchFinancingDocumentsDocument = new TypedDocumentString(`
    mutation MatchFinancingDocuments($number: String!) {
  matchFinancingDocuments(number: $number) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<MatchFinancingDocumentsMutation, MatchFinancingDocumentsMutationVariables>;
export const RegisterFinancingPledgeDocument = new TypedDocumentString(`
    mutation RegisterFinancingPledge($number: String!) {
  registerFinancingPledge(number: $number) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RegisterFinancingPledgeMutation, RegisterFinancingPledgeMutationVariables>;
export const FlagFinancingOverdueDocument = new TypedDocumentString(`
    mutation FlagFinancingOverdue($number: String!) {
  flagFinancingOverdue(number: $number) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<FlagFinancingOverdueMutation, FlagFinancingOverdueMutationVariables>;
export const EnforceFinancingPledgeDocument = new TypedDocumentString(`
    mutation EnforceFinancingPledge($number: String!) {
  enforceFinancingPledge(number: $number) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<EnforceFinancingPledgeMutation, EnforceFinancingPledgeMutationVariables>;
export const ReleaseFinancingCollateralDocument = new TypedDocumentString(`
    mutation ReleaseFinancingCollateral($number: String!) {
  releaseFinancingCollateral(number: $number) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReleaseFinancingCollateralMutation, ReleaseFinancingCollateralMutationVariables>;
export const CloseFinancingDocument = new TypedDocumentString(`
    mutation CloseFinancing($number: String!) {
  closeFinancing(number: $number) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CloseFinancingMutation, CloseFinancingMutationVariables>;
export const PayFinancingClaimDocument = new TypedDocumentString(`
    mutation PayFinancingClaim($number: String!) {
  payFinancingClaim(number: $number) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PayFinancingClaimMutation, PayFinancingClaimMutationVariables>;
export const RejectFinancingDocument = new TypedDocumentString(`
    mutation RejectFinancing($number: String!, $reason: String!) {
  rejectFinancing(number: $number, reason: $reason) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RejectFinancingMutation, RejectFinancingMutationVariables>;
export const WithdrawFinancingDocument = new TypedDocumentString(`
    mutation WithdrawFinancing($number: String!, $reason: String!) {
  withdrawFinancing(number: $number, reason: $reason) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawFinancingMutation, WithdrawFinancingMutationVariables>;
export const DeclareFinancingDefaultDocument = new TypedDocumentString(`
    mutation DeclareFinancingDefault($number: String!, $reason: String!) {
  declareFinancingDefault(number: $number, reason: $reason) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DeclareFinancingDefaultMutation, DeclareFinancingDefaultMutationVariables>;
export const WriteOffFinancingDocument = new TypedDocumentString(`
    mutation WriteOffFinancing($number: String!, $reason: String!) {
  writeOffFinancing(number: $number, reason: $reason) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<WriteOffFinancingMutation, WriteOffFinancingMutationVariables>;
export const ApproveFinancingDocument = new TypedDocumentString(`
    mutation ApproveFinancing($input: ApproveFinancingInput!) {
  approveFinancing(input: $input) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveFinancingMutation, ApproveFinancingMutationVariables>;
export const DisburseFinancingDocument = new TypedDocumentString(`
    mutation DisburseFinancing($number: String!, $amount: Decimal) {
  disburseFinancing(number: $number, amount: $amount) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DisburseFinancingMutation, DisburseFinancingMutationVariables>;
export const RepayFinancingDocument = new TypedDocumentString(`
    mutation RepayFinancing($input: RepayFinancingInput!) {
  repayFinancing(input: $input) {
    financing {
      state
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RepayFinancingMutation, RepayFinancingMutationVariables>;
export const CreditPolicyDocument = new TypedDocumentString(`
    query CreditPolicy($reference: String!) {
  creditPolicy(reference: $reference) {
    id
    number
    currency
    premiumRatePercent
    indemnityPercent
    issuedAt
    insurer {
      name
    }
    exporter {
      name
    }
    buyerLimits {
      buyer {
        code
        name
      }
      approved {
        amount
        currency
      }
      used {
        amount
        currency
      }
      available {
        amount
        currency
      }
    }
    shipments {
      orderNumber
      buyer {
        name
      }
      goodsValue {
        amount
        currency
      }
      insuredValue {
        amount
        currency
      }
      fxRate
      premium {
        amount
        currency
      }
      declaredAt
      claimed
    }
    claims {
      financingNumber
      loss {
        amount
        currency
      }
      coveredLoss {
        amount
        currency
      }
      payout {
        amount
        currency
      }
      retained {
        amount
        currency
      }
      payee {
        name
      }
      paidAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreditPolicyQuery, CreditPolicyQueryVariables>;
export const FinancingEventsDocument = new TypedDocumentString(`
    subscription FinancingEvents($number: String!) {
  financingEvents(filter: {financing: $number}) {
    cursor
  }
}
    `) as unknown as TypedDocumentString<FinancingEventsSubscription, FinancingEventsSubscriptionVariables>;
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
export const OrderDocumentsDocument = new TypedDocumentString(`
    query OrderDocuments($order: String!) {
  declarations(first: 20, filter: {order: $order}) {
    edges {
      node {
        number
        kind
        state
      }
    }
  }
  bills(first: 20, filter: {order: $order}) {
    edges {
      node {
        number
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrderDocumentsQuery, OrderDocumentsQueryVariables>;
export const ShipmentTrackedDocument = new TypedDocumentString(`
    subscription ShipmentTracked($reference: String!) {
  shipmentTracked(reference: $reference) {
    cursor
    kind
  }
}
    `) as unknown as TypedDocumentString<ShipmentTrackedSubscription, ShipmentTrackedSubscriptionVariables>;
export const TrainingCatalogueDocument = new TypedDocumentString(`
    query TrainingCatalogue($runs: Int) {
  scenarios {
    id
    file
    title
    description
    sources
    seed
    start
    orders
  }
  scenarioRuns(first: $runs) {
    number
    scenarioId
    title
    seed
    orders
    status
    startedAt
    finishedAt
    progress {
      ordersDone
      ordersTotal
    }
  }
}
    `) as unknown as TypedDocumentString<TrainingCatalogueQuery, TrainingCatalogueQueryVariables>;
export const StartScenarioRunDocument = new TypedDocumentString(`
    mutation StartScenarioRun($input: StartScenarioRunInput!) {
  startScenarioRun(input: $input) {
    run {
      number
    }
    userErrors {
      code
      field
      rule
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartScenarioRunMutation, StartScenarioRunMutationVariables>;
export const ScenarioRunReportDocument = new TypedDocumentString(`
    query ScenarioRunReport($number: String!) {
  scenarioRun(number: $number) {
    number
    scenarioId
    title
    seed
    orders
    status
    error
    startedAt
    finishedAt
    startedBy {
      code
      name
    }
    progress {
      ordersDone
      ordersTotal
      simulatedAt
      events
    }
    kpis {
      orders
      delivered
      onTime
      averagePlannedLeadTimeDays
      averageLeadTimeDays
      averageDelayDays
      averageDestinationWaitDays
      averageCustomsDwellHours
      logisticsCostSharePercent
      withinCostTarget
      freightUsd
      dutiesAndFeesCny
      interestPaidUsd
      co2TotalKg
      expectationsMet
      expectationsTotal
    }
    breakdown {
      lanes {
        lane
        orders
      }
      delaysByCause {
        cause
        orders
        totalDays
        averageDays
      }
      destinationWaitsByCause {
        cause
        orders
        totalDays
        averageDays
      }
      co2ByMode {
        mode
        kg
      }
      maxCustomsDwellHours
      completed
    }
    incidents {
      type
      events
      orders
    }
    refusals {
      rule
      events
      orders
    }
    expectations {
      id
      text
      met
      evidence
    }
    orderReports {
      handle
      number
      route
      delayDays
      leadTimeDays
      lane
      finalState
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioRunReportQuery, ScenarioRunReportQueryVariables>;
export const ScenarioOrderTimelineDocument = new TypedDocumentString(`
    query ScenarioOrderTimeline($number: String!, $handle: String!) {
  scenarioRun(number: $number) {
    number
    orderReport(handle: $handle) {
      handle
      number
      seller
      buyer
      route
      modes
      readyAt
      plannedEta
      arrivedAt
      deliveredAt
      plannedLeadTimeDays
      leadTimeDays
      delayDays
      destinationWaitDays
      delays {
        cause
        days
      }
      destinationWaits {
        cause
        days
      }
      lane
      customsDwellHours
      freightUsd
      finalState
      legs {
        seq
        from
        to
        mode
        plannedEtd
        plannedEta
        departedAt
        arrivedAt
      }
      timeline {
        seq
        at
        name
        actor
        refused
        rule
        detail
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ScenarioOrderTimelineQuery, ScenarioOrderTimelineQueryVariables>;
export const ScenarioRunDownloadDocument = new TypedDocumentString(`
    query ScenarioRunDownload($number: String!, $markdown: Boolean!, $json: Boolean!) {
  scenarioRun(number: $number) {
    number
    markdown @include(if: $markdown)
    reportJson @include(if: $json)
  }
}
    `) as unknown as TypedDocumentString<ScenarioRunDownloadQuery, ScenarioRunDownloadQueryVariables>;
export const ScenarioRunProgressDocument = new TypedDocumentString(`
    subscription ScenarioRunProgress($run: String!) {
  scenarioRunProgress(run: $run) {
    cursor
    finished
  }
}
    `) as unknown as TypedDocumentString<ScenarioRunProgressSubscription, ScenarioRunProgressSubscriptionVariables>;