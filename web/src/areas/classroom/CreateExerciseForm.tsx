/**
 * A trainer sets up an exercise: a bundled scenario or an empty world, with an optional title,
 * seed, start and days to default. The API checks everything; its userErrors show at the fields
 * they name, and the new exercise opens its own page.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../api/use-mutation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError } from '../../components/FieldError';
import type { ExercisesQuery } from '../../gql/graphql';
import { navigate } from '../../router';
import { described, numberOrNull, textOrNull } from './described';
import { CreateExerciseMutation } from './operations';
import { OtherErrors } from './OtherErrors';

type Scenario = ExercisesQuery['scenarios'][number];
const EMPTY = '';
const FIELDS = ['input.scenario', 'input.title', 'input.seed', 'input.start', 'input.defaultAfterDaysOverdue'];

export function CreateExerciseForm({ scenarios }: { scenarios: Scenario[] }) {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState(scenarios[0]?.id ?? EMPTY);
  const [title, setTitle] = useState('');
  const [seed, setSeed] = useState('');
  const [start, setStart] = useState('');
  const [days, setDays] = useState('');
  const create = useMutation(CreateExerciseMutation);
  const errors = create.data?.createExercise.userErrors;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { scenario: textOrNull(scenario), title: textOrNull(title), seed: numberOrNull(seed), start: textOrNull(start), defaultAfterDaysOverdue: numberOrNull(days) };
    const made = (await create.run({ input }))?.createExercise.exercise;
    if (made) navigate(`/classroom/${encodeURIComponent(made.number)}`);
  };

  return (
    <form onSubmit={onSubmit} className="classroom-form" aria-labelledby="create-exercise-title" data-testid="create-exercise">
      <h2 id="create-exercise-title">{t('classroom.create.title')}</h2>
      <div className="field">
        <label htmlFor="exercise-scenario">{t('classroom.create.scenario')}</label>
        <select id="exercise-scenario" value={scenario} onChange={(e) => setScenario(e.target.value)} {...described(errors, 'input.scenario')}>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({s.id})
            </option>
          ))}
          <option value={EMPTY}>{t('classroom.create.emptyWorld')}</option>
        </select>
        <FieldError errors={errors} path="input.scenario" />
      </div>
      <div className="field">
        <label htmlFor="exercise-title">{t('classroom.create.name')}</label>
        <input id="exercise-title" value={title} onChange={(e) => setTitle(e.target.value)} {...described(errors, 'input.title')} />
        <span className="hint">{t('classroom.create.nameHelp')}</span>
        <FieldError errors={errors} path="input.title" />
      </div>
      <div className="field">
        <label htmlFor="exercise-seed">{t('classroom.create.seed')}</label>
        <input id="exercise-seed" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} {...described(errors, 'input.seed')} />
        <span className="hint">{t('classroom.create.seedHelp')}</span>
        <FieldError errors={errors} path="input.seed" />
      </div>
      <div className="field">
        <label htmlFor="exercise-start">{t('classroom.create.start')}</label>
        <input id="exercise-start" value={start} onChange={(e) => setStart(e.target.value)} {...described(errors, 'input.start')} />
        <span className="hint">{t('classroom.create.startHelp')}</span>
        <FieldError errors={errors} path="input.start" />
      </div>
      <div className="field">
        <label htmlFor="exercise-days">{t('classroom.create.days')}</label>
        <input id="exercise-days" inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} {...described(errors, 'input.defaultAfterDaysOverdue')} />
        <span className="hint">{t('classroom.create.daysHelp')}</span>
        <FieldError errors={errors} path="input.defaultAfterDaysOverdue" />
      </div>
      <OtherErrors errors={errors} shown={FIELDS} />
      {create.error ? <ErrorNotice error={create.error} /> : null}
      <button type="submit" disabled={create.running}>
        {create.running ? t('classroom.create.running') : t('classroom.create.submit')}
      </button>
    </form>
  );
}
