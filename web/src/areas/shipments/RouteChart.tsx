/**
 * The route options side by side as a small SVG chart: one panel per measure (days, cost, CO2),
 * one bar per option, each bar scaled to the longest in its panel. Drawn by hand (a few rects
 * and labels need no charting library). The comparison table beside it is the text alternative;
 * the chart names it with aria-describedby and summarises itself in its aria-label.
 */
import { useTranslation } from 'react-i18next';

export interface ChartOption {
  id: string;
  label: string;
  transitDays: number;
  cost: number;
  currency: string;
  co2Kg: number;
  chosen: boolean;
}

const PANEL_WIDTH = 250;
const BAR_HEIGHT = 16;
const GAP = 6;
const LABEL_WIDTH = 28;

export function RouteChart({ options, describedBy }: { options: ChartOption[]; describedBy: string }) {
  const { t } = useTranslation();
  if (options.length === 0) return null;
  const panels = [
    { key: 'days', title: t('routes.chart.days'), value: (o: ChartOption) => o.transitDays, text: (o: ChartOption) => `${o.transitDays}` },
    { key: 'cost', title: t('routes.chart.cost', { currency: options[0]!.currency }), value: (o: ChartOption) => o.cost, text: (o: ChartOption) => o.cost.toFixed(0) },
    { key: 'co2', title: t('routes.chart.co2'), value: (o: ChartOption) => o.co2Kg, text: (o: ChartOption) => o.co2Kg.toFixed(0) },
  ];
  const panelHeight = 22 + options.length * (BAR_HEIGHT + GAP);
  const summary = options.map((o, i) => `${i + 1}. ${o.label}: ${o.transitDays} ${t('routes.days')}, ${o.cost.toFixed(0)} ${o.currency}, ${o.co2Kg.toFixed(0)} kg CO2`).join('; ');
  return (
    <figure className="route-chart">
      <svg
        role="img"
        aria-label={`${t('routes.chart.title')}: ${summary}`}
        aria-describedby={describedBy}
        viewBox={`0 0 ${panels.length * (PANEL_WIDTH + 20)} ${panelHeight}`}
        width="100%"
        data-testid="route-chart"
      >
        {panels.map((panel, p) => {
          const max = Math.max(...options.map(panel.value), 1);
          const x0 = p * (PANEL_WIDTH + 20);
          return (
            <g key={panel.key} transform={`translate(${x0},0)`}>
              <text x={0} y={14} className="chart-title">
                {panel.title}
              </text>
              {options.map((o, i) => {
                const y = 22 + i * (BAR_HEIGHT + GAP);
                const width = Math.max(2, ((PANEL_WIDTH - LABEL_WIDTH - 50) * panel.value(o)) / max);
                return (
                  <g key={o.id}>
                    <text x={0} y={y + BAR_HEIGHT - 4} className="chart-label">
                      {i + 1}
                    </text>
                    <rect x={LABEL_WIDTH} y={y} width={width} height={BAR_HEIGHT} className={o.chosen ? 'bar bar-chosen' : 'bar'} />
                    <text x={LABEL_WIDTH + width + 4} y={y + BAR_HEIGHT - 4} className="chart-value">
                      {panel.text(o)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="help">{t('routes.chart.caption')}</figcaption>
    </figure>
  );
}
