/**
 * The exporter's create-order form (`/orders/new`). The seller is the caller; the buyer, places,
 * Incoterms, currencies and trade modes are picked from what the API lists, so the form carries no
 * tables of its own. The API checks everything else (HS codes, a ready date in the past, amounts)
 * and answers with every broken rule at once; each is shown at the input its field path names.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsNotAt, useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError } from '../../components/FieldError';
import { errorProps } from './field-props';
import type { CreateOrderInput, OrderFormChoicesQuery as Choices, OrderLineInput } from '../../gql/graphql';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { OrderLinesEditor, emptyLine, linePaths } from './OrderLinesEditor';
import { CreateOrderMutation, OrderFormChoicesQuery } from './booking-operations';
import { UserErrorList } from './UserErrorList';

type Header = Omit<CreateOrderInput, 'lines'>;

const START: Header = { buyerId: '', currency: 'USD', incoterm: 'FCA', incotermPlace: '', origin: '', destination: '', tradeMode: '0110', readyDate: '' };
const HEADER_FIELDS = Object.keys(START) as Array<keyof Header>;

export function NewOrderPage() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const choices = useQuery(OrderFormChoicesQuery, {});
  const create = useMutation(CreateOrderMutation);
  const [header, setHeader] = useState<Header>(START);
  const [lines, setLines] = useState<OrderLineInput[]>([emptyLine()]);
  const errors = create.data?.createOrder.userErrors;

  const set = (key: keyof Header) => (e: { target: { value: string } }) => setHeader((h) => ({ ...h, [key]: e.target.value }));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await create.run({ input: { ...header, lines } });
    const order = result?.createOrder.order;
    if (order) navigate(`/orders/${encodeURIComponent(order.number)}`);
  };

  const c = choices.data;
  const placeName = (l: Choices['locations'][number]) => `${i18n.language === 'zh' && l.nameZh ? l.nameZh : l.name} (${l.code})`;
  const placeSelect = (key: 'origin' | 'destination' | 'incotermPlace') => (
    <div className="field">
      <label htmlFor={`order-${key}`}>{t(`orderForm.${key}`)}</label>
      <select id={`order-${key}`} value={header[key]} onChange={set(key)} required {...errorProps(errors, `input.${key}`)}>
        <option value="">{t('orderForm.choose')}</option>
        {c?.locations.map((l) => (
          <option key={l.code} value={l.code}>
            {placeName(l)}
          </option>
        ))}
      </select>
      <FieldError errors={errors} path={`input.${key}`} />
    </div>
  );

  if (!me?.roles.includes('EXPORTER')) {
    // The API refuses anyone else (FORBIDDEN); the page says so instead of offering a form.
    return (
      <section aria-labelledby="new-order-title">
        <h1 id="new-order-title">{t('orderForm.title')}</h1>
        <p role="alert">{t('orderForm.exportersOnly')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="new-order-title">
      <h1 id="new-order-title">{t('orderForm.title')}</h1>
      <p className="help">{t('orderForm.help')}</p>
      {choices.error ? <ErrorNotice error={choices.error} /> : null}
      <form onSubmit={(e) => void onSubmit(e)} className="order-form">
        <fieldset>
          <legend>{t('orderForm.terms')}</legend>
          <div className="field-grid">
            <div className="field">
              <label htmlFor="order-buyer">{t('orderForm.buyer')}</label>
              <select id="order-buyer" value={header.buyerId} onChange={set('buyerId')} required {...errorProps(errors, 'input.buyerId')}>
                <option value="">{t('orderForm.choose')}</option>
                {c?.parties.edges.map(({ node }) => (
                  <option key={node.id} value={node.id}>
                    {node.name} ({node.code}, {node.country})
                  </option>
                ))}
              </select>
              <FieldError errors={errors} path="input.buyerId" />
            </div>
            {placeSelect('origin')}
            {placeSelect('destination')}
            <div className="field">
              <label htmlFor="order-incoterm">{t('orderForm.incoterm')}</label>
              <select id="order-incoterm" value={header.incoterm} onChange={set('incoterm')} {...errorProps(errors, 'input.incoterm')}>
                {c?.incoterms.map((term) => (
                  <option key={term.code} value={term.code}>
                    {term.code} · {term.name}
                    {term.seaAndInlandWaterwayOnly ? ` (${t('orderForm.waterOnly')})` : ''}
                  </option>
                ))}
              </select>
              <FieldError errors={errors} path="input.incoterm" />
            </div>
            {placeSelect('incotermPlace')}
            <div className="field">
              <label htmlFor="order-currency">{t('orderForm.currency')}</label>
              <select id="order-currency" value={header.currency} onChange={set('currency')} {...errorProps(errors, 'input.currency')}>
                {c?.currencies.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
              <FieldError errors={errors} path="input.currency" />
            </div>
            <div className="field">
              <label htmlFor="order-trade-mode">{t('orderForm.tradeMode')}</label>
              <select id="order-trade-mode" value={header.tradeMode} onChange={set('tradeMode')} {...errorProps(errors, 'input.tradeMode')}>
                {c?.exportTradeModes.map((mode) => (
                  <option key={mode.code} value={mode.code}>
                    {mode.code} · {i18n.language === 'zh' ? mode.nameZh : mode.nameEn}
                  </option>
                ))}
              </select>
              <FieldError errors={errors} path="input.tradeMode" />
            </div>
            <div className="field">
              <label htmlFor="order-ready-date">{t('orderForm.readyDate')}</label>
              <input id="order-ready-date" type="date" value={header.readyDate} onChange={set('readyDate')} required {...errorProps(errors, 'input.readyDate')} />
              <FieldError errors={errors} path="input.readyDate" />
            </div>
          </div>
        </fieldset>
        <OrderLinesEditor lines={lines} onChange={setLines} errors={errors} />
        <UserErrorList errors={errorsNotAt(errors, [...HEADER_FIELDS.map((k) => `input.${k}`), ...linePaths(lines.length)])} />
        {create.error ? <ErrorNotice error={create.error} /> : null}
        <button type="submit" disabled={create.running || !c}>
          {t('orderForm.submit')}
        </button>
      </form>
    </section>
  );
}
