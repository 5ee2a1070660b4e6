/**
 * The bill console (`/bills/<number or id>`): the bill's parties and control (who owns it, who
 * holds it, a pending endorsee, a pledge), its legs and containers, the actions that are the
 * signed-in party's to take, the signed chain with verification, the printable page and the
 * DCSA 3.0.3 download. It follows the bill live (`billEvents`): an action any party takes shows
 * as it is recorded; while the live socket is down it asks again every 15 s.
 */
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from '../../api/use-live-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { LiveIndicator } from '../../components/LiveIndicator';
import { Link } from '../../router';
import { useSession } from '../../session';
import { BillActions } from './BillActions';
import { BillChain } from './BillChain';
import { DcsaDownload } from './DcsaDownload';
import { partyName, shortHash } from './format';
import { BillEventsSubscription, BillQuery } from './operations';

/** How often the console asks again while live updates are not live. */
const POLL_MS = 15_000;

export function BillConsolePage({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch, live } = useLiveQuery(BillQuery, { number: reference }, BillEventsSubscription, { bill: reference }, { pollMs: POLL_MS });
  const { me } = useSession();
  if (error) return <ErrorNotice error={error} />;
  if (!data) return loading ? <p role="status">{t('billConsole.loading')}</p> : null;
  const bill = data.bill;
  if (!bill) {
    return (
      <section>
        <h1>{t('billConsole.notFoundTitle')}</h1>
        <p role="alert">{t('billConsole.notFound', { reference })}</p>
        <Link to="/bills">{t('bills.title')}</Link>
      </section>
    );
  }
  const facts: Array<[string, string]> = [
    ['billConsole.billType', t(`billType.${bill.billType}`)],
    ['billConsole.version', String(bill.version)],
    ['billConsole.shipment', bill.shipment?.number ?? '—'],
    ['billConsole.order', bill.order?.number ?? '—'],
    ['billConsole.issuer', partyName(bill.issuer)],
    ['billConsole.shipper', partyName(bill.shipper)],
    ['billConsole.consignee', bill.consignee ? partyName(bill.consignee) : t('billConsole.toOrder')],
    ['billConsole.beneficiary', bill.blankEndorsed ? t('billConsole.bearer') : partyName(bill.beneficiary)],
    ['billConsole.holder', partyName(bill.holder)],
    ['billConsole.nominee', partyName(bill.nominee)],
    ['billConsole.pledgee', partyName(bill.pledgee)],
    ['billConsole.issueDate', bill.issueDate ?? '—'],
    ['billConsole.freight', `${bill.freight.amount} ${bill.freight.currency}`],
    ['billConsole.checksum', shortHash(bill.documentChecksum)],
  ];
  return (
    <section aria-labelledby="bill-title" data-testid="bill-console">
      <h1 id="bill-title">
        {t('billConsole.title', { number: bill.number })}{' '}
        <span className={`state bill-status-${bill.status}`} data-testid="bill-status">
          {t(`billStatus.${bill.status}`)}
        </span>
      </h1>
      <LiveIndicator live={live} pollSeconds={POLL_MS / 1000} />
      <div className="inline-form no-print">
        <Link to={`/bills/${encodeURIComponent(bill.number)}/print`}>{t('billConsole.print')}</Link>
        {bill.shipment ? <Link to={`/track/${encodeURIComponent(bill.number)}`}>{t('billConsole.track')}</Link> : null}
        {bill.order ? <Link to={`/orders/${encodeURIComponent(bill.order.number)}`}>{t('billConsole.openOrder')}</Link> : null}
        {/* A pledge loan is the exporter's to ask for on a bill it holds; the application page answers whether it may. */}
        {bill.order && me?.roles.includes('EXPORTER') && bill.holder?.code === me.party.code && bill.allowedEvents.includes('PLEDGE') ? (
          <Link to={`/finance/apply?bill=${encodeURIComponent(bill.number)}&order=${encodeURIComponent(bill.order.number)}`}>{t('billConsole.applyForLoan')}</Link>
        ) : null}
        <DcsaDownload number={bill.number} />
      </div>
      {bill.voidReason ? <p className="error">{t('billConsole.voided', { reason: bill.voidReason })}</p> : null}
      <dl className="summary" data-testid="bill-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{t(label)}</dt>
            <dd data-field={label}>{value}</dd>
          </div>
        ))}
      </dl>
      <BillActions bill={bill} onDone={refetch} />
      <h2>{t('billConsole.legs')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('billConsole.leg')}</th>
            <th scope="col">{t('billConsole.stage')}</th>
            <th scope="col">{t('billConsole.mode')}</th>
            <th scope="col">{t('billConsole.from')}</th>
            <th scope="col">{t('billConsole.to')}</th>
            <th scope="col">{t('billConsole.planned')}</th>
            <th scope="col">{t('billConsole.carrier')}</th>
          </tr>
        </thead>
        <tbody>
          {bill.legs.map((leg) => (
            <tr key={leg.seq}>
              <th scope="row">{leg.seq}</th>
              <td>{t(`billStage.${leg.stage}`)}</td>
              <td>{t(`mode.${leg.mode}`)}</td>
              <td>
                {leg.from.name} ({leg.from.code})
              </td>
              <td>
                {leg.to.name} ({leg.to.code})
              </td>
              <td>
                {leg.plannedDeparture} → {leg.plannedArrival}
              </td>
              <td>{partyName(leg.carrier)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('billConsole.containers')}</h2>
      <ul>
        {bill.containers.map((c) => (
          <li key={c.number}>
            {c.number} · {c.isoSizeType} · {t('billConsole.seals')}: {c.seals.map((s) => s.number).join(', ') || '—'}
          </li>
        ))}
      </ul>
      <BillChain bill={bill} />
    </section>
  );
}
