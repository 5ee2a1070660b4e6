/** Header (title, navigation, who is signed in, language switch) around every page. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS } from '../areas';
import { ExerciseSeatBadge } from '../areas/classroom';
import { LANGUAGES, setLanguage, type Language } from '../i18n';
import { Link } from '../router';
import { useSession } from '../session';

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const { me, signOut } = useSession();
  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <header>
        <span className="brand">{t('app.title')}</span>
        {me ? (
          <nav aria-label={t('app.title')}>
            {AREAS.flatMap((area) => area.nav)
              .filter((link) => !link.roles || link.roles.some((role) => me.roles.includes(role)))
              .map((link) => (
                <Link key={link.to} to={link.to}>
                  {t(link.label)}
                </Link>
              ))}
          </nav>
        ) : null}
        <div className="tools">
          {me ? (
            <>
              <ExerciseSeatBadge />
              <span data-testid="signed-in">
                {t('app.signedInAs', { name: me.party.name, code: me.party.code })} · {me.roles.map((r) => t(`role.${r}`)).join(', ')}
              </span>
              <button type="button" onClick={signOut}>
                {t('app.signOut')}
              </button>
            </>
          ) : null}
          <label>
            {t('app.language')}{' '}
            <select value={i18n.language} onChange={(event) => setLanguage(event.target.value as Language)}>
              {LANGUAGES.map((l) => (
                <option key={l.code} value={l.code} lang={l.htmlLang}>
                  {l.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <main id="main">{children}</main>
    </>
  );
}
