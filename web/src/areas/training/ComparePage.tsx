/**
 * /training/compare?a=<run>&b=<run>: two runs side by side, e.g. the same scenario on two seeds
 * or at two sizes: each KPI for A and B with B less A, then each run's charts in a column of
 * its own. The runs are picked from the list of runs; the address keeps the choice, so a
 * comparison can be shared as a link.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../router';
import { useSession } from '../../session';
import { DASH, difference, figure } from './format';
import { ScenarioRunReportQuery, TrainingCatalogueQuery } from './operations';
import { KPI_ROWS, RunCharts, type RunReport } from './RunCharts';
import { canWatchRuns } from './TrainingPage';

function chosenRuns(): { a: string; b: string } {
  const query = new URLSearchParams(window.location.search);
  return { a: query.get('a') ?? '', b: query.get('b') ?? '' };
}

export function ComparePage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const watcher = canWatchRuns(me?.roles ?? []);
  const [chosen, setChosen] = useState(chosenRuns);
  const runs = useQuery(TrainingCatalogueQuery, { runs: 50 }, { skip: !watcher });
  const a = useQuery(ScenarioRunReportQuery, { number: chosen.a }, { skip: !watcher || !chosen.a });
  const b = useQuery(ScenarioRunReportQuery, { number: chosen.b }, { skip: !watcher || !chosen.b });

  const pick = (side: 'a' | 'b', number: string) => {
    const next = { ...chosen, [side]: number };
    setChosen(next);
    // The address follows the choice (replaced, not pushed: picking is not a page of its own).
    window.history.replaceState(null, '', `/training/compare?a=${encodeURIComponent(next.a)}&b=${encodeURIComponent(next.b)}`);
  };

  if (!watcher) {
    return (
      <section aria-labelledby="compare-title">
        <h1 id="compare-title">{t('training.compare.title')}</h1>
        <p role="alert">{t('training.notForYou')}</p>
      </section>
    );
  }
  const left = a.data?.scenarioRun ?? null;
  const right = b.data?.scenarioRun ?? null;
  return (
    <section aria-labelledby="compare-title">
      <p>
        <Link to="/training">{t('training.back')}</Link>
      </p>
      <h1 id="compare-title">{t('training.compare.title')}</h1>
      {runs.error ? <ErrorNotice error={runs.error} /> : null}
      <div className="compare-pick">
        {(['a', 'b'] as const).map((side) => (
          <div className="field" key={side}>
            <label htmlFor={`compare-${side}`}>{t(side === 'a' ? 'training.compare.runA' : 'training.compare.runB')}</label>
            <select id={`compare-${side}`} value={chosen[side]} onChange={(e) => pick(side, e.target.value)}>
              <option value="">{t('training.compare.choose')}</option>
              {chosen[side] && !runs.data?.scenarioRuns.some((r) => r.number === chosen[side]) ? <option value={chosen[side]}>{chosen[side]}</option> : null}
              {runs.data?.scenarioRuns.map((r) => (
                <option key={r.number} value={r.number}>
                  {r.number} · {r.title} · {t('training.compare.runLabel', { seed: r.seed, orders: r.orders })}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {a.error ? <ErrorNotice error={a.error} /> : null}
      {b.error ? <ErrorNotice error={b.error} /> : null}
      {(a.data && !left) || (b.data && !right) ? <p role="alert">{t('training.run.notFound', { number: a.data && !left ? chosen.a : chosen.b })}</p> : null}
      {left && right ? <Comparison left={left} right={right} /> : <p>{t('training.compare.pickTwo')}</p>}
    </section>
  );
}

function Comparison({ left, right }: { left: RunReport; right: RunReport }) {
  const { t } = useTranslation();
  const unfinished = [left, right].filter((r) => !r.kpis);
  return (
    <>
      {unfinished.length > 0 ? <p role="status">{t('training.compare.unfinished', { runs: unfinished.map((r) => r.number).join(', ') })}</p> : null}
      <h2>{t('training.run.kpis')}</h2>
      <table data-testid="compare-kpis">
        <thead>
          <tr>
            <th scope="col">{t('training.compare.kpi')}</th>
            <th scope="col">
              A · {left.number} ({t('training.compare.runLabel', { seed: left.seed, orders: left.orders })})
            </th>
            <th scope="col">
              B · {right.number} ({t('training.compare.runLabel', { seed: right.seed, orders: right.orders })})
            </th>
            <th scope="col">{t('training.compare.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {KPI_ROWS.map(({ key, digits }) => {
            const va = left.kpis ? (left.kpis[key] as number | string | null) : null;
            const vb = right.kpis ? (right.kpis[key] as number | string | null) : null;
            return (
              <tr key={key} data-testid="compare-row">
                <th scope="row">{t(`training.kpi.${key}`)}</th>
                <td className="number">{va === null ? DASH : figure(va, digits)}</td>
                <td className="number">{vb === null ? DASH : figure(vb, digits)}</td>
                <td className="number">{difference(va, vb, digits)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="side-by-side">
        {[left, right].map((run, i) => (
          <section key={`${i}-${run.number}`} aria-labelledby={`compare-charts-${i}`}>
            <h2 id={`compare-charts-${i}`}>
              {i === 0 ? 'A' : 'B'} · {run.number} · {run.title}
            </h2>
            <RunCharts run={run} />
          </section>
        ))}
      </div>
    </>
  );
}
