/**
 * /classroom/<number>: one exercise for its trainer: the clock and its controls, participants and
 * invitations, incidents, the live score (polled every few seconds, so moves made elsewhere and a
 * running clock show), what happened, and the report.
 */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../router';
import { ClockPanel } from './ClockPanel';
import { EventsTable } from './EventsTable';
import { IncidentForm } from './IncidentForm';
import { ExerciseQuery } from './operations';
import { ParticipantsPanel } from './ParticipantsPanel';
import { ReportDownload } from './ReportDownload';
import { ScoreTable } from './ScoreTable';

/** The score is live: a few seconds is quick enough for a class watching the screen. */
const POLL_MS = 3000;

export function ExercisePage({ number }: { number: string }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(ExerciseQuery, { number }, { pollMs: POLL_MS });
  const exercise = data?.exercise;

  return (
    <section aria-labelledby="exercise-title">
      <p>
        <Link to="/classroom">{t('classroom.back')}</Link>
      </p>
      <h1 id="exercise-title">{exercise ? `${exercise.number} · ${exercise.title}` : number}</h1>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('classroom.loading')}</p> : null}
      {data && !exercise ? <p role="alert">{t('classroom.exercise.notFound', { number })}</p> : null}
      {exercise ? (
        <>
          <p>{t('classroom.exercise.facts', { scenario: exercise.scenarioId ?? t('classroom.list.empty'), seed: exercise.seed, days: exercise.defaultAfterDaysOverdue })}</p>
          <section aria-labelledby="score-title" className="classroom-panel">
            <h2 id="score-title">{t('classroom.score.title')}</h2>
            <ScoreTable rows={exercise.score} refreshing={loading} />
          </section>
          <div className="classroom-columns">
            <ClockPanel number={exercise.number} now={exercise.now} clockRate={exercise.clockRate} onMoved={refetch} />
            <IncidentForm number={exercise.number} onInjected={refetch} />
          </div>
          <ParticipantsPanel number={exercise.number} participants={exercise.participants} onChanged={refetch} />
          <section aria-labelledby="incidents-title" className="classroom-panel">
            <h2 id="incidents-title">{t('classroom.incident.list')}</h2>
            {exercise.incidents.length === 0 ? (
              <p>{t('classroom.incident.none')}</p>
            ) : (
              <table data-testid="incidents">
                <thead>
                  <tr>
                    <th scope="col">{t('classroom.incident.at')}</th>
                    <th scope="col">{t('classroom.incident.type')}</th>
                    <th scope="col">{t('classroom.incident.order')}</th>
                    <th scope="col">{t('classroom.incident.effect')}</th>
                  </tr>
                </thead>
                <tbody>
                  {exercise.incidents.map((i) => (
                    <tr key={i.seq}>
                      <th scope="row">{i.at}</th>
                      <td>{t(`classroom.incident.types.${i.type}`, { defaultValue: i.type })}</td>
                      <td>{i.order ?? ''}</td>
                      <td>
                        {i.effect}
                        {i.note ? ` (${i.note})` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section aria-labelledby="events-title" className="classroom-panel">
            <h2 id="events-title">{t('classroom.events.title')}</h2>
            <EventsTable events={exercise.events} />
          </section>
          <ReportDownload number={exercise.number} />
        </>
      ) : null}
    </section>
  );
}
