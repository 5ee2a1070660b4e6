/** The exercise's report, fetched when asked for and saved as a file: Markdown (KPIs, incidents, events) or JSON. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, request } from '../../api/client';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useSession } from '../../session';
import { ExerciseReportQuery } from './operations';

function save(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export function ReportDownload({ number }: { number: string }) {
  const { t } = useTranslation();
  const { token } = useSession();
  const [error, setError] = useState<ApiError | null>(null);

  const download = async (format: 'md' | 'json') => {
    setError(null);
    try {
      const report = (await request(ExerciseReportQuery, { number }, token)).exercise;
      if (!report) return;
      if (format === 'md') save(`${number}.md`, 'text/markdown', report.markdown ?? '');
      else save(`${number}.json`, 'application/json', report.reportJson ?? '');
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError([{ message: String(failure) }], 0));
    }
  };

  return (
    <section aria-labelledby="report-title" className="classroom-panel">
      <h2 id="report-title">{t('classroom.exercise.report')}</h2>
      <button type="button" onClick={() => void download('md')}>
        {t('classroom.exercise.markdown')}
      </button>{' '}
      <button type="button" onClick={() => void download('json')}>
        {t('classroom.exercise.json')}
      </button>
      {error ? <ErrorNotice error={error} /> : null}
    </section>
  );
}
