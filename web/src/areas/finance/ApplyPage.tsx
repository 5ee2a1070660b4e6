/**
 * The exporter applies for trade financing: first the commercial invoice of the order if it has
 * none yet, then the application (kind, bank, the bill or order it stands on, the invoice, the
 * loan currency). Refusals come back at the field they name; an application opens its page.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAt, errorsNotAt, type UserErrorView, useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError, fieldErrorId } from '../../components/FieldError';
import type { FinancingKind } from '../../gql/graphql';
import { navigate } from '../../router';
import { InvoiceForm } from './InvoiceForm';
import { ApplyForFinancingMutation, BanksQuery } from './operations';

const KINDS: FinancingKind[] = ['BILL_PLEDGE', 'PRE_SHIPMENT', 'POLICY_FINANCING'];
const TEXT_FIELDS = ['bill', 'order', 'invoice', 'policy', 'currency'] as const;

export function ApplyPage({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const banks = useQuery(BanksQuery, {});
  const apply = useMutation(ApplyForFinancingMutation);
  const [kind, setKind] = useState<FinancingKind>('BILL_PLEDGE');
  const [bank, setBank] = useState('');
  const [values, setValues] = useState<Record<(typeof TEXT_FIELDS)[number], string>>({
    bill: query.get('bill') ?? '',
    order: query.get('order') ?? '',
    invoice: query.get('invoice') ?? '',
    policy: query.get('policy') ?? '',
    currency: query.get('currency') ?? '',
  });
  const [userErrors, setUserErrors] = useState<UserErrorView[]>([]);
  const bankOptions = banks.data?.parties.edges.map((e) => e.node) ?? [];
  const chosenBank = bank || bankOptions[0]?.id || '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const blank = (s: string) => (s.trim() === '' ? null : s.trim());
    const input = {
      kind,
      bank: chosenBank,
      bill: blank(values.bill),
      order: blank(values.order),
      invoice: values.invoice.trim(),
      policy: blank(values.policy),
      currency: blank(values.currency),
    };
    const result = await apply.run({ input });
    if (!result) return;
    setUserErrors(result.applyForFinancing.userErrors);
    const financing = result.applyForFinancing.financing;
    if (financing) navigate(`/finance/${financing.number}`);
  };
  const invalid = (path: string) => (errorsAt(userErrors, path).length > 0 ? { 'aria-invalid': true, 'aria-describedby': fieldErrorId(path) } : {});
  const rest = errorsNotAt(userErrors, ['input.kind', 'input.bank', ...TEXT_FIELDS.map((f) => `input.${f}`)]);

  return (
    <section aria-labelledby="apply-title">
      <h1 id="apply-title">{t('finance.apply.title')}</h1>
      <InvoiceForm initialOrder={values.order} onIssued={(invoice) => setValues((v) => ({ ...v, invoice }))} />
      <section aria-labelledby="application-title">
        <h2 id="application-title">{t('finance.apply.section')}</h2>
        {banks.error ? <ErrorNotice error={banks.error} /> : null}
        <form onSubmit={submit} className="form-grid" data-testid="apply-form">
          <div className="field">
            <label htmlFor="apply-kind">{t('finance.apply.kind')}</label>
            <select id="apply-kind" value={kind} onChange={(e) => setKind(e.target.value as FinancingKind)} {...invalid('input.kind')}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`finance.kind.${k}`)}
                </option>
              ))}
            </select>
            <FieldError errors={userErrors} path="input.kind" />
          </div>
          <div className="field">
            <label htmlFor="apply-bank">{t('finance.apply.bank')}</label>
            <select id="apply-bank" value={chosenBank} onChange={(e) => setBank(e.target.value)} {...invalid('input.bank')}>
              {bankOptions.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name} ({b.code})
                </option>
              ))}
            </select>
            <FieldError errors={userErrors} path="input.bank" />
          </div>
          {TEXT_FIELDS.map((f) => (
            <div className="field" key={f}>
              <label htmlFor={`apply-${f}`}>{t(`finance.apply.${f}`)}</label>
              <input id={`apply-${f}`} value={values[f]} onChange={(e) => setValues({ ...values, [f]: e.target.value })} {...invalid(`input.${f}`)} />
              <FieldError errors={userErrors} path={`input.${f}`} />
            </div>
          ))}
          <div className="field">
            <button type="submit" disabled={apply.running || !chosenBank}>
              {t('finance.apply.submit')}
            </button>
          </div>
        </form>
        {rest.length > 0 ? (
          <div role="alert" className="error">
            <strong>{t('finance.apply.otherErrors')}</strong>
            <ul>
              {rest.map((e, i) => (
                <li key={i}>
                  {e.message} {e.rule ? <code>{e.rule}</code> : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {apply.error ? <ErrorNotice error={apply.error} /> : null}
      </section>
    </section>
  );
}
