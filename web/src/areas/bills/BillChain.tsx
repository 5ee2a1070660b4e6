/**
 * The bill's signed chain as who held it when (each action, who took it, to whom, at what time),
 * and `verifyBill`: green with the number of entries, or the first broken entry in red with the
 * API's reason. The chain's parties are named from the public party registry.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { Bill } from './action-positions';
import { PartiesQuery, VerifyBillQuery } from './operations';
import { instant, shortHash } from './format';

export function BillChain({ bill }: { bill: Bill }) {
  const { t } = useTranslation();
  const [asked, setAsked] = useState(false);
  const parties = useQuery(PartiesQuery, { role: null });
  const verification = useQuery(VerifyBillQuery, { number: bill.number }, { skip: !asked });
  const names = new Map((parties.data?.parties.edges ?? []).map((e) => [e.node.id, `${e.node.name} (${e.node.code})`]));
  const result = verification.data?.verifyBill ?? null;
  const brokenAt = result && !result.ok ? result.brokenAt : null;
  const verify = () => (asked ? verification.refetch() : setAsked(true));
  return (
    <section aria-labelledby="bill-chain-title" data-testid="bill-chain">
      <h2 id="bill-chain-title">{t('billChain.title')}</h2>
      {bill.chain.length === 0 ? (
        <p className="muted">{t('billChain.empty')}</p>
      ) : (
        <table>
          <caption className="visually-hidden">{t('billChain.caption', { number: bill.number })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('billChain.seq')}</th>
              <th scope="col">{t('billChain.at')}</th>
              <th scope="col">{t('billChain.action')}</th>
              <th scope="col">{t('billChain.by')}</th>
              <th scope="col">{t('billChain.to')}</th>
              <th scope="col">{t('billChain.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {bill.chain.map((entry) => (
              <tr key={entry.seq} data-testid="chain-entry" className={brokenAt !== null && entry.seq >= brokenAt ? 'chain-broken' : undefined}>
                <th scope="row">{entry.seq}</th>
                <td>{instant(entry.at)}</td>
                <td>
                  {t(`billChain.actions.${entry.actionCode}`, { defaultValue: entry.actionCode })} <code>{entry.actionCode}</code>
                </td>
                <td>
                  {names.get(entry.actor.partyId) ?? entry.actor.partyId} · {t(`role.${entry.actor.role.toUpperCase()}`, { defaultValue: entry.actor.role })}
                </td>
                <td>{entry.recipient ? `${entry.recipient.name} (${entry.recipient.code})` : '—'}</td>
                <td>
                  <code title={entry.hash}>{shortHash(entry.hash)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="inline-form no-print">
        <button type="button" onClick={verify} disabled={verification.loading && asked}>
          {t('billChain.verify')}
        </button>
      </div>
      {verification.error ? <ErrorNotice error={verification.error} /> : null}
      {asked && result ? (
        result.ok ? (
          <p role="status" className="verified" data-testid="verify-result">
            ✔ {t('billChain.verified', { count: result.entries ?? 0 })}
          </p>
        ) : (
          <div role="alert" className="error" data-testid="verify-result">
            <strong>✘ {t('billChain.broken', { seq: result.brokenAt, reason: result.reason })}</strong> {result.message}
          </div>
        )
      ) : null}
    </section>
  );
}
