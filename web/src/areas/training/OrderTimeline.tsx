/**
 * One order of a run: its figures, its legs planned against actual (drawn as bars on a time axis,
 * with the same figures in a table), and every event of its timeline in order, refusals with the
 * rule that refused them. This replaces reading the run's per-order SVG files.
 */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { ScenarioOrderTimelineQuery } from '../../gql/graphql';
import { DASH, figure, instant } from './format';
import { causeLabel, laneLabel, modeLabel, orderStateLabel } from './labels';
import { ScenarioOrderTimelineQuery as TimelineQuery } from './operations';

type OrderReport = NonNullable<NonNullable<ScenarioOrderTimelineQuery['scenarioRun']>['orderReport']>;

export function OrderTimeline({ number, handle, handles, onPick }: { number: string; handle: string; handles: string[]; onPick: (handle: string) => void }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(TimelineQuery, { number, handle });
  const order = data?.scenarioRun?.orderReport ?? null;
  return (
    <section aria-labelledby="order-timeline-title" className="order-timeline" data-testid="order-timeline">
      <h2 id="order-timeline-title">{t('training.timeline.title', { handle })}</h2>
      <label htmlFor="timeline-order">{t('training.timeline.pick')}</label>{' '}
      <select id="timeline-order" value={handle} onChange={(e) => onPick(e.target.value)}>
        {handles.map((h) => (
          <option key={h} value={h}>
            {h}
          </option>
        ))}
      </select>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !order ? <p role="status">{t('training.loading')}</p> : null}
      {data && !order ? <p role="alert">{t('training.timeline.none', { handle })}</p> : null}
      {order ? <OrderView order={order} /> : null}
    </section>
  );
}

function causes(t: Parameters<typeof causeLabel>[0], list: OrderReport['delays']): string {
  return list.length === 0 ? DASH : list.map((c) => `${causeLabel(t, c.cause)} ${c.days}`).join(', ');
}

function OrderView({ order }: { order: OrderReport }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="summary">
        <div>
          <dt>{t('training.orders.number')}</dt>
          <dd>
            {order.number} · {order.seller} → {order.buyer}
          </dd>
        </div>
        <div>
          <dt>{t('training.orders.route')}</dt>
          <dd>
            {order.route ?? DASH} ({order.modes.map((m) => modeLabel(t, m)).join(' → ')})
          </dd>
        </div>
        <div>
          <dt>{t('training.timeline.leadTime')}</dt>
          <dd>{t('training.timeline.leadTimeValue', { planned: order.plannedLeadTimeDays ?? DASH, actual: order.leadTimeDays ?? DASH })}</dd>
        </div>
        <div>
          <dt>{t('training.orders.delay')}</dt>
          <dd>
            {order.delayDays ?? DASH} · {causes(t, order.delays)}
          </dd>
        </div>
        <div>
          <dt>{t('training.timeline.wait')}</dt>
          <dd>
            {order.destinationWaitDays ?? DASH} · {causes(t, order.destinationWaits)}
          </dd>
        </div>
        <div>
          <dt>{t('training.orders.lane')}</dt>
          <dd>
            {order.lane ? laneLabel(t, order.lane) : DASH} · {t('training.timeline.dwell', { hours: figure(order.customsDwellHours) })}
          </dd>
        </div>
        <div>
          <dt>{t('training.timeline.freight')}</dt>
          <dd>{figure(order.freightUsd, 2)} USD</dd>
        </div>
        <div>
          <dt>{t('training.orders.state')}</dt>
          <dd>{orderStateLabel(t, order.finalState)}</dd>
        </div>
      </dl>
      <LegChart order={order} />
      <h3>{t('training.timeline.events')}</h3>
      <ol className="timeline">
        {order.timeline.map((e) => (
          <li key={e.seq} data-testid="timeline-event" className={e.refused ? 'refused' : undefined}>
            <time dateTime={e.at}>{instant(e.at)}</time> <code>{e.name}</code> · {e.actor}
            {e.refused ? (
              <strong className="late">
                {' '}
                · {t('training.timeline.refused')} (<code>{e.rule}</code>)
              </strong>
            ) : null}{' '}
            — {e.detail}
          </li>
        ))}
      </ol>
    </>
  );
}

const WIDTH = 760;
const LABEL = 210;
const ROW = 18;

/** The legs as bars on one time axis: planned (outlined) above actual (filled). */
function LegChart({ order }: { order: OrderReport }) {
  const { t } = useTranslation();
  const times = [order.readyAt, order.deliveredAt, ...order.legs.flatMap((l) => [l.plannedEtd, l.plannedEta, l.departedAt, l.arrivedAt])]
    .filter((v): v is string => Boolean(v))
    .map((v) => Date.parse(v))
    .filter((v) => Number.isFinite(v));
  if (order.legs.length === 0 || times.length === 0) return null;
  const from = Math.min(...times);
  const to = Math.max(...times, from + 1);
  const x = (iso: string | null | undefined) => (iso ? LABEL + ((Date.parse(iso) - from) / (to - from)) * (WIDTH - LABEL - 10) : null);
  const height = order.legs.length * ROW * 2 + 30;
  const legName = (l: OrderReport['legs'][number]) => `${t('training.timeline.leg', { seq: l.seq })} ${modeLabel(t, l.mode)} ${l.from}→${l.to}`;
  const summary = order.legs
    .map((l) => `${legName(l)}: ${t('training.timeline.planned')} ${instant(l.plannedEtd)} – ${instant(l.plannedEta)}; ${t('training.timeline.actual')} ${instant(l.departedAt)} – ${instant(l.arrivedAt)}`)
    .join('. ');
  return (
    <figure className="chart">
      <figcaption>{t('training.timeline.legs')}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH }} role="img" aria-label={summary}>
        {order.legs.map((l, i) => {
          const y = i * ROW * 2;
          const planned = [x(l.plannedEtd), x(l.plannedEta)];
          const actual = [x(l.departedAt), x(l.arrivedAt)];
          return (
            <g key={l.seq}>
              <text x={LABEL - 6} y={y + ROW + 4} textAnchor="end" className="chart-label">
                {legName(l)}
              </text>
              {planned[0] !== null && planned[1] !== null ? <rect x={planned[0]} y={y + 3} width={Math.max(2, planned[1] - planned[0])} height={ROW - 6} className="chart-planned" /> : null}
              {actual[0] !== null ? <rect x={actual[0]} y={y + ROW + 1} width={Math.max(2, (actual[1] ?? actual[0]) - actual[0])} height={ROW - 6} className="chart-bar" /> : null}
            </g>
          );
        })}
        <text x={LABEL} y={height - 6} className="chart-value">
          {instant(new Date(from).toISOString())}
        </text>
        <text x={WIDTH - 10} y={height - 6} textAnchor="end" className="chart-value">
          {instant(new Date(to).toISOString())}
        </text>
      </svg>
      <p className="legend">
        <span className="key key-planned" aria-hidden="true" /> {t('training.timeline.planned')} <span className="key key-actual" aria-hidden="true" /> {t('training.timeline.actual')}
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('training.timeline.legHeader')}</th>
            <th scope="col">{t('training.timeline.plannedEtd')}</th>
            <th scope="col">{t('training.timeline.departedAt')}</th>
            <th scope="col">{t('training.timeline.plannedEta')}</th>
            <th scope="col">{t('training.timeline.arrivedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {order.legs.map((l) => (
            <tr key={l.seq} data-testid="timeline-leg">
              <th scope="row">{legName(l)}</th>
              <td>{instant(l.plannedEtd)}</td>
              <td>{instant(l.departedAt)}</td>
              <td>{instant(l.plannedEta)}</td>
              <td>{instant(l.arrivedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
