/**
 * What an action's answer says beyond its fields: a CONFLICT (someone changed the bill since this
 * page read it) with a button that reloads the bill, the userErrors no input shows (a control
 * rule, e.g. "the bill is pledged"), and GraphQL errors (FORBIDDEN …).
 */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { errorsNotAt, type UserErrorView } from '../../api/use-mutation';
import { ErrorNotice } from '../../components/ErrorNotice';

interface Props {
  userErrors: UserErrorView[];
  conflict: UserErrorView | null;
  error: ApiError | null;
  /** The field paths the form shows next to its inputs. */
  shown: string[];
  onReload: () => void;
}

export function ActionRefusal({ userErrors, conflict, error, shown, onReload }: Props) {
  const { t } = useTranslation();
  const others = errorsNotAt(userErrors, shown).filter((e) => e !== conflict);
  return (
    <>
      {error ? <ErrorNotice error={error} /> : null}
      {conflict ? (
        <div role="alert" className="error" data-testid="conflict">
          <strong>{t('billActions.conflictTitle')}</strong> {conflict.message}{' '}
          <button type="button" onClick={onReload}>
            {t('billActions.reload')}
          </button>
        </div>
      ) : null}
      {others.length > 0 ? (
        <div role="alert" className="error" data-testid="action-refusal">
          <ul>
            {others.map((e, i) => (
              <li key={i}>
                <code>{e.code}</code> {e.rule ? <code>{e.rule}</code> : null} {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
