/**
 * Tracking for an order, shipment, container or bill number (`track(reference)`): the arrival
 * planned against revised, the delay, where the goods are, each leg planned against actual, and
 * the milestones as recorded, and a map of the legs (lazy-loaded: the map module and its country
 * shapes are fetched only when a tracking page shows). The page follows the shipment live: each
 * `shipmentTracked` event makes it ask for the tracking again (one view, built by the server).
 * It polls every 10 s only while the subscription is not live (connecting, or failed).
 */
import { type FormEvent, Suspense, lazy, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../api/use-live-query';
import { ShipmentTrackedSubscription, TrackQuery } from './operations';
import { LiveIndicator } from '../../components/LiveIndicator';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { TrackQuery as TrackResult } from '../../gql/graphql';
import { Link, navigate } from '../../router';
import { placeName } from './place-name';

const RouteMap = lazy(() => import('./RouteMap'));

/** How often the page asks for the tracking again while live updates are not live. */
export const TRACK_POLL_MS = 10_000;

type Tracking = NonNullable<TrackResult['track']>;

/** ISO 8601 instants as the API gives them, shortened to the minute; times are UTC. */
function instant(iso: string | null | undefined): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '—';
}

function Delay({ days }: { days: number | null | undefined }) {
  const { t } = useTranslation();
  if (days == null) return <>—</>;
  if (days === 0) return <>{t('track.onTime')}</>;
  return <span className={days > 0 ? 'late' : 'early'}>{days > 0 ? t('track.delayDays', { count: days }) : t('track.early', { count: -days })}</span>;
}

export function TrackPage({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const [input, setInput] = useState(reference);
  const skip = reference === '';
  const { data, error, loading, live } = useLiveQuery(TrackQuery, { reference }, ShipmentTrackedSubscription, { reference }, { skip, pollMs: TRACK_POLL_MS });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = input.trim();
    if (wanted) navigate(`/track/${encodeURIComponent(wanted)}`);
  };

  return (
    <section aria-labelledby="track-title">
      <h1 id="track-title">{t('track.title')}</h1>
      <form onSubmit={onSubmit} className="inline-form">
        <label htmlFor="reference">{t('track.referenceLabel')}</label>
        <input id="reference" value={input} onChange={(e) => setInput(e.target.value)} required />
        <button type="submit">{t('track.submit')}</button>
      </form>
      {skip ? null : <LiveIndicator live={live} pollSeconds={TRACK_POLL_MS / 1000} />}
      {error ? <ErrorNotice error={error} /> : null}
      {reference && loading && !data ? <p role="status">{t('track.loading')}</p> : null}
      {reference && data && !data.track ? <p role="alert">{t('track.notFound', { reference })}</p> : null}
      {data?.track ? <TrackingView tracking={data.track} /> : null}
    </section>
  );
}

function TrackingView({ tracking }: { tracking: Tracking }) {
  const { t, i18n } = useTranslation();
  return (
    <div data-testid="tracking">
      <dl className="summary">
        <div>
          <dt>{t('track.shipment')}</dt>
          <dd>{tracking.shipment.number}</dd>
        </div>
        {tracking.order ? (
          <div>
            <dt>{t('track.order')}</dt>
            <dd>
              <Link to={`/orders/${encodeURIComponent(tracking.order.number)}`}>{tracking.order.number}</Link> · <span className={`state state-${tracking.order.state}`}>{t(`orderState.${tracking.order.state}`)}</span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('track.plannedEta')}</dt>
          <dd>{tracking.plannedEta}</dd>
        </div>
        <div>
          <dt>{t('track.revisedEta')}</dt>
          <dd data-testid="revised-eta">{tracking.revisedEta}</dd>
        </div>
        <div>
          <dt>{t('track.delay')}</dt>
          <dd data-testid="delay">
            <Delay days={tracking.delayDays} />
            {tracking.onHold ? <strong className="late"> · {t('track.onHold')}</strong> : null}
          </dd>
        </div>
        <div>
          <dt>{t('track.position')}</dt>
          <dd data-testid="position">{tracking.position.description}</dd>
        </div>
      </dl>

      <h2>{t('map.title')}</h2>
      <Suspense fallback={<p role="status">{t('map.loading')}</p>}>
        <RouteMap legs={tracking.legs} position={tracking.position.location} />
      </Suspense>

      <h2>{t('track.legs')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('track.leg')}</th>
            <th scope="col">{t('track.mode')}</th>
            <th scope="col">{t('track.from')}</th>
            <th scope="col">{t('track.to')}</th>
            <th scope="col">{t('track.plannedEtd')}</th>
            <th scope="col">{t('track.actualDeparture')}</th>
            <th scope="col">{t('track.legPlannedEta')}</th>
            <th scope="col">{t('track.actualArrival')}</th>
            <th scope="col">{t('track.status')}</th>
            <th scope="col">{t('track.delay')}</th>
          </tr>
        </thead>
        <tbody>
          {tracking.legs.map((leg) => (
            <tr key={leg.seq} data-testid="leg-row">
              <td>{leg.seq}</td>
              <td>{t(`mode.${leg.mode}`)}</td>
              <td>{placeName(leg.from, i18n.language)}</td>
              <td>{placeName(leg.to, i18n.language)}</td>
              <td>{leg.plannedEtd}</td>
              <td>{instant(leg.actualDeparture)}</td>
              <td>{leg.plannedEta}</td>
              <td>{instant(leg.actualArrival)}</td>
              <td>{t(`legStatus.${leg.status}`, { defaultValue: leg.status })}</td>
              <td>
                <Delay days={leg.delayDays} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('track.timeline')}</h2>
      {tracking.timeline.length === 0 ? (
        <p>{t('track.noMilestones')}</p>
      ) : (
        <ol className="timeline">
          {tracking.timeline.map((m) => (
            <li key={m.seq} data-testid="milestone">
              <time dateTime={m.at}>{instant(m.at)}</time> <strong>{t(`milestone.${m.type}`)}</strong> · {placeName(m.location, i18n.language)} · {t('track.leg')} {m.legSeq}
              {m.note ? <span className="muted"> · {m.note}</span> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
