/** Which page a path shows; signed-out visitors see the sign-in page whatever the path. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout } from './components/Layout';
import { OrdersPage } from './pages/OrdersPage';
import { SignInPage } from './pages/SignInPage';
import { TrackPage } from './pages/TrackPage';
import { navigate, usePath } from './router';
import { useSession } from './session';

function Page({ path }: { path: string }) {
  const { t } = useTranslation();
  const { me, checking } = useSession();
  const track = /^\/track(?:\/(.*))?$/.exec(path);
  useEffect(() => {
    if (me && (path === '/' || path === '/sign-in')) navigate('/orders');
  }, [me, path]);
  if (!me) return checking ? <p role="status">{t('signIn.checking')}</p> : <SignInPage />;
  if (track) return <TrackPage key={track[1] ?? ''} reference={decodeURIComponent(track[1] ?? '')} />;
  return <OrdersPage />;
}

export function App() {
  const path = usePath();
  const { t } = useTranslation();
  const title = path.startsWith('/track') ? t('track.title') : path.startsWith('/orders') ? t('orders.title') : t('signIn.title');
  useEffect(() => {
    document.title = `${title} · ${t('app.title')}`;
  }, [title, t]);
  return (
    <Layout>
      <Page path={path} />
    </Layout>
  );
}
