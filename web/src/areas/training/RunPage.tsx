/**
 * /training/runs/<number>: a run while it plays (orders done, the simulated instant, events,
 * incidents and refusals so far, followed live through `scenarioRunProgress`: each event makes
 * the page ask for the report again; it polls every second only while the subscription is not live),
 * then its report: KPIs, charts, expectations with their evidence, every order with its
 * timeline on demand, the report files to download, and a link to compare it with another run.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { useLiveQuery } from '../../api/use-live-query';
import { LiveIndicator } from '../../components/LiveIndicator';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../router';
import { useSession } from '../../session';
import { DASH, instant, saveFile } from './format';
import { laneLabel, orderStateLabel } from './labels';
import { ScenarioRunDownloadQuery, ScenarioRunProgressSubscription, ScenarioRunReportQuery } from './operations';
import { OrderTimeline } from './OrderTimeline';
import { KpiList, RunCharts, type RunReport } from './RunCharts';

const POLL_MS = 1000;

export function RunPage({ number }: { number: string }) {
  const { t } = useTranslation();
  const [running, setRunning] = useState(false);
  const { data, error, loading, live } = useLiveQuery(ScenarioRunReportQuery, { number }, ScenarioRunProgressSubscription, { run: number }, { follow: running, pollMs: POLL_MS });
  const run = data?.scenarioRun ?? null;
  useEffect(() => setRunning(run?.status === 'RUNNING'), [run?.status]);

  return (
    <section aria-labelledby="run-title">
      <p>
        <Link to="/training">{t('training.back')}</Link>
      </p>
      <h1 id="run-title">{run ? t('training.run.title', { number: run.number, title: run.title }) : t('training.run.titleOnly', { number })}</h1>
      {running ? <LiveIndicator live={live} pollSeconds={POLL_MS / 1000} /> : null}
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('training.loading')}</p> : null}
      {data && !run ? <p role="alert">{t('training.run.notFound', { number })}</p> : null}
      {run ? <RunView run={run} /> : null}
    </section>
  );
}

function RunView({ run }: { run: RunReport }) {
  const { t } = useTranslation();
  const p = run.progress;
  return (
    <>
      <dl className="summary">
        <div>
          <dt>{t('training.runs.status')}</dt>
          <dd data-testid="run-status">
            <span className={`run-status run-${run.status}`}>{t(`training.status.${run.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('training.runs.scenario')}</dt>
          <dd>
            <code>{run.scenarioId}</code>
          </dd>
        </div>
        <div>
          <dt>{t('training.runs.seed')}</dt>
          <dd>{run.seed}</dd>
        </div>
        <div>
          <dt>{t('training.run.startedBy')}</dt>
          <dd>{run.startedBy ? `${run.startedBy.name} (${run.startedBy.code})` : DASH}</dd>
        </div>
        <div>
          <dt>{t('training.runs.startedAt')}</dt>
          <dd>{instant(run.startedAt)}</dd>
        </div>
        <div>
          <dt>{t('training.run.finishedAt')}</dt>
          <dd>{instant(run.finishedAt)}</dd>
        </div>
      </dl>

      <h2>{t('training.run.progress')}</h2>
      <div className="run-progress" data-testid="run-progress">
        <label htmlFor="run-progress-bar">{t('training.run.ordersDone', { done: p.ordersDone, total: p.ordersTotal })}</label>
        <progress id="run-progress-bar" max={p.ordersTotal} value={p.ordersDone} />
        <p>
          {t('training.run.simulatedAt')}: {instant(p.simulatedAt)} · {t('training.run.events', { count: p.events })}
        </p>
      </div>
      {run.error ? (
        <p role="alert" className="error">
          {t('training.run.failed')}: {run.error}
        </p>
      ) : null}

      {run.kpis ? (
        <>
          <h2>{t('training.run.kpis')}</h2>
          <KpiList kpis={run.kpis} />
          <Downloads number={run.number} scenarioId={run.scenarioId} seed={run.seed} />
        </>
      ) : null}
      <h2>{t('training.run.charts')}</h2>
      <RunCharts run={run} />
      {run.expectations ? <Expectations expectations={run.expectations} /> : null}
      {run.orderReports ? <Orders run={run} /> : null}
      <p>
        <Link to={`/training/compare?a=${encodeURIComponent(run.number)}`}>{t('training.run.compare')}</Link>
      </p>
    </>
  );
}

function Expectations({ expectations }: { expectations: NonNullable<RunReport['expectations']> }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('training.run.expectations')}</h2>
      <ul className="expectations">
        {expectations.map((e) => (
          <li key={e.id} data-testid="expectation">
            <strong className={e.met ? 'early' : 'late'}>{t(e.met ? 'training.run.met' : 'training.run.notMet')}</strong> {e.text} (<code>{e.id}</code>)
            {e.evidence.length > 0 ? (
              <ul>
                {e.evidence.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}

function Orders({ run }: { run: RunReport }) {
  const { t } = useTranslation();
  const orders = run.orderReports ?? [];
  const [handle, setHandle] = useState<string>(orders[0]?.handle ?? '');
  return (
    <>
      <h2>{t('training.orders.title')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('training.orders.handle')}</th>
            <th scope="col">{t('training.orders.number')}</th>
            <th scope="col">{t('training.orders.route')}</th>
            <th scope="col">{t('training.orders.leadTime')}</th>
            <th scope="col">{t('training.orders.delay')}</th>
            <th scope="col">{t('training.orders.lane')}</th>
            <th scope="col">{t('training.orders.state')}</th>
            <th scope="col">{t('training.orders.timeline')}</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((o) => (
            <tr key={o.handle} data-testid="run-order">
              <th scope="row">
                <code>{o.handle}</code>
              </th>
              <td>{o.number}</td>
              <td>{o.route ?? DASH}</td>
              <td className="number">{o.leadTimeDays ?? DASH}</td>
              <td className="number">{o.delayDays ?? DASH}</td>
              <td>{o.lane ? laneLabel(t, o.lane) : DASH}</td>
              <td>{orderStateLabel(t, o.finalState)}</td>
              <td>
                <button type="button" onClick={() => setHandle(o.handle)} aria-pressed={handle === o.handle}>
                  {t('training.orders.show')} <span className="visually-hidden">{o.handle}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {handle ? <OrderTimeline key={handle} number={run.number} handle={handle} handles={orders.map((o) => o.handle)} onPick={setHandle} /> : null}
    </>
  );
}

/** The report files the API offers, fetched when asked for: the Markdown report and the whole JSON. */
function Downloads({ number, scenarioId, seed }: { number: string; scenarioId: string; seed: number }) {
  const { t } = useTranslation();
  const { token } = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (format: 'markdown' | 'json') => {
    setFailure(null);
    try {
      const data = await request(ScenarioRunDownloadQuery, { number, markdown: format === 'markdown', json: format === 'json' }, token);
      const text = format === 'markdown' ? data.scenarioRun?.markdown : data.scenarioRun?.reportJson;
      if (!text) throw new Error(t('training.run.noReport'));
      const name = `${number}-${scenarioId}-seed${seed}`;
      saveFile(format === 'markdown' ? `${name}.md` : `${name}.json`, text, format === 'markdown' ? 'text/markdown' : 'application/json');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="downloads">
      <button type="button" onClick={() => void download('markdown')}>
        {t('training.run.downloadMarkdown')}
      </button>
      <button type="button" onClick={() => void download('json')}>
        {t('training.run.downloadJson')}
      </button>
      {failure ? (
        <p role="alert" className="error">
          {failure}
        </p>
      ) : null}
    </div>
  );
}
