/**
 * The orders the signed-in party is party to (a Relay connection), filtered as `OrderFilter` allows
 * (state, a party, a corridor, created between two days), page by page. A malformed filter comes
 * back from the API as BAD_USER_INPUT naming the field, shown as it is.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { FilterPartiesQuery, OrdersQuery } from './operations';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { OrderFilter, OrderState, OrdersQuery as OrdersResult } from '../../gql/graphql';
import { Link } from '../../router';
import { useSession } from '../../session';

const STATES: OrderState[] = ['DRAFT', 'CONFIRMED', 'BOOKED', 'IN_TRANSIT', 'ARRIVED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'ON_HOLD'];
const PAGE_SIZE = 20;

type OrderRow = OrdersResult['orders']['edges'][number]['node'];

interface Filters {
  state: OrderState | '';
  partyId: string;
  corridorId: string;
  /** yyyy-mm-dd from the date inputs; sent as the start of that day, UTC. */
  createdFrom: string;
  createdTo: string;
}

const NO_FILTERS: Filters = { state: '', partyId: '', corridorId: '', createdFrom: '', createdTo: '' };

function toOrderFilter(f: Filters): OrderFilter | null {
  const filter: OrderFilter = {};
  if (f.state) filter.state = f.state;
  if (f.partyId) filter.partyId = f.partyId;
  if (f.corridorId.trim()) filter.corridorId = f.corridorId.trim();
  if (f.createdFrom) filter.createdFrom = `${f.createdFrom}T00:00:00Z`;
  if (f.createdTo) filter.createdTo = `${f.createdTo}T00:00:00Z`;
  return Object.keys(filter).length > 0 ? filter : null;
}

export function OrdersPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [after, setAfter] = useState<string | null>(null);
  const [rows, setRows] = useState<OrderRow[]>([]);
  const { data, error, loading } = useQuery(OrdersQuery, { first: PAGE_SIZE, after, filter: toOrderFilter(filters) });
  const parties = useQuery(FilterPartiesQuery, {});

  // A new page adds to the rows; a new filter starts over (after goes back to null).
  useEffect(() => {
    if (!data) return;
    const page = data.orders.edges.map((e) => e.node);
    setRows((previous) => (after ? [...previous, ...page] : page));
  }, [data, after]);

  const change = <K extends keyof Filters>(key: K, value: Filters[K]) => {
    setFilters((previous) => ({ ...previous, [key]: value }));
    setAfter(null);
    setRows([]);
  };

  return (
    <section aria-labelledby="orders-title">
      <h1 id="orders-title">{t('orders.title')}</h1>
      {me?.roles.includes('EXPORTER') ? (
        <p>
          <Link to="/orders/new" className="button-link">
            {t('orders.new')}
          </Link>
        </p>
      ) : null}
      <form className="filters" aria-label={t('orders.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('orders.stateFilter')}{' '}
          <select value={filters.state} onChange={(e) => change('state', e.target.value as OrderState | '')}>
            <option value="">{t('orders.anyState')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`orderState.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('orders.partyFilter')}{' '}
          <select value={filters.partyId} onChange={(e) => change('partyId', e.target.value)}>
            <option value="">{t('orders.anyParty')}</option>
            {parties.data?.parties.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name} ({node.code})
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('orders.corridorFilter')}{' '}
          <input value={filters.corridorId} onChange={(e) => change('corridorId', e.target.value)} placeholder="nwlsc-rail-sea" size={16} />
        </label>
        <label>
          {t('orders.createdFrom')} <input type="date" value={filters.createdFrom} onChange={(e) => change('createdFrom', e.target.value)} />
        </label>
        <label>
          {t('orders.createdTo')} <input type="date" value={filters.createdTo} onChange={(e) => change('createdTo', e.target.value)} />
        </label>
        <button type="button" onClick={() => { setFilters(NO_FILTERS); setAfter(null); setRows([]); }}>
          {t('orders.clearFilters')}
        </button>
        {data ? <span role="status">{t('orders.count', { count: data.orders.totalCount })}</span> : null}
      </form>
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
                <td>
                  <Link to={`/orders/${encodeURIComponent(order.number)}`}>{order.number}</Link>
                </td>
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
