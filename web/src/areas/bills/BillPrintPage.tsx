/**
 * The bill as a paper multimodal bill of lading (`/bills/<number>/print`): shipper, consignee or
 * the party it is to the order of, notify parties, the operator, places, legs, goods, containers
 * and seals, freight, date and place of issue, originals, and the chain's head hash. Print CSS
 * (styles.css, "bills area") lays it out on one A4 page and leaves the app's header out.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../router';
import { printFacts } from './dcsa-print-facts';
import { partyName } from './format';
import { BillDcsaQuery, BillQuery } from './operations';

function Box({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'bl-box bl-wide' : 'bl-box'}>
      <div className="bl-label">{label}</div>
      <div className="bl-value">{children}</div>
    </div>
  );
}

export function BillPrintPage({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const { data, error, loading } = useQuery(BillQuery, { number: reference });
  const dcsa = useQuery(BillDcsaQuery, { number: reference });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return loading ? <p role="status">{t('billConsole.loading')}</p> : null;
  const bill = data.bill;
  if (!bill) return <p role="alert">{t('billConsole.notFound', { reference })}</p>;
  const facts = printFacts(dcsa.data?.bill?.dcsaTransportDocument);
  const head = bill.chain.at(-1);
  const consignee = bill.consignee ? partyName(bill.consignee) : t('billPrint.toOrderOf', { party: facts?.toOrderOf ?? bill.shipper.name });
  return (
    <>
      <p className="no-print inline-form">
        <Link to={`/bills/${encodeURIComponent(bill.number)}`}>{t('billPrint.back')}</Link>
        <button type="button" onClick={() => window.print()}>
          {t('billPrint.print')}
        </button>
      </p>
      <article className="bl-paper" aria-labelledby="bl-title" data-testid="bill-paper">
        <div className="bl-head">
          <h1 id="bl-title">{t('billPrint.title')}</h1>
          <p className="bl-number">
            {t('billPrint.number')} <strong>{bill.number}</strong> · {t(`billType.${bill.billType}`)} · {t(`billStatus.${bill.status}`)}
          </p>
        </div>
        <div className="bl-grid">
          <Box label={t('billPrint.shipper')}>{partyName(bill.shipper)}</Box>
          <Box label={t('billPrint.mto')}>{partyName(bill.issuer)}</Box>
          <Box label={t('billPrint.consignee')}>{consignee}</Box>
          <Box label={t('billPrint.notify')}>{facts && facts.notifyParties.length > 0 ? facts.notifyParties.join('; ') : '—'}</Box>
          <Box label={t('billPrint.placeOfReceipt')}>
            {bill.placeOfReceipt.name} ({bill.placeOfReceipt.code})
          </Box>
          <Box label={t('billPrint.placeOfDelivery')}>
            {bill.placeOfDelivery.name} ({bill.placeOfDelivery.code})
          </Box>
        </div>
        <h2>{t('billPrint.legs')}</h2>
        <table className="bl-table">
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
                <td>
                  {partyName(leg.carrier)}
                  {leg.conveyance ? ` · ${leg.conveyance.name} ${leg.conveyance.reference}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t('billPrint.goods')}</h2>
        <table className="bl-table">
          <thead>
            <tr>
              <th scope="col">{t('billPrint.line')}</th>
              <th scope="col">{t('billPrint.marks')}</th>
              <th scope="col">{t('billPrint.packages')}</th>
              <th scope="col">{t('billPrint.description')}</th>
              <th scope="col">{t('billPrint.hsCode')}</th>
              <th scope="col">{t('billPrint.grossWeight')}</th>
            </tr>
          </thead>
          <tbody>
            {bill.goods.map((line) => (
              <tr key={line.lineNo}>
                <th scope="row">{line.lineNo}</th>
                <td>{line.stowage.map((s) => s.equipment).join(', ')}</td>
                <td>
                  {line.packages.count} {line.packages.description}
                </td>
                <td>
                  {line.description} ({line.quantity} {line.unit})
                </td>
                <td>{line.hsCode}</td>
                <td className="number">{line.grossWeightKg} kg</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h2>{t('billPrint.containers')}</h2>
        <table className="bl-table">
          <thead>
            <tr>
              <th scope="col">{t('billPrint.container')}</th>
              <th scope="col">{t('billPrint.sizeType')}</th>
              <th scope="col">{t('billPrint.seals')}</th>
            </tr>
          </thead>
          <tbody>
            {bill.containers.map((c) => (
              <tr key={c.number}>
                <th scope="row">{c.number}</th>
                <td>
                  {c.isoSizeType}
                  {c.shipperOwned ? ` · ${t('billPrint.soc')}` : ''}
                </td>
                <td>{c.seals.map((s) => (s.source ? `${s.number} (${s.source})` : s.number)).join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="bl-grid">
          <Box label={t('billPrint.freight')}>
            {bill.freight.amount} {bill.freight.currency}
            {facts?.paymentTerm ? ` · ${t(`billPrint.paymentTerm.${facts.paymentTerm}`, { defaultValue: facts.paymentTerm })}` : ''}
          </Box>
          <Box label={t('billPrint.issue')}>
            {bill.issueDate ?? t('billPrint.notIssued')}
            {facts?.placeOfIssue ? ` · ${facts.placeOfIssue}` : ''}
          </Box>
          <Box label={t('billPrint.originals')}>{facts?.electronic ? t('billPrint.electronic', { count: facts.originals }) : '—'}</Box>
          <Box label={t('billPrint.order')}>
            {bill.order?.number ?? '—'}
            {bill.order ? ` · ${bill.order.incoterm} ${bill.order.incotermPlace.name}` : ''} · {bill.shipment?.number ?? ''}
          </Box>
          <Box label={t('billPrint.chainHead')} wide>
            <code className="bl-hash" data-testid="chain-head">
              {head ? `#${head.seq} ${head.actionCode} ${head.hash}` : (bill.documentChecksum ?? t('billPrint.notIssued'))}
            </code>
            <br />
            {t('billPrint.checksum')}: <code className="bl-hash">{bill.documentChecksum ?? '—'}</code>
          </Box>
        </div>
        <p className="bl-clause">{t('billPrint.clause')}</p>
      </article>
    </>
  );
}
