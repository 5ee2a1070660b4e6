/**
 * One order (`/orders/<number or id>`): its state, parties, terms and lines, and the actions the
 * API says the signed-in party may take now (`callerEvents`). The browser keeps no rules of its
 * own: an action the API does not list is not offered, and a refusal shows the API's userErrors.
 */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../router';
import { OrderActions } from './OrderActions';
import { OrderDocuments } from './OrderDocuments';
import { OrderQuery } from './operations';
import { placeName } from './place-name';
import type { OrderView } from './views';


/** A 24-hex-digit reference is an order id; anything else is read as its number (ORD-…). */
export function orderLookup(reference: string): { id: string | null; number: string | null } {
  return /^[0-9a-f]{24}$/i.test(reference) ? { id: reference, number: null } : { id: null, number: reference };
}

export function OrderPage({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(OrderQuery, orderLookup(reference));
  const order = data?.order;
  return (
    <section aria-labelledby="order-title">
      <h1 id="order-title">
        {t('order.title')} {order?.number ?? reference}
      </h1>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('order.loading')}</p> : null}
      {data && !order ? <p role="alert">{t('order.notFound', { reference })}</p> : null}
      {order ? (
        <>
          <OrderSummary order={order} />
          <h2>{t('order.actions')}</h2>
          <OrderActions order={order} onDone={refetch} />
          <h2>{t('order.documents')}</h2>
          <OrderDocuments order={order} />
          <h2>{t('order.lines')}</h2>
          <OrderLines order={order} />
        </>
      ) : null}
    </section>
  );
}

function OrderSummary({ order }: { order: OrderView }) {
  const { t, i18n } = useTranslation();
  const place = (p: OrderView['origin']) => placeName(p, i18n.language);
  const item = (label: string, value: React.ReactNode, testId?: string) => (
    <div>
      <dt>{t(label)}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
  return (
    <dl className="summary" data-testid="order-summary">
      {item('order.state', <span className={`state state-${order.state}`}>{t(`orderState.${order.state}`)}</span>, 'order-state')}
      {item('order.seller', `${order.seller.name} (${order.seller.code})`)}
      {item('order.buyer', `${order.buyer.name} (${order.buyer.code})`)}
      {item('order.route', `${place(order.origin)} → ${place(order.destination)}`)}
      {item('order.incoterm', `${order.incoterm} ${place(order.incotermPlace)}`)}
      {item('order.readyDate', order.readyDate)}
      {item('order.total', `${order.total.amount} ${order.total.currency}`)}
      {item('order.weight', `${order.grossWeightKg} kg`)}
      {item('order.tradeMode', order.tradeMode)}
      {order.forwarder ? item('order.forwarder', `${order.forwarder.name} (${order.forwarder.code})`) : null}
      {order.shipment
        ? item(
            'order.shipment',
            <Link to={`/track/${encodeURIComponent(order.number)}`}>
              {order.shipment.number} · {t('order.track')}
            </Link>,
          )
        : null}
      {order.holdReason ? item('order.holdReason', order.holdReason) : null}
      {order.cancelReason ? item('order.cancelReason', order.cancelReason) : null}
    </dl>
  );
}

function OrderLines({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('orderForm.hsCode')}</th>
          <th scope="col">{t('orderForm.description')}</th>
          <th scope="col">{t('orderForm.quantity')}</th>
          <th scope="col">{t('orderForm.unit')}</th>
          <th scope="col">{t('orderForm.unitPrice')}</th>
          <th scope="col">{t('order.amount')}</th>
          <th scope="col">{t('orderForm.grossWeightKg')}</th>
        </tr>
      </thead>
      <tbody>
        {order.lines.map((line) => (
          <tr key={line.lineNo} data-testid="order-line">
            <td>{line.lineNo}</td>
            <td>{line.hsCode}</td>
            <td>{line.description}</td>
            <td className="number">{line.quantity}</td>
            <td>{line.unit}</td>
            <td className="number">{line.unitPrice}</td>
            <td className="number">
              {line.amount} {order.currency}
            </td>
            <td className="number">{line.grossWeightKg}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
