/**
 * The control actions that name something besides the bill: a party (transfer, endorse, pledge),
 * a reason (void, reject a surrender) or a purpose (surrender). Each input carries the API's
 * userErrors for its field (`to`, `bank`, `reason`, `purpose`).
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { FieldError, fieldErrorId } from '../../components/FieldError';
import { errorsAt } from '../../api/use-mutation';
import type { Role, SurrenderPurpose } from '../../gql/graphql';
import { useSession } from '../../session';
import { EndorseBillMutation, PledgeBillMutation, RejectSurrenderMutation, SurrenderBillMutation, TransferBillMutation, VoidBillMutation } from './action-operations';
import { ActionRefusal } from './ActionRefusal';
import type { Bill } from './action-positions';
import { PartiesQuery } from './operations';
import { useBillAction } from './use-bill-action';

interface ActionProps {
  bill: Bill;
  onDone: () => void;
}

function ActionFrame({ event, onSubmit, running, children }: { event: string; onSubmit: () => void; running: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <form className="bill-action" data-testid={`action-${event}`} onSubmit={submit} aria-labelledby={`action-${event}-title`}>
      <h3 id={`action-${event}-title`}>{t(`billActions.event.${event}`)}</h3>
      <p className="help">{t(`billActions.help.${event}`)}</p>
      {children}
      <button type="submit" disabled={running}>
        {t(`billActions.event.${event}`)}
      </button>
    </form>
  );
}

/** Transfer (to any party), endorse (to any party, optionally to its order) or pledge (to a bank). */
export function PartyAction({ event, bill, onDone, toOrderOffered = false }: ActionProps & { event: 'TRANSFER' | 'ENDORSE' | 'PLEDGE'; toOrderOffered?: boolean }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const field = event === 'PLEDGE' ? 'bank' : 'to';
  const role: Role | null = event === 'PLEDGE' ? 'BANK' : null;
  const parties = useQuery(PartiesQuery, { role });
  const [party, setParty] = useState('');
  const [toOrder, setToOrder] = useState(false);
  const transfer = useBillAction(TransferBillMutation, onDone);
  const endorse = useBillAction(EndorseBillMutation, onDone);
  const pledge = useBillAction(PledgeBillMutation, onDone);
  const action = event === 'TRANSFER' ? transfer : event === 'ENDORSE' ? endorse : pledge;
  const submit = () => {
    const common = { number: bill.number, expectedVersion: bill.version };
    if (event === 'TRANSFER') void transfer.run({ ...common, to: party });
    else if (event === 'ENDORSE') void endorse.run({ ...common, to: party, toOrder });
    else void pledge.run({ ...common, bank: party });
  };
  const inputId = `action-${event}-party`;
  const invalid = errorsAt(action.userErrors, field).length > 0;
  const options = (parties.data?.parties.edges ?? []).map((e) => e.node).filter((p) => p.id !== me?.party.id);
  return (
    <ActionFrame event={event} onSubmit={submit} running={action.running}>
      <label htmlFor={inputId}>{t(`billActions.party.${event}`)}</label>
      <select id={inputId} value={party} onChange={(e) => setParty(e.target.value)} aria-invalid={invalid} aria-describedby={invalid ? fieldErrorId(`${event}.${field}`) : undefined}>
        <option value="">{t('billActions.choose')}</option>
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({p.code})
          </option>
        ))}
      </select>
      <ScopedFieldError errors={action.userErrors} field={field} scope={event} />
      {event === 'ENDORSE' && toOrderOffered ? (
        <label className="checkbox">
          <input type="checkbox" checked={toOrder} onChange={(e) => setToOrder(e.target.checked)} /> {t('billActions.toOrder')}
        </label>
      ) : null}
      <ActionRefusal userErrors={action.userErrors} conflict={action.conflict} error={action.error} shown={[field]} onReload={() => (action.reset(), onDone())} />
    </ActionFrame>
  );
}

/** Void (the issuer, before issue or after a surrender for amendment) or reject a surrender: both need a reason. */
export function ReasonAction({ event, bill, onDone }: ActionProps & { event: 'VOID' | 'REJECT_SURRENDER' }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const voiding = useBillAction(VoidBillMutation, onDone);
  const rejecting = useBillAction(RejectSurrenderMutation, onDone);
  const action = event === 'VOID' ? voiding : rejecting;
  const submit = () => void action.run({ number: bill.number, reason, expectedVersion: bill.version });
  const inputId = `action-${event}-reason`;
  const invalid = errorsAt(action.userErrors, 'reason').length > 0;
  return (
    <ActionFrame event={event} onSubmit={submit} running={action.running}>
      <label htmlFor={inputId}>{t('billActions.reason')}</label>
      <input id={inputId} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={invalid} aria-describedby={invalid ? fieldErrorId(`${event}.reason`) : undefined} />
      <ScopedFieldError errors={action.userErrors} field="reason" scope={event} />
      <ActionRefusal userErrors={action.userErrors} conflict={action.conflict} error={action.error} shown={['reason']} onReload={() => (action.reset(), onDone())} />
    </ActionFrame>
  );
}

/** The holder surrenders the bill to its issuer, for delivery or for an amendment (the purposes the status accepts). */
export function SurrenderAction({ purposes, bill, onDone }: ActionProps & { purposes: SurrenderPurpose[] }) {
  const { t } = useTranslation();
  const [purpose, setPurpose] = useState<SurrenderPurpose>(purposes[0] ?? 'DELIVERY');
  const action = useBillAction(SurrenderBillMutation, onDone);
  const submit = () => void action.run({ number: bill.number, purpose, expectedVersion: bill.version });
  const invalid = errorsAt(action.userErrors, 'purpose').length > 0;
  return (
    <ActionFrame event="SURRENDER" onSubmit={submit} running={action.running}>
      <label htmlFor="action-SURRENDER-purpose">{t('billActions.purpose')}</label>
      <select id="action-SURRENDER-purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as SurrenderPurpose)} aria-invalid={invalid} aria-describedby={invalid ? fieldErrorId('SURRENDER.purpose') : undefined}>
        {purposes.map((p) => (
          <option key={p} value={p}>
            {t(`billActions.purposes.${p}`)}
          </option>
        ))}
      </select>
      <ScopedFieldError errors={action.userErrors} field="purpose" scope="SURRENDER" />
      <ActionRefusal userErrors={action.userErrors} conflict={action.conflict} error={action.error} shown={['purpose']} onReload={() => (action.reset(), onDone())} />
    </ActionFrame>
  );
}

/**
 * FieldError under an id unique to its action: several forms on the console name the same
 * argument (`to` for transfer and endorse), and each error must point at its own input.
 */
function ScopedFieldError({ errors, field, scope }: { errors: Parameters<typeof errorsAt>[0]; field: string; scope: string }) {
  const scoped = errorsAt(errors, field).map((e) => ({ ...e, field: [scope, ...(e.field ?? [])] }));
  return <FieldError errors={scoped} path={`${scope}.${field}`} />;
}
