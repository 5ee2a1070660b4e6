/** The userErrors a form shows at no input of its own (no field, or one it has no input for), in one alert. */
import { useTranslation } from 'react-i18next';
import type { UserErrorView } from '../../api/use-mutation';

export function RefusalSummary({ errors }: { errors: ReadonlyArray<UserErrorView> }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <div role="alert" className="error">
      <strong>{t('customs.form.otherErrors')}</strong>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>
            {e.message} {e.rule ? <code>{e.rule}</code> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
