/** The financings the caller may read (the exporter its own, the bank those applied to it, the insurer those on its policies), by state; the way to apply, and to a policy by its number. */
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { FinancingState, FinancingsQuery as Result } from '../../gql/graphql';
import { Link, navigate } from '../../router';
import { useSession } from '../../session';
import { FinancingsQuery } from './operations';

const STATES: FinancingState[] = [
  'APPLIED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'PLEDGE_REGISTERED', 'DISBURSED', 'REPAID', 'COLLATERAL_RELEASED',
  'CLOSED', 'OVERDUE', 'DEFAULTED', 'ENFORCED', 'CLAIM_PAID',
];
const PAGE_SIZE = 50;

type Row = Result['financings']['edges'][number]['node'];

export function FinancingsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [state, setState] = useState<FinancingState | ''>('');
  const [after, setAfter] = useState<string | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const { data, error, loading } = useQuery(FinancingsQuery, { first: PAGE_SIZE, after, filter: state ? { state } : null }, { pollMs: 15_000 });

  useEffect(() => {
    if (!data) return;
    const page = data.financings.edges.map((e) => e.node);
    setRows((previous) => (after ? [...previous.filter((r) => !page.some((p) => p.id === r.id)), ...page] : page));
  }, [data, after]);

  const [policy, setPolicy] = useState('');
  const openPolicy = (event: FormEvent) => {
    event.preventDefault();
    if (policy.trim()) navigate(`/finance/policy/${encodeURIComponent(policy.trim())}`);
  };

  return (
    <section aria-labelledby="financings-title">
      <h1 id="financings-title">{t('finance.list.title')}</h1>
      {me?.roles.includes('EXPORTER') ? (
        <p>
          <Link to="/finance/apply" className="button-link">
            {t('finance.list.apply')}
          </Link>
        </p>
      ) : null}
      {me?.roles.some((r) => r === 'INSURER' || r === 'EXPORTER' || r === 'BANK') ? (
        <form className="inline-form" onSubmit={openPolicy}>
          <label>
            {t('finance.policy.lookup')} <input value={policy} onChange={(e) => setPolicy(e.target.value)} placeholder="CP-2026-000001" />
          </label>
          <button type="submit">{t('finance.policy.open')}</button>
        </form>
      ) : null}
      <div className="filters">
        <label>
          {t('finance.list.state')}{' '}
          <select
            value={state}
            onChange={(e) => {
              setState(e.target.value as FinancingState | '');
              setAfter(null);
              setRows([]);
            }}
          >
            <option value="">{t('finance.list.anyState')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`finance.state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {data ? <span role="status">{t('finance.list.count', { count: data.financings.totalCount })}</span> : null}
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && rows.length === 0 ? <p role="status">{t('finance.list.loading')}</p> : null}
      {!loading && !error && rows.length === 0 ? <p>{t('finance.list.empty')}</p> : null}
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('finance.list.number')}</th>
              <th scope="col">{t('finance.list.kind')}</th>
              <th scope="col">{t('finance.list.state')}</th>
              <th scope="col">{t('finance.list.exporter')}</th>
              <th scope="col">{t('finance.list.bank')}</th>
              <th scope="col">{t('finance.list.goods')}</th>
              <th scope="col">{t('finance.list.limit')}</th>
              <th scope="col">{t('finance.list.applied')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.id} data-testid="financing-row">
                <td>
                  <Link to={`/finance/${f.number}`}>{f.number}</Link>
                </td>
                <td>{t(`finance.kind.${f.kind}`)}</td>
                <td>
                  <span className={`state state-${f.state}`}>{t(`finance.state.${f.state}`)}</span> <span lang="zh-CN">{f.chineseState}</span>
                </td>
                <td>{f.exporter.name}</td>
                <td>{f.bank.name}</td>
                <td>
                  {f.orderNumber}
                  {f.billNumber ? ` / ${f.billNumber}` : ''}
                </td>
                <td className="number">{f.terms ? `${f.terms.limit.loan.amount} ${f.terms.limit.loan.currency}` : '—'}</td>
                <td>{f.createdAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data?.financings.pageInfo.hasNextPage ? (
        <button type="button" disabled={loading} onClick={() => setAfter(data.financings.pageInfo.endCursor ?? null)}>
          {t('finance.list.more')}
        </button>
      ) : null}
    </section>
  );
}
