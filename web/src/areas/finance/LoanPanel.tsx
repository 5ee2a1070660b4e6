/**
 * The loan: the approved terms, the position at the clock's time with every amount in the loan
 * currency and the goods' currency (and the rate used), the interest periods the API computed,
 * and the repayments. Every figure is the API's; the browser converts and rounds nothing.
 */
import { useTranslation } from 'react-i18next';
import type { FinancingQuery } from '../../gql/graphql';

type Financing = NonNullable<FinancingQuery['financing']>;
type Both = { loan: { amount: string; currency: string }; goods: { amount: string; currency: string } } | null | undefined;

function money(m: { amount: string; currency: string } | undefined): string {
  return m ? `${m.amount} ${m.currency}` : '—';
}

export function LoanPanel({ financing: f }: { financing: Financing }) {
  const { t } = useTranslation();
  const terms = f.terms;
  const p = f.position;
  if (!terms && !p?.principal) return null;
  const rows: Array<[string, Both]> = [
    ['cargoValue', terms?.cargoValue],
    ['limit', p?.limit ?? terms?.limit],
    ['principal', p?.principal],
    ['outstanding', p?.outstandingPrincipal],
    ['accrued', p?.interest?.accrued],
    ['paid', p?.interest?.paid],
    ['due', p?.interest?.due],
    ['settlement', p?.settlementAmount],
  ];
  return (
    <section aria-labelledby="loan-title" data-testid="loan">
      <h2 id="loan-title">{t('finance.loan.title')}</h2>
      {terms ? (
        <dl className="summary">
          <div>
            <dt>{t('finance.loan.advanceRate')}</dt>
            <dd>{terms.advanceRatePercent} %</dd>
          </div>
          <div>
            <dt>{t('finance.loan.annualRate')}</dt>
            <dd>{terms.annualRatePercent} % (ACT/360)</dd>
          </div>
          <div>
            <dt>{t('finance.loan.tenor')}</dt>
            <dd>{t('finance.loan.tenorDays', { count: terms.tenorDays })}</dd>
          </div>
          <div>
            <dt>{t('finance.loan.fxAtApproval')}</dt>
            <dd>{t('finance.loan.rate', { from: terms.fxRate.from, to: terms.fxRate.to, rate: terms.fxRate.rate, via: terms.fxRate.via })}</dd>
          </div>
          {f.disbursedAt ? (
            <div>
              <dt>{t('finance.loan.disbursedAt')}</dt>
              <dd>{f.disbursedAt.slice(0, 10)}</dd>
            </div>
          ) : null}
          {f.maturityDate ? (
            <div>
              <dt>{t('finance.loan.maturity')}</dt>
              <dd data-testid="maturity">{f.maturityDate}</dd>
            </div>
          ) : null}
          {f.overdueSince ? (
            <div>
              <dt>{t('finance.loan.overdueSince')}</dt>
              <dd className="late">{f.overdueSince.slice(0, 10)}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {p ? (
        <>
          <h3>{t('finance.loan.position', { at: p.at.slice(0, 16).replace('T', ' ') })}</h3>
          <p>{t('finance.loan.rate', { from: p.fxRate.from, to: p.fxRate.to, rate: p.fxRate.rate, via: p.fxRate.via })}</p>
          <table data-testid="position">
            <thead>
              <tr>
                <th scope="col">{t('finance.loan.amount')}</th>
                <th scope="col">
                  {t('finance.loan.inLoan')} ({f.currency})
                </th>
                <th scope="col">
                  {t('finance.loan.inGoods')} ({f.goodsCurrency})
                </th>
              </tr>
            </thead>
            <tbody>
              {rows
                .filter(([, both]) => both)
                .map(([key, both]) => (
                  <tr key={key} data-testid={`position-${key}`}>
                    <th scope="row">{t(`finance.loan.${key}`)}</th>
                    <td className="number">{money(both?.loan)}</td>
                    <td className="number">{money(both?.goods)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          {p.interest && p.interest.periods.length > 0 ? (
            <>
              <h3>{t('finance.loan.schedule')}</h3>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('finance.loan.from')}</th>
                    <th scope="col">{t('finance.loan.to')}</th>
                    <th scope="col">{t('finance.loan.days')}</th>
                    <th scope="col">{t('finance.loan.outstanding')}</th>
                    <th scope="col">{t('finance.loan.periodInterest')}</th>
                  </tr>
                </thead>
                <tbody>
                  {p.interest.periods.map((period) => (
                    <tr key={period.from}>
                      <th scope="row">{period.from}</th>
                      <td>{period.to}</td>
                      <td className="number">{period.days}</td>
                      <td className="number">{period.principal}</td>
                      <td className="number">{period.interest}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </>
      ) : null}
      <h3>{t('finance.loan.repayments')}</h3>
      {f.repayments.length === 0 ? (
        <p>{t('finance.loan.noRepayments')}</p>
      ) : (
        <table data-testid="repayments">
          <thead>
            <tr>
              <th scope="col">{t('finance.page.at')}</th>
              <th scope="col">{t('finance.loan.repaidPrincipal')}</th>
              <th scope="col">{t('finance.loan.repaidInterest')}</th>
            </tr>
          </thead>
          <tbody>
            {f.repayments.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.at.slice(0, 16).replace('T', ' ')}</th>
                <td className="number">{money(r.principal)}</td>
                <td className="number">{money(r.interest)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {f.claim ? (
        <p>
          {t('finance.loan.claim')}: {money(f.claim.payout)} = {money(f.claim.payoutInLoanCurrency)} → {f.claim.payee.name} ({f.claim.policyNumber})
        </p>
      ) : null}
    </section>
  );
}
