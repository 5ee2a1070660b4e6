/**
 * Booking the chosen route option (`bookRoute`): the forwarder as multimodal transport operator,
 * the containers, and a carrier per leg (a leg left without one is recorded by the forwarder).
 * Carriers are listed per leg from the parties whose registered modes include the leg's mode, as
 * the registry states them; the API decides and answers at the field it names, e.g.
 * `input.containers.0.number` for a wrong check digit or `input.carriers.0.carrierId`.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsNotAt, useMutation } from '../../api/use-mutation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError } from '../../components/FieldError';
import type { CarrierAssignment, ContainerInput } from '../../gql/graphql';
import { navigate } from '../../router';
import { errorProps } from './field-props';
import { BookRouteMutation } from './booking-operations';
import type { OrderOfRoutes, PartyOption, RouteOptionView } from './views';
import { UserErrorList } from './UserErrorList';

export function BookingForm({
  order,
  option,
  optionName,
  forwarders,
  carriers,
}: {
  order: OrderOfRoutes;
  option: RouteOptionView | null;
  optionName: string;
  forwarders: Omit<PartyOption, 'modes'>[];
  carriers: PartyOption[];
}) {
  const { t } = useTranslation();
  const book = useMutation(BookRouteMutation);
  const [forwarderId, setForwarderId] = useState('');
  const [containers, setContainers] = useState<ContainerInput[]>([{ number: '', type: '22G1' }]);
  const [carrierByLeg, setCarrierByLeg] = useState<Record<number, string>>({});
  const errors = book.data?.bookRoute.userErrors;

  // Only the legs of the chosen option, in leg order: index i of the sent list is `input.carriers.i`.
  const assignments: CarrierAssignment[] = (option?.legs ?? []).filter((leg) => carrierByLeg[leg.seq]).map((leg) => ({ legSeq: leg.seq, carrierId: carrierByLeg[leg.seq]! }));
  const carrierPath = (legSeq: number) => `input.carriers.${assignments.findIndex((a) => a.legSeq === legSeq)}.carrierId`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await book.run({
      input: { orderId: order.id, optionId: option?.id ?? '', forwarderId, containers, carriers: assignments, expectedVersion: order.version },
    });
    if (result?.bookRoute.shipment) navigate(`/track/${encodeURIComponent(order.number)}`);
  };
  const setContainer = (index: number, field: keyof ContainerInput, value: string) =>
    setContainers((list) => list.map((c, i) => (i === index ? { ...c, [field]: value } : c)));

  const shown = ['input.optionId', 'input.forwarderId', ...containers.flatMap((_, i) => [`input.containers.${i}.number`, `input.containers.${i}.type`]), ...assignments.map((_, i) => `input.carriers.${i}.carrierId`)];
  return (
    <form className="booking-form" onSubmit={(e) => void onSubmit(e)} aria-labelledby="booking-title">
      <h2 id="booking-title">{t('booking.title')}</h2>
      <p data-testid="chosen-option">{option ? t('booking.chosen', { name: optionName }) : t('booking.chooseFirst')}</p>
      <FieldError errors={errors} path="input.optionId" />
      <div className="field">
        <label htmlFor="booking-forwarder">{t('booking.forwarder')}</label>
        <select id="booking-forwarder" value={forwarderId} onChange={(e) => setForwarderId(e.target.value)} required {...errorProps(errors, 'input.forwarderId')}>
          <option value="">{t('orderForm.choose')}</option>
          {forwarders.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name} ({f.code})
            </option>
          ))}
        </select>
        <FieldError errors={errors} path="input.forwarderId" />
      </div>
      <fieldset>
        <legend>{t('booking.containers')}</legend>
        {containers.map((container, index) => (
          <div className="inline-form" key={index} data-testid="container-row">
            <label htmlFor={`container-number-${index}`}>{t('booking.containerNumber', { n: index + 1 })}</label>
            <input id={`container-number-${index}`} value={container.number} onChange={(e) => setContainer(index, 'number', e.target.value)} placeholder="CSQU3054383" {...errorProps(errors, `input.containers.${index}.number`)} />
            <FieldError errors={errors} path={`input.containers.${index}.number`} />
            <label htmlFor={`container-type-${index}`}>{t('booking.containerType')}</label>
            <input id={`container-type-${index}`} value={container.type} onChange={(e) => setContainer(index, 'type', e.target.value)} size={6} {...errorProps(errors, `input.containers.${index}.type`)} />
            <FieldError errors={errors} path={`input.containers.${index}.type`} />
            <button type="button" onClick={() => setContainers((list) => list.filter((_, i) => i !== index))}>
              {t('booking.removeContainer')} <span className="visually-hidden">{index + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" onClick={() => setContainers((list) => [...list, { number: '', type: '22G1' }])}>
          {t('booking.addContainer')}
        </button>
      </fieldset>
      {option ? (
        <fieldset>
          <legend>{t('booking.carriers')}</legend>
          {option.legs.map((leg) => {
            const path = carrierByLeg[leg.seq] ? carrierPath(leg.seq) : `input.carriers.leg${leg.seq}`;
            return (
              <div className="field" key={leg.seq}>
                <label htmlFor={`carrier-${leg.seq}`}>{t('booking.carrierFor', { seq: leg.seq, mode: t(`mode.${leg.mode}`), from: leg.from.name, to: leg.to.name })}</label>
                <select
                  id={`carrier-${leg.seq}`}
                  value={carrierByLeg[leg.seq] ?? ''}
                  onChange={(e) => setCarrierByLeg((m) => ({ ...m, [leg.seq]: e.target.value }))}
                  {...errorProps(errors, path)}
                >
                  <option value="">{t('booking.forwarderRecords')}</option>
                  {carriers
                    .filter((c) => c.modes.includes(leg.mode))
                    .map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.name} ({c.code})
                      </option>
                    ))}
                </select>
                <FieldError errors={errors} path={path} />
              </div>
            );
          })}
        </fieldset>
      ) : null}
      <UserErrorList errors={errorsNotAt(errors, shown)} />
      {book.error ? <ErrorNotice error={book.error} /> : null}
      <button type="submit" disabled={book.running || !option}>
        {t('booking.submit')}
      </button>
    </form>
  );
}
