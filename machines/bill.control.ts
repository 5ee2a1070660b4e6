/**
 * The rules of the 一单制 multimodal bill: which party may do what, in which status.
 *
 * Status names are DCSA eBL 3.0.3 `transportDocumentStatus` values. Control follows TradeTrust's
 * title escrow (beneficiary = title owner, holder = in control, nominee = proposed next owner) and
 * MLETR (one holder at a time, with exclusive control); a pledge makes the bank the holder with a
 * lien. Every rule lives in billRefusal, which the machine's guards call, so the message the
 * service shows and the guard that refuses can never disagree.
 * Pure: no clock, no I/O. The acting party (`by`) travels in every event.
 */

/** Every state of the bill machine: the DCSA eBL 3.0.3 statuses, as stored in `state`. */
export const BILL_STATES = [
  'DRAFT',
  'APPROVED',
  'ISSUED',
  'PENDING_SURRENDER_FOR_AMENDMENT',
  'SURRENDERED_FOR_AMENDMENT',
  'PENDING_SURRENDER_FOR_DELIVERY',
  'SURRENDERED_FOR_DELIVERY',
  'VOIDED',
] as const;
export type BillStateName = (typeof BILL_STATES)[number];

/** straight = non-negotiable, consigned to a named party; toOrder = negotiable (DCSA isToOrder). */
export type BillType = 'straight' | 'toOrder';

export interface BillContext {
  billType: BillType;
  /** the multimodal transport operator who issues the bill and answers surrenders */
  issuerId: string;
  shipperId: string;
  /** the named consignee of a straight bill; for a to-order bill only a notify party, if any */
  consigneeId: string | null;
  /** the title owner; null before issue and while the bill is endorsed in blank (bearer) */
  beneficiaryId: string | null;
  /** the one party in control (possession); null before issue */
  holderId: string | null;
  /** the endorsee who has not yet accepted or rejected the endorsement */
  nomineeId: string | null;
  /** the bank holding the bill with a lien, and the owner who pledged it */
  pledgeeId: string | null;
  pledgorId: string | null;
  blankEndorsed: boolean;
  /** who asked for the pending (or accepted) surrender: the amended bill is reissued to them */
  surrenderRequestedBy: string | null;
  voidReason: string | null;
  /** set on a bill that replaces an amended one: issue gives it to this party, not the shipper */
  reissueToId: string | null;
}

/** What the service supplies when it creates a draft bill. */
export interface BillInput {
  billType: BillType;
  issuerId: string;
  shipperId: string;
  consigneeId?: string | null;
  /** an amended bill is issued to whoever surrendered the bill it replaces */
  reissueToId?: string | null;
}

export function initialBillContext(input: BillInput): BillContext {
  return {
    billType: input.billType,
    issuerId: input.issuerId,
    shipperId: input.shipperId,
    consigneeId: input.consigneeId ?? null,
    beneficiaryId: null,
    holderId: null,
    nomineeId: null,
    pledgeeId: null,
    pledgorId: null,
    blankEndorsed: false,
    surrenderRequestedBy: null,
    voidReason: null,
    reissueToId: input.reissueToId ?? null,
  };
}

/** `by` is the acting party's id; the service has already authenticated it. */
export type BillEvent =
  | { type: 'APPROVE'; by: string }
  | { type: 'ISSUE'; by: string }
  | { type: 'VOID'; by: string; reason: string }
  | { type: 'TRANSFER'; by: string; to: string }
  | { type: 'ENDORSE'; by: string; to: string }
  | { type: 'ENDORSE_TO_ORDER'; by: string; to: string }
  | { type: 'ACCEPT_ENDORSEMENT'; by: string }
  | { type: 'REJECT_ENDORSEMENT'; by: string }
  | { type: 'BLANK_ENDORSE'; by: string }
  | { type: 'PLEDGE'; by: string; bank: string }
  | { type: 'RELEASE_PLEDGE'; by: string }
  | { type: 'ENFORCE_PLEDGE'; by: string }
  | { type: 'SURRENDER_FOR_DELIVERY'; by: string }
  | { type: 'SURRENDER_FOR_AMENDMENT'; by: string }
  | { type: 'ACCEPT_SURRENDER'; by: string }
  | { type: 'REJECT_SURRENDER'; by: string; reason: string };

export type BillEventType = BillEvent['type'];

export const BILL_EVENT_TYPES: readonly BillEventType[] = [
  'APPROVE',
  'ISSUE',
  'VOID',
  'TRANSFER',
  'ENDORSE',
  'ENDORSE_TO_ORDER',
  'ACCEPT_ENDORSEMENT',
  'REJECT_ENDORSEMENT',
  'BLANK_ENDORSE',
  'PLEDGE',
  'RELEASE_PLEDGE',
  'ENFORCE_PLEDGE',
  'SURRENDER_FOR_DELIVERY',
  'SURRENDER_FOR_AMENDMENT',
  'ACCEPT_SURRENDER',
  'REJECT_SURRENDER',
];

/**
 * The roles that act on bills, in the order the history names them. Trainers and auditors read
 * bills but never act on them; carriers, customs and insurers do not hold title.
 */
export const BILL_ACTING_ROLES = ['forwarder', 'bank', 'exporter', 'importer', 'consolidator'] as const;

/** Who may receive a bill: a trading party; a pledge only a bank. */
export const BILL_HOLDER_ROLES = ['exporter', 'importer', 'consolidator', 'forwarder', 'bank'] as const;

/**
 * The party an action hands the bill (or its control) to, as DCSA's endorsement chain records it:
 * the named recipient, the first holder at issue (the shipper, or the surrenderer of the bill an
 * amended one replaces), the issuer for a surrender, the pledgor when a pledge is released; null
 * where DCSA records no party. Read before the event is applied.
 */
export function billRecipient(event: BillEvent, context: BillContext): string | null {
  if ('to' in event) return event.to;
  if ('bank' in event) return event.bank;
  switch (event.type) {
    case 'ISSUE':
      return context.reissueToId ?? context.shipperId;
    case 'SURRENDER_FOR_DELIVERY':
    case 'SURRENDER_FOR_AMENDMENT':
      return context.issuerId;
    case 'RELEASE_PLEDGE':
      return context.pledgorId;
    default:
      return null;
  }
}

/** What each event does, completing "only the holder (party X) may ...". */
const DOING: Readonly<Record<BillEventType, string>> = {
  APPROVE: 'approve this bill',
  ISSUE: 'issue this bill',
  VOID: 'void this bill',
  TRANSFER: 'transfer this bill',
  ENDORSE: 'endorse this bill',
  ENDORSE_TO_ORDER: 'endorse this bill to order',
  ACCEPT_ENDORSEMENT: 'accept the endorsement of this bill',
  REJECT_ENDORSEMENT: 'reject the endorsement of this bill',
  BLANK_ENDORSE: 'endorse this bill in blank',
  PLEDGE: 'pledge this bill',
  RELEASE_PLEDGE: 'release the pledge on this bill',
  ENFORCE_PLEDGE: 'enforce the pledge on this bill',
  SURRENDER_FOR_DELIVERY: 'surrender this bill for delivery',
  SURRENDER_FOR_AMENDMENT: 'surrender this bill for amendment',
  ACCEPT_SURRENDER: 'accept the surrender of this bill',
  REJECT_SURRENDER: 'reject the surrender of this bill',
};

const blank = (s: string | null | undefined): boolean => !s || s.trim() === '';

/**
 * Why `event` may not be applied to a bill in `state` with `context`, or null when it may.
 * Checks run from the bill's own condition (status, pledge, pending endorsement) to the actor and
 * then the payload, so the message names the most fundamental obstacle. `handled`: whether the
 * status handles the event at all (bill.machine's BILL_STATE_EVENTS, read from its `on` tables).
 */
export function billControlRefusal(state: BillStateName, context: BillContext, event: BillEvent, handled: boolean): string | null {
  const notHere = handled ? null : statusRefusal(state, context, event);
  if (notHere !== null) return notHere;
  switch (event.type) {
    case 'APPROVE':
      return (
        onlyParty('shipper', context.shipperId, event) ??
        (context.billType === 'straight' && blank(context.consigneeId) ? 'a straight bill must name its consignee before it can be approved' : null)
      );
    case 'ISSUE':
      return (
        onlyParty('issuer', context.issuerId, event) ??
        (context.billType === 'straight' && blank(context.consigneeId) ? 'a straight bill must name its consignee before it can be issued' : null)
      );
    case 'VOID':
      return onlyParty('issuer', context.issuerId, event) ?? (blank(event.reason) ? 'a reason is required to void a bill' : null);
    case 'TRANSFER':
      return transferRefusal(context, event);
    case 'ENDORSE':
    case 'ENDORSE_TO_ORDER':
    case 'BLANK_ENDORSE':
      return endorseRefusal(context, event);
    case 'ACCEPT_ENDORSEMENT':
    case 'REJECT_ENDORSEMENT':
      if (context.nomineeId === null) return 'no endorsement of this bill is pending';
      return onlyParty('nominee', context.nomineeId, event);
    case 'PLEDGE':
      return pledgeRefusal(context, event);
    case 'RELEASE_PLEDGE':
    case 'ENFORCE_PLEDGE':
      if (context.pledgeeId === null) return 'the bill is not pledged';
      return onlyParty('pledgee', context.pledgeeId, event, 'bank');
    case 'SURRENDER_FOR_DELIVERY':
    case 'SURRENDER_FOR_AMENDMENT':
      return surrenderRefusal(context, event);
    case 'ACCEPT_SURRENDER':
      return onlyParty('issuer', context.issuerId, event);
    case 'REJECT_SURRENDER':
      // EBL_SUR_v3.0.3.yaml:778-781: comments "Must be provided for rejections".
      return onlyParty('issuer', context.issuerId, event) ?? (blank(event.reason) ? 'a rejected surrender must give its reason' : null);
    default:
      return unknownEvent(event);
  }
}

function unknownEvent(event: never): string {
  return `'${(event as { type?: unknown }).type}' is not a bill event`;
}

function onlyParty(role: string, id: string, event: BillEvent, kind = 'party'): string | null {
  return event.by === id ? null : `only the ${role} (${kind} ${id}) may ${DOING[event.type]}`;
}

/** Why a status that does not handle the event refuses it (the machine's `on` tables say which it handles). */
function statusRefusal(state: BillStateName, context: BillContext, event: BillEvent): string | null {
  const type = event.type;
  switch (state) {
    case 'VOIDED':
      return 'the bill is VOIDED: no action is possible';
    case 'SURRENDERED_FOR_DELIVERY':
      return 'the bill is SURRENDERED_FOR_DELIVERY: its lifecycle is complete and no action is possible';
    case 'DRAFT':
      if (type === 'ISSUE') return 'the bill is a DRAFT: the shipper must approve it before it can be issued';
      return `the bill is a DRAFT: it must be approved and issued before anyone can ${DOING[type]}`;
    case 'APPROVED':
      if (type === 'APPROVE') return 'the bill is already APPROVED';
      return `the bill is APPROVED but not yet issued: nobody can ${DOING[type]} until the issuer issues it`;
    case 'ISSUED':
      if (type === 'APPROVE' || type === 'ISSUE') return 'the bill is already ISSUED';
      if (type === 'VOID') return 'an ISSUED bill cannot be voided: its holder must first surrender it for amendment, and the issuer accept the surrender';
      return 'no surrender of this bill is pending';
    case 'PENDING_SURRENDER_FOR_AMENDMENT':
    case 'PENDING_SURRENDER_FOR_DELIVERY':
      return `the bill is ${state} (requested by party ${context.surrenderRequestedBy}): nothing can be done until the issuer accepts or rejects the surrender`;
    case 'SURRENDERED_FOR_AMENDMENT':
      return 'the bill is SURRENDERED_FOR_AMENDMENT: the issuer can only void it (an amended bill is then issued under a new sub-reference)';
    default:
      return `'${String(state)}' is not a bill status`;
  }
}

/**
 * A pledged bill is frozen (MLETR exclusive control: the bank's lien): nobody moves it on until
 * the bank releases it, or enforces the pledge and so becomes the owner itself.
 */
function pledgeLock(context: BillContext, by: string): string | null {
  const bank = context.pledgeeId;
  if (bank === null) return null;
  if (by === bank) {
    return `bank ${bank} holds this bill as pledgee, with a lien: it must enforce the pledge to take title before it can transfer, endorse or surrender the bill`;
  }
  return `the bill is pledged to bank ${bank}: it cannot be transferred, endorsed or surrendered until the bank releases it`;
}

/** Between ENDORSE and the nominee's answer nothing else may happen, or the answer would undo it. */
function endorsementLock(context: BillContext): string | null {
  if (context.nomineeId === null) return null;
  return `the bill is endorsed to party ${context.nomineeId}, who has not yet accepted or rejected it: nothing else can be done with the bill until then`;
}

/** The holder must also be the title owner (TradeTrust: holder and beneficiary act together). */
function ownerInControl(context: BillContext, event: BillEvent): string | null {
  const { holderId, beneficiaryId } = context;
  if (event.by === holderId && event.by === beneficiaryId) return null;
  if (holderId === beneficiaryId) return `only the holder and owner (party ${holderId}) may ${DOING[event.type]}`;
  return `only a holder who also owns the bill may ${DOING[event.type]}: party ${holderId} holds it but party ${beneficiaryId} owns it`;
}

const STRAIGHT_NOT_ENDORSABLE = (context: BillContext): string =>
  `a straight bill is not endorsable: it passes only to its named consignee (party ${context.consigneeId}), by transfer`;

function transferRefusal(context: BillContext, event: Extract<BillEvent, { type: 'TRANSFER' }>): string | null {
  const locked = pledgeLock(context, event.by) ?? endorsementLock(context) ?? onlyParty('holder', context.holderId ?? '-', event);
  if (locked !== null) return locked;
  if (blank(event.to)) return 'a transfer must name the party that receives the bill';
  if (event.to === context.holderId) return `party ${event.to} already holds this bill`;
  if (context.billType === 'straight' && event.to !== context.consigneeId) {
    return `a straight bill can only be transferred to its named consignee (party ${context.consigneeId})`;
  }
  return null;
}

function endorseRefusal(context: BillContext, event: Extract<BillEvent, { type: 'ENDORSE' | 'ENDORSE_TO_ORDER' | 'BLANK_ENDORSE' }>): string | null {
  if (context.billType === 'straight') return STRAIGHT_NOT_ENDORSABLE(context);
  const locked = pledgeLock(context, event.by) ?? endorsementLock(context);
  if (locked !== null) return locked;
  if (context.blankEndorsed) {
    return event.type === 'BLANK_ENDORSE'
      ? 'the bill is already endorsed in blank'
      : 'the bill is endorsed in blank (a bearer bill): it passes by transfer of possession and cannot be endorsed to a named party';
  }
  const owner = ownerInControl(context, event);
  if (owner !== null || event.type === 'BLANK_ENDORSE') return owner;
  if (blank(event.to)) return 'an endorsement must name the endorsee';
  if (event.to === event.by) return `party ${event.by} cannot endorse the bill to itself`;
  return null;
}

function pledgeRefusal(context: BillContext, event: Extract<BillEvent, { type: 'PLEDGE' }>): string | null {
  // A straight bill never passes to anyone but its consignee, so a bank could never enforce a pledge on it.
  if (context.billType === 'straight') return 'a straight bill cannot be pledged: it is not negotiable, so the bank could never take title to it';
  if (context.pledgeeId !== null) {
    return `the bill is already pledged to bank ${context.pledgeeId}: a bill can never be pledged twice, to the same or another bank`;
  }
  const locked = endorsementLock(context) ?? onlyParty('holder', context.holderId ?? '-', event);
  if (locked !== null) return locked;
  if (!context.blankEndorsed && event.by !== context.beneficiaryId) {
    return `only the owner in control may pledge this bill: party ${context.holderId} holds it but party ${context.beneficiaryId} owns it`;
  }
  if (blank(event.bank)) return 'a pledge must name the bank';
  if (event.bank === event.by) return `party ${event.by} cannot pledge the bill to itself`;
  return null;
}

/**
 * EBL_SUR_v3.0.3.yaml:20-24: the surrenderer is the sole possessor; for a straight bill the
 * shipper or the consignee; for a negotiable bill its named titleholder; for a blank bill
 * possession is enough. Delivery under a straight bill goes to the consignee (its beneficiary),
 * so only the consignee surrenders it for delivery; either may surrender it for amendment.
 */
function surrenderRefusal(context: BillContext, event: Extract<BillEvent, { type: 'SURRENDER_FOR_DELIVERY' | 'SURRENDER_FOR_AMENDMENT' }>): string | null {
  const locked = pledgeLock(context, event.by) ?? endorsementLock(context) ?? onlyParty('holder', context.holderId ?? '-', event);
  if (locked !== null) return locked;
  if (context.billType === 'straight') {
    if (event.type === 'SURRENDER_FOR_AMENDMENT' || event.by === context.beneficiaryId) return null;
    return `only the named consignee (party ${context.consigneeId}) may surrender a straight bill for delivery: the holder must first transfer it to the consignee`;
  }
  if (context.blankEndorsed || event.by === context.beneficiaryId) return null;
  return `only a holder who also owns the bill may ${DOING[event.type]}: party ${context.holderId} holds it but party ${context.beneficiaryId} owns it`;
}
