/**
 * The actions on a declaration the caller may take now: the API lists the events the state
 * accepts (`allowedEvents`); the declarant is offered the declarant's, customs the decisions,
 * each with the inputs the decision takes (a reason, an e-lock, a conformity action). Whether the
 * action then succeeds is the API's to say: its userErrors appear at the input they name.
 */
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../api/use-mutation';
import { type ActionInput, ActionForm } from '../../components/ActionForm';
import type { ApiError } from '../../api/client';
import type { ConformityAction, CustomsDecision, DeclarationQuery } from '../../gql/graphql';
import { Link } from '../../router';
import { useSession } from '../../session';
import {
  AssessDeclarationRiskMutation,
  DeleteDeclarationMutation,
  GuaranteeDeclarationChargesMutation,
  PayDeclarationChargesMutation,
  RecordCustomsDecisionMutation,
  SubmitDeclarationMutation,
} from './operations';

type Declaration = NonNullable<DeclarationQuery['declaration']>;

/** Events recorded with recordCustomsDecision: the enum CustomsDecision spells them as the lifecycle does. */
const DECISIONS: CustomsDecision[] = [
  'ACCEPT', 'REJECT', 'REVIEW_PASSED', 'ORDER_INSPECTION', 'INSPECTION_PASSED', 'INSPECTION_FAILED', 'FACTORY_INSPECTED',
  'RELEASE_AFTER_CORRECTION', 'REFUSE', 'RELEASE', 'RELEASE_FOR_PICKUP', 'RELEASE_FROM_PORT', 'CONFORMITY_PASSED', 'CONFORMITY_FAILED',
  'CLOSE', 'MANIFEST_FILED', 'ARRIVED', 'ELOCK_ALARM', 'REINSPECTION_PASSED', 'SEALED', 'ARRIVED_AT_DESTINATION', 'TRANSIT_CLOSED',
];
/** The inputs each decision takes, as CustomsDecisionInput documents them. */
const NEEDS_REASON = new Set<CustomsDecision>(['REJECT', 'INSPECTION_FAILED', 'REFUSE', 'CONFORMITY_FAILED', 'ELOCK_ALARM']);
const NEEDS_ELOCK = new Set<CustomsDecision>(['FACTORY_INSPECTED', 'SEALED', 'ELOCK_ALARM']);

export function DeclarationActions({ declaration, onChange }: { declaration: Declaration; onChange(): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const submit = useMutation(SubmitDeclarationMutation);
  const pay = useMutation(PayDeclarationChargesMutation);
  const guarantee = useMutation(GuaranteeDeclarationChargesMutation);
  const remove = useMutation(DeleteDeclarationMutation);
  const assess = useMutation(AssessDeclarationRiskMutation);
  if (!me) return null;
  const allowed = new Set(declaration.allowedEvents);
  const isDeclarant = declaration.declarant.id === me.party.id;
  const isCustoms = me.roles.includes('CUSTOMS');
  const number = declaration.number;
  const expectedVersion = declaration.version;
  const reason: ActionInput = { name: 'reason', path: 'input.reason', label: 'customs.page.reason' };

  const forms = [];
  // The declarant's events, each through its own mutation.
  if (isDeclarant) {
    // A draft of a transit or a two-step summary is lodged through submitDeclaration as well.
    if (allowed.has('SUBMIT') || allowed.has('TRANSIT_DECLARED') || allowed.has('DECLARE_SUMMARY')) {
      forms.push(
        <ActionForm key="submit" id="submit" label={t('customs.act.SUBMIT')} {...state(submit)} onDone={onChange}
          run={async () => (await submit.run({ number, expectedVersion }))?.submitDeclaration ?? null} />,
      );
    }
    // A correction or a complete declaration takes a whole content: its own page, prefilled.
    for (const event of ['RESUBMIT', 'COMPLETE_DECLARATION'].filter((e) => allowed.has(e))) {
      forms.push(
        <Link key={event} to={`/customs/${number}/correct`} className="button-link">
          {t(`customs.act.${event}`)}
        </Link>,
      );
    }
    if (allowed.has('PAY')) {
      forms.push(
        <ActionForm key="pay" id="pay" label={t('customs.act.PAY')} {...state(pay)} onDone={onChange}
          run={async () => (await pay.run({ number, expectedVersion }))?.payDeclarationCharges ?? null} />,
      );
    }
    if (allowed.has('GUARANTEE')) {
      forms.push(
        <ActionForm key="guarantee" id="guarantee" label={t('customs.act.GUARANTEE')} {...state(guarantee)} onDone={onChange}
          run={async () => (await guarantee.run({ number, expectedVersion }))?.guaranteeDeclarationCharges ?? null} />,
      );
    }
    if (allowed.has('DELETE')) {
      forms.push(
        <ActionForm key="delete" id="delete" label={t('customs.act.DELETE')} {...state(remove)} onDone={onChange}
          inputs={[{ ...reason, path: 'reason' }]}
          run={async (v) => (await remove.run({ number, reason: v.reason ?? '', expectedVersion }))?.deleteDeclaration ?? null} />,
      );
    }
  }
  if (isCustoms) {
    if (allowed.has('ASSESS_RISK') || allowed.has('ASSIGN_LANE')) {
      forms.push(
        <ActionForm key="assess" id="assess" label={t('customs.act.ASSESS_RISK')} {...state(assess)} onDone={onChange}
          inputs={[{ name: 'targeting', path: 'targeting', label: 'customs.page.targetingReason' }]}
          run={async (v) => {
            const targeting = v.targeting?.trim() ? { reason: v.targeting } : null;
            return (await assess.run({ number, expectedVersion, targeting }))?.assessDeclarationRisk ?? null;
          }} />,
      );
    }
    for (const decision of DECISIONS.filter((d) => allowed.has(d))) {
      const inputs: ActionInput[] = [];
      if (NEEDS_ELOCK.has(decision)) inputs.push({ name: 'elockId', path: 'input.elockId', label: 'customs.page.elockId' });
      if (NEEDS_REASON.has(decision)) inputs.push(reason);
      if (decision === 'CONFORMITY_FAILED') {
        inputs.push({ name: 'conformityAction', path: 'input.conformityAction', label: 'customs.page.conformityAction',
          options: (['RECALL', 'HOLD'] as const).map((a) => ({ value: a, label: t(`customs.conformity.${a}`) })) });
      }
      forms.push(<DecisionForm key={decision} declaration={declaration} decision={decision} inputs={inputs} onDone={onChange} />);
    }
  }

  return (
    <section aria-labelledby="declaration-actions" className="actions" data-testid="declaration-actions">
      <h2 id="declaration-actions">{t('customs.page.actions')}</h2>
      {forms.length > 0 ? <div className="action-list">{forms}</div> : <p>{t('customs.page.noActions')}</p>}
    </section>
  );
}

function state(m: { error: ApiError | null; running: boolean }) {
  return { error: m.error, running: m.running };
}

/** One customs decision, with a mutation of its own so a refusal shows under its own button. */
function DecisionForm({ declaration, decision, inputs, onDone }: { declaration: Declaration; decision: CustomsDecision; inputs: ActionInput[]; onDone(): void }) {
  const { t } = useTranslation();
  const decide = useMutation(RecordCustomsDecisionMutation);
  return (
    <ActionForm id={`decision-${decision}`} label={t(`customs.act.${decision}`)} {...state(decide)} onDone={onDone} inputs={inputs}
      run={async (v) => {
        const input = {
          declaration: declaration.number,
          decision,
          expectedVersion: declaration.version,
          reason: v.reason ?? null,
          elockId: v.elockId ?? null,
          conformityAction: decision === 'CONFORMITY_FAILED' ? (v.conformityAction as ConformityAction) : null,
        };
        return (await decide.run({ input }))?.recordCustomsDecision ?? null;
      }} />
  );
}
