/**
 * The customs declaration 报关单, from draft to closure:
 *   draft → submitted → accepted | rejected (RESUBMIT → submitted) → riskAssessment
 *     → documentReview (yellow) | physicalInspection (red) | green straight on
 *     → taxDue → paid | guaranteed (or awaitingRelease, 审结, when nothing is due) → released → closed
 * with a failed inspection held until customs releases it after correction or refuses it; DELETE
 * by the declarant before release. The reforms branch off it: a two-step summary released for
 * pickup before the complete declaration (两步申报), release from the port pending a conformity
 * assessment (两段准入), an e-lock fitted at a factory inspection whose alarm forces a reinspection
 * (先查验后装箱), and a transit sealed at its origin office and closed at its destination (转关).
 * Every guard calls declarationRefusal and declarationTarget in declaration.control.ts.
 * Pure: no clock, no I/O. Only assign actions: any other named action would become an outbox effect.
 */
import { assertEvent, assign, setup } from 'xstate';
import {
  type DeclarationContext,
  type DeclarationEvent,
  type DeclarationInput,
  type DeclarationStateName,
  declarationRefusal,
  declarationTarget,
  initialDeclarationContext,
} from './declaration.control';

export {
  CHINESE_RECEIPTS,
  DECLARATION_EVENTS,
  DECLARATION_EVENT_TYPES,
  DECLARATION_KINDS,
  DECLARATION_MODES,
  DECLARATION_STATES,
  DECLARATION_STATE_EVENTS,
  FINAL_DECLARATION_STATES,
  LANES,
  declarationInputRefusal,
  declarationRefusal,
  declarationTarget,
  initialDeclarationContext,
} from './declaration.control';
export type {
  ConformityAction,
  DeclarationContext,
  DeclarationEvent,
  DeclarationEventType,
  DeclarationInput,
  DeclarationKind,
  DeclarationMode,
  DeclarationRole,
  DeclarationStateName,
  Lane,
} from './declaration.control';

/** Bump when a change makes stored declaration snapshots unreadable. */
export const DECLARATION_MACHINE_VERSION = 1;

type S = DeclarationStateName;

/** The guard of a transition from `from` to `to`: allowed, and the event really leads there. */
const to = (from: S, target: S) => ({ guard: { type: 'leadsTo' as const, params: { from, to: target } }, target });

/** A transition that stays in `from` and only records something. */
const stay = (from: S) => ({ guard: { type: 'leadsTo' as const, params: { from, to: from } } });

/** Every state a clearance can lead to: tax due, cleared, or back to a two-step summary. */
const clearedFrom = (from: S) => [to(from, 'taxDue'), to(from, 'awaitingRelease'), to(from, 'summaryDeclared')];

/** The arrival of an advance declaration's goods, reportable in every state before release. */
const arrival = (from: S) => ({ ARRIVED: { ...stay(from), actions: 'recordArrival' as const } });

const deletion = (from: S) => ({ DELETE: { ...to(from, 'deleted'), actions: 'recordDeletion' as const } });

/** paid, guaranteed and awaitingRelease all wait for customs to release the goods. */
const release = (from: S) => ({
  RELEASE: to(from, 'released'),
  RELEASE_FROM_PORT: to(from, 'releasedFromPort'),
  ...deletion(from),
  ...arrival(from),
});

export const declarationMachine = setup({
  types: { context: {} as DeclarationContext, events: {} as DeclarationEvent, input: {} as DeclarationInput },
  actions: {
    recordFiling: assign(({ event }) => {
      assertEvent(event, ['SUBMIT', 'RESUBMIT']);
      return { taxPayable: event.taxPayable, rejectionReason: null };
    }),
    recordSummary: assign(({ event }) => {
      assertEvent(event, 'DECLARE_SUMMARY');
      return { conveyanceDeclaredAt: event.conveyanceDeclaredAt, completeDueBy: event.completeDueBy };
    }),
    // The service compares `at` with completeDueBy to count the days late; the machine only keeps it.
    recordCompletion: assign(({ event }) => {
      assertEvent(event, 'COMPLETE_DECLARATION');
      return { completeDeclaredAt: event.at, taxPayable: event.taxPayable };
    }),
    recordTransit: assign(({ event }) => {
      assertEvent(event, 'TRANSIT_DECLARED');
      return { originOffice: event.originOffice, destinationOffice: event.destinationOffice, transitDeadline: event.deadline };
    }),
    recordRejection: assign(({ event }) => {
      assertEvent(event, 'REJECT');
      return { rejectionReason: event.reason };
    }),
    recordDeletion: assign(({ event }) => {
      assertEvent(event, 'DELETE');
      return { deletionReason: event.reason };
    }),
    recordLane: assign(({ event }) => {
      assertEvent(event, 'ASSIGN_LANE');
      return { lane: event.lane };
    }),
    // A document review escalated to an inspection, or an inspected two-step summary, is red.
    recordInspectionOrder: assign({ lane: 'red' as const }),
    recordInspectionFinding: assign(({ event }) => {
      assertEvent(event, 'INSPECTION_FAILED');
      return { inspectionFinding: event.reason };
    }),
    recordElock: assign(({ event }) => {
      assertEvent(event, ['FACTORY_INSPECTED', 'SEALED']);
      return { elockId: event.elockId };
    }),
    recordRefusal: assign(({ event }) => {
      assertEvent(event, 'REFUSE');
      return { refusalReason: event.reason };
    }),
    recordPayment: assign({ taxSettlement: 'paid' as const }),
    recordGuarantee: assign({ taxSettlement: 'guaranteed' as const }),
    recordConformityFailure: assign(({ event }) => {
      assertEvent(event, 'CONFORMITY_FAILED');
      return { conformityAction: event.action, conformityFinding: event.reason };
    }),
    recordManifest: assign({ manifestOnFile: true }),
    recordArrival: assign({ arrived: true }),
    recordAlarm: assign(({ event }, params: { from: 'released' | 'sealed' }) => {
      assertEvent(event, 'ELOCK_ALARM');
      return { alarm: event.reason, heldFrom: params.from };
    }),
    clearAlarm: assign({ alarm: null, heldFrom: null }),
    recordOverdue: assign({ overdue: true }),
  },
  guards: {
    leadsTo: ({ context, event }, params: { from: S; to: S }) =>
      declarationRefusal(params.from, context, event) === null && declarationTarget(params.from, context, event) === params.to,
  },
}).createMachine({
  id: 'declaration',
  initial: 'draft',
  context: ({ input }) => initialDeclarationContext(input),
  states: {
    draft: {
      on: {
        SUBMIT: { ...to('draft', 'submitted'), actions: 'recordFiling' },
        DECLARE_SUMMARY: { ...to('draft', 'summaryDeclared'), actions: 'recordSummary' },
        TRANSIT_DECLARED: { ...to('draft', 'transitDeclared'), actions: 'recordTransit' },
        MANIFEST_FILED: { ...stay('draft'), actions: 'recordManifest' },
        ...deletion('draft'),
        ...arrival('draft'),
      },
    },
    submitted: {
      on: {
        ACCEPT: to('submitted', 'accepted'),
        REJECT: { ...to('submitted', 'rejected'), actions: 'recordRejection' },
        MANIFEST_FILED: { ...stay('submitted'), actions: 'recordManifest' },
        ...deletion('submitted'),
        ...arrival('submitted'),
      },
    },
    rejected: {
      on: {
        RESUBMIT: [
          { ...to('rejected', 'submitted'), actions: 'recordFiling' },
          { ...to('rejected', 'summaryDeclared'), actions: 'recordFiling' },
        ],
        MANIFEST_FILED: { ...stay('rejected'), actions: 'recordManifest' },
        ...deletion('rejected'),
        ...arrival('rejected'),
      },
    },
    accepted: {
      on: { ASSESS_RISK: to('accepted', 'riskAssessment'), ...deletion('accepted'), ...arrival('accepted') },
    },
    riskAssessment: {
      on: {
        ASSIGN_LANE: [
          { ...to('riskAssessment', 'documentReview'), actions: 'recordLane' },
          { ...to('riskAssessment', 'physicalInspection'), actions: 'recordLane' },
          ...clearedFrom('riskAssessment').map((t) => ({ ...t, actions: 'recordLane' as const })),
        ],
        ...deletion('riskAssessment'),
        ...arrival('riskAssessment'),
      },
    },
    documentReview: {
      on: {
        REVIEW_PASSED: clearedFrom('documentReview'),
        ORDER_INSPECTION: { ...to('documentReview', 'physicalInspection'), actions: 'recordInspectionOrder' },
        ...deletion('documentReview'),
        ...arrival('documentReview'),
      },
    },
    physicalInspection: {
      on: {
        INSPECTION_PASSED: clearedFrom('physicalInspection'),
        INSPECTION_FAILED: { ...to('physicalInspection', 'held'), actions: 'recordInspectionFinding' },
        FACTORY_INSPECTED: clearedFrom('physicalInspection').map((t) => ({ ...t, actions: 'recordElock' as const })),
        ...arrival('physicalInspection'),
      },
    },
    held: {
      on: {
        RELEASE_AFTER_CORRECTION: clearedFrom('held'),
        REFUSE: { ...to('held', 'refused'), actions: 'recordRefusal' },
        ...arrival('held'),
      },
    },
    taxDue: {
      on: {
        PAY: { ...to('taxDue', 'paid'), actions: 'recordPayment' },
        GUARANTEE: { ...to('taxDue', 'guaranteed'), actions: 'recordGuarantee' },
        ...deletion('taxDue'),
        ...arrival('taxDue'),
      },
    },
    paid: { on: release('paid') },
    guaranteed: { on: release('guaranteed') },
    awaitingRelease: { on: release('awaitingRelease') },
    released: {
      on: {
        CLOSE: to('released', 'closed'),
        ELOCK_ALARM: { ...to('released', 'heldForReinspection'), actions: { type: 'recordAlarm', params: { from: 'released' } } },
      },
    },
    releasedFromPort: {
      on: {
        CONFORMITY_PASSED: to('releasedFromPort', 'closed'),
        CONFORMITY_FAILED: [
          { ...to('releasedFromPort', 'recalled'), actions: 'recordConformityFailure' },
          { ...to('releasedFromPort', 'heldAfterRelease'), actions: 'recordConformityFailure' },
        ],
      },
    },
    // Rectified goods pass a new assessment; otherwise customs recalls them.
    heldAfterRelease: {
      on: {
        CONFORMITY_PASSED: to('heldAfterRelease', 'closed'),
        CONFORMITY_FAILED: { ...to('heldAfterRelease', 'recalled'), actions: 'recordConformityFailure' },
      },
    },
    heldForReinspection: {
      on: {
        REINSPECTION_PASSED: [
          { ...to('heldForReinspection', 'released'), actions: 'clearAlarm' },
          { ...to('heldForReinspection', 'sealed'), actions: 'clearAlarm' },
        ],
        REFUSE: { ...to('heldForReinspection', 'refused'), actions: 'recordRefusal' },
        FLAG_OVERDUE: { ...stay('heldForReinspection'), actions: 'recordOverdue' },
      },
    },
    // The summary of a two-step declaration is selected like any declaration: a yellow or red
    // lane reviews or inspects it, then it returns here for release for pickup.
    summaryDeclared: {
      on: {
        ASSIGN_LANE: [
          { ...to('summaryDeclared', 'documentReview'), actions: 'recordLane' },
          { ...to('summaryDeclared', 'physicalInspection'), actions: 'recordLane' },
          { ...to('summaryDeclared', 'summaryDeclared'), actions: 'recordLane' },
        ],
        RELEASE_FOR_PICKUP: to('summaryDeclared', 'releasedForPickup'),
        ORDER_INSPECTION: { ...to('summaryDeclared', 'physicalInspection'), actions: 'recordInspectionOrder' },
        REJECT: { ...to('summaryDeclared', 'rejected'), actions: 'recordRejection' },
        ...deletion('summaryDeclared'),
      },
    },
    releasedForPickup: {
      on: { COMPLETE_DECLARATION: { ...to('releasedForPickup', 'submitted'), actions: 'recordCompletion' } },
    },
    transitDeclared: {
      on: {
        SEALED: { ...to('transitDeclared', 'sealed'), actions: 'recordElock' },
        FLAG_OVERDUE: { ...stay('transitDeclared'), actions: 'recordOverdue' },
        ...deletion('transitDeclared'),
      },
    },
    sealed: {
      on: {
        ARRIVED_AT_DESTINATION: to('sealed', 'arrivedAtDestination'),
        ELOCK_ALARM: { ...to('sealed', 'heldForReinspection'), actions: { type: 'recordAlarm', params: { from: 'sealed' } } },
        FLAG_OVERDUE: { ...stay('sealed'), actions: 'recordOverdue' },
      },
    },
    arrivedAtDestination: {
      on: {
        TRANSIT_CLOSED: to('arrivedAtDestination', 'closed'),
        FLAG_OVERDUE: { ...stay('arrivedAtDestination'), actions: 'recordOverdue' },
      },
    },
    closed: { type: 'final' },
    deleted: { type: 'final' },
    refused: { type: 'final' },
    recalled: { type: 'final' },
  },
});
