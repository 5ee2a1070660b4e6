/**
 * A horizontal bar chart drawn as SVG by hand (a few rectangles need no charting library in the
 * bundle). The picture carries an aria-label naming every bar and value, and the same figures
 * follow as a table, so the chart reads without sight too.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface Bar {
  label: string;
  value: number;
  /** The value as shown, when it needs more than the number (a unit, decimals). */
  display?: string;
}

const WIDTH = 420;
const LABEL_WIDTH = 170;
const VALUE_WIDTH = 56;
const ROW = 26;

export function BarChart({ title, bars, unit, testId }: { title: string; bars: Bar[]; unit: string; testId?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const shown = (b: Bar) => b.display ?? String(b.value);
  const summary = `${title} (${unit}): ${bars.length === 0 ? t('training.chart.none') : bars.map((b) => `${b.label} ${shown(b)}`).join('; ')}`;
  const max = Math.max(0, ...bars.map((b) => b.value));
  const span = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = Math.max(1, bars.length) * ROW + 8;
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">{t('training.chart.none')}</p>
      ) : (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={summary} width="100%" style={{ maxWidth: WIDTH }}>
          {bars.map((b, i) => {
            const y = 4 + i * ROW;
            const length = max > 0 ? (Math.max(b.value, 0) / max) * span : 0;
            return (
              <g key={`${b.label}-${i}`}>
                <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end" className="chart-label">
                  {b.label.length > 26 ? `${b.label.slice(0, 25)}…` : b.label}
                </text>
                <rect x={LABEL_WIDTH} y={y + 3} width={length} height={ROW - 8} className="chart-bar" />
                <text x={LABEL_WIDTH + length + 6} y={y + ROW / 2 + 4} className="chart-value">
                  {shown(b)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      {bars.length > 0 ? (
        <details>
          <summary>{t('training.chart.table')}</summary>
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('training.chart.item')}</th>
                <th scope="col">{unit}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map((b, i) => (
                <tr key={`${b.label}-${i}`}>
                  <th scope="row">{b.label}</th>
                  <td className="number">{shown(b)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </figure>
  );
}
