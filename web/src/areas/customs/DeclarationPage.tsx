/**
 * One declaration as the single window shows it: its state with the receipt name, the goods
 * lines, the lane and why (the rules that hit, the random draw, a targeting instruction), the
 * receipts oldest first with the Chinese name first, and the actions the caller may take now.
 * Followed live: each `declarationReceipts` event makes the page ask again; it polls every 15 s
 * only while the subscription is not live.
 */
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../api/use-live-query';
import { LiveIndicator } from '../../components/LiveIndicator';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { DeclarationQuery as Result } from '../../gql/graphql';
import { Link } from '../../router';
import { DeclarationActions } from './DeclarationActions';
import { LaneBadge } from './DeclarationsPage';
import { DeclarationQuery, DeclarationReceiptsSubscription } from './operations';
import { RECEIPTS, stateOfHistory } from './receipts';

type Declaration = NonNullable<Result['declaration']>;

/** How often the page asks again while live updates are not live. */
const POLL_MS = 15_000;

export function DeclarationPage({ number }: { number: string }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch, live } = useLiveQuery(DeclarationQuery, { number }, DeclarationReceiptsSubscription, { number }, { pollMs: POLL_MS });
  const d = data?.declaration;
  return (
    <section aria-labelledby="declaration-title" data-testid="declaration">
      <h1 id="declaration-title">
        {t('customs.page.title')} {number}
      </h1>
      <LiveIndicator live={live} pollSeconds={POLL_MS / 1000} />
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('customs.page.loading')}</p> : null}
      {data && !d ? <p role="alert">{t('customs.page.notFound', { number })}</p> : null}
      {d ? (
        <>
          <Summary d={d} />
          <DeclarationActions declaration={d} onChange={refetch} />
          <Lines d={d} />
          <Risk d={d} />
          <Receipts d={d} />
        </>
      ) : null}
    </section>
  );
}

function Summary({ d }: { d: Declaration }) {
  const { t, i18n } = useTranslation();
  const findings = [d.rejectionReason, d.inspectionFinding, d.refusalReason, d.deletionReason, d.conformityFinding, d.alarm].filter(Boolean);
  return (
    <>
      <dl className="summary">
        <div>
          <dt>{t('customs.page.state')}</dt>
          <dd data-testid="declaration-state">
            <span lang="zh-CN">{d.chineseStatus}</span>
            {t(`customs.state.${d.state}`) !== d.chineseStatus ? ` · ${t(`customs.state.${d.state}`)}` : null}
          </dd>
        </div>
        <div>
          <dt>{t('customs.page.receipt')}</dt>
          <dd lang="zh-CN">{RECEIPTS[d.state]}</dd>
        </div>
        <div>
          <dt>{t('customs.page.kindMode')}</dt>
          <dd>
            {t(`customs.kind.${d.kind}`)} · {t(`customs.mode.${d.mode}`)}
          </dd>
        </div>
        <div>
          <dt>{t('customs.page.lane')}</dt>
          <dd data-testid="declaration-lane">{d.lane ? <LaneBadge lane={d.lane} /> : t('customs.queue.noLane')}</dd>
        </div>
        <div>
          <dt>{t('customs.page.order')}</dt>
          <dd>
            <Link to={`/track/${encodeURIComponent(d.orderNumber)}`}>{d.orderNumber}</Link>
            {d.shipmentNumber ? ` · ${d.shipmentNumber}` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('customs.page.declarant')}</dt>
          <dd>
            {d.declarant.name} ({d.declarant.code})
          </dd>
        </div>
        <div>
          <dt>{t('customs.page.owner')}</dt>
          <dd>{d.owner.name}</dd>
        </div>
        <div>
          <dt>{t('customs.page.office')}</dt>
          <dd>
            {d.customsOffice.code} {i18n.language === 'zh' ? d.customsOffice.nameZh : d.customsOffice.nameEn}
          </dd>
        </div>
        <div>
          <dt>{t('customs.page.port')}</dt>
          <dd>
            {d.port.name} ({d.port.code}) · {t(`mode.${d.transportMode}`)}
          </dd>
        </div>
        <div>
          <dt>{t('customs.page.conveyance')}</dt>
          <dd>{d.conveyanceReference}</dd>
        </div>
        <div>
          <dt>{t('customs.page.containers')}</dt>
          <dd>{d.containers.join(', ') || '—'}</dd>
        </div>
        <div>
          <dt>{t('customs.page.totalValue')}</dt>
          <dd>{d.totalValue ? `${d.totalValue.amount} ${d.totalValue.currency}` : '—'}</dd>
        </div>
        <div>
          <dt>{t('customs.page.grossWeight')}</dt>
          <dd>
            {d.grossWeightKg} kg · {t('customs.page.packages')} {d.packages ?? '—'}
          </dd>
        </div>
        <div>
          <dt>{t('customs.page.invoice')}</dt>
          <dd>{d.invoiceNumber ?? '—'}</dd>
        </div>
        {d.charges ? (
          <div>
            <dt>{t('customs.page.charges')}</dt>
            <dd>
              {d.charges.total.amount} {d.charges.total.currency} {d.chargesSettlement ? `(${d.chargesSettlement})` : ''}
            </dd>
          </div>
        ) : null}
        {d.elockId ? (
          <div>
            <dt>{t('customs.page.elock')}</dt>
            <dd>{d.elockId}</dd>
          </div>
        ) : null}
      </dl>
      {findings.length > 0 ? (
        <>
          <h2>{t('customs.page.findings')}</h2>
          <ul>
            {findings.map((f, i) => (
              <li key={i}>{f}</li>
            ))}
          </ul>
        </>
      ) : null}
      {d.warnings.length > 0 ? (
        <>
          <h2>{t('customs.page.warnings')}</h2>
          <ul>
            {d.warnings.map((w, i) => (
              <li key={i}>
                <code>{w.field.join('.')}</code> {w.message} <code>{w.rule}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}

function Lines({ d }: { d: Declaration }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('customs.page.lines')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('customs.form.lineNo')}</th>
            <th scope="col">{t('customs.form.hsCode')}</th>
            <th scope="col">{t('customs.form.description')}</th>
            <th scope="col">{t('customs.form.quantity')}</th>
            <th scope="col">{t('customs.form.value')}</th>
            <th scope="col">{t('customs.page.origin')}</th>
            <th scope="col">{t('customs.page.destination')}</th>
          </tr>
        </thead>
        <tbody>
          {d.lines.map((l) => (
            <tr key={l.lineNo} data-testid="declaration-line">
              <th scope="row">{l.lineNo}</th>
              <td>{l.hsCode}</td>
              <td>{l.description}</td>
              <td className="number">
                {l.quantity} {l.unit}
              </td>
              <td className="number">
                {l.value.amount} {l.value.currency}
              </td>
              <td>{l.originCountry}</td>
              <td>{l.destinationCountry ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Risk({ d }: { d: Declaration }) {
  const { t } = useTranslation();
  const s = d.selection;
  return (
    <>
      <h2>{t('customs.page.risk')}</h2>
      {!s ? (
        <p>{t('customs.page.noRisk')}</p>
      ) : (
        <div data-testid="risk">
          <p>
            <LaneBadge lane={s.lane} /> · {t('customs.page.reasons')}: {s.reasons.length > 0 ? s.reasons.join(', ') : '—'} · {t('customs.page.randomLane')}:{' '}
            {t(`customs.lane.${s.randomLane}`)}
          </p>
          {s.targeting ? (
            <p>
              {t('customs.page.targeting')}: {s.targeting.reason}
            </p>
          ) : null}
          {s.note ? (
            <p>
              {t('customs.page.note')}: {s.note}
            </p>
          ) : null}
          {s.hits.length > 0 ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('customs.page.rule')}</th>
                  <th scope="col">{t('customs.page.weight')}</th>
                  <th scope="col">{t('customs.page.ruleLane')}</th>
                  <th scope="col">{t('customs.page.laneAfterAeo')}</th>
                </tr>
              </thead>
              <tbody>
                {s.hits.map((h) => (
                  <tr key={h.ruleId} data-testid="risk-hit">
                    <th scope="row">{h.ruleId}</th>
                    <td className="number">{h.weight}</td>
                    <td>{t(`customs.lane.${h.ruleLane}`)}</td>
                    <td>{t(`customs.lane.${h.lane}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      )}
    </>
  );
}

function Receipts({ d }: { d: Declaration }) {
  const { t } = useTranslation();
  return (
    <>
      <h2>{t('customs.page.receipts')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('customs.page.at')}</th>
            <th scope="col">{t('customs.page.receipt')}</th>
            <th scope="col">{t('customs.page.state')}</th>
            <th scope="col">{t('customs.page.event')}</th>
            <th scope="col">{t('customs.page.by')}</th>
          </tr>
        </thead>
        <tbody>
          {d.history.map((h) => {
            const state = stateOfHistory(h.to);
            return (
              <tr key={h.seq} data-testid="receipt">
                <td>{h.at.slice(0, 19).replace('T', ' ')}</td>
                <td lang="zh-CN">{RECEIPTS[state] ?? h.to}</td>
                <td>{t(`customs.state.${state}`)}</td>
                <td>
                  <code>{h.event}</code>
                </td>
                <td>{h.actor.role}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
