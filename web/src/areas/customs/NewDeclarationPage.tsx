/**
 * The declarant files a declaration (暂存) for an order: lines, containers, port and mode come
 * prefilled from the order and its shipment, the declarant completes the rest, and the single
 * window's answer comes back rule by rule next to the field it names. A filed draft opens its page.
 */
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorsAt, errorsNotAt, type UserErrorView, useMutation } from '../../api/use-mutation';
import { useQuery } from '../../api/use-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError, fieldErrorId } from '../../components/FieldError';
import type { DeclarationKind, DeclarationMode, FileDeclarationInput, OrderToDeclareQuery, TransportMode } from '../../gql/graphql';
import { navigate } from '../../router';
import { FileDeclarationMutation, OrderToDeclareQuery as OrderQuery } from './operations';

const KINDS: DeclarationKind[] = ['EXPORT', 'IMPORT', 'TRANSIT'];
const MODES: DeclarationMode[] = ['STANDARD', 'ADVANCE', 'TWO_STEP'];
const TRANSPORT_MODES: TransportMode[] = ['RAIL', 'SEA', 'ROAD', 'AIR', 'RIVER'];
const LINE_FIELDS = ['hsCode', 'description', 'quantity', 'unit', 'value', 'currency', 'originCountry', 'destinationCountry'] as const;

type LineDraft = Record<(typeof LINE_FIELDS)[number], string>;
type Order = NonNullable<OrderToDeclareQuery['order']>;

interface Draft {
  kind: DeclarationKind;
  mode: DeclarationMode;
  customsOffice: string;
  port: string;
  transportMode: TransportMode;
  conveyanceReference: string;
  containers: string;
  invoiceNumber: string;
  tradeMode: string;
  expectedDate: string;
  lines: LineDraft[];
  totalValue: string;
  currency: string;
  grossWeightKg: string;
  packages: string;
  dutiable: boolean;
  guaranteeReference: string;
  conveyanceDeclaredAt: string;
  transitDestination: string;
}

/** What the order and its shipment already say: the declarant checks and completes it. */
function draftFrom(order: Order): Draft {
  const firstLeg = order.shipment?.legs[0];
  return {
    kind: 'EXPORT',
    mode: 'STANDARD',
    customsOffice: '',
    port: firstLeg?.from.code ?? order.origin.code,
    transportMode: firstLeg?.mode ?? 'RAIL',
    conveyanceReference: '',
    containers: order.shipment?.containers.map((c) => c.number).join(', ') ?? '',
    invoiceNumber: '',
    tradeMode: order.tradeMode,
    expectedDate: '',
    lines: order.lines.map((l) => ({
      // The order may carry a 6- or 8-digit code; a declaration takes China's 10 digits.
      hsCode: l.hsCode.replace(/\D/g, '').padEnd(10, '0'),
      description: l.description,
      quantity: l.quantity,
      unit: l.unit,
      value: l.amount,
      currency: order.currency,
      originCountry: order.origin.country,
      destinationCountry: order.destination.country,
    })),
    totalValue: order.total.amount,
    currency: order.currency,
    grossWeightKg: order.grossWeightKg,
    packages: '',
    dutiable: false,
    guaranteeReference: '',
    conveyanceDeclaredAt: '',
    transitDestination: '',
  };
}

function inputOf(order: string, d: Draft): FileDeclarationInput {
  const blank = (s: string) => (s.trim() === '' ? null : s.trim());
  return {
    order,
    kind: d.kind,
    mode: d.mode,
    content: {
      customsOffice: d.customsOffice.trim(),
      port: d.port.trim(),
      transportMode: d.transportMode,
      conveyanceReference: d.conveyanceReference.trim(),
      containers: d.containers.split(/[,\s]+/).filter(Boolean),
      invoiceNumber: blank(d.invoiceNumber),
      tradeMode: blank(d.tradeMode),
      expectedDate: d.mode === 'ADVANCE' ? blank(d.expectedDate) : null,
      lines: d.lines.map((l, i) => ({ lineNo: i + 1, ...l, quantity: blank(l.quantity), destinationCountry: blank(l.destinationCountry) })),
      totals: {
        value: blank(d.totalValue),
        currency: blank(d.currency),
        grossWeightKg: d.grossWeightKg.trim(),
        // Not a whole number: sent as missing, and the single window says the rule.
        packages: /^\d+$/.test(d.packages.trim()) ? Number(d.packages.trim()) : null,
      },
    },
    twoStep: d.mode === 'TWO_STEP' ? { dutiable: d.dutiable, guaranteeReference: blank(d.guaranteeReference), conveyanceDeclaredAt: d.conveyanceDeclaredAt.trim() } : null,
    transit: d.kind === 'TRANSIT' ? { destinationOffice: d.transitDestination.trim() } : null,
  };
}

export function NewDeclarationPage({ initialOrder }: { initialOrder: string }) {
  const { t } = useTranslation();
  const [orderNumber, setOrderNumber] = useState(initialOrder);
  const [loaded, setLoaded] = useState(initialOrder);
  const order = useQuery(OrderQuery, { number: loaded }, { skip: loaded === '' });
  const [draft, setDraft] = useState<Draft | null>(null);
  const file = useMutation(FileDeclarationMutation);
  const [userErrors, setUserErrors] = useState<UserErrorView[]>([]);

  useEffect(() => {
    if (order.data?.order) setDraft(draftFrom(order.data.order));
  }, [order.data]);

  const load = (event: FormEvent) => {
    event.preventDefault();
    setDraft(null);
    setUserErrors([]);
    setLoaded(orderNumber.trim());
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !order.data?.order) return;
    const result = await file.run({ input: inputOf(order.data.order.number, draft) });
    if (!result) return;
    setUserErrors(result.fileDeclaration.userErrors);
    const filed = result.fileDeclaration.declaration;
    if (filed) navigate(`/customs/${filed.number}`);
  };

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => (d ? { ...d, [key]: value } : d));
  const setLine = (i: number, key: keyof LineDraft, value: string) =>
    setDraft((d) => (d ? { ...d, lines: d.lines.map((l, n) => (n === i ? { ...l, [key]: value } : l)) } : d));
  const shownPaths = [
    'input.order', 'input.kind', 'input.mode', 'input.content.customsOffice', 'input.content.port', 'input.content.transportMode',
    'input.content.conveyanceReference', 'input.content.containers', 'input.content.invoiceNumber', 'input.content.tradeMode',
    'input.content.expectedDate', 'input.content.lines', 'input.content.totals.value', 'input.content.totals.currency',
    'input.content.totals.grossWeightKg', 'input.content.totals.packages', 'input.twoStep', 'input.transit',
  ];
  const rest = errorsNotAt(userErrors, shownPaths);

  const field = (path: string, label: string, control: (props: { id: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string }) => ReactNode) => {
    const invalid = errorsAt(userErrors, path).length > 0;
    const id = `f-${path.replace(/\./g, '-')}`;
    return (
      <div className="field">
        <label htmlFor={id}>{t(label)}</label>
        {control({ id, 'aria-invalid': invalid || undefined, 'aria-describedby': invalid ? fieldErrorId(path) : undefined })}
        <FieldError errors={userErrors} path={path} />
      </div>
    );
  };

  return (
    <section aria-labelledby="new-declaration-title">
      <h1 id="new-declaration-title">{t('customs.form.title')}</h1>
      <form className="inline-form" onSubmit={load}>
        <label>
          {t('customs.form.order')} <input value={orderNumber} onChange={(e) => setOrderNumber(e.target.value)} />
        </label>
        <button type="submit">{t('customs.form.load')}</button>
      </form>
      {order.error ? <ErrorNotice error={order.error} /> : null}
      {order.data && !order.data.order ? <p role="alert">{t('customs.form.orderNotFound', { order: loaded })}</p> : null}
      {draft ? (
        <form onSubmit={submit} className="declaration-form" data-testid="declaration-form">
          <p className="help">{t('customs.form.intro')}</p>
          <div className="form-grid">
            {field('input.kind', 'customs.form.kind', (p) => (
              <select {...p} value={draft.kind} onChange={(e) => set('kind', e.target.value as DeclarationKind)}>
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`customs.kind.${k}`)}
                  </option>
                ))}
              </select>
            ))}
            {field('input.mode', 'customs.form.mode', (p) => (
              <select {...p} value={draft.mode} onChange={(e) => set('mode', e.target.value as DeclarationMode)}>
                {MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`customs.mode.${m}`)}
                  </option>
                ))}
              </select>
            ))}
            {field('input.content.customsOffice', 'customs.form.customsOffice', (p) => (
              <input {...p} value={draft.customsOffice} inputMode="numeric" onChange={(e) => set('customsOffice', e.target.value)} />
            ))}
            {field('input.content.port', 'customs.form.port', (p) => <input {...p} value={draft.port} onChange={(e) => set('port', e.target.value)} />)}
            {field('input.content.transportMode', 'customs.form.transportMode', (p) => (
              <select {...p} value={draft.transportMode} onChange={(e) => set('transportMode', e.target.value as TransportMode)}>
                {TRANSPORT_MODES.map((m) => (
                  <option key={m} value={m}>
                    {t(`mode.${m}`)}
                  </option>
                ))}
              </select>
            ))}
            {field('input.content.conveyanceReference', 'customs.form.conveyance', (p) => (
              <input {...p} value={draft.conveyanceReference} onChange={(e) => set('conveyanceReference', e.target.value)} />
            ))}
            {field('input.content.containers', 'customs.form.containers', (p) => <input {...p} value={draft.containers} onChange={(e) => set('containers', e.target.value)} />)}
            {field('input.content.invoiceNumber', 'customs.form.invoiceNumber', (p) => (
              <input {...p} value={draft.invoiceNumber} onChange={(e) => set('invoiceNumber', e.target.value)} />
            ))}
            {field('input.content.tradeMode', 'customs.form.tradeMode', (p) => <input {...p} value={draft.tradeMode} onChange={(e) => set('tradeMode', e.target.value)} />)}
            {draft.mode === 'ADVANCE'
              ? field('input.content.expectedDate', 'customs.form.expectedDate', (p) => (
                  <input {...p} type="date" value={draft.expectedDate} onChange={(e) => set('expectedDate', e.target.value)} />
                ))
              : null}
            {draft.kind === 'TRANSIT'
              ? field('input.transit.destinationOffice', 'customs.form.transitDestination', (p) => (
                  <input {...p} value={draft.transitDestination} onChange={(e) => set('transitDestination', e.target.value)} />
                ))
              : null}
          </div>
          {draft.mode === 'TWO_STEP' ? (
            <fieldset className="form-grid">
              <legend>{t('customs.form.twoStep')}</legend>
              {field('input.twoStep.dutiable', 'customs.form.dutiable', (p) => (
                <input {...p} type="checkbox" checked={draft.dutiable} onChange={(e) => set('dutiable', e.target.checked)} />
              ))}
              {field('input.twoStep.guaranteeReference', 'customs.form.guaranteeReference', (p) => (
                <input {...p} value={draft.guaranteeReference} onChange={(e) => set('guaranteeReference', e.target.value)} />
              ))}
              {field('input.twoStep.conveyanceDeclaredAt', 'customs.form.conveyanceDeclaredAt', (p) => (
                <input {...p} value={draft.conveyanceDeclaredAt} onChange={(e) => set('conveyanceDeclaredAt', e.target.value)} />
              ))}
            </fieldset>
          ) : null}
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
                      const path = `input.content.lines.${i}.${f}`;
                      const invalid = errorsAt(userErrors, path).length > 0;
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
                          <FieldError errors={userErrors} path={path} />
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <FieldError errors={errorsAt(userErrors, 'input.content.lines').filter((e) => e.field?.length === 3)} path="input.content.lines" />
          <h2>{t('customs.form.totals')}</h2>
          <div className="form-grid">
            {field('input.content.totals.value', 'customs.form.totalValue', (p) => (
              <input {...p} value={draft.totalValue} inputMode="decimal" onChange={(e) => set('totalValue', e.target.value)} />
            ))}
            {field('input.content.totals.currency', 'customs.form.currency', (p) => <input {...p} value={draft.currency} onChange={(e) => set('currency', e.target.value)} />)}
            {field('input.content.totals.grossWeightKg', 'customs.form.grossWeight', (p) => (
              <input {...p} value={draft.grossWeightKg} inputMode="decimal" onChange={(e) => set('grossWeightKg', e.target.value)} />
            ))}
            {field('input.content.totals.packages', 'customs.form.packages', (p) => (
              <input {...p} value={draft.packages} inputMode="numeric" onChange={(e) => set('packages', e.target.value)} />
            ))}
          </div>
          {rest.length > 0 ? (
            <div role="alert" className="error">
              <strong>{t('customs.form.otherErrors')}</strong>
              <ul>
                {rest.map((e, i) => (
                  <li key={i}>
                    {e.message} {e.rule ? <code>{e.rule}</code> : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {file.error ? <ErrorNotice error={file.error} /> : null}
          <p>
            <button type="submit" disabled={file.running}>
              {t('customs.form.submit')}
            </button>
          </p>
        </form>
      ) : null}
    </section>
  );
}
