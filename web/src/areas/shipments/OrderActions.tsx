/**
 * The actions on one order the API offers the signed-in party (`callerEvents`), each with the
 * fields it needs (a reason to cancel or hold). Every action sends the version the page shows as
 * expectedVersion, so a change made meanwhile by someone else comes back as CONFLICT, not applied
 * over. BOOK leads to the route options, where booking needs its own choices.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAt, errorsNotAt, type UserErrorView, useMutation } from '../../api/use-mutation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError, fieldErrorId } from '../../components/FieldError';
import { Link } from '../../router';
import { CancelOrderMutation, CompleteOrderMutation, ConfirmOrderMutation, HoldOrderMutation, ResumeOrderMutation } from './operations';
import type { OrderView } from './views';
import { UserErrorList } from './UserErrorList';

export function OrderActions({ order, onDone }: { order: OrderView; onDone: () => void }) {
  const { t } = useTranslation();
  const events = order.callerEvents;
  if (events.length === 0) return <p data-testid="no-actions">{t('order.noActions')}</p>;
  return (
    <div className="actions" data-testid="order-actions">
      {events.includes('BOOK') ? (
        <p>
          <Link to={`/orders/${encodeURIComponent(order.number)}/routes`} className="button-link">
            {t('order.event.BOOK')}
          </Link>
        </p>
      ) : null}
      {events.includes('CONFIRM') ? <PlainAction order={order} event="CONFIRM" onDone={onDone} /> : null}
      {events.includes('RESUME') ? <PlainAction order={order} event="RESUME" onDone={onDone} /> : null}
      {events.includes('COMPLETE') ? <PlainAction order={order} event="COMPLETE" onDone={onDone} /> : null}
      {events.includes('HOLD') ? <ReasonAction order={order} event="HOLD" onDone={onDone} /> : null}
      {events.includes('CANCEL') ? <ReasonAction order={order} event="CANCEL" onDone={onDone} /> : null}
    </div>
  );
}

type Payload = { order?: { state: string } | null; userErrors: ReadonlyArray<UserErrorView> } | null | undefined;

function PlainAction({ order, event, onDone }: { order: OrderView; event: 'CONFIRM' | 'RESUME' | 'COMPLETE'; onDone: () => void }) {
  const { t } = useTranslation();
  const confirm = useMutation(ConfirmOrderMutation);
  const resume = useMutation(ResumeOrderMutation);
  const complete = useMutation(CompleteOrderMutation);
  const mutation = event === 'CONFIRM' ? confirm : event === 'RESUME' ? resume : complete;
  const payload: Payload = confirm.data?.confirmOrder ?? resume.data?.resumeOrder ?? complete.data?.completeOrder;
  const run = async () => {
    const variables = { id: order.id, expectedVersion: order.version };
    const data = event === 'CONFIRM' ? (await confirm.run(variables))?.confirmOrder : event === 'RESUME' ? (await resume.run(variables))?.resumeOrder : (await complete.run(variables))?.completeOrder;
    if (data?.order) onDone();
  };
  return (
    <div className="action">
      <button type="button" onClick={() => void run()} disabled={mutation.running}>
        {t(`order.event.${event}`)}
      </button>
      {mutation.error ? <ErrorNotice error={mutation.error} /> : null}
      <UserErrorList errors={payload?.userErrors} />
    </div>
  );
}

function ReasonAction({ order, event, onDone }: { order: OrderView; event: 'HOLD' | 'CANCEL'; onDone: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const hold = useMutation(HoldOrderMutation);
  const cancel = useMutation(CancelOrderMutation);
  const mutation = event === 'HOLD' ? hold : cancel;
  const payload: Payload = event === 'HOLD' ? hold.data?.holdOrder : cancel.data?.cancelOrder;
  const inputId = `reason-${event}`;
  const reasonErrors = errorsAt(payload?.userErrors, 'reason');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const variables = { id: order.id, reason, expectedVersion: order.version };
    const data = event === 'HOLD' ? (await hold.run(variables))?.holdOrder : (await cancel.run(variables))?.cancelOrder;
    if (data?.order) {
      setReason('');
      onDone();
    }
  };
  return (
    <form className="action inline-form" onSubmit={(e) => void onSubmit(e)}>
      <label htmlFor={inputId}>{t(`order.reason.${event}`)}</label>
      <input
        id={inputId}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-invalid={reasonErrors.length > 0}
        aria-describedby={reasonErrors.length > 0 ? fieldErrorId('reason') : undefined}
      />
      <button type="submit" disabled={mutation.running}>
        {t(`order.event.${event}`)}
      </button>
      <FieldError errors={payload?.userErrors} path="reason" />
      {mutation.error ? <ErrorNotice error={mutation.error} /> : null}
      <UserErrorList errors={errorsNotAt(payload?.userErrors, ['reason'])} />
    </form>
  );
}
