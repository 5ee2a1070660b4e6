/**
 * The goods lines of the create-order form: one row per line, rows added and removed freely (the
 * API says how many it takes). Each cell shows the userErrors of its own path, e.g.
 * `input.lines.0.hsCode`.
 */
import { useTranslation } from 'react-i18next';
import type { UserErrorView } from '../../api/use-mutation';
import { FieldError } from '../../components/FieldError';
import type { OrderLineInput } from '../../gql/graphql';
import { errorProps } from './field-props';

const LINE_FIELDS = ['description', 'hsCode', 'quantity', 'unit', 'unitPrice', 'grossWeightKg'] as const satisfies ReadonlyArray<keyof OrderLineInput>;

export function emptyLine(): OrderLineInput {
  return { description: '', hsCode: '', quantity: '', unit: 'H87', unitPrice: '', grossWeightKg: '' };
}

/** Every path the line inputs show errors for, so the rest (e.g. `input.lines` itself) is listed apart. */
export function linePaths(count: number): string[] {
  return Array.from({ length: count }, (_, i) => LINE_FIELDS.map((f) => `input.lines.${i}.${f}`)).flat();
}

export function OrderLinesEditor({
  lines,
  onChange,
  errors,
}: {
  lines: OrderLineInput[];
  onChange: (lines: OrderLineInput[]) => void;
  errors: ReadonlyArray<UserErrorView> | undefined;
}) {
  const { t } = useTranslation();
  const update = (index: number, field: keyof OrderLineInput, value: string) => onChange(lines.map((line, i) => (i === index ? { ...line, [field]: value } : line)));
  return (
    <fieldset>
      <legend>{t('orderForm.lines')}</legend>
      <table className="lines-editor">
        <thead>
          <tr>
            <th scope="col">#</th>
            {LINE_FIELDS.map((field) => (
              <th scope="col" key={field}>
                {t(`orderForm.${field}`)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('orderForm.removeLine')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={index} data-testid="line-row">
              <td>{index + 1}</td>
              {LINE_FIELDS.map((field) => {
                const path = `input.lines.${index}.${field}`;
                return (
                  <td key={field}>
                    <input
                      aria-label={t('orderForm.lineField', { field: t(`orderForm.${field}`), line: index + 1 })}
                      value={line[field]}
                      onChange={(e) => update(index, field, e.target.value)}
                      inputMode={field === 'description' || field === 'unit' ? undefined : 'decimal'}
                      size={field === 'description' ? 22 : 9}
                      {...errorProps(errors, path)}
                    />
                    <FieldError errors={errors} path={path} />
                  </td>
                );
              })}
              <td>
                <button type="button" onClick={() => onChange(lines.filter((_, i) => i !== index))}>
                  {t('orderForm.removeLine')} <span className="visually-hidden">{index + 1}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => onChange([...lines, emptyLine()])}>
        {t('orderForm.addLine')}
      </button>
    </fieldset>
  );
}
