/**
 * The documents an order leads to, as links: its declarations and its bill of lading, and for the
 * seller of a booked order without an export declaration, the form to file one. A newcomer walks
 * from the order to each document by clicking, never by copying a number.
 */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../router';
import { useSession } from '../../session';
import { OrderDocumentsQuery } from './operations';
import type { OrderView } from './views';

export function OrderDocuments({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { data, error } = useQuery(OrderDocumentsQuery, { order: order.number });
  if (error) return <ErrorNotice error={error} />;
  if (!data) return null;
  const declarations = data.declarations.edges.map((e) => e.node);
  const bills = data.bills.edges.map((e) => e.node);
  // Declaring for export is the seller's; the declaration form itself says what is still missing.
  const mayDeclare = order.shipment && me?.party.code === order.seller.code && !declarations.some((d) => d.kind === 'EXPORT');
  return (
    <ul className="order-documents" data-testid="order-documents">
      {declarations.map((d) => (
        <li key={d.number}>
          {t('order.declaration', { kind: t(`customs.kind.${d.kind}`) })}{' '}
          <Link to={`/customs/${encodeURIComponent(d.number)}`}>{d.number}</Link> · {t(`customs.state.${d.state}`)}
        </li>
      ))}
      {mayDeclare ? (
        <li>
          <Link to={`/customs/new?order=${encodeURIComponent(order.number)}`}>{t('order.fileDeclaration')}</Link>
        </li>
      ) : null}
      {bills.map((b) => (
        <li key={b.number}>
          {t('order.bill')} <Link to={`/bills/${encodeURIComponent(b.number)}`}>{b.number}</Link> · {t(`billStatus.${b.status}`)}
        </li>
      ))}
      {declarations.length === 0 && bills.length === 0 && !mayDeclare ? <li>{t('order.noDocuments')}</li> : null}
    </ul>
  );
}
