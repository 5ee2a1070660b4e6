/** What happened in an exercise, in exercise time: time-driven steps, notices, incidents (refusals marked). */
import { useTranslation } from 'react-i18next';
import type { ExerciseQuery } from '../../gql/graphql';

type Event = NonNullable<ExerciseQuery['exercise']>['events'][number];

export function EventsTable({ events }: { events: Event[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <p>{t('classroom.events.none')}</p>;
  return (
    <table data-testid="events">
      <thead>
        <tr>
          <th scope="col">{t('classroom.events.at')}</th>
          <th scope="col">{t('classroom.events.name')}</th>
          <th scope="col">{t('classroom.events.actor')}</th>
          <th scope="col">{t('classroom.events.detail')}</th>
        </tr>
      </thead>
      <tbody>
        {[...events].reverse().map((e) => (
          <tr key={e.seq} data-testid="event-row">
            <th scope="row">{e.at}</th>
            <td>
              <code>{e.name}</code>
            </td>
            <td>{e.actor}</td>
            <td>
              {e.refused ? <strong>{t('classroom.events.refused')} </strong> : null}
              {e.detail} {e.rule ? <code>{e.rule}</code> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
