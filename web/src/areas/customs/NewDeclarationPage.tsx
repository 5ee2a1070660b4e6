/**
 * The declarant files a declaration (暂存) for an order: lines, containers, port and mode come
 * prefilled from the order and its shipment, the declarant completes the rest, and the single
 * window's answer comes back rule by rule next to the field it names. A filed draft opens its page.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsNotAt, type UserErrorView, useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { DeclarationKind, DeclarationMode } from '../../gql/graphql';
import { navigate } from '../../router';
import { DeclarationContentFields, FormField, contentPaths } from './DeclarationContentFields';
import { type FilingDraft, draftFromOrder, filingOf } from './declaration-draft';
import { FileDeclarationMutation, OrderToDeclareQuery } from './operations';
import { RefusalSummary } from './RefusalSummary';

const KINDS: DeclarationKind[] = ['EXPORT', 'IMPORT', 'TRANSIT'];
const MODES: DeclarationMode[] = ['STANDARD', 'ADVANCE', 'TWO_STEP'];

export function NewDeclarationPage({ initialOrder }: { initialOrder: string }) {
  const { t } = useTranslation();
  const [orderNumber, setOrderNumber] = useState(initialOrder);
  const [loaded, setLoaded] = useState(initialOrder);
  const order = useQuery(OrderToDeclareQuery, { number: loaded }, { skip: loaded === '' });
  const [draft, setDraft] = useState<FilingDraft | null>(null);
  const file = useMutation(FileDeclarationMutation);
  const [userErrors, setUserErrors] = useState<UserErrorView[]>([]);

  useEffect(() => {
    if (order.data?.order) setDraft(draftFromOrder(order.data.order));
  }, [order.data]);

  const load = (event: FormEvent) => {
    event.preventDefault();
    setDraft(null);
    setUserErrors([]);
    setLoaded(orderNumber.trim());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !order.data?.order) return;
    const result = await file.run({ input: filingOf(order.data.order.number, draft) });
    if (!result) return;
    setUserErrors(result.fileDeclaration.userErrors);
    const filed = result.fileDeclaration.declaration;
    if (filed) navigate(`/customs/${filed.number}`);
  };

  const set = <K extends keyof FilingDraft>(key: K, value: FilingDraft[K]) => setDraft((d) => (d ? { ...d, [key]: value } : d));
  const setLine = (i: number, key: string, value: string) => setDraft((d) => (d ? { ...d, lines: d.lines.map((l, n) => (n === i ? { ...l, [key]: value } : l)) } : d));
  const rest = errorsNotAt(userErrors, ['input.order', 'input.kind', 'input.mode', 'input.twoStep', 'input.transit', ...contentPaths('input.content')]);

  return (
    <section aria-labelledby="new-declaration-title">
      <h1 id="new-declaration-title">{t('customs.form.title')}</h1>
      <form className="inline-form" onSubmit={load}>
        <label>
          {t('customs.form.order')} <input value={orderNumber} onChange={(e) => setOrderNumber(e.target.value)} />
        </label>
        <button type="submit">{t('customs.form.load')}</button>
      </form>
      {order.error ? <ErrorNotice error={order.error} /> : null}
      {order.data && !order.data.order ? <p role="alert">{t('customs.form.orderNotFound', { order: loaded })}</p> : null}
      {draft ? (
        <form onSubmit={submit} className="declaration-form" data-testid="declaration-form">
          <p className="help">{t('customs.form.intro')}</p>
          <DeclarationContentFields
            draft={draft}
            prefix="input.content"
            errors={userErrors}
            advance={draft.mode === 'ADVANCE'}
            set={set}
            setLine={setLine}
            leading={
              <>
                <FormField path="input.kind" label="customs.form.kind" errors={userErrors}>
                  {(p) => (
                    <select {...p} value={draft.kind} onChange={(e) => set('kind', e.target.value as DeclarationKind)}>
                      {KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`customs.kind.${k}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                <FormField path="input.mode" label="customs.form.mode" errors={userErrors}>
                  {(p) => (
                    <select {...p} value={draft.mode} onChange={(e) => set('mode', e.target.value as DeclarationMode)}>
                      {MODES.map((m) => (
                        <option key={m} value={m}>
                          {t(`customs.mode.${m}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
                {draft.kind === 'TRANSIT' ? (
                  <FormField path="input.transit.destinationOffice" label="customs.form.transitDestination" errors={userErrors}>
                    {(p) => <input {...p} value={draft.transitDestination} onChange={(e) => set('transitDestination', e.target.value)} />}
                  </FormField>
                ) : null}
              </>
            }
          />
          {draft.mode === 'TWO_STEP' ? (
            <fieldset className="form-grid">
              <legend>{t('customs.form.twoStep')}</legend>
              <FormField path="input.twoStep.dutiable" label="customs.form.dutiable" errors={userErrors}>
                {(p) => <input {...p} type="checkbox" checked={draft.dutiable} onChange={(e) => set('dutiable', e.target.checked)} />}
              </FormField>
              <FormField path="input.twoStep.guaranteeReference" label="customs.form.guaranteeReference" errors={userErrors}>
                {(p) => <input {...p} value={draft.guaranteeReference} onChange={(e) => set('guaranteeReference', e.target.value)} />}
              </FormField>
              <FormField path="input.twoStep.conveyanceDeclaredAt" label="customs.form.conveyanceDeclaredAt" errors={userErrors}>
                {(p) => <input {...p} value={draft.conveyanceDeclaredAt} onChange={(e) => set('conveyanceDeclaredAt', e.target.value)} />}
              </FormField>
            </fieldset>
          ) : null}
          <RefusalSummary errors={rest} />
          {file.error ? <ErrorNotice error={file.error} /> : null}
          <p>
            <button type="submit" disabled={file.running}>
              {t('customs.form.submit')}
            </button>
          </p>
        </form>
      ) : null}
    </section>
  );
}
