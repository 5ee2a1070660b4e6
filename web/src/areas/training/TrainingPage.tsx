/**
 * /training: the bundled scenarios with what each shows and the seed-document lines it rests on,
 * the runs started so far (newest first, each opening its report), and, for a trainer, the form
 * that starts a run. Trainers and auditors watch runs; anyone else is told the page is not theirs.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { TrainingCatalogueQuery } from '../../gql/graphql';
import { Link } from '../../router';
import { useSession } from '../../session';
import { instant } from './format';
import { TrainingCatalogueQuery as CatalogueQuery } from './operations';
import { StartRunForm } from './StartRunForm';

type Run = TrainingCatalogueQuery['scenarioRuns'][number];

/** The runs list refreshes while one of them plays, so a finished run shows as such. */
const POLL_MS = 2000;

export function canWatchRuns(roles: readonly string[]): boolean {
  return roles.includes('TRAINER') || roles.includes('AUDITOR');
}

export function TrainingPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const watcher = canWatchRuns(me?.roles ?? []);
  const trainer = me?.roles.includes('TRAINER') ?? false;
  const [pollMs, setPollMs] = useState<number | undefined>(undefined);
  const { data: catalogue, error, loading } = useQuery(CatalogueQuery, { runs: 50 }, { skip: !watcher, pollMs });
  useEffect(() => setPollMs(catalogue?.scenarioRuns.some((r) => r.status === 'RUNNING') ? POLL_MS : undefined), [catalogue]);

  if (!watcher) {
    return (
      <section aria-labelledby="training-title">
        <h1 id="training-title">{t('training.title')}</h1>
        <p role="alert">{t('training.notForYou')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="training-title">
      <h1 id="training-title">{t('training.title')}</h1>
      <p>{t('training.intro')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !catalogue ? <p role="status">{t('training.loading')}</p> : null}
      {catalogue && trainer ? <StartRunForm scenarios={catalogue.scenarios} /> : null}
      {catalogue ? <RunsTable runs={catalogue.scenarioRuns} refreshing={loading} /> : null}
      {catalogue ? <Catalogue scenarios={catalogue.scenarios} /> : null}
    </section>
  );
}

function RunsTable({ runs, refreshing }: { runs: Run[]; refreshing: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('training.runs.title')}</h2>
      {runs.length === 0 ? (
        <p>{t('training.runs.none')}</p>
      ) : (
        <table aria-busy={refreshing}>
          <thead>
            <tr>
              <th scope="col">{t('training.runs.number')}</th>
              <th scope="col">{t('training.runs.scenario')}</th>
              <th scope="col">{t('training.runs.seed')}</th>
              <th scope="col">{t('training.runs.orders')}</th>
              <th scope="col">{t('training.runs.status')}</th>
              <th scope="col">{t('training.runs.startedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.number} data-testid="run-row">
                <th scope="row">
                  <Link to={`/training/runs/${encodeURIComponent(run.number)}`}>{run.number}</Link>
                </th>
                <td>{run.title}</td>
                <td className="number">{run.seed}</td>
                <td className="number">
                  {run.status === 'RUNNING' ? `${run.progress.ordersDone} / ${run.progress.ordersTotal}` : run.orders}
                </td>
                <td>
                  <span className={`run-status run-${run.status}`}>{t(`training.status.${run.status}`)}</span>
                </td>
                <td>{instant(run.startedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {runs.length >= 2 ? (
        <p>
          <Link to={`/training/compare?a=${encodeURIComponent(runs[1].number)}&b=${encodeURIComponent(runs[0].number)}`}>{t('training.runs.compareLatest')}</Link>
        </p>
      ) : null}
    </>
  );
}

function Catalogue({ scenarios }: { scenarios: TrainingCatalogueQuery['scenarios'] }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('training.catalogue.title')}</h2>
      <ul className="scenario-list">
        {scenarios.map((s) => (
          <li key={s.id} data-testid="scenario">
            <h3>{s.title}</h3>
            <p className="muted">
              <code>{s.id}</code> · {s.file} · {t('training.catalogue.seed', { seed: s.seed })} · {t('training.catalogue.orders', { count: s.orders })} ·{' '}
              {t('training.catalogue.start', { start: instant(s.start) })}
            </p>
            {s.description ? <p>{s.description}</p> : null}
            <p>
              <strong>{t('training.catalogue.sources')}</strong> {s.sources.map((source, i) => <cite key={source}>{i > 0 ? ', ' : ''}{source}</cite>)}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
