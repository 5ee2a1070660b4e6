/**
 * /classroom: the trainer's exercises (newest first, each opening its page) and the form that sets
 * one up. Exercises are the trainer's; anyone else is told the page is not theirs.
 */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../router';
import { useSession } from '../../session';
import { CreateExerciseForm } from './CreateExerciseForm';
import { ExercisesQuery } from './operations';

export function ClassroomPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const trainer = me?.roles.includes('TRAINER') ?? false;
  const { data, error, loading } = useQuery(ExercisesQuery, {}, { skip: !trainer });

  if (!trainer) {
    return (
      <section aria-labelledby="classroom-title">
        <h1 id="classroom-title">{t('classroom.title')}</h1>
        <p role="alert">{t('classroom.notForYou')}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="classroom-title">
      <h1 id="classroom-title">{t('classroom.title')}</h1>
      <p>{t('classroom.intro')}</p>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('classroom.loading')}</p> : null}
      {data ? <CreateExerciseForm scenarios={data.scenarios} /> : null}
      {data ? (
        <>
          <h2>{t('classroom.list.title')}</h2>
          {data.exercises.length === 0 ? (
            <p>{t('classroom.list.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('classroom.list.number')}</th>
                  <th scope="col">{t('classroom.list.name')}</th>
                  <th scope="col">{t('classroom.list.scenario')}</th>
                  <th scope="col">{t('classroom.list.now')}</th>
                  <th scope="col">{t('classroom.list.participants')}</th>
                </tr>
              </thead>
              <tbody>
                {data.exercises.map((e) => (
                  <tr key={e.number} data-testid="exercise-row">
                    <th scope="row">
                      <Link to={`/classroom/${encodeURIComponent(e.number)}`}>{e.number}</Link>
                    </th>
                    <td>{e.title}</td>
                    <td>{e.scenarioId ?? t('classroom.list.empty')}</td>
                    <td>{e.now}</td>
                    <td>{e.participants.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}
