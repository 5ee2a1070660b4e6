/**
 * One financing: who lends to whom against what, the four-document matching table, the actions
 * the caller may take now, the loan in both currencies with its interest periods and repayments,
 * the pledged bill's control, and the history. It follows the financing live (`financingEvents`):
 * a step any party takes shows as it is recorded; while the live socket is down it asks again
 * every 15 s.
 */
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../api/use-live-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LiveIndicator } from '../../components/LiveIndicator';
import type { FinancingQuery as Result } from '../../gql/graphql';
import { Link } from '../../router';
import { FinancingActions } from './FinancingActions';
import { LoanPanel } from './LoanPanel';
import { MatchingTable } from './MatchingTable';
import { FinancingEventsSubscription, FinancingQuery } from './operations';

type Financing = NonNullable<Result['financing']>;

/** How often the page asks again while live updates are not live. */
const POLL_MS = 15_000;

export function FinancingPage({ number }: { number: string }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch, live } = useLiveQuery(FinancingQuery, { reference: number }, FinancingEventsSubscription, { number }, { pollMs: POLL_MS });
  const f = data?.financing;
  return (
    <section aria-labelledby="financing-title" data-testid="financing">
      <h1 id="financing-title">
        {t('finance.page.title')} {number}
      </h1>
      <LiveIndicator live={live} pollSeconds={POLL_MS / 1000} />
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('finance.page.loading')}</p> : null}
      {data && !f ? <p role="alert">{t('finance.page.notFound', { number })}</p> : null}
      {f ? (
        <>
          <Summary f={f} />
          <FinancingActions financing={f} onChange={refetch} />
          <section aria-labelledby="matching-title">
            <h2 id="matching-title">{t('finance.matching.title')}</h2>
            <MatchingTable financing={f} />
          </section>
          <LoanPanel financing={f} />
          <History f={f} />
        </>
      ) : null}
    </section>
  );
}

function Summary({ f }: { f: Financing }) {
  const { t } = useTranslation();
  const reasons = [f.rejectionReason, f.withdrawalReason, f.defaultReason, f.writeOffReason].filter(Boolean);
  return (
    <dl className="summary">
      <div>
        <dt>{t('finance.page.state')}</dt>
        <dd data-testid="financing-state">
          <span lang="zh-CN">{f.chineseState}</span>
          {t(`finance.state.${f.state}`) !== f.chineseState ? ` · ${t(`finance.state.${f.state}`)}` : null}
        </dd>
      </div>
      <div>
        <dt>{t('finance.page.kind')}</dt>
        <dd>{t(`finance.kind.${f.kind}`)}</dd>
      </div>
      <div>
        <dt>{t('finance.page.exporter')}</dt>
        <dd>{f.exporter.name}</dd>
      </div>
      <div>
        <dt>{t('finance.page.bank')}</dt>
        <dd>{f.bank.name}</dd>
      </div>
      {f.insurer ? (
        <div>
          <dt>{t('finance.page.insurer')}</dt>
          <dd>
            {f.insurer.name} {f.policyNumber ? <Link to={`/finance/policy/${encodeURIComponent(f.policyNumber)}`}>{f.policyNumber}</Link> : null}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('finance.page.order')}</dt>
        <dd>
          <Link to={`/track/${encodeURIComponent(f.orderNumber)}`}>{f.orderNumber}</Link>
        </dd>
      </div>
      {f.billNumber ? (
        <div>
          <dt>{t('finance.page.bill')}</dt>
          <dd>
            <Link to={`/bills/${encodeURIComponent(f.billNumber)}`}>{f.billNumber}</Link>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('finance.page.invoice')}</dt>
        <dd>{f.invoiceNumber}</dd>
      </div>
      <div>
        <dt>{t('finance.page.currencies')}</dt>
        <dd>
          {f.currency} / {f.goodsCurrency}
        </dd>
      </div>
      {f.bill ? (
        <div>
          <dt>{t('finance.page.collateral')}</dt>
          <dd data-testid="collateral">
            {t('finance.page.owner')}: {f.bill.beneficiary?.code ?? '—'} · {t('finance.page.holder')}: {f.bill.holder?.code ?? '—'} · {t('finance.page.pledgee')}:{' '}
            {f.bill.pledgee?.code ?? '—'}
          </dd>
        </div>
      ) : null}
      {reasons.length > 0 ? (
        <div>
          <dt>{t('finance.page.reasons')}</dt>
          <dd>{reasons.join('; ')}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function History({ f }: { f: Financing }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('finance.page.history')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('finance.page.at')}</th>
            <th scope="col">{t('finance.page.event')}</th>
            <th scope="col">{t('finance.page.state')}</th>
            <th scope="col">{t('finance.page.by')}</th>
          </tr>
        </thead>
        <tbody>
          {f.history.map((h) => (
            <tr key={h.seq}>
              <td>{h.at.slice(0, 19).replace('T', ' ')}</td>
              <td>
                <code>{h.event}</code>
              </td>
              <td>{t(`finance.state.${stateName(h.to)}`, { defaultValue: h.to })}</td>
              <td>{h.actor.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** A state as the history stores it (`underReview`) in the API's enum spelling (`UNDER_REVIEW`). */
function stateName(stored: string): string {
  return stored.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
}
