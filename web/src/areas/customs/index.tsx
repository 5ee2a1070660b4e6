/** Customs: the declaration queue by lane and state, filing, correcting or completing a declaration, and a declaration's page with its receipts and decisions. */
import type { Area } from '../area';
import { CorrectDeclarationPage } from './CorrectDeclarationPage';
import { DeclarationPage } from './DeclarationPage';
import { DeclarationsPage } from './DeclarationsPage';
import { NewDeclarationPage } from './NewDeclarationPage';
import { en } from './texts.en';
import { zh } from './texts.zh';

export const customsArea: Area = {
  id: 'customs',
  nav: [{ to: '/customs', label: 'customs.nav', roles: ['EXPORTER', 'IMPORTER', 'FORWARDER', 'CUSTOMS', 'TRAINER', 'AUDITOR'] }],
  page(path) {
    if (path === '/customs') return { title: 'customs.queue.title', element: <DeclarationsPage /> };
    if (path === '/customs/new') {
      const order = new URLSearchParams(window.location.search).get('order') ?? '';
      return { title: 'customs.form.title', element: <NewDeclarationPage key={order} initialOrder={order} /> };
    }
    const correct = /^\/customs\/([^/]+)\/correct$/.exec(path);
    if (correct) return { title: 'customs.correct.title', element: <CorrectDeclarationPage key={correct[1]} number={decodeURIComponent(correct[1]!)} /> };
    const one = /^\/customs\/([^/]+)$/.exec(path);
    if (one) return { title: 'customs.page.title', element: <DeclarationPage key={one[1]} number={decodeURIComponent(one[1]!)} /> };
    return null;
  },
  texts: { en, zh },
};
