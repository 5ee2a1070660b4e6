/**
 * The inputs of a declaration's content (office, port, conveyance, containers, goods lines,
 * totals), shared by filing, correcting and completing. Each input shows the userErrors of its
 * path under `prefix` (`input.content` when filing, `content` when correcting).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAt, type UserErrorView } from '../../api/use-mutation';
import { FieldError, fieldErrorId } from '../../components/FieldError';
import type { TransportMode } from '../../gql/graphql';
import { type ContentDraft, LINE_FIELDS, type LineDraft } from './declaration-draft';

const TRANSPORT_MODES: TransportMode[] = ['RAIL', 'SEA', 'ROAD', 'AIR', 'RIVER'];

type ControlProps = { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };

/** One labelled input with the userErrors of its path. */
export function FormField({ path, label, errors, children }: { path: string; label: string; errors: ReadonlyArray<UserErrorView>; children(props: ControlProps): ReactNode }) {
  const { t } = useTranslation();
  const invalid = errorsAt(errors, path).length > 0;
  const id = `f-${path.replace(/\./g, '-')}`;
  return (
    <div className="field">
      <label htmlFor={id}>{t(label)}</label>
      {children({ id, 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? fieldErrorId(path) : undefined })}
      <FieldError errors={errors} path={path} />
    </div>
  );
}

/** The paths these inputs show errors for; the rest go in the form's summary. */
export function contentPaths(prefix: string): string[] {
  return ['customsOffice', 'port', 'transportMode', 'conveyanceReference', 'containers', 'invoiceNumber', 'tradeMode', 'expectedDate', 'lines', 'totals.value', 'totals.currency', 'totals.grossWeightKg', 'totals.packages'].map(
    (p) => `${prefix}.${p}`,
  );
}

interface Props {
  draft: ContentDraft;
  prefix: string;
  errors: ReadonlyArray<UserErrorView>;
  advance: boolean;
  set<K extends keyof ContentDraft>(key: K, value: ContentDraft[K]): void;
  setLine(i: number, key: keyof LineDraft, value: string): void;
  /** Inputs placed first in the grid (kind and mode when filing). */
  leading?: ReactNode;
}

export function DeclarationContentFields({ draft, prefix, errors, advance, set, setLine, leading }: Props) {
  const { t } = useTranslation();
  const at = (name: string) => `${prefix}.${name}`;
  return (
    <>
      <div className="form-grid">
        {leading}
        <FormField path={at('customsOffice')} label="customs.form.customsOffice" errors={errors}>
          {(p) => <input {...p} value={draft.customsOffice} inputMode="numeric" onChange={(e) => set('customsOffice', e.target.value)} />}
        </FormField>
        <FormField path={at('port')} label="customs.form.port" errors={errors}>
          {(p) => <input {...p} value={draft.port} onChange={(e) => set('port', e.target.value)} />}
        </FormField>
        <FormField path={at('transportMode')} label="customs.form.transportMode" errors={errors}>
          {(p) => (
            <select {...p} value={draft.transportMode} onChange={(e) => set('transportMode', e.target.value as TransportMode)}>
              {TRANSPORT_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`mode.${m}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField path={at('conveyanceReference')} label="customs.form.conveyance" errors={errors}>
          {(p) => <input {...p} value={draft.conveyanceReference} onChange={(e) => set('conveyanceReference', e.target.value)} />}
        </FormField>
        <FormField path={at('containers')} label="customs.form.containers" errors={errors}>
          {(p) => <input {...p} value={draft.containers} onChange={(e) => set('containers', e.target.value)} />}
        </FormField>
        <FormField path={at('invoiceNumber')} label="customs.form.invoiceNumber" errors={errors}>
          {(p) => <input {...p} value={draft.invoiceNumber} onChange={(e) => set('invoiceNumber', e.target.value)} />}
        </FormField>
        <FormField path={at('tradeMode')} label="customs.form.tradeMode" errors={errors}>
          {(p) => <input {...p} value={draft.tradeMode} onChange={(e) => set('tradeMode', e.target.value)} />}
        </FormField>
        {advance ? (
          <FormField path={at('expectedDate')} label="customs.form.expectedDate" errors={errors}>
            {(p) => <input {...p} type="date" value={draft.expectedDate} onChange={(e) => set('expectedDate', e.target.value)} />}
          </FormField>
        ) : null}
      </div>
      <h2>{t('customs.form.lines')}</h2>
      <div className="table-scroll">
        <table className="form-table">
          <thead>
            <tr>
              <th scope="col">{t('customs.form.lineNo')}</th>
              {LINE_FIELDS.map((f) => (
                <th key={f} scope="col">
                  {t(`customs.form.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {draft.lines.map((line, i) => (
              <tr key={i} data-testid="declaration-line-input">
                <th scope="row">{i + 1}</th>
                {LINE_FIELDS.map((f) => {
                  const path = at(`lines.${i}.${f}`);
                  const invalid = errorsAt(errors, path).length > 0;
                  return (
                    <td key={f}>
                      <input
                        aria-label={`${t(`customs.form.${f}`)} ${i + 1}`}
                        value={line[f]}
                        size={f === 'description' ? 24 : 10}
                        aria-invalid={invalid || undefined}
                        aria-describedby={invalid ? fieldErrorId(path) : undefined}
                        onChange={(e) => setLine(i, f, e.target.value)}
                      />
                      <FieldError errors={errors} path={path} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FieldError errors={errorsAt(errors, at('lines')).filter((e) => e.field?.join('.') === at('lines'))} path={at('lines')} />
      <h2>{t('customs.form.totals')}</h2>
      <div className="form-grid">
        <FormField path={at('totals.value')} label="customs.form.totalValue" errors={errors}>
          {(p) => <input {...p} value={draft.totalValue} inputMode="decimal" onChange={(e) => set('totalValue', e.target.value)} />}
        </FormField>
        <FormField path={at('totals.currency')} label="customs.form.currency" errors={errors}>
          {(p) => <input {...p} value={draft.currency} onChange={(e) => set('currency', e.target.value)} />}
        </FormField>
        <FormField path={at('totals.grossWeightKg')} label="customs.form.grossWeight" errors={errors}>
          {(p) => <input {...p} value={draft.grossWeightKg} inputMode="decimal" onChange={(e) => set('grossWeightKg', e.target.value)} />}
        </FormField>
        <FormField path={at('totals.packages')} label="customs.form.packages" errors={errors}>
          {(p) => <input {...p} value={draft.packages} inputMode="numeric" onChange={(e) => set('packages', e.target.value)} />}
        </FormField>
      </div>
    </>
  );
}
