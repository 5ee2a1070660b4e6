/**
 * A carrier records a milestone on a leg it carries (the forwarder on any leg): which leg, what
 * happened, when (UTC; empty = now) and where (UN/LOCODE; empty = where it happens on the leg).
 * The API checks order, time and place; each refusal shows under the input it names.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAt, errorsNotAt, useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError, fieldErrorId } from '../../components/FieldError';
import type { MilestoneType } from '../../gql/graphql';
import { Link } from '../../router';
import { useSession } from '../../session';
import { instant } from './format';
import { MilestoneShipmentQuery, RecordMilestoneMutation } from './milestone-operations';

const TYPES: MilestoneType[] = ['GATE_IN', 'LOADED', 'DEPARTED', 'ARRIVED', 'DISCHARGED', 'TRANSSHIPPED', 'DELIVERED', 'CUSTOMS_HOLD', 'ELOCK_ALARM'];
const SHOWN = ['input.legSeq', 'input.type', 'input.at', 'input.location', 'input.note'];

export function MilestoneFormPage({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { data, error, loading, refetch } = useQuery(MilestoneShipmentQuery, { reference });
  const record = useMutation(RecordMilestoneMutation);
  const [leg, setLeg] = useState('');
  const [type, setType] = useState<MilestoneType>('DEPARTED');
  const [at, setAt] = useState('');
  const [location, setLocation] = useState('');
  const [note, setNote] = useState('');
  const [recorded, setRecorded] = useState(false);
  if (error) return <ErrorNotice error={error} />;
  if (!data) return loading ? <p role="status">{t('bills.loading')}</p> : null;
  const shipment = data.shipment;
  if (!shipment) return <p role="alert">{t('milestoneForm.notFound', { reference })}</p>;
  // The legs this party records: the forwarder every leg, a carrier the legs it carries.
  const legs = shipment.forwarder.id === me?.party.id ? shipment.legs : shipment.legs.filter((l) => l.carrier?.id === me?.party.id);
  const userErrors = record.data?.recordMilestone.userErrors ?? [];
  const invalid = (path: string) => errorsAt(userErrors, path).length > 0;
  const describedBy = (path: string) => (invalid(path) ? fieldErrorId(path) : undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRecorded(false);
    const input = {
      shipment: shipment.number,
      legSeq: Number(leg),
      type,
      // datetime-local has no zone: the form asks for UTC.
      at: at ? `${at}:00Z` : null,
      location: location.trim() || null,
      note: note.trim() || null,
      expectedVersion: shipment.version,
    };
    const answer = await record.run({ input });
    if (answer?.recordMilestone.shipment) {
      setRecorded(true);
      refetch();
    }
  };

  return (
    <section aria-labelledby="milestone-form-title" data-testid="milestone-page">
      <h1 id="milestone-form-title">{t('milestoneForm.title', { number: shipment.number })}</h1>
      <p>
        {shipment.routeName} · {shipment.order ? `${shipment.order.number} · ${t(`orderState.${shipment.order.state}`)} · ` : ''}
        <Link to={`/track/${encodeURIComponent(shipment.number)}`}>{t('billConsole.track')}</Link>
      </p>
      {legs.length === 0 ? (
        <p className="muted">{t('milestoneForm.noLegs')}</p>
      ) : (
        <form className="milestone-form" onSubmit={(e) => void submit(e)} aria-labelledby="milestone-record-title">
          <h2 id="milestone-record-title">{t('milestoneForm.recordTitle')}</h2>
          <label htmlFor="milestone-leg">{t('milestoneForm.leg')}</label>
          <select id="milestone-leg" value={leg} onChange={(e) => setLeg(e.target.value)} required aria-invalid={invalid('input.legSeq')} aria-describedby={describedBy('input.legSeq')}>
            <option value="">{t('milestoneForm.chooseLeg')}</option>
            {legs.map((l) => (
              <option key={l.seq} value={l.seq}>
                {l.seq}: {t(`mode.${l.mode}`)} {l.from.name} ({l.from.code}) → {l.to.name} ({l.to.code})
              </option>
            ))}
          </select>
          <FieldError errors={userErrors} path="input.legSeq" />
          <label htmlFor="milestone-type">{t('milestoneForm.type')}</label>
          <select id="milestone-type" value={type} onChange={(e) => setType(e.target.value as MilestoneType)} aria-invalid={invalid('input.type')} aria-describedby={describedBy('input.type')}>
            {TYPES.map((m) => (
              <option key={m} value={m}>
                {t(`milestone.${m}`)}
              </option>
            ))}
          </select>
          <FieldError errors={userErrors} path="input.type" />
          <label htmlFor="milestone-at">{t('milestoneForm.at')}</label>
          <input id="milestone-at" type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} aria-invalid={invalid('input.at')} aria-describedby={describedBy('input.at')} />
          <FieldError errors={userErrors} path="input.at" />
          <label htmlFor="milestone-location">{t('milestoneForm.location')}</label>
          <input id="milestone-location" value={location} onChange={(e) => setLocation(e.target.value)} aria-invalid={invalid('input.location')} aria-describedby={describedBy('input.location')} />
          <FieldError errors={userErrors} path="input.location" />
          <label htmlFor="milestone-note">{t('milestoneForm.note')}</label>
          <input id="milestone-note" value={note} onChange={(e) => setNote(e.target.value)} aria-invalid={invalid('input.note')} aria-describedby={describedBy('input.note')} />
          <FieldError errors={userErrors} path="input.note" />
          {record.error ? <ErrorNotice error={record.error} /> : null}
          {errorsNotAt(userErrors, SHOWN).length > 0 ? (
            <div role="alert" className="error" data-testid="milestone-refusal">
              <ul>
                {errorsNotAt(userErrors, SHOWN).map((e, i) => (
                  <li key={i}>
                    <code>{e.code}</code> {e.message}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {recorded ? (
            <p role="status" className="verified">
              {t('milestoneForm.recorded')}
            </p>
          ) : null}
          <button type="submit" disabled={record.running}>
            {t('milestoneForm.submit')}
          </button>
        </form>
      )}
      <h2>{t('milestoneForm.recordedTitle')}</h2>
      {shipment.milestones.length === 0 ? (
        <p className="muted">{t('milestoneForm.none')}</p>
      ) : (
        <ol className="timeline">
          {shipment.milestones.map((m) => (
            <li key={m.seq} data-testid="recorded-milestone">
              {instant(m.at)} · {t(`milestone.${m.type}`)} · {m.location.name} ({m.location.code}) · {t('milestoneForm.legN', { seq: m.legSeq })}
              {m.note ? ` · ${m.note}` : ''}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
