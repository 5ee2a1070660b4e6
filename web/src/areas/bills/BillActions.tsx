/**
 * The console's actions: those the bill's status accepts (`allowedEvents`) and that are the
 * signed-in party's to send (its position on the bill). Each sends the version the page read as
 * expectedVersion; a refusal shows at the field it names, a CONFLICT offers a reload.
 */
import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TypedDocumentString } from '../../gql/graphql';
import { useSession } from '../../session';
import {
  AcceptEndorsementMutation,
  AcceptSurrenderMutation,
  ApproveBillMutation,
  BlankEndorseBillMutation,
  EnforcePledgeMutation,
  IssueBillMutation,
  RejectEndorsementMutation,
  ReleasePledgeMutation,
} from './action-operations';
import { ActionRefusal } from './ActionRefusal';
import { type Bill, offeredEvents } from './action-positions';
import { PartyAction, ReasonAction, SurrenderAction } from './ControlActionForms';
import { useBillAction } from './use-bill-action';

/** Actions that need nothing but the bill and its version. */
const SIMPLE: Array<[string, TypedDocumentString<unknown, { number: string; expectedVersion?: number | null }>]> = [
  ['APPROVE', ApproveBillMutation],
  ['ISSUE', IssueBillMutation],
  ['ACCEPT_ENDORSEMENT', AcceptEndorsementMutation],
  ['REJECT_ENDORSEMENT', RejectEndorsementMutation],
  ['BLANK_ENDORSE', BlankEndorseBillMutation],
  ['RELEASE_PLEDGE', ReleasePledgeMutation],
  ['ENFORCE_PLEDGE', EnforcePledgeMutation],
  ['ACCEPT_SURRENDER', AcceptSurrenderMutation],
];

export function BillActions({ bill, onDone }: { bill: Bill; onDone: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const offered = me ? offeredEvents(bill, me.party.id) : new Set<string>();
  return (
    <section aria-labelledby="bill-actions-title" className="bill-actions no-print" data-testid="bill-actions">
      <h2 id="bill-actions-title">{t('billActions.title')}</h2>
      {offered.size === 0 ? <p className="muted">{t('billActions.none')}</p> : null}
      <div className="action-grid">
        {SIMPLE.filter(([event]) => offered.has(event)).map(([event, document]) => (
          <SimpleAction key={event} event={event} document={document} bill={bill} onDone={onDone} />
        ))}
        {offered.has('TRANSFER') ? <PartyAction event="TRANSFER" bill={bill} onDone={onDone} /> : null}
        {offered.has('ENDORSE') ? <PartyAction event="ENDORSE" toOrderOffered={offered.has('ENDORSE_TO_ORDER')} bill={bill} onDone={onDone} /> : null}
        {offered.has('PLEDGE') ? <PartyAction event="PLEDGE" bill={bill} onDone={onDone} /> : null}
        {offered.has('SURRENDER_FOR_DELIVERY') || offered.has('SURRENDER_FOR_AMENDMENT') ? (
          <SurrenderAction
            purposes={[...(offered.has('SURRENDER_FOR_DELIVERY') ? (['DELIVERY'] as const) : []), ...(offered.has('SURRENDER_FOR_AMENDMENT') ? (['AMENDMENT'] as const) : [])]}
            bill={bill}
            onDone={onDone}
          />
        ) : null}
        {offered.has('REJECT_SURRENDER') ? <ReasonAction event="REJECT_SURRENDER" bill={bill} onDone={onDone} /> : null}
        {offered.has('VOID') ? <ReasonAction event="VOID" bill={bill} onDone={onDone} /> : null}
      </div>
    </section>
  );
}

function SimpleAction({ event, document, bill, onDone }: { event: string; document: TypedDocumentString<unknown, { number: string; expectedVersion?: number | null }>; bill: Bill; onDone: () => void }) {
  const { t } = useTranslation();
  const action = useBillAction(document, onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action.run({ number: bill.number, expectedVersion: bill.version });
  };
  const reload = () => {
    action.reset();
    onDone();
  };
  return (
    <form className="bill-action" data-testid={`action-${event}`} onSubmit={submit} aria-labelledby={`action-${event}-title`}>
      <h3 id={`action-${event}-title`}>{t(`billActions.event.${event}`)}</h3>
      <p className="help">{t(`billActions.help.${event}`)}</p>
      <ActionRefusal userErrors={action.userErrors} conflict={action.conflict} error={action.error} shown={[]} onReload={reload} />
      <button type="submit" disabled={action.running}>
        {t(`billActions.event.${event}`)}
      </button>
    </form>
  );
}
