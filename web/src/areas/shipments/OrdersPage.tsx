/** The orders the signed-in party is party to (a Relay connection), filtered by state, page by page. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { OrdersQuery } from './operations';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { OrderState, OrdersQuery as OrdersResult } from '../../gql/graphql';
import { Link } from '../../router';

const STATES: OrderState[] = ['DRAFT', 'CONFIRMED', 'BOOKED', 'IN_TRANSIT', 'ARRIVED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'ON_HOLD'];
const PAGE_SIZE = 20;

type OrderRow = OrdersResult['orders']['edges'][number]['node'];

export function OrdersPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<OrderState | ''>('');
  const [after, setAfter] = useState<string | null>(null);
  const [rows, setRows] = useState<OrderRow[]>([]);
  const { data, error, loading } = useQuery(OrdersQuery, { first: PAGE_SIZE, after, filter: state ? { state } : null });

  // A new page adds to the rows; a new filter starts over (after goes back to null).
  useEffect(() => {
    if (!data) return;
    const page = data.orders.edges.map((e) => e.node);
    setRows((previous) => (after ? [...previous, ...page] : page));
  }, [data, after]);

  const changeState = (value: OrderState | '') => {
    setState(value);
    setAfter(null);
    setRows([]);
  };

  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">{t('orders.title')}</h1>
      <div className="filters">
        <label>
          {t('orders.stateFilter')}{' '}
          <select value={state} onChange={(e) => changeState(e.target.value as OrderState | '')}>
            <option value="">{t('orders.anyState')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`orderState.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {data ? <span role="status">{t('orders.count', { count: data.orders.totalCount })}</span> : null}
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && rows.length === 0 ? <p role="status">{t('orders.loading')}</p> : null}
      {!loading && !error && rows.length === 0 ? <p>{t('orders.empty')}</p> : null}
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('orders.number')}</th>
              <th scope="col">{t('orders.state')}</th>
              <th scope="col">{t('orders.seller')}</th>
              <th scope="col">{t('orders.buyer')}</th>
              <th scope="col">{t('orders.route')}</th>
              <th scope="col">{t('orders.total')}</th>
              <th scope="col">{t('orders.readyDate')}</th>
              <th scope="col">{t('orders.track')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((order) => (
              <tr key={order.id} data-testid="order-row">
                <td>{order.number}</td>
                <td>
                  <span className={`state state-${order.state}`}>{t(`orderState.${order.state}`)}</span>
                </td>
                <td>{order.seller.name}</td>
                <td>{order.buyer.name}</td>
                <td>
                  {order.origin.name} ({order.origin.code}) → {order.destination.name} ({order.destination.code})
                </td>
                <td className="number">
                  {order.total.amount} {order.total.currency}
                </td>
                <td>{order.readyDate}</td>
                <td>
                  <Link to={`/track/${encodeURIComponent(order.number)}`}>
                    {t('orders.track')} <span className="visually-hidden">{order.number}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data?.orders.pageInfo.hasNextPage ? (
        <button type="button" disabled={loading} onClick={() => setAfter(data.orders.pageInfo.endCursor ?? null)}>
          {t('orders.more')}
        </button>
      ) : null}
    </section>
  );
}
