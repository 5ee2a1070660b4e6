/**
 * The declaration queue: the declarations the caller may read (customs: all), filtered by kind,
 * state and lane through the API, with how many of that kind and state are in each lane (and
 * without one yet). Declarants file a new one from here.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { DeclarationKind, DeclarationState, DeclarationsQuery as Result, Lane } from '../../gql/graphql';
import { Link, navigate } from '../../router';
import { useSession } from '../../session';
import { DeclarationLaneCountsQuery, DeclarationsQuery } from './operations';

export const DECLARATION_STATES: DeclarationState[] = [
  'DRAFT', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'RISK_ASSESSMENT', 'DOCUMENT_REVIEW', 'PHYSICAL_INSPECTION', 'HELD', 'TAX_DUE', 'PAID',
  'GUARANTEED', 'AWAITING_RELEASE', 'RELEASED', 'CLOSED', 'DELETED', 'REFUSED', 'SUMMARY_DECLARED', 'RELEASED_FOR_PICKUP',
  'RELEASED_FROM_PORT', 'HELD_AFTER_RELEASE', 'RECALLED', 'HELD_FOR_REINSPECTION', 'TRANSIT_DECLARED', 'SEALED', 'ARRIVED_AT_DESTINATION',
];
const KINDS: DeclarationKind[] = ['EXPORT', 'IMPORT', 'TRANSIT'];
const LANES: Lane[] = ['GREEN', 'YELLOW', 'RED'];
const PAGE_SIZE = 50;

type Row = Result['declarations']['edges'][number]['node'];

export function DeclarationsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [state, setState] = useState<DeclarationState | ''>('');
  const [kind, setKind] = useState<DeclarationKind | ''>('');
  const [lane, setLane] = useState<Lane | 'NONE' | ''>('');
  const [after, setAfter] = useState<string | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [orderNumber, setOrderNumber] = useState('');
  const base = { ...(state ? { state } : {}), ...(kind ? { kind } : {}) };
  const byLane = lane === 'NONE' ? { withoutLane: true } : lane ? { lane } : {};
  const filter = state || kind || lane ? { ...base, ...byLane } : null;
  const { data, error, loading } = useQuery(DeclarationsQuery, { first: PAGE_SIZE, after, filter }, { pollMs: 15_000 });
  const { data: counts } = useQuery(
    DeclarationLaneCountsQuery,
    { green: { ...base, lane: 'GREEN' }, yellow: { ...base, lane: 'YELLOW' }, red: { ...base, lane: 'RED' }, none: { ...base, withoutLane: true } },
    { pollMs: 15_000 },
  );

  useEffect(() => {
    if (!data) return;
    const page = data.declarations.edges.map((e) => e.node);
    setRows((previous) => (after ? [...previous.filter((r) => !page.some((p) => p.id === r.id)), ...page] : page));
  }, [data, after]);

  const restart = () => {
    setAfter(null);
    setRows([]);
  };
  const laneCount = (l: Lane | 'NONE'): number | undefined => counts ? { GREEN: counts.green, YELLOW: counts.yellow, RED: counts.red, NONE: counts.none }[l].totalCount : undefined;
  const declares = me?.roles.some((r) => r === 'EXPORTER' || r === 'IMPORTER' || r === 'FORWARDER');
  const openForm = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/customs/new?order=${encodeURIComponent(orderNumber.trim())}`);
  };

  return (
    <section aria-labelledby="declarations-title">
      <h1 id="declarations-title">{t('customs.queue.title')}</h1>
      {declares ? (
        <form className="inline-form" onSubmit={openForm}>
          <label>
            {t('customs.queue.newFromOrder')} <input value={orderNumber} onChange={(e) => setOrderNumber(e.target.value)} placeholder="ORD-2026-000001" />
          </label>
          <button type="submit">{t('customs.queue.file')}</button>
        </form>
      ) : null}
      <div className="filters">
        <label>
          {t('customs.queue.kind')}{' '}
          <select value={kind} onChange={(e) => (setKind(e.target.value as DeclarationKind | ''), restart())}>
            <option value="">{t('customs.queue.anyKind')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`customs.kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('customs.queue.state')}{' '}
          <select value={state} onChange={(e) => (setState(e.target.value as DeclarationState | ''), restart())}>
            <option value="">{t('customs.queue.anyState')}</option>
            {DECLARATION_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`customs.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('customs.queue.lane')}{' '}
          <select value={lane} onChange={(e) => (setLane(e.target.value as Lane | 'NONE' | ''), restart())}>
            <option value="">{t('customs.queue.anyLane')}</option>
            {LANES.map((l) => (
              <option key={l} value={l}>
                {t(`customs.lane.${l}`)}
              </option>
            ))}
            <option value="NONE">{t('customs.queue.noLane')}</option>
          </select>
        </label>
        {data ? <span role="status">{t('customs.queue.count', { count: data.declarations.totalCount, shown: rows.length })}</span> : null}
      </div>
      {counts ? (
        <dl className="lane-counts" aria-label={t('customs.queue.laneCounts')} data-testid="lane-counts">
          {LANES.map((l) => (
            <div key={l} className={`lane lane-${l}`}>
              <dt>{t(`customs.lane.${l}`)}</dt>
              <dd>{laneCount(l)}</dd>
            </div>
          ))}
          <div className="lane">
            <dt>{t('customs.queue.noLane')}</dt>
            <dd>{laneCount('NONE')}</dd>
          </div>
        </dl>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      {loading && rows.length === 0 ? <p role="status">{t('customs.queue.loading')}</p> : null}
      {!loading && !error && rows.length === 0 ? <p>{t('customs.queue.empty')}</p> : null}
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('customs.queue.number')}</th>
              <th scope="col">{t('customs.queue.kind')}</th>
              <th scope="col">{t('customs.queue.state')}</th>
              <th scope="col">{t('customs.queue.lane')}</th>
              <th scope="col">{t('customs.queue.order')}</th>
              <th scope="col">{t('customs.queue.declarant')}</th>
              <th scope="col">{t('customs.queue.value')}</th>
              <th scope="col">{t('customs.queue.filed')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} data-testid="declaration-row">
                <td>
                  <Link to={`/customs/${d.number}`}>{d.number}</Link>
                </td>
                <td>
                  {t(`customs.kind.${d.kind}`)} · {t(`customs.mode.${d.mode}`)}
                </td>
                <td>
                  <span className={`state state-${d.state}`}>{t(`customs.state.${d.state}`)}</span> <span lang="zh-CN">{d.chineseStatus}</span>
                </td>
                <td>{d.lane ? <LaneBadge lane={d.lane} /> : t('customs.queue.noLane')}</td>
                <td>{d.orderNumber}</td>
                <td>{d.declarant.name}</td>
                <td className="number">{d.totalValue ? `${d.totalValue.amount} ${d.totalValue.currency}` : '—'}</td>
                <td>{d.createdAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data?.declarations.pageInfo.hasNextPage ? (
        <button type="button" disabled={loading} onClick={() => setAfter(data.declarations.pageInfo.endCursor ?? null)}>
          {t('customs.queue.more')}
        </button>
      ) : null}
    </section>
  );
}

/** A lane named in words (colour alone says nothing to a screen reader or a colour-blind officer). */
export function LaneBadge({ lane }: { lane: Lane }) {
  const { t } = useTranslation();
  return <span className={`lane-badge lane-${lane}`}>{t(`customs.lane.${lane}`)}</span>;
}
