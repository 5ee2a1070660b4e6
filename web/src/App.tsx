/** Which page a path shows; signed-out visitors see the sign-in page whatever the path. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AREAS } from './areas';
import type { AreaPage } from './areas/area';
import { Layout } from './components/Layout';
import { SignInPage } from './pages/SignInPage';
import { Link, navigate, usePath } from './router';
import { useSession } from './session';

function pageFor(path: string): AreaPage | null {
  for (const area of AREAS) {
    const page = area.page(path);
    if (page) return page;
  }
  return null;
}

function NotFound({ path }: { path: string }) {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('app.notFound.title')}</h1>
      <p>{t('app.notFound.text', { path })}</p>
      <Link to="/orders">{t('app.nav.orders')}</Link>
    </section>
  );
}

export function App() {
  const path = usePath();
  const { t } = useTranslation();
  const { me, checking } = useSession();
  const page = me ? pageFor(path) : null;
  const title = !me ? 'signIn.title' : page ? page.title : 'app.notFound.title';
  useEffect(() => {
    if (me && (path === '/' || path === '/sign-in')) navigate('/orders');
  }, [me, path]);
  useEffect(() => {
    document.title = `${t(title)} · ${t('app.title')}`;
  }, [title, t]);
  let body;
  if (!me) body = checking ? <p role="status">{t('signIn.checking')}</p> : <SignInPage />;
  else if (path === '/' || path === '/sign-in') body = null;
  else body = page ? page.element : <NotFound path={path} />;
  return <Layout>{body}</Layout>;
}
