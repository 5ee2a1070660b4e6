/**
 * The seller issues the commercial invoice of an order (one per order): the lines come from the
 * order, the seller gives the invoice number and may change a unit price. Whether the invoice
 * agrees with the other documents is the bank's matching, not this form's.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAt, errorsNotAt, type UserErrorView, useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError, fieldErrorId } from '../../components/FieldError';
import { IssueInvoiceMutation, OrderToInvoiceQuery } from './operations';

export function InvoiceForm({ initialOrder, onIssued }: { initialOrder: string; onIssued(invoice: string): void }) {
  const { t } = useTranslation();
  const [orderNumber, setOrderNumber] = useState(initialOrder);
  const [loaded, setLoaded] = useState(initialOrder);
  const order = useQuery(OrderToInvoiceQuery, { number: loaded }, { skip: loaded === '' });
  const [number, setNumber] = useState('');
  const [prices, setPrices] = useState<string[]>([]);
  const issue = useMutation(IssueInvoiceMutation);
  const [userErrors, setUserErrors] = useState<UserErrorView[]>([]);
  const [issued, setIssued] = useState<string | null>(null);
  const o = order.data?.order;

  useEffect(() => {
    if (o) setPrices(o.lines.map((l) => l.unitPrice));
  }, [o]);

  const load = (event: FormEvent) => {
    event.preventDefault();
    setLoaded(orderNumber.trim());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!o) return;
    const lines = o.lines.map((l, i) => ({ hsCode: l.hsCode, description: l.description, quantity: l.quantity, unit: l.unit, unitPrice: prices[i] ?? l.unitPrice }));
    const result = await issue.run({ input: { order: o.number, number: number.trim(), currency: o.currency, lines } });
    if (!result) return;
    setUserErrors(result.issueInvoice.userErrors);
    const invoice = result.issueInvoice.invoice;
    if (invoice) {
      setIssued(t('finance.invoice.issued', { number: invoice.number, amount: invoice.total.amount, currency: invoice.total.currency }));
      onIssued(invoice.number);
    }
  };
  const invalid = (path: string) => (errorsAt(userErrors, path).length > 0 ? { 'aria-invalid': true, 'aria-describedby': fieldErrorId(path) } : {});
  const rest = errorsNotAt(userErrors, ['input.number', 'input.lines']);

  return (
    <section aria-labelledby="invoice-title">
      <h2 id="invoice-title">{t('finance.invoice.title')}</h2>
      <p className="help">{t('finance.invoice.help')}</p>
      <form className="inline-form" onSubmit={load}>
        <label>
          {t('finance.invoice.order')} <input value={orderNumber} onChange={(e) => setOrderNumber(e.target.value)} />
        </label>
        <button type="submit">{t('finance.invoice.load')}</button>
      </form>
      {order.error ? <ErrorNotice error={order.error} /> : null}
      {o ? (
        <form onSubmit={submit} className="form-grid" data-testid="invoice-form">
          <div className="field">
            <label htmlFor="invoice-number">{t('finance.invoice.number')}</label>
            <input id="invoice-number" value={number} onChange={(e) => setNumber(e.target.value)} placeholder="INV-2026-0001" {...invalid('input.number')} />
            <FieldError errors={userErrors} path="input.number" />
          </div>
          {o.lines.map((l, i) => (
            <div className="field" key={l.lineNo}>
              <label htmlFor={`invoice-price-${i}`}>{t('finance.invoice.unitPrice', { n: i + 1 })}</label>
              <span className="help">{t('finance.invoice.line', { n: i + 1, description: l.description, quantity: l.quantity, unit: l.unit })}</span>
              <input
                id={`invoice-price-${i}`}
                inputMode="decimal"
                value={prices[i] ?? ''}
                onChange={(e) => setPrices(prices.map((p, n) => (n === i ? e.target.value : p)))}
                {...invalid(`input.lines.${i}`)}
              />
              {o.currency}
              <FieldError errors={userErrors} path={`input.lines.${i}`} />
            </div>
          ))}
          <div className="field">
            <button type="submit" disabled={issue.running}>
              {t('finance.invoice.submit')}
            </button>
          </div>
          {rest.length > 0 ? (
            <div className="field-error" role="alert">
              <ul>
                {rest.map((e, i) => (
                  <li key={i}>
                    {e.message} {e.rule ? <code>{e.rule}</code> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {issue.error ? <ErrorNotice error={issue.error} /> : null}
        </form>
      ) : null}
      {issued ? <p role="status">{issued}</p> : null}
    </section>
  );
}
