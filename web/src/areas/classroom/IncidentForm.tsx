/**
 * The trainer injects an incident of the scenario vocabulary: the form asks for the fields the
 * chosen type takes (an order and leg with days late, an order alone, or a currency pair and
 * rate). The API judges them; a refusal shows at the field it names.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../api/use-mutation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError } from '../../components/FieldError';
import { described, numberOrNull, textOrNull } from './described';
import { InjectIncidentMutation } from './operations';
import { OtherErrors } from './OtherErrors';

/** The incident vocabulary and the fields each type takes (the API documents the same on InjectIncidentInput.type). */
const TYPES = {
  vesselMissed: ['order', 'leg', 'delayDays'],
  railSlotShortage: ['order', 'leg', 'delayDays'],
  portCongestion: ['order', 'leg', 'delayDays'],
  lockCongestion: ['order', 'leg', 'delayDays'],
  redLaneInspection: ['order'],
  failedInspection: ['order'],
  elockAlarm: ['order'],
  buyerDefault: ['order'],
  fxMove: ['base', 'quote', 'rate'],
} as const;
type IncidentType = keyof typeof TYPES;
type Field = 'order' | 'leg' | 'delayDays' | 'base' | 'quote' | 'rate';
const FIELDS = ['input.type', 'input.order', 'input.leg', 'input.delayDays', 'input.base', 'input.quote', 'input.rate', 'input.note'];

export function IncidentForm({ number, onInjected }: { number: string; onInjected: () => void }) {
  const { t } = useTranslation();
  const [type, setType] = useState<IncidentType>('fxMove');
  const [values, setValues] = useState<Record<Field | 'note', string>>({ order: '', leg: '1', delayDays: '3', base: 'USD', quote: 'CNY', rate: '', note: '' });
  const inject = useMutation(InjectIncidentMutation);
  const errors = inject.data?.injectIncident.userErrors;
  const asks = (field: Field) => (TYPES[type] as readonly string[]).includes(field);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      type,
      order: asks('order') ? textOrNull(values.order) : null,
      leg: asks('leg') ? numberOrNull(values.leg) : null,
      delayDays: asks('delayDays') ? numberOrNull(values.delayDays) : null,
      base: asks('base') ? textOrNull(values.base) : null,
      quote: asks('quote') ? textOrNull(values.quote) : null,
      rate: asks('rate') ? textOrNull(values.rate) : null,
      note: textOrNull(values.note),
    };
    if ((await inject.run({ number, input }))?.injectIncident.exercise) onInjected();
  };

  const input = (field: Field | 'note', numeric = false) => (
    <div className="field" key={field}>
      <label htmlFor={`incident-${field}`}>{t(`classroom.incident.${field}`)}</label>
      <input
        id={`incident-${field}`}
        inputMode={numeric ? 'numeric' : undefined}
        value={values[field]}
        onChange={(e) => setValues({ ...values, [field]: e.target.value })}
        {...described(errors, `input.${field}`)}
      />
      <FieldError errors={errors} path={`input.${field}`} />
    </div>
  );

  return (
    <form onSubmit={onSubmit} className="classroom-panel" aria-labelledby="incident-title" data-testid="incident">
      <h2 id="incident-title">{t('classroom.incident.title')}</h2>
      <div className="field">
        <label htmlFor="incident-type">{t('classroom.incident.type')}</label>
        <select id="incident-type" value={type} onChange={(e) => setType(e.target.value as IncidentType)} {...described(errors, 'input.type')}>
          {Object.keys(TYPES).map((k) => (
            <option key={k} value={k}>
              {t(`classroom.incident.types.${k}`)}
            </option>
          ))}
        </select>
        <FieldError errors={errors} path="input.type" />
      </div>
      {asks('order') ? input('order') : null}
      {asks('leg') ? input('leg', true) : null}
      {asks('delayDays') ? input('delayDays', true) : null}
      {asks('base') ? input('base') : null}
      {asks('quote') ? input('quote') : null}
      {asks('rate') ? input('rate') : null}
      {input('note')}
      <OtherErrors errors={errors} shown={FIELDS} />
      {inject.error ? <ErrorNotice error={inject.error} /> : null}
      {inject.data?.injectIncident.exercise ? <p role="status">{t('classroom.incident.done')}</p> : null}
      <button type="submit" disabled={inject.running}>
        {inject.running ? t('classroom.incident.injecting') : t('classroom.incident.submit')}
      </button>
    </form>
  );
}
