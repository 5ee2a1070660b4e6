/** Finance: the financings list, the exporter's invoice and application, and a financing's page (four-document matching, decisions, the loan), a credit insurance policy. */
import type { Area } from '../area';
import { ApplyPage } from './ApplyPage';
import { FinancingPage } from './FinancingPage';
import { FinancingsPage } from './FinancingsPage';
import { PolicyPage } from './PolicyPage';
import { en } from './texts.en';
import { zh } from './texts.zh';

export const financeArea: Area = {
  id: 'finance',
  nav: [{ to: '/finance', label: 'finance.nav', roles: ['EXPORTER', 'BANK', 'INSURER', 'TRAINER', 'AUDITOR'] }],
  page(path) {
    if (path === '/finance') return { title: 'finance.list.title', element: <FinancingsPage /> };
    if (path === '/finance/apply') {
      const query = new URLSearchParams(window.location.search);
      return { title: 'finance.apply.title', element: <ApplyPage key={query.toString()} query={query} /> };
    }
    const policy = /^\/finance\/policy\/([^/]+)$/.exec(path);
    if (policy) return { title: 'finance.policy.title', element: <PolicyPage key={policy[1]} number={decodeURIComponent(policy[1]!)} /> };
    const one = /^\/finance\/([^/]+)$/.exec(path);
    if (one) return { title: 'finance.page.title', element: <FinancingPage key={one[1]} number={decodeURIComponent(one[1]!)} /> };
    return null;
  },
  texts: { en, zh },
};
