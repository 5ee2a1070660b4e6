/**
 * Route options for an order (`/orders/<number>/routes`, `orderRouteOptions`), side by side: time,
 * cost, CO2 and whether the order's Incoterm fits, ranked as the caller asks, with a chart of the
 * three measures. The seller, when the API offers it BOOK, picks one and books it below.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { RankBy } from '../../gql/graphql';
import { Link } from '../../router';
import { BookingForm } from './BookingForm';
import { OrderRouteOptionsQuery } from './booking-operations';
import { RouteChart } from './RouteChart';
import { UserErrorList } from './UserErrorList';
import type { RouteOptionView } from './views';


const RANKS: RankBy[] = ['TIME', 'COST', 'CO2'];

export function RoutesPage({ reference }: { reference: string }) {
  const { t, i18n } = useTranslation();
  const [rankBy, setRankBy] = useState<RankBy>('TIME');
  const [chosen, setChosen] = useState<string | null>(null);
  const { data, error, loading } = useQuery(OrderRouteOptionsQuery, { orderId: reference, rankBy });
  const order = data?.order;
  const options = data?.orderRouteOptions.options ?? [];
  const name = (o: RouteOptionView) => (i18n.language === 'zh' ? o.nameZh : o.name);
  const mayBook = order?.callerEvents.includes('BOOK') ?? false;
  const chosenOption = options.find((o) => o.id === chosen) ?? null;

  return (
    <section aria-labelledby="routes-title">
      <h1 id="routes-title">
        {t('routes.title')} {order?.number ?? reference}
      </h1>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('routes.loading')}</p> : null}
      {data && !order ? <p role="alert">{t('order.notFound', { reference })}</p> : null}
      {order ? (
        <p>
          {order.origin.name} ({order.origin.code}) → {order.destination.name} ({order.destination.code}) · {t('order.readyDate')} {order.readyDate} · {order.incoterm}{' '}
          {order.incotermPlace.code} · <Link to={`/orders/${encodeURIComponent(order.number)}`}>{t('routes.backToOrder')}</Link>
        </p>
      ) : null}
      <UserErrorList errors={data?.orderRouteOptions.userErrors} />
      <div className="filters">
        <label>
          {t('routes.rankBy')}{' '}
          <select value={rankBy} onChange={(e) => setRankBy(e.target.value as RankBy)}>
            {RANKS.map((r) => (
              <option key={r} value={r}>
                {t(`routes.rank.${r}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {options.length > 0 ? (
        <>
          <RouteChart
            describedBy="routes-table"
            options={options.map((o) => ({
              id: o.id,
              label: name(o),
              transitDays: o.transitDays,
              cost: Number(o.cost.amount),
              currency: o.cost.currency,
              co2Kg: Number(o.co2Kg),
              chosen: o.id === chosen,
            }))}
          />
          <ComparisonTable options={options} name={name} chosen={chosen} onChoose={mayBook ? setChosen : null} />
        </>
      ) : null}
      {order && mayBook && data ? (
        <BookingForm
          order={order}
          option={chosenOption}
          optionName={chosenOption ? name(chosenOption) : ''}
          forwarders={data.forwarders.edges.map((e) => e.node)}
          carriers={data.carriers.edges.map((e) => e.node)}
        />
      ) : null}
      {order && !mayBook && options.length > 0 ? <p data-testid="no-booking">{t('routes.noBooking')}</p> : null}
    </section>
  );
}

function ComparisonTable({
  options,
  name,
  chosen,
  onChoose,
}: {
  options: RouteOptionView[];
  name: (o: RouteOptionView) => string;
  chosen: string | null;
  onChoose: ((id: string) => void) | null;
}) {
  const { t } = useTranslation();
  const row = (label: string, cell: (o: RouteOptionView) => React.ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {options.map((o) => (
        <td key={o.id} className={o.id === chosen ? 'chosen' : undefined}>
          {cell(o)}
        </td>
      ))}
    </tr>
  );
  return (
    <div className="table-scroll">
      <table id="routes-table" data-testid="routes-table">
        <caption className="visually-hidden">{t('routes.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('routes.option')}</th>
            {options.map((o, i) => (
              <th scope="col" key={o.id} data-testid="route-option">
                {i + 1}. {name(o)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row(t('routes.transitDays'), (o) => `${o.transitDays} ${t('routes.days')}`)}
          {row(t('routes.etdEta'), (o) => `${o.etd} → ${o.eta}`)}
          {row(t('routes.cost'), (o) => `${o.cost.amount} ${o.cost.currency}`)}
          {row(t('routes.co2'), (o) => `${o.co2Kg} kg`)}
          {row(t('routes.modes'), (o) => o.legs.map((l) => `${t(`mode.${l.mode}`)} ${l.from.code}→${l.to.code}`).join(', '))}
          {row(t('routes.incotermFit'), (o) =>
            o.incotermFits ? (
              <span className="early">{t('routes.fits')}</span>
            ) : (
              <span className="late">
                {t('routes.doesNotFit')}
                {o.incotermNote ? `: ${o.incotermNote}` : ''}
              </span>
            ),
          )}
          {row(t('routes.ranks'), (o) => t('routes.rankText', { time: o.rankByTime, cost: o.rankByCost, co2: o.rankByCo2 }))}
          {onChoose
            ? row(t('routes.choose'), (o) => (
                <label>
                  <input type="radio" name="route-option" value={o.id} checked={o.id === chosen} onChange={() => onChoose(o.id)} /> {t('routes.chooseThis', { name: name(o) })}
                </label>
              ))
            : null}
        </tbody>
      </table>
    </div>
  );
}
