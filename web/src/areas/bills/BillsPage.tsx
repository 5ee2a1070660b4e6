/**
 * The bills the signed-in party may read (`bills`, a Relay connection): number, status, holder,
 * shipment, filtered by status, 20 a page. A forwarder also drafts the bill of a booked shipment here.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { BillStatus, BillsQuery as BillsResult } from '../../gql/graphql';
import { Link } from '../../router';
import { useSession } from '../../session';
import { DraftBillForm } from './DraftBillForm';
import { partyName } from './format';
import { BillsQuery, PartiesQuery } from './operations';

export const BILL_STATUSES: BillStatus[] = [
  'DRAFT',
  'APPROVED',
  'ISSUED',
  'PENDING_SURRENDER_FOR_DELIVERY',
  'SURRENDERED_FOR_DELIVERY',
  'PENDING_SURRENDER_FOR_AMENDMENT',
  'SURRENDERED_FOR_AMENDMENT',
  'VOIDED',
];
const PAGE_SIZE = 20;

type BillRow = BillsResult['bills']['edges'][number]['node'];

export function BillsPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const [status, setStatus] = useState<BillStatus | ''>('');
  const [partyId, setPartyId] = useState('');
  const [after, setAfter] = useState<string | null>(null);
  const [rows, setRows] = useState<BillRow[]>([]);
  const parties = useQuery(PartiesQuery, { role: null });
  const filter = status || partyId ? { ...(status ? { status } : {}), ...(partyId ? { partyId } : {}) } : null;
  const { data, error, loading } = useQuery(BillsQuery, { first: PAGE_SIZE, after, filter });

  // A new page adds to the rows; a new filter starts over.
  useEffect(() => {
    if (!data) return;
    const page = data.bills.edges.map((e) => e.node);
    setRows((previous) => (after ? [...previous, ...page] : page));
  }, [data, after]);

  const changeStatus = (value: BillStatus | '') => {
    setStatus(value);
    setAfter(null);
    setRows([]);
  };
  const changeParty = (value: string) => {
    setPartyId(value);
    setAfter(null);
    setRows([]);
  };

  return (
    <section aria-labelledby="bills-title">
      <h1 id="bills-title">{t('bills.title')}</h1>
      {me?.roles.includes('FORWARDER') ? <DraftBillForm /> : null}
      <h2>{t('bills.listTitle')}</h2>
      <div className="filters">
        <label>
          {t('bills.statusFilter')}{' '}
          <select value={status} onChange={(e) => changeStatus(e.target.value as BillStatus | '')}>
            <option value="">{t('bills.anyStatus')}</option>
            {BILL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`billStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('bills.partyFilter')}{' '}
          <select value={partyId} onChange={(e) => changeParty(e.target.value)}>
            <option value="">{t('bills.anyParty')}</option>
            {(parties.data?.parties.edges ?? []).map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name} ({node.code})
              </option>
            ))}
          </select>
        </label>
        {data ? <span role="status">{t('bills.count', { count: data.bills.totalCount })}</span> : null}
      </div>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && rows.length === 0 ? <p role="status">{t('bills.loading')}</p> : null}
      {!loading && !error && rows.length === 0 ? <p>{t('bills.empty')}</p> : null}
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('bills.number')}</th>
              <th scope="col">{t('bills.status')}</th>
              <th scope="col">{t('bills.billType')}</th>
              <th scope="col">{t('bills.holder')}</th>
              <th scope="col">{t('bills.shipper')}</th>
              <th scope="col">{t('bills.shipment')}</th>
              <th scope="col">{t('bills.route')}</th>
              <th scope="col">{t('bills.issueDate')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((bill) => (
              <tr key={bill.id} data-testid="bill-row">
                <th scope="row">
                  <Link to={`/bills/${encodeURIComponent(bill.number)}`}>{bill.number}</Link>
                </th>
                <td>
                  <span className={`state bill-status-${bill.status}`}>{t(`billStatus.${bill.status}`)}</span>
                </td>
                <td>{t(`billType.${bill.billType}`)}</td>
                <td>{partyName(bill.holder)}</td>
                <td>{partyName(bill.shipper)}</td>
                <td>{bill.shipment?.number ?? '—'}</td>
                <td>
                  {bill.placeOfReceipt.code} → {bill.placeOfDelivery.code}
                </td>
                <td>{bill.issueDate ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data?.bills.pageInfo.hasNextPage ? (
        <button type="button" disabled={loading} onClick={() => setAfter(data.bills.pageInfo.endCursor ?? null)}>
          {t('bills.more')}
        </button>
      ) : null}
    </section>
  );
}
