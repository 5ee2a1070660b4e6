/**
 * The forwarder drafts the bill of a shipment it operates: which shipment, straight or to order,
 * and the seal numbers of each container (the DCSA export needs one per container). Every broken
 * rule comes back at once, each under its input; on success the console of the new bill opens.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAt, errorsNotAt, useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError, fieldErrorId } from '../../components/FieldError';
import type { BillType } from '../../gql/graphql';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { DraftableShipmentsQuery, DraftBillMutation } from './operations';

const SHOWN = ['input.shipment', 'input.billType', 'input.seals'];

/** Seal numbers as typed: separated by commas or spaces. */
function sealList(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

export function DraftBillForm() {
  const { t } = useTranslation();
  const { me } = useSession();
  const shipments = useQuery(DraftableShipmentsQuery, { first: 100, after: null });
  const draft = useMutation(DraftBillMutation);
  const [shipment, setShipment] = useState('');
  const [billType, setBillType] = useState<BillType>('TO_ORDER');
  const [seals, setSeals] = useState<Record<string, string>>({});
  // The API names a seal error by its index in the list sent, which leaves out containers without seals.
  const [sent, setSent] = useState<string[]>([]);
  const mine = (shipments.data?.shipments.edges ?? []).map((e) => e.node).filter((s) => s.forwarder.id === me?.party.id);
  const chosen = mine.find((s) => s.number === shipment);
  const userErrors = draft.data?.draftBill.userErrors ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      shipment,
      billType,
      seals: (chosen?.containers ?? []).map((c) => ({ container: c.number, seals: sealList(seals[c.number] ?? '') })).filter((s) => s.seals.length > 0),
    };
    setSent(input.seals.map((s) => s.container));
    const data = await draft.run({ input });
    const bill = data?.draftBill.bill;
    if (bill) navigate(`/bills/${encodeURIComponent(bill.number)}`);
  };

  const invalid = (path: string) => errorsAt(userErrors, path).length > 0;
  const described = (path: string) => (invalid(path) ? fieldErrorId(path) : undefined);
  return (
    <form className="draft-form" onSubmit={(e) => void submit(e)} aria-labelledby="draft-title" data-testid="draft-form">
      <h2 id="draft-title">{t('draftBill.title')}</h2>
      <label htmlFor="draft-shipment">{t('draftBill.shipment')}</label>
      <select id="draft-shipment" value={shipment} onChange={(e) => setShipment(e.target.value)} aria-invalid={invalid('input.shipment')} aria-describedby={described('input.shipment')}>
        <option value="">{t('draftBill.chooseShipment')}</option>
        {mine.map((s) => (
          <option key={s.id} value={s.number}>
            {s.number} · {s.order?.number ?? ''} · {s.routeName}
          </option>
        ))}
      </select>
      <FieldError errors={userErrors} path="input.shipment" />
      <label htmlFor="draft-type">{t('draftBill.billType')}</label>
      <select id="draft-type" value={billType} onChange={(e) => setBillType(e.target.value as BillType)} aria-invalid={invalid('input.billType')} aria-describedby={described('input.billType')}>
        <option value="TO_ORDER">{t('billType.TO_ORDER')}</option>
        <option value="STRAIGHT">{t('billType.STRAIGHT')}</option>
      </select>
      <FieldError errors={userErrors} path="input.billType" />
      {(chosen?.containers ?? []).map((c, i) => {
        const path = `input.seals.${sent.indexOf(c.number)}`;
        return (
        <div key={c.number} className="field">
          <label htmlFor={`draft-seals-${i}`}>{t('draftBill.seals', { container: c.number })}</label>
          <input
            id={`draft-seals-${i}`}
            value={seals[c.number] ?? ''}
            onChange={(e) => setSeals({ ...seals, [c.number]: e.target.value })}
            aria-invalid={invalid(path)}
            aria-describedby={described(path)}
          />
          <FieldError errors={userErrors} path={path} />
        </div>
        );
      })}
      {draft.error ? <ErrorNotice error={draft.error} /> : null}
      {errorsNotAt(userErrors, SHOWN).length > 0 ? (
        <div role="alert" className="error" data-testid="draft-refusal">
          <ul>
            {errorsNotAt(userErrors, SHOWN).map((e, i) => (
              <li key={i}>
                <code>{e.code}</code> {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="submit" disabled={draft.running || !shipment}>
        {t('draftBill.submit')}
      </button>
    </form>
  );
}
