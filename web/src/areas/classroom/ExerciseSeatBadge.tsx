/**
 * In the header: a participant's token acts inside an exercise, on its clock, so the header says
 * which exercise and what time it is there. Nothing for a token of the real-time world.
 */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { Link } from '../../router';
import { MyExerciseSeatQuery } from './operations';

/** A running exercise clock moves on; a minute's staleness would mislead, half a minute is enough. */
const POLL_MS = 30_000;

export function ExerciseSeatBadge() {
  const { t } = useTranslation();
  const { data } = useQuery(MyExerciseSeatQuery, {}, { pollMs: POLL_MS });
  const seat = data?.myExerciseSeat;
  if (!seat) return null;
  return (
    <Link to="/classroom/seat">
      <span className="exercise-badge" data-testid="exercise-badge" aria-label={t('classroom.seat.badgeLabel')} title={t('classroom.seat.badgeLabel')}>
        {t('classroom.seat.badge', { number: seat.exercise.number, now: seat.exercise.now })}
      </span>
    </Link>
  );
}
