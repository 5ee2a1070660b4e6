/**
 * The rules of the customs declaration 报关单: which events each status takes, who may send them
 * (the declarant or customs), and what the kind, the mode and the record so far allow.
 *
 * The reforms it models (seed 004:239, 001:135-141): 提前申报 advance declaration, 两步申报
 * two-step declaration, 两段准入 two-stage admission, 先查验后装箱 inspect-then-stuff with an
 * electronic lock, and 转关 transit. Every rule lives in declarationRefusal, which the machine's
 * guards call, so the message the service shows and the guard that refuses can never disagree.
 * Pure: no clock, no I/O. The acting party (`by`) and its role travel in every event; timestamps
 * and deadlines are computed by the service and only stored here.
 *
 * Over 400 lines on purpose: it is the one rule table of the declaration's lifecycle (one refusal
 * per event, sharing the status and party checks); split, the rules would no longer read as one.
 */

export const DECLARATION_KINDS = ['export', 'import', 'transit'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];

/** standard: filed once the goods arrived; twoStep: 两步申报 (imports); advance: 提前申报. */
export const DECLARATION_MODES = ['standard', 'twoStep', 'advance'] as const;
export type DeclarationMode = (typeof DECLARATION_MODES)[number];

export type DeclarationRole = 'declarant' | 'customs';

/** The risk lanes: green goes straight on, yellow to document review, red to physical inspection. */
export const LANES = ['green', 'yellow', 'red'] as const;
export type Lane = (typeof LANES)[number];

/** What customs does with imported goods that failed their post-release conformity assessment. */
export type ConformityAction = 'recall' | 'hold';

/** Every state of the declaration machine, as stored in `state`. */
export const DECLARATION_STATES = [
  'draft',
  'submitted',
  'accepted',
  'rejected',
  'riskAssessment',
  'documentReview',
  'physicalInspection',
  'held',
  'taxDue',
  'paid',
  'guaranteed',
  'awaitingRelease',
  'released',
  'closed',
  'deleted',
  'refused',
  // 两步申报
  'summaryDeclared',
  'releasedForPickup',
  // 两段准入
  'releasedFromPort',
  'heldAfterRelease',
  'recalled',
  // an e-lock alarm (先查验后装箱 exports after release, or a sealed transit)
  'heldForReinspection',
  // 转关
  'transitDeclared',
  'sealed',
  'arrivedAtDestination',
] as const;
export type DeclarationStateName = (typeof DECLARATION_STATES)[number];

export const FINAL_DECLARATION_STATES: readonly DeclarationStateName[] = ['closed', 'deleted', 'refused', 'recalled'];

/**
 * The Chinese customs status (回执 / 报关单状态) each state corresponds to. Where a receipt exists
 * the comment gives its QP / single-window CHANNEL code, as public electronic-port integration
 * code lists them (e.g. "G 海关接单交单回执", "W 海关无纸验放通知（审结）", "R 海关已结关回执").
 * "uncertain" marks a term that is trade usage rather than a receipt the single window sends.
 */
export const CHINESE_RECEIPTS: Readonly<Record<DeclarationStateName, string>> = {
  draft: '暂存', // status 1 "该单已保存、未申报"
  submitted: '申报 / 已申报', // 7 申报成功; then L "海关入库成功" once customs' database takes it
  accepted: '接单交单', // G 海关接单交单回执
  rejected: '退单', // E 海关退单/不受理回执
  riskAssessment: '审单 (风险甄别)', // uncertain: risk screening runs inside customs and sends no receipt of its own
  documentReview: '单证审核 (人工审单)', // uncertain: nearest receipt is V "报关单转现场验估岗"
  physicalInspection: '查验', // C 无纸验放查验通知书 (the inspection notice)
  held: '查验异常 / 扣留', // uncertain: inspection found a discrepancy, goods detained; no receipt code
  taxDue: '缴税 / 税单', // J 审单中心确定办理税费及证件手续 (the electronic tax bill is issued)
  paid: '已缴税', // uncertain: the single window shows the tax payment; QP has no channel for it
  guaranteed: '担保 / 担保放行', // B 海关担保验放; K 通关无纸化担保放行
  awaitingRelease: '审结', // W 海关无纸验放通知（审结）
  released: '放行', // P 海关已放行; I 无纸放行通知 (F 放行交单 where paper is still handed in)
  closed: '结关', // R 海关已结关回执; for a transit 转关核销 (uncertain: the closure at the destination office)
  deleted: '删单', // A 放行前删除或异常处理 (8 for a draft deleted before it was declared)
  refused: '不予放行 / 退运', // uncertain: refused release; the goods are returned or destroyed
  summaryDeclared: '概要申报', // the first step of 两步申报
  releasedForPickup: '概要申报放行 (提货)', // uncertain: the summary is released and the goods may be picked up
  releasedFromPort: '附条件提离', // 两段准入: admitted at the border, removed from the port pending 合格评定
  heldAfterRelease: '合格评定不合格 / 扣留', // uncertain: held where they are until rectified or recalled
  recalled: '召回 / 退运', // uncertain: recalled after failing the conformity assessment
  heldForReinspection: '电子锁报警 / 复验', // uncertain: e-lock alarm, the container is reinspected
  transitDeclared: '转关申报', // declared at the origin office (启运地海关)
  sealed: '施封 (转关在途)', // the origin office seals the container (关锁 / electronic lock) and the goods move
  arrivedAtDestination: '转关到达 (指运地)', // uncertain: the arrival recorded at the destination office (指运地海关)
};

export interface DeclarationInput {
  kind: DeclarationKind;
  mode: DeclarationMode;
  /** the exporter is enrolled in inspect-then-stuff (先查验后装箱): customs inspects at its factory */
  inspectThenStuff?: boolean;
}

export interface DeclarationContext {
  kind: DeclarationKind;
  mode: DeclarationMode;
  inspectThenStuff: boolean;
  /** duty or VAT payable, as the declarant self-assessed it (自报自缴) in the last filing */
  taxPayable: boolean;
  /** how the tax due was settled before release */
  taxSettlement: 'paid' | 'guaranteed' | null;
  lane: Lane | null;
  rejectionReason: string | null;
  inspectionFinding: string | null;
  refusalReason: string | null;
  deletionReason: string | null;
  /** 提前申报: customs accepts only once the manifest (舱单) is on file; standard filings have it */
  manifestOnFile: boolean;
  /** 提前申报: release waits for the goods' arrival (运抵); standard filings are made after it */
  arrived: boolean;
  /** 两步申报: when the conveyance declared entry, and the due date of the complete declaration */
  conveyanceDeclaredAt: string | null;
  completeDueBy: string | null;
  completeDeclaredAt: string | null;
  conformityAction: ConformityAction | null;
  conformityFinding: string | null;
  /** the electronic lock on the container: fitted after a factory inspection, or the transit seal */
  elockId: string | null;
  alarm: string | null;
  /** where a declaration held for reinspection returns when the reinspection passes */
  heldFrom: 'released' | 'sealed' | null;
  originOffice: string | null;
  destinationOffice: string | null;
  transitDeadline: string | null;
  overdue: boolean;
}

/** Why the service must not create a declaration from `input`, or null when it may. */
export function declarationInputRefusal(input: DeclarationInput): string | null {
  if (!(DECLARATION_KINDS as readonly string[]).includes(input.kind)) return `'${String(input.kind)}' is not a declaration kind`;
  if (!(DECLARATION_MODES as readonly string[]).includes(input.mode)) return `'${String(input.mode)}' is not a declaration mode`;
  if (input.mode === 'twoStep' && input.kind !== 'import') return 'two-step declaration (两步申报) is for imports only';
  if (input.kind === 'transit' && input.mode !== 'standard') return 'a transit (转关) is declared in standard mode only';
  if (input.inspectThenStuff && input.kind !== 'export') return 'inspect-then-stuff (先查验后装箱) is for exports only';
  return null;
}

export function initialDeclarationContext(input: DeclarationInput): DeclarationContext {
  // Only an advance declaration is filed before the manifest and the goods are there.
  const filedAfterArrival = input.mode !== 'advance';
  return {
    kind: input.kind,
    mode: input.mode,
    inspectThenStuff: input.inspectThenStuff ?? false,
    taxPayable: false,
    taxSettlement: null,
    lane: null,
    rejectionReason: null,
    inspectionFinding: null,
    refusalReason: null,
    deletionReason: null,
    manifestOnFile: filedAfterArrival,
    arrived: filedAfterArrival,
    conveyanceDeclaredAt: null,
    completeDueBy: null,
    completeDeclaredAt: null,
    conformityAction: null,
    conformityFinding: null,
    elockId: null,
    alarm: null,
    heldFrom: null,
    originOffice: null,
    destinationOffice: null,
    transitDeadline: null,
    overdue: false,
  };
}

/** `by` is the acting party's id and `role` its role; the service has already authenticated both. */
type Acting<T extends string, P = unknown> = { type: T; by: string; role: DeclarationRole } & P;

export type DeclarationEvent =
  // the declarant
  | Acting<'SUBMIT', { taxPayable: boolean }>
  | Acting<'RESUBMIT', { taxPayable: boolean }>
  | Acting<'DELETE', { reason: string }>
  | Acting<'DECLARE_SUMMARY', { conveyanceDeclaredAt: string; completeDueBy: string }>
  | Acting<'COMPLETE_DECLARATION', { at: string; taxPayable: boolean }>
  | Acting<'TRANSIT_DECLARED', { originOffice: string; destinationOffice: string; deadline: string }>
  | Acting<'PAY'>
  | Acting<'GUARANTEE'>
  // customs
  | Acting<'ACCEPT'>
  | Acting<'REJECT', { reason: string }>
  | Acting<'ASSESS_RISK'>
  | Acting<'ASSIGN_LANE', { lane: Lane }>
  | Acting<'REVIEW_PASSED'>
  | Acting<'ORDER_INSPECTION'>
  | Acting<'INSPECTION_PASSED'>
  | Acting<'INSPECTION_FAILED', { reason: string }>
  | Acting<'FACTORY_INSPECTED', { elockId: string }>
  | Acting<'RELEASE_AFTER_CORRECTION'>
  | Acting<'REFUSE', { reason: string }>
  | Acting<'RELEASE'>
  | Acting<'RELEASE_FOR_PICKUP'>
  | Acting<'RELEASE_FROM_PORT'>
  | Acting<'CONFORMITY_PASSED'>
  | Acting<'CONFORMITY_FAILED', { action: ConformityAction; reason: string }>
  | Acting<'CLOSE'>
  | Acting<'MANIFEST_FILED'>
  | Acting<'ARRIVED'>
  | Acting<'ELOCK_ALARM', { elockId: string; reason: string }>
  | Acting<'REINSPECTION_PASSED'>
  | Acting<'SEALED', { elockId: string }>
  | Acting<'ARRIVED_AT_DESTINATION'>
  | Acting<'TRANSIT_CLOSED'>
  | Acting<'FLAG_OVERDUE'>;

export type DeclarationEventType = DeclarationEvent['type'];

interface EventRule {
  role: DeclarationRole;
  /** completes "only customs ..." / "only the declarant ..." */
  does: string;
  /** completes "cannot ...: the declaration ..." */
  doing: string;
}

/**
 * Who sends each event. The carrier's manifest and the port's arrival report (运抵报告) reach the
 * single window through customs, so customs records them.
 */
export const DECLARATION_EVENTS: Readonly<Record<DeclarationEventType, EventRule>> = {
  SUBMIT: { role: 'declarant', does: 'submits a declaration', doing: 'submit it' },
  RESUBMIT: { role: 'declarant', does: 'resubmits a corrected declaration', doing: 'resubmit it' },
  DELETE: { role: 'declarant', does: 'deletes a declaration', doing: 'delete it' },
  DECLARE_SUMMARY: { role: 'declarant', does: 'files a summary declaration', doing: 'file a summary declaration' },
  COMPLETE_DECLARATION: { role: 'declarant', does: 'files a complete declaration', doing: 'file the complete declaration' },
  TRANSIT_DECLARED: { role: 'declarant', does: 'declares a transit', doing: 'declare a transit' },
  PAY: { role: 'declarant', does: 'pays duty and tax', doing: 'pay duty and tax' },
  GUARANTEE: { role: 'declarant', does: 'lodges a guarantee for duty and tax', doing: 'lodge a guarantee' },
  ACCEPT: { role: 'customs', does: 'accepts a declaration', doing: 'accept it' },
  REJECT: { role: 'customs', does: 'returns a declaration for correction', doing: 'return it for correction' },
  ASSESS_RISK: { role: 'customs', does: 'assesses the risk of a declaration', doing: 'start the risk assessment' },
  ASSIGN_LANE: { role: 'customs', does: 'assigns a declaration its lane', doing: 'assign a lane' },
  REVIEW_PASSED: { role: 'customs', does: 'passes a document review', doing: 'pass a document review' },
  ORDER_INSPECTION: { role: 'customs', does: 'orders a physical inspection', doing: 'order a physical inspection' },
  INSPECTION_PASSED: { role: 'customs', does: 'passes an inspection', doing: 'pass an inspection' },
  INSPECTION_FAILED: { role: 'customs', does: 'fails an inspection', doing: 'fail an inspection' },
  FACTORY_INSPECTED: { role: 'customs', does: 'inspects goods at the factory', doing: 'record a factory inspection' },
  RELEASE_AFTER_CORRECTION: { role: 'customs', does: 'releases held goods after correction', doing: 'release held goods after correction' },
  REFUSE: { role: 'customs', does: 'refuses goods', doing: 'refuse the goods' },
  RELEASE: { role: 'customs', does: 'releases a declaration', doing: 'release the goods' },
  RELEASE_FOR_PICKUP: { role: 'customs', does: 'releases goods for pickup', doing: 'release the goods for pickup' },
  RELEASE_FROM_PORT: { role: 'customs', does: 'releases goods from the port', doing: 'release the goods from the port' },
  CONFORMITY_PASSED: { role: 'customs', does: 'passes a conformity assessment', doing: 'pass a conformity assessment' },
  CONFORMITY_FAILED: { role: 'customs', does: 'fails a conformity assessment', doing: 'fail a conformity assessment' },
  CLOSE: { role: 'customs', does: 'closes a declaration', doing: 'close it' },
  MANIFEST_FILED: { role: 'customs', does: 'records the manifest', doing: 'record the manifest' },
  ARRIVED: { role: 'customs', does: "records the goods' arrival", doing: "record the goods' arrival" },
  ELOCK_ALARM: { role: 'customs', does: 'raises an e-lock alarm', doing: 'raise an e-lock alarm' },
  REINSPECTION_PASSED: { role: 'customs', does: 'passes a reinspection', doing: 'pass a reinspection' },
  SEALED: { role: 'customs', does: 'seals a transit', doing: 'seal the transit' },
  ARRIVED_AT_DESTINATION: { role: 'customs', does: "records a transit's arrival at its destination", doing: 'record the arrival at the destination' },
  TRANSIT_CLOSED: { role: 'customs', does: 'closes a transit', doing: 'close the transit' },
  FLAG_OVERDUE: { role: 'customs', does: 'flags a transit overdue', doing: 'flag the transit overdue' },
};

export const DECLARATION_EVENT_TYPES = Object.keys(DECLARATION_EVENTS) as readonly DeclarationEventType[];

/** paid, guaranteed and awaitingRelease all wait for customs to release the goods. */
const RELEASES: readonly DeclarationEventType[] = ['RELEASE', 'RELEASE_FROM_PORT', 'DELETE', 'ARRIVED'];

/**
 * The events each status handles at all; declarationRefusal decides who may send them, and when.
 * An advance declaration's goods can arrive (ARRIVED) in any state before release; its manifest
 * (MANIFEST_FILED) only before acceptance, which needs it.
 */
export const DECLARATION_STATE_EVENTS: Readonly<Record<DeclarationStateName, readonly DeclarationEventType[]>> = {
  draft: ['SUBMIT', 'DECLARE_SUMMARY', 'TRANSIT_DECLARED', 'DELETE', 'MANIFEST_FILED', 'ARRIVED'],
  submitted: ['ACCEPT', 'REJECT', 'DELETE', 'MANIFEST_FILED', 'ARRIVED'],
  rejected: ['RESUBMIT', 'DELETE', 'MANIFEST_FILED', 'ARRIVED'],
  accepted: ['ASSESS_RISK', 'DELETE', 'ARRIVED'],
  riskAssessment: ['ASSIGN_LANE', 'DELETE', 'ARRIVED'],
  documentReview: ['REVIEW_PASSED', 'ORDER_INSPECTION', 'DELETE', 'ARRIVED'],
  // A declaration under inspection, or held after one, cannot be withdrawn by deleting it.
  physicalInspection: ['INSPECTION_PASSED', 'INSPECTION_FAILED', 'FACTORY_INSPECTED', 'ARRIVED'],
  held: ['RELEASE_AFTER_CORRECTION', 'REFUSE', 'ARRIVED'],
  taxDue: ['PAY', 'GUARANTEE', 'DELETE', 'ARRIVED'],
  paid: RELEASES,
  guaranteed: RELEASES,
  awaitingRelease: RELEASES,
  released: ['CLOSE', 'ELOCK_ALARM'],
  releasedFromPort: ['CONFORMITY_PASSED', 'CONFORMITY_FAILED'],
  heldAfterRelease: ['CONFORMITY_PASSED', 'CONFORMITY_FAILED'],
  heldForReinspection: ['REINSPECTION_PASSED', 'REFUSE', 'FLAG_OVERDUE'],
  summaryDeclared: ['ASSIGN_LANE', 'RELEASE_FOR_PICKUP', 'ORDER_INSPECTION', 'REJECT', 'DELETE'],
  releasedForPickup: ['COMPLETE_DECLARATION'],
  transitDeclared: ['SEALED', 'DELETE', 'FLAG_OVERDUE'],
  sealed: ['ARRIVED_AT_DESTINATION', 'ELOCK_ALARM', 'FLAG_OVERDUE'],
  arrivedAtDestination: ['TRANSIT_CLOSED', 'FLAG_OVERDUE'],
  closed: [],
  deleted: [],
  refused: [],
  recalled: [],
};

/** How a status message describes the declaration, completing "the declaration ...". */
const IS: Readonly<Record<DeclarationStateName, string>> = {
  draft: 'is a draft (暂存): nothing has been filed with customs yet',
  submitted: "is submitted (已申报) and awaits customs' acceptance",
  accepted: "is accepted (接单交单) and awaits customs' risk assessment",
  rejected: 'was returned for correction (退单): the declarant must correct and resubmit it',
  riskAssessment: 'is in risk assessment and awaits its lane',
  documentReview: 'is in document review (单证审核, yellow lane)',
  physicalInspection: 'is selected for physical inspection (查验, red lane)',
  held: 'is held after a failed inspection: customs releases it after correction or refuses the goods',
  taxDue: 'awaits payment of duty and tax (缴税), or a guarantee (担保)',
  paid: 'has its duty and tax paid and awaits release',
  guaranteed: 'has its duty and tax secured by a guarantee (担保) and awaits release',
  awaitingRelease: 'is cleared (审结) and awaits release',
  released: 'was released (放行)',
  releasedFromPort: 'was released from the port (两段准入) and awaits its post-release conformity assessment',
  heldAfterRelease: 'is held after release: its goods failed the conformity assessment',
  heldForReinspection: 'is held for reinspection after an e-lock alarm',
  summaryDeclared: 'is a summary declaration (概要申报) awaiting its lane, release for pickup, or an inspection',
  releasedForPickup: 'was released for pickup (两步申报): the declarant must now file the complete declaration',
  transitDeclared: 'is a transit declared at the origin office, awaiting the customs seal',
  sealed: 'is a sealed transit on its way to the destination office',
  arrivedAtDestination: 'is a transit arrived at the destination office, awaiting its closure',
  closed: 'is closed (结关)',
  deleted: 'was deleted (删单)',
  refused: 'was refused (不予放行)',
  recalled: 'was recalled (召回)',
};

/** The states after release: the goods have left customs' control, so nothing can be deleted. */
const AFTER_RELEASE: readonly DeclarationStateName[] = ['released', 'releasedFromPort', 'heldAfterRelease', 'heldForReinspection', 'releasedForPickup'];

const blank = (s: string | null | undefined): boolean => typeof s !== 'string' || s.trim() === '';
const notADate = (s: string): boolean => blank(s) || Number.isNaN(Date.parse(s));

/** Whether a two-step declaration is still at its summary stage (before the complete declaration). */
const atSummary = (context: DeclarationContext): boolean => context.mode === 'twoStep' && context.completeDeclaredAt === null;

/**
 * The state a clearance (a lane, a review, an inspection) leads to: tax first when any is due. An
 * inspection of a two-step summary returns to the summary, which customs then releases for pickup.
 */
function cleared(context: DeclarationContext): DeclarationStateName {
  if (atSummary(context)) return 'summaryDeclared';
  return context.taxPayable ? 'taxDue' : 'awaitingRelease';
}

/**
 * The state `event` takes a declaration in `state` to, if declarationRefusal allows it. Events
 * that only record something (MANIFEST_FILED, ARRIVED, FLAG_OVERDUE) leave it where it is.
 */
export function declarationTarget(state: DeclarationStateName, context: DeclarationContext, event: DeclarationEvent): DeclarationStateName {
  switch (event.type) {
    case 'SUBMIT':
    case 'COMPLETE_DECLARATION':
      return 'submitted';
    case 'RESUBMIT':
      // A returned summary is corrected as a summary; after pickup only the complete one can be returned.
      return atSummary(context) ? 'summaryDeclared' : 'submitted';
    case 'DECLARE_SUMMARY':
      return 'summaryDeclared';
    case 'TRANSIT_DECLARED':
      return 'transitDeclared';
    case 'DELETE':
      return 'deleted';
    case 'PAY':
      return 'paid';
    case 'GUARANTEE':
      return 'guaranteed';
    case 'ACCEPT':
      return 'accepted';
    case 'REJECT':
      return 'rejected';
    case 'ASSESS_RISK':
      return 'riskAssessment';
    case 'ASSIGN_LANE':
      if (event.lane === 'yellow') return 'documentReview';
      if (event.lane === 'red') return 'physicalInspection';
      return cleared(context);
    case 'REVIEW_PASSED':
    case 'INSPECTION_PASSED':
    case 'FACTORY_INSPECTED':
    case 'RELEASE_AFTER_CORRECTION':
      return cleared(context);
    case 'ORDER_INSPECTION':
      return 'physicalInspection';
    case 'INSPECTION_FAILED':
      return 'held';
    case 'REFUSE':
      return 'refused';
    case 'RELEASE':
      return 'released';
    case 'RELEASE_FOR_PICKUP':
      return 'releasedForPickup';
    case 'RELEASE_FROM_PORT':
      return 'releasedFromPort';
    case 'CONFORMITY_PASSED':
    case 'CLOSE':
    case 'TRANSIT_CLOSED':
      return 'closed';
    case 'CONFORMITY_FAILED':
      return event.action === 'recall' ? 'recalled' : 'heldAfterRelease';
    case 'ELOCK_ALARM':
      return 'heldForReinspection';
    case 'REINSPECTION_PASSED':
      return context.heldFrom ?? state;
    case 'SEALED':
      return 'sealed';
    case 'ARRIVED_AT_DESTINATION':
      return 'arrivedAtDestination';
    case 'MANIFEST_FILED':
    case 'ARRIVED':
    case 'FLAG_OVERDUE':
      return state;
    default:
      return unknownEvent(event);
  }
}

function unknownEvent(event: never): never {
  throw new Error(`'${String((event as { type?: unknown }).type)}' is not a declaration event`);
}

/**
 * Why `event` may not be applied to a declaration in `state` with `context`, or null when it may.
 * Checks run from the actor's role (a declarant can never release, whatever the status) to the
 * status, then the kind, mode and record so far, and last the payload.
 */
export function declarationRefusal(state: DeclarationStateName, context: DeclarationContext, event: DeclarationEvent): string | null {
  const rule = DECLARATION_EVENTS[event.type] as EventRule | undefined;
  if (rule === undefined) return `'${String((event as { type?: unknown }).type)}' is not a declaration event`;
  if (blank(event.by)) return 'every declaration event must name the party that sends it';
  if (event.role !== 'declarant' && event.role !== 'customs') return `'${String(event.role)}' is not a declaration role: it is 'declarant' or 'customs'`;
  if (event.role !== rule.role) return `only ${rule.role === 'customs' ? 'customs' : 'the declarant'} ${rule.does}`;
  const notHere = statusRefusal(state, event.type);
  if (notHere !== null) return notHere;
  return conditionRefusal(context, event);
}

/** Whether the status handles the event at all (the machine's `on` tables say the same). */
function statusRefusal(state: DeclarationStateName, type: DeclarationEventType): string | null {
  const handled = DECLARATION_STATE_EVENTS[state] as readonly DeclarationEventType[] | undefined;
  if (handled === undefined) return `'${String(state)}' is not a declaration status`;
  if (handled.includes(type)) return null;
  if (FINAL_DECLARATION_STATES.includes(state)) return `the declaration ${IS[state]}: no action is possible`;
  if (type === 'DELETE') {
    if (AFTER_RELEASE.includes(state)) return `the declaration ${IS[state]}: it can no longer be deleted, since its goods have left customs' control`;
    if (state === 'physicalInspection' || state === 'held') return `the declaration ${IS[state]}: it cannot be deleted until customs has finished with the inspection`;
    if (state === 'sealed' || state === 'arrivedAtDestination') return `the declaration ${IS[state]}: a sealed transit can no longer be deleted`;
  }
  if (type === 'RESUBMIT') return `cannot resubmit it: only a declaration returned for correction (退单) is resubmitted, and this one ${IS[state]}`;
  return `cannot ${DECLARATION_EVENTS[type].doing}: the declaration ${IS[state]}`;
}

const ADVANCE = '提前申报';

// 两步申报 inspections happen on the summary, before pickup, never on the complete declaration.
const redAfterPickup =
  'the goods of a two-step declaration (两步申报) were released for pickup: customs inspects them at the summary stage, not on the complete declaration';

/** The rules that depend on the declaration's kind, mode and record, and on the payload. */
function conditionRefusal(c: DeclarationContext, event: DeclarationEvent): string | null {
  const pickedUp = c.mode === 'twoStep' && c.completeDeclaredAt !== null;
  switch (event.type) {
    case 'SUBMIT':
      if (c.kind === 'transit') return 'a transit (转关) is declared at its origin office (TRANSIT_DECLARED), not submitted';
      if (c.mode === 'twoStep') return 'a two-step declaration (两步申报) starts with its summary declaration (DECLARE_SUMMARY)';
      return taxFlag(event.taxPayable);
    case 'RESUBMIT':
      return taxFlag(event.taxPayable);
    case 'DECLARE_SUMMARY':
      if (c.mode !== 'twoStep') return 'only a two-step declaration (两步申报) has a summary declaration';
      if (notADate(event.conveyanceDeclaredAt)) return "a summary declaration must give when the conveyance declared entry, as a date";
      if (notADate(event.completeDueBy)) return 'a summary declaration must give the due date of the complete declaration';
      if (Date.parse(event.completeDueBy) < Date.parse(event.conveyanceDeclaredAt)) {
        return 'the complete declaration cannot be due before the conveyance declared entry';
      }
      return null;
    case 'COMPLETE_DECLARATION':
      return notADate(event.at) ? 'a complete declaration must give when it was filed, as a date' : taxFlag(event.taxPayable);
    case 'TRANSIT_DECLARED':
      if (c.kind !== 'transit') return `an ${c.kind} declaration is not a transit (转关): it is submitted (SUBMIT)`;
      if (blank(event.originOffice) || blank(event.destinationOffice)) return 'a transit must name its origin and destination customs offices';
      if (event.originOffice === event.destinationOffice) return 'a transit must end at another customs office than the one it starts from';
      if (notADate(event.deadline)) return 'a transit must give the deadline for its arrival, as a date';
      return null;
    case 'DELETE':
      if (pickedUp) return "the goods were released for pickup (两步申报): the declaration can no longer be deleted, since its goods have left customs' control";
      return blank(event.reason) ? 'a deletion (删单) must give its reason' : null;
    case 'ACCEPT':
      return c.manifestOnFile ? null : `an advance declaration (${ADVANCE}) can be accepted only once the manifest (舱单) is on file`;
    case 'REJECT':
      return blank(event.reason) ? 'a declaration returned for correction must say what to correct' : null;
    case 'ASSIGN_LANE':
      if (!(LANES as readonly string[]).includes(event.lane)) return `'${String(event.lane)}' is not a lane: it is green, yellow or red`;
      if (event.lane === 'red' && pickedUp) return redAfterPickup;
      // A summary is selected once; its complete declaration gets a selection of its own.
      return atSummary(c) && c.lane !== null ? `the summary declaration already has its lane (${c.lane})` : null;
    case 'ORDER_INSPECTION':
      if (pickedUp) return redAfterPickup;
      return atSummary(c) && c.lane === 'red' ? 'the summary declaration was already inspected: customs releases it for pickup or returns it' : null;
    case 'INSPECTION_PASSED':
    case 'INSPECTION_FAILED':
      // 先查验后装箱 inspects at the factory, before the goods travel to the port.
      if (!c.arrived && !c.inspectThenStuff) return `the goods have not arrived (${ADVANCE}): customs inspects them only once they are there (运抵)`;
      return event.type === 'INSPECTION_FAILED' && blank(event.reason) ? 'a failed inspection must record what was found' : null;
    case 'FACTORY_INSPECTED':
      if (!c.inspectThenStuff) return 'only the goods of an exporter enrolled in inspect-then-stuff (先查验后装箱) are inspected at its factory';
      return blank(event.elockId) ? 'a factory inspection must record the e-lock (电子锁) that seals the stuffed container' : null;
    case 'REFUSE':
      return blank(event.reason) ? 'a refusal must give its reason' : null;
    case 'RELEASE_FOR_PICKUP':
      // Pickup before the complete declaration is the reform's point, not a way around selection.
      return c.lane === null ? 'customs selects the summary declaration for its lane (risk assessment) before releasing its goods for pickup' : null;
    case 'RELEASE':
      return c.arrived ? null : `an advance declaration (${ADVANCE}) is released only once its goods have arrived (运抵)`;
    case 'RELEASE_FROM_PORT':
      if (c.kind !== 'import') return 'two-stage admission (两段准入) is for imports: an export is released (RELEASE)';
      if (pickedUp) return 'the goods of a two-step declaration (两步申报) left the port at pickup: they are released (RELEASE), not released from the port';
      return c.arrived ? null : `an advance declaration (${ADVANCE}) is released only once its goods have arrived (运抵)`;
    case 'CONFORMITY_FAILED':
      if (event.action !== 'recall' && event.action !== 'hold') return `'${String(event.action)}' is not a conformity action: it is recall or hold`;
      if (blank(event.reason)) return 'a failed conformity assessment must record what was found';
      return event.action === 'hold' && c.conformityAction === 'hold' ? 'the goods are already held after release: customs can pass them or recall them' : null;
    case 'MANIFEST_FILED':
      if (c.mode !== 'advance') return `only an advance declaration (${ADVANCE}) waits for its manifest: this one was filed with the manifest on file`;
      return c.manifestOnFile ? 'the manifest is already on file' : null;
    case 'ARRIVED':
      if (c.mode !== 'advance') return `only an advance declaration (${ADVANCE}) waits for its goods: this one was filed after they arrived`;
      return c.arrived ? 'the goods have already arrived' : null;
    case 'ELOCK_ALARM':
      if (c.elockId === null) return 'no e-lock (电子锁) seals the container of this declaration';
      if (event.elockId !== c.elockId) return `the alarm comes from e-lock ${event.elockId}, but this declaration's container is sealed with e-lock ${c.elockId}`;
      return blank(event.reason) ? 'an e-lock alarm must say what the lock reported' : null;
    case 'SEALED':
      return blank(event.elockId) ? 'a sealed transit must record the e-lock (电子锁) on its container' : null;
    case 'FLAG_OVERDUE':
      // Held for reinspection from a sealed transit is still an open transit; from an export it is not.
      if (c.kind !== 'transit') return 'only a transit (转关) has an arrival deadline to overrun';
      return c.overdue ? 'the transit is already flagged overdue' : null;
    case 'PAY':
    case 'GUARANTEE':
    case 'ASSESS_RISK':
    case 'REVIEW_PASSED':
    case 'RELEASE_AFTER_CORRECTION':
    case 'CONFORMITY_PASSED':
    case 'CLOSE':
    case 'REINSPECTION_PASSED':
    case 'ARRIVED_AT_DESTINATION':
    case 'TRANSIT_CLOSED':
      return null;
    default:
      return unknownEvent(event);
  }
}

function taxFlag(taxPayable: unknown): string | null {
  return typeof taxPayable === 'boolean' ? null : 'a filing must say whether duty or tax is payable (自报自缴: the declarant self-assesses it)';
}
