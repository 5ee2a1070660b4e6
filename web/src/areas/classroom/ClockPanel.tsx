/**
 * The exercise's clock: where it stands and how fast it runs, and the trainer's controls: advance
 * by a duration or to an instant, run at a rate or stop. The API judges every move (time never
 * runs backwards: `clock-forward-only` shows at the field that asked; CONFLICT when another move
 * is under way shows as an alert); `onMoved` refreshes the page.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../api/use-mutation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError } from '../../components/FieldError';
import { described, numberOrNull } from './described';
import { AdvanceExerciseClockMutation, RunExerciseClockMutation } from './operations';
import { OtherErrors } from './OtherErrors';

export function ClockPanel({ number, now, clockRate, onMoved }: { number: string; now: string; clockRate: number; onMoved: () => void }) {
  const { t } = useTranslation();
  const [by, setBy] = useState('P30D');
  const [to, setTo] = useState('');
  const [rate, setRate] = useState('1440');
  const advance = useMutation(AdvanceExerciseClockMutation);
  const run = useMutation(RunExerciseClockMutation);
  const errors = advance.data?.advanceExerciseClock.userErrors;
  const runErrors = run.data?.runExerciseClock.userErrors;
  const moved = advance.data?.advanceExerciseClock;

  const move = (input: { by?: string; to?: string }) => async (event: FormEvent) => {
    event.preventDefault();
    run.reset();
    if ((await advance.run({ number, input }))?.advanceExerciseClock.exercise) onMoved();
  };
  const setRunning = async (value: number | null) => {
    advance.reset();
    if ((await run.run({ number, rate: value ?? Number.NaN }))?.runExerciseClock.exercise) onMoved();
  };

  return (
    <section aria-labelledby="clock-title" className="classroom-panel" data-testid="clock">
      <h2 id="clock-title">{t('classroom.clock.title')}</h2>
      <dl className="facts">
        <dt>{t('classroom.clock.now')}</dt>
        <dd data-testid="exercise-now">{now}</dd>
        <dt>{t('classroom.clock.rate')}</dt>
        <dd>{clockRate === 0 ? t('classroom.clock.standing') : t('classroom.clock.running', { rate: clockRate })}</dd>
      </dl>
      <form onSubmit={move({ by })} className="inline-form">
        <div className="field">
          <label htmlFor="advance-by">{t('classroom.clock.by')}</label>
          <input id="advance-by" value={by} onChange={(e) => setBy(e.target.value)} {...described(errors, 'input.by')} />
          <span className="hint">{t('classroom.clock.byHelp')}</span>
          <FieldError errors={errors} path="input.by" />
        </div>
        <button type="submit" disabled={advance.running}>
          {advance.running ? t('classroom.clock.moving') : t('classroom.clock.advanceBy')}
        </button>
      </form>
      <form onSubmit={move({ to })} className="inline-form">
        <div className="field">
          <label htmlFor="advance-to">{t('classroom.clock.to')}</label>
          <input id="advance-to" value={to} placeholder={now} onChange={(e) => setTo(e.target.value)} {...described(errors, 'input.to')} />
          <span className="hint">{t('classroom.clock.toHelp')}</span>
          <FieldError errors={errors} path="input.to" />
        </div>
        <button type="submit" disabled={advance.running}>
          {t('classroom.clock.advanceTo')}
        </button>
      </form>
      <OtherErrors errors={errors} shown={['input.by', 'input.to']} />
      {moved?.exercise ? (
        <p role="status" data-testid="clock-fired">
          {t('classroom.clock.fired', { now: moved.exercise.now, count: moved.fired ?? 0 })}
        </p>
      ) : null}
      {advance.error ? <ErrorNotice error={advance.error} /> : null}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void setRunning(numberOrNull(rate));
        }}
        className="inline-form"
      >
        <div className="field">
          <label htmlFor="clock-rate">{t('classroom.clock.runRate')}</label>
          <input id="clock-rate" inputMode="decimal" value={rate} onChange={(e) => setRate(e.target.value)} {...described(runErrors, 'rate')} />
          <span className="hint">{t('classroom.clock.runHelp')}</span>
          <FieldError errors={runErrors} path="rate" />
        </div>
        <button type="submit" disabled={run.running}>
          {t('classroom.clock.run')}
        </button>
        <button type="button" disabled={run.running || clockRate === 0} onClick={() => void setRunning(0)}>
          {t('classroom.clock.stop')}
        </button>
      </form>
      <OtherErrors errors={runErrors} shown={['rate']} />
      {run.error ? <ErrorNotice error={run.error} /> : null}
    </section>
  );
}
