/** /classroom/seat: a participant's place in its exercise (who it plays, the exercise's time) and its own score row. */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { MyExerciseSeatQuery } from './operations';
import { ScoreTable } from './ScoreTable';

const POLL_MS = 5000;

export function SeatPage() {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(MyExerciseSeatQuery, {}, { pollMs: POLL_MS });
  const seat = data?.myExerciseSeat;
  return (
    <section aria-labelledby="seat-title">
      <h1 id="seat-title">{t('classroom.seat.title')}</h1>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('classroom.loading')}</p> : null}
      {data && !seat ? <p role="alert">{t('classroom.seat.notInExercise')}</p> : null}
      {seat ? (
        <>
          <p data-testid="seat-who">
            {t('classroom.seat.who', { participant: seat.participant, party: seat.partyCode, role: t(`role.${seat.role}`), number: seat.exercise.number, title: seat.exercise.title })}
          </p>
          <dl className="facts">
            <dt>{t('classroom.clock.now')}</dt>
            <dd data-testid="seat-now">{seat.exercise.now}</dd>
          </dl>
          <h2>{t('classroom.score.title')}</h2>
          <ScoreTable rows={seat.exercise.score} refreshing={loading} />
        </>
      ) : null}
    </section>
  );
}
