/** The server's errors as it wrote them, with their codes, in an alert the screen reader announces. */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';

export function ErrorNotice({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error">
      <strong>{error.code === 'UNAUTHENTICATED' ? t('errors.unauthenticated') : t('errors.title')}</strong>
      <ul>
        {error.errors.map((e, i) => (
          <li key={i}>
            {e.extensions?.code ? <code>{e.extensions.code}</code> : null} {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
