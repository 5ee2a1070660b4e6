/** Sign in with a pasted API token, or (outside production) as one of the server's demo parties. */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DemoParty, demoParties } from '../api/client';
import { ErrorNotice } from '../components/ErrorNotice';
import { navigate } from '../router';
import { useSession } from '../session';

export function SignInPage() {
  const { t } = useTranslation();
  const { signIn, checking, error } = useSession();
  const [token, setToken] = useState('');
  const [demos, setDemos] = useState<DemoParty[] | null>(null);

  useEffect(() => {
    demoParties().then(setDemos, () => setDemos([]));
  }, []);

  const enter = async (candidate: string) => {
    if (await signIn(candidate)) navigate('/orders');
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void enter(token.trim());
  };

  return (
    <section aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{t('signIn.title')}</h1>
      <form onSubmit={onSubmit} className="token-form">
        <label htmlFor="token">{t('signIn.tokenLabel')}</label>
        <input id="token" name="token" type="password" autoComplete="off" value={token} onChange={(e) => setToken(e.target.value)} aria-describedby="token-help" required />
        <p id="token-help" className="help">
          {t('signIn.tokenHelp')}
        </p>
        <button type="submit" disabled={checking || token.trim() === ''}>
          {t('signIn.submit')}
        </button>
      </form>
      {checking ? <p role="status">{t('signIn.checking')}</p> : null}
      {error ? <ErrorNotice error={error} /> : null}
      <h2>{t('signIn.demoTitle')}</h2>
      {demos && demos.length > 0 ? (
        <>
          <p className="help">{t('signIn.demoHelp')}</p>
          <ul className="demo-list">
            {demos.map((party) => (
              <li key={party.code}>
                <button type="button" onClick={() => void enter(party.token)} disabled={checking}>
                  {t('signIn.demoUse', { name: party.name })}
                </button>{' '}
                <span className="muted">
                  {party.code} · {party.roles.map((r) => t(`role.${r.toUpperCase()}`)).join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : demos ? (
        <p>{t('signIn.noDemo')}</p>
      ) : null}
    </section>
  );
}
