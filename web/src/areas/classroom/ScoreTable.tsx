/** The KPIs of an exercise as a table: the whole class first, then each participant (or a participant's own row). */
import { useTranslation } from 'react-i18next';
import type { ExerciseScoreRowFragment } from '../../gql/graphql';

const COLUMNS = ['orders', 'delivered', 'onTime', 'freightUsd', 'dutiesAndFeesCny', 'lateFeesCny', 'loans', 'loansOverdue', 'loansDefaulted', 'financingCostUsd'] as const;

export function ScoreTable({ rows, refreshing }: { rows: ExerciseScoreRowFragment[]; refreshing: boolean }) {
  const { t } = useTranslation();
  return (
    <table aria-busy={refreshing} data-testid="score">
      <caption>{t('classroom.score.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('classroom.score.participant')}</th>
          {COLUMNS.map((c) => (
            <th scope="col" key={c}>
              {t(`classroom.score.${c}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.participant ?? ''} data-testid="score-row" data-participant={row.participant ?? ''}>
            <th scope="row">{row.participant ? `${row.participant} (${row.partyCode}, ${t(`role.${row.role}`)})` : t('classroom.score.class')}</th>
            {COLUMNS.map((c) => (
              <td key={c} data-kpi={c} className="number">
                {row[c]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
