/**
 * One lifecycle action of a document as a form: a button, and above it the inputs the action
 * takes (a reason, an e-lock, an amount …). The page offers only actions the API lists in
 * `allowedEvents` for the caller's part; the API's userErrors come back next to the input whose
 * path they name (`input.reason`, `amount` …), the rest under the button.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/client';
import { errorsAt, errorsNotAt, type UserErrorView } from '../api/use-mutation';
import { ErrorNotice } from './ErrorNotice';
import { fieldErrorId } from './FieldError';

export interface ActionInput {
  /** The key of the value handed to onSubmit. */
  name: string;
  /** The userError path this input answers for, e.g. `input.reason`. */
  path: string;
  /** An i18n key. */
  label: string;
  options?: Array<{ value: string; label: string }>;
  defaultValue?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
}

export interface ActionResult {
  userErrors: ReadonlyArray<UserErrorView>;
}

interface Props {
  /** Distinguishes the inputs of two actions on one page. */
  id: string;
  /** The button's text (translated). */
  label: string;
  inputs?: ActionInput[];
  /** Runs the action: null when a GraphQL error was thrown (shown from `error`). */
  run(values: Record<string, string>): Promise<ActionResult | null>;
  error: ApiError | null;
  running: boolean;
  onDone(): void;
}

export function ActionForm({ id, label, inputs = [], run, error, running, onDone }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(inputs.map((i) => [i.name, i.defaultValue ?? i.options?.[0]?.value ?? ''])));
  const [userErrors, setUserErrors] = useState<ReadonlyArray<UserErrorView>>([]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await run(values);
    if (!result) return;
    setUserErrors(result.userErrors);
    if (result.userErrors.length === 0) onDone();
  };
  const rest = errorsNotAt(userErrors, inputs.map((i) => i.path));
  return (
    <form className={inputs.length > 0 ? 'action-form with-inputs' : 'action-form'} onSubmit={submit} data-testid={`action-${id}`}>
      {inputs.map((input) => {
        const inputId = `${id}-${input.name}`;
        const invalid = errorsAt(userErrors, input.path).length > 0;
        const common = {
          id: inputId,
          value: values[input.name] ?? '',
          'aria-invalid': invalid || undefined,
          'aria-describedby': invalid ? fieldErrorId(`${id}.${input.path}`) : undefined,
        };
        return (
          <div key={input.name} className="field">
            <label htmlFor={inputId}>{t(input.label)}</label>
            {input.options ? (
              <select {...common} onChange={(e) => setValues({ ...values, [input.name]: e.target.value })}>
                {input.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input {...common} inputMode={input.inputMode} onChange={(e) => setValues({ ...values, [input.name]: e.target.value })} />
            )}
            <FieldErrorFor errors={userErrors} path={input.path} idPrefix={id} />
          </div>
        );
      })}
      <button type="submit" disabled={running}>
        {label}
      </button>
      {rest.length > 0 ? (
        <div className="field-error" role="alert">
          <ul>
            {rest.map((e, i) => (
              <li key={i}>
                {e.message} {e.rule ? <code>{e.rule}</code> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </form>
  );
}

/** Like FieldError, with an id unique to this form (two forms on a page may both take a `reason`). */
function FieldErrorFor({ errors, path, idPrefix }: { errors: ReadonlyArray<UserErrorView>; path: string; idPrefix: string }) {
  const mine = errorsAt(errors, path);
  if (mine.length === 0) return null;
  return (
    <span id={fieldErrorId(`${idPrefix}.${path}`)} className="field-error" role="alert" data-field={path}>
      {mine.map((e) => e.message).join(' ')}
      {mine[0]?.rule ? <code> {mine[0].rule}</code> : null}
    </span>
  );
}
