/**
 * The legs a carrier (or forwarder) records milestones on (`/milestones`): every shipment it is
 * party to with the legs that are its own, each shipment linking to its milestone form.
 */
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Link } from '../../router';
import { useSession } from '../../session';
import { DraftableShipmentsQuery } from './operations';

export function MilestonesPage() {
  const { t } = useTranslation();
  const { me } = useSession();
  const { data, error, loading } = useQuery(DraftableShipmentsQuery, { first: 100, after: null });
  const id = me?.party.id;
  const rows = (data?.shipments.edges ?? [])
    .map((e) => e.node)
    .map((s) => ({ shipment: s, legs: s.forwarder.id === id ? s.legs : s.legs.filter((l) => l.carrier?.id === id) }))
    .filter((row) => row.legs.length > 0);
  return (
    <section aria-labelledby="milestones-title">
      <h1 id="milestones-title">{t('milestoneForm.listTitle')}</h1>
      {error ? <ErrorNotice error={error} /> : null}
      {loading && !data ? <p role="status">{t('bills.loading')}</p> : null}
      {data && rows.length === 0 ? <p>{t('milestoneForm.noLegs')}</p> : null}
      {rows.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('milestoneForm.shipment')}</th>
              <th scope="col">{t('milestoneForm.order')}</th>
              <th scope="col">{t('milestoneForm.yourLegs')}</th>
              <th scope="col">{t('milestoneForm.record')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ shipment, legs }) => (
              <tr key={shipment.id} data-testid="milestone-shipment">
                <th scope="row">{shipment.number}</th>
                <td>{shipment.order ? `${shipment.order.number} · ${t(`orderState.${shipment.order.state}`)}` : '—'}</td>
                <td>
                  {legs.map((l) => `${l.seq}: ${t(`mode.${l.mode}`)} ${l.from.code} → ${l.to.code}`).join('; ')}
                </td>
                <td>
                  <Link to={`/milestones/${encodeURIComponent(shipment.number)}`}>
                    {t('milestoneForm.record')} <span className="visually-hidden">{shipment.number}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
