/**
 * The four-document matching (四单对碰) as a table: a row per field the matching compares, a
 * column per document, each cell the document's value where the caller can read it. The API
 * lists the mismatches only (each with both documents and both values), so a cell either
 * carries a mismatch, marked in words and colour with the rule broken, or says there is none.
 */
import { useTranslation } from 'react-i18next';
import type { FinancingQuery, TradeDocument } from '../../gql/graphql';

type Financing = NonNullable<FinancingQuery['financing']>;
type Mismatch = Financing['mismatches'][number];
type Readable = { seller: { name: string }; buyer: { name: string }; total: { amount: string; currency: string }; origin: { code: string }; destination: { code: string }; lines: Array<{ hsCode: string; quantity: string; unit: string }> };

/** A field the matching compares, in the API's spelling (`goods.0.hsCode`), and what each readable document states for it. */
function readValue(doc: Readable | null | undefined, field: string): string | null {
  if (!doc) return null;
  const goods = /^goods\.(\d+)\.(hsCode|unit|quantity)$/.exec(field);
  if (goods) return doc.lines[Number(goods[1])]?.[goods[2] as 'hsCode' | 'unit' | 'quantity'] ?? null;
  switch (field) {
    case 'parties.seller': return doc.seller.name;
    case 'parties.buyer': return doc.buyer.name;
    case 'value.currency': return doc.total.currency;
    case 'value.amount': return doc.total.amount;
    case 'route.origin': return doc.origin.code;
    case 'route.destination': return doc.destination.code;
    default: return null;
  }
}

function fieldsOf(f: Financing, documents: readonly TradeDocument[]): string[] {
  const lineCount = Math.max(
    f.order?.lines.length ?? 0,
    f.invoice?.lines.length ?? 0,
    ...f.mismatches.map((m) => Number(/^goods\.(\d+)\./.exec(m.field)?.[1] ?? -1) + 1),
  );
  const fields = ['parties.seller', 'parties.buyer'];
  if (f.mismatches.some((m) => m.field === 'goods')) fields.push('goods');
  for (let i = 0; i < lineCount; i++) fields.push(`goods.${i}.hsCode`, `goods.${i}.unit`, `goods.${i}.quantity`);
  fields.push('value.currency', 'value.amount', 'route.origin', 'route.destination', 'dates.invoiceDate');
  if (documents.includes('BILL')) fields.push('dates.billIssueDate');
  if (documents.includes('DECLARATION')) fields.push('dates.declarationDate');
  for (const m of f.mismatches) if (!fields.includes(m.field)) fields.push(m.field);
  return fields;
}

/** The date rows concern one document each besides the order (and the bill's on-board date). */
const DATE_OF: Readonly<Record<string, TradeDocument>> = { 'dates.invoiceDate': 'INVOICE', 'dates.billIssueDate': 'BILL', 'dates.declarationDate': 'DECLARATION' };

export function MatchingTable({ financing: f }: { financing: Financing }) {
  const { t } = useTranslation();
  const m = f.matching;
  if (!m) return <p>{t('finance.matching.none')}</p>;
  const documents = m.documents;
  const label = (field: string) => {
    const goods = /^goods\.(\d+)\.(hsCode|unit|quantity)$/.exec(field);
    if (goods) return t(`finance.matching.fields.${goods[2]}`, { n: Number(goods[1]) + 1 });
    const key = field.replace('.', '_');
    return t(`finance.matching.fields.${key}`, { defaultValue: field });
  };
  const readable: Partial<Record<TradeDocument, Readable | null>> = { ORDER: f.order, INVOICE: f.invoice };
  const cell = (field: string, doc: TradeDocument) => {
    const mismatch: Mismatch | undefined = f.mismatches.find((x) => x.field === field && x.documents.includes(doc));
    if (mismatch) {
      const value = mismatch.values[mismatch.documents.indexOf(doc)];
      // The first document of the pair is the one the other is held against (the order, but for a date rule).
      if (mismatch.documents[0] === doc) return <td key={doc}>{value}</td>;
      return (
        <td key={doc} className="mismatch" data-testid="mismatch-cell">
          <strong>{t('finance.matching.differs')}</strong> {value} <code>{mismatch.rule}</code>
        </td>
      );
    }
    const value = field.startsWith('dates.') ? null : readValue(readable[doc], field);
    // The bank may not read the order itself: its values then show only where a document disagrees.
    if (doc === 'ORDER') return <td key={doc}>{value ?? '—'}</td>;
    if (field.startsWith('dates.') && DATE_OF[field] !== doc) return <td key={doc} className="muted">{t('finance.matching.notCompared')}</td>;
    return (
      <td key={doc} className="match">
        {value ? `${value} ` : ''}
        <span>{t('finance.matching.agrees')}</span>
      </td>
    );
  };
  return (
    <div data-testid="matching">
      <p>
        {t('finance.matching.result')}:{' '}
        <strong className={m.result === 'PASSED' ? 'match-result passed' : 'match-result failed'} data-testid="matching-result">
          {t(`finance.matching.${m.result}`)}
        </strong>{' '}
        · {t('finance.matching.mismatchCount', { count: f.mismatches.length })} · {t('finance.matching.at', { at: m.at.slice(0, 16).replace('T', ' '), revision: m.invoiceRevision })}
        {m.cargoValue ? ` · ${t('finance.matching.cargoValue')}: ${m.cargoValue.amount} ${m.cargoValue.currency}` : ''}
      </p>
      <div className="table-scroll">
        <table className="matching-table">
          <caption>{t('finance.matching.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('finance.matching.field')}</th>
              {documents.map((d) => (
                <th key={d} scope="col">
                  {t(`finance.document.${d}`)} {documentNumber(f, d)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fieldsOf(f, documents).map((field) => (
              <tr key={field} className={f.mismatches.some((x) => x.field === field) ? 'has-mismatch' : undefined} data-testid="matching-row">
                <th scope="row">{label(field)}</th>
                {documents.map((d) => cell(field, d))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {f.mismatches.length > 0 ? (
        <ul className="mismatch-list">
          {f.mismatches.map((x, i) => (
            <li key={i}>
              {x.message} <code>{x.rule}</code>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function documentNumber(f: Financing, d: TradeDocument): string {
  if (d === 'ORDER') return f.orderNumber;
  if (d === 'INVOICE') return `${f.invoiceNumber}${f.matching ? ` rev. ${f.matching.invoiceRevision}` : ''}`;
  if (d === 'BILL') return f.billNumber ?? '';
  return f.matching?.declarationNumber ?? '';
}
