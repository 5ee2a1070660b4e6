/**
 * An export credit insurance policy (出口信保) as its insurer, its insured exporter or a bank
 * applied to reads it: the credit limit on each buyer with what is used and left, the shipments
 * declared under it with their premium, and the claims paid to the financing bank.
 */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../router';
import { CreditPolicyQuery } from './operations';

const money = (m: { amount: string; currency: string }) => `${m.amount} ${m.currency}`;

export function PolicyPage({ number }: { number: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(CreditPolicyQuery, { reference: number }, { pollMs: 15_000 });
  const p = data?.creditPolicy;
  return (
    <section aria-labelledby="policy-title" data-testid="policy">
      <h1 id="policy-title">
        {t('finance.policy.title')} {number}
      </h1>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('finance.policy.loading')}</p> : null}
      {data && !p ? <p role="alert">{t('finance.policy.notFound', { number })}</p> : null}
      {p ? (
        <>
          <dl className="summary">
            <div>
              <dt>{t('finance.policy.insurer')}</dt>
              <dd>{p.insurer.name}</dd>
            </div>
            <div>
              <dt>{t('finance.policy.insured')}</dt>
              <dd>{p.exporter.name}</dd>
            </div>
            <div>
              <dt>{t('finance.policy.premium')}</dt>
              <dd>{p.premiumRatePercent} %</dd>
            </div>
            <div>
              <dt>{t('finance.policy.indemnity')}</dt>
              <dd>{p.indemnityPercent} %</dd>
            </div>
            <div>
              <dt>{t('finance.policy.issued')}</dt>
              <dd>{p.issuedAt.slice(0, 10)}</dd>
            </div>
          </dl>
          <h2>{t('finance.policy.limits')}</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('finance.policy.buyer')}</th>
                <th scope="col">{t('finance.policy.approved')}</th>
                <th scope="col">{t('finance.policy.used')}</th>
                <th scope="col">{t('finance.policy.available')}</th>
              </tr>
            </thead>
            <tbody>
              {p.buyerLimits.map((l) => (
                <tr key={l.buyer.code} data-testid="buyer-limit">
                  <th scope="row">{l.buyer.name}</th>
                  <td className="number">{money(l.approved)}</td>
                  <td className="number">{money(l.used)}</td>
                  <td className="number">{money(l.available)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('finance.policy.shipments')}</h2>
          {p.shipments.length === 0 ? (
            <p>{t('finance.policy.noShipments')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('finance.policy.order')}</th>
                  <th scope="col">{t('finance.policy.buyer')}</th>
                  <th scope="col">{t('finance.policy.goodsValue')}</th>
                  <th scope="col">{t('finance.policy.insuredValue')}</th>
                  <th scope="col">{t('finance.policy.fxRate')}</th>
                  <th scope="col">{t('finance.policy.premium')}</th>
                  <th scope="col">{t('finance.policy.declaredAt')}</th>
                  <th scope="col">{t('finance.policy.claimed')}</th>
                </tr>
              </thead>
              <tbody>
                {p.shipments.map((s) => (
                  <tr key={s.orderNumber} data-testid="insured-shipment">
                    <th scope="row">
                      <Link to={`/track/${encodeURIComponent(s.orderNumber)}`}>{s.orderNumber}</Link>
                    </th>
                    <td>{s.buyer.name}</td>
                    <td className="number">{money(s.goodsValue)}</td>
                    <td className="number">{money(s.insuredValue)}</td>
                    <td className="number">{s.fxRate}</td>
                    <td className="number">{money(s.premium)}</td>
                    <td>{s.declaredAt.slice(0, 10)}</td>
                    <td>{s.claimed ? t('finance.policy.yes') : t('finance.policy.no')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h2>{t('finance.policy.claims')}</h2>
          {p.claims.length === 0 ? (
            <p>{t('finance.policy.noClaims')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('finance.policy.financing')}</th>
                  <th scope="col">{t('finance.policy.loss')}</th>
                  <th scope="col">{t('finance.policy.coveredLoss')}</th>
                  <th scope="col">{t('finance.policy.payout')}</th>
                  <th scope="col">{t('finance.policy.retained')}</th>
                  <th scope="col">{t('finance.policy.payee')}</th>
                </tr>
              </thead>
              <tbody>
                {p.claims.map((c) => (
                  <tr key={c.financingNumber}>
                    <th scope="row">
                      <Link to={`/finance/${c.financingNumber}`}>{c.financingNumber}</Link>
                    </th>
                    <td className="number">{money(c.loss)}</td>
                    <td className="number">{money(c.coveredLoss)}</td>
                    <td className="number">{money(c.payout)}</td>
                    <td className="number">{money(c.retained)}</td>
                    <td>{c.payee.name}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      ) : null}
    </section>
  );
}
