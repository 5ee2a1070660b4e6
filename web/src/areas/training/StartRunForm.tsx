/**
 * A trainer starts a run: a bundled scenario or one written out in YAML, an optional seed and
 * order count. The API checks everything (the range of orders, the YAML line by line); its
 * userErrors show at the fields they name, and a started run opens its own page.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAt, errorsNotAt, useMutation } from '../../api/use-mutation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError, fieldErrorId } from '../../components/FieldError';
import type { TrainingCatalogueQuery } from '../../gql/graphql';
import { navigate } from '../../router';
import { StartScenarioRunMutation } from './operations';

type Scenario = TrainingCatalogueQuery['scenarios'][number];

const YAML = '__yaml__';
const FIELDS = ['input.scenario', 'input.yaml', 'input.seed', 'input.orders'];

/** A number field as typed: empty is "the scenario's own", anything else goes to the API as is to judge. */
function wholeNumber(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}

export function StartRunForm({ scenarios }: { scenarios: Scenario[] }) {
  const { t } = useTranslation();
  const [scenario, setScenario] = useState(scenarios[0]?.id ?? '');
  const [yaml, setYaml] = useState('');
  const [seed, setSeed] = useState('');
  const [orders, setOrders] = useState('');
  const start = useMutation(StartScenarioRunMutation);
  const userErrors = start.data?.startScenarioRun.userErrors;
  const chosen = scenarios.find((s) => s.id === scenario);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const written = scenario === YAML;
    const result = await start.run({
      input: { scenario: written ? null : scenario, yaml: written ? yaml : null, seed: wholeNumber(seed), orders: wholeNumber(orders) },
    });
    const run = result?.startScenarioRun.run;
    if (run) navigate(`/training/runs/${encodeURIComponent(run.number)}`);
  };

  // An input with userErrors is marked invalid and described by them (FieldError renders them under it).
  const described = (path: string) => (errorsAt(userErrors, path).length > 0 ? { 'aria-describedby': fieldErrorId(path), 'aria-invalid': true } : {});

  return (
    <form onSubmit={onSubmit} className="start-run" aria-labelledby="start-run-title" data-testid="start-run">
      <h2 id="start-run-title">{t('training.start.title')}</h2>
      <div className="field">
        <label htmlFor="run-scenario">{t('training.start.scenario')}</label>
        <select id="run-scenario" value={scenario} onChange={(e) => setScenario(e.target.value)} {...described('input.scenario')}>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title} ({s.id})
            </option>
          ))}
          <option value={YAML}>{t('training.start.writtenOut')}</option>
        </select>
        <FieldError errors={userErrors} path="input.scenario" />
      </div>
      {scenario === YAML ? (
        <div className="field">
          <label htmlFor="run-yaml">{t('training.start.yaml')}</label>
          <textarea id="run-yaml" rows={10} value={yaml} onChange={(e) => setYaml(e.target.value)} spellCheck={false} {...described('input.yaml')} />
          <FieldError errors={userErrors} path="input.yaml" />
        </div>
      ) : null}
      <div className="field">
        <label htmlFor="run-seed">{t('training.start.seed')}</label>
        <input id="run-seed" inputMode="numeric" value={seed} onChange={(e) => setSeed(e.target.value)} placeholder={chosen ? String(chosen.seed) : ''} {...described('input.seed')} />
        <span className="hint">{t('training.start.seedHelp')}</span>
        <FieldError errors={userErrors} path="input.seed" />
      </div>
      <div className="field">
        <label htmlFor="run-orders">{t('training.start.orders')}</label>
        <input id="run-orders" inputMode="numeric" value={orders} onChange={(e) => setOrders(e.target.value)} placeholder={chosen ? String(chosen.orders) : ''} {...described('input.orders')} />
        <span className="hint">{t('training.start.ordersHelp')}</span>
        <FieldError errors={userErrors} path="input.orders" />
      </div>
      {errorsNotAt(userErrors, FIELDS).map((e, i) => (
        <p key={i} role="alert" className="error">
          <code>{e.code}</code> {e.rule ? <code>{e.rule}</code> : null} {e.message}
        </p>
      ))}
      {start.error ? <ErrorNotice error={start.error} /> : null}
      <button type="submit" disabled={start.running}>
        {start.running ? t('training.start.starting') : t('training.start.submit')}
      </button>
    </form>
  );
}
