/**
 * The ten indicators in one chart (Recharts, SVG: crisp on screen and in print). Bars are coloured by instrument;
 * the figures are in the accessible label and in the overview table beside the chart.
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { formatScore } from '../../lib/format';

export interface IndicatorDatum {
  key: string;
  name: string;
  instrument: 'IIT' | 'EIT' | 'OIT' | string;
  score: number | null;
}

const COLORS: Record<string, string> = { IIT: '#2b48a8', EIT: '#0e7470', OIT: '#8a3ffc' };

export default function IndicatorChart({
  data,
  passMark,
  height = 380,
  animate = true,
}: {
  data: IndicatorDatum[];
  passMark?: number;
  height?: number;
  animate?: boolean;
}) {
  const { t } = useTranslation();
  const rows = data.map((d) => ({ ...d, label: `${d.key}. ${d.name}`, value: d.score ?? 0 }));
  const description = data.map((d) => `${d.key} ${d.name} ${formatScore(d.score)}`).join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <div role="img" aria-label={t('agency.chartLabel', { description })} style={{ width: '100%', height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 8 }} barCategoryGap={6}>
            <CartesianGrid horizontal={false} stroke="#e3e7f0" />
            <XAxis
              type="number"
              domain={[0, 100]}
              ticks={[0, 25, 50, 75, 100]}
              tick={{ fontSize: 12, fill: '#46506a' }}
            />
            <YAxis
              type="category"
              dataKey="label"
              width={210}
              tick={{ fontSize: 13, fill: '#141a2e' }}
              interval={0}
              tickFormatter={(v: string) => (v.length > 30 ? `${v.slice(0, 29)}…` : v)}
            />
            {passMark ? (
              <ReferenceLine
                x={passMark}
                stroke="#7a4f00"
                strokeDasharray="4 3"
                label={{ value: String(passMark), position: 'top', fill: '#7a4f00', fontSize: 12 }}
              />
            ) : null}
            <Bar dataKey="value" radius={[0, 4, 4, 0]} isAnimationActive={animate}>
              {rows.map((r) => (
                <Cell key={r.key} fill={COLORS[r.instrument] ?? '#46506a'} />
              ))}
              <LabelList
                dataKey="value"
                position="right"
                formatter={(v: unknown) => formatScore(typeof v === 'number' ? v : Number(v))}
                style={{ fontSize: 12, fontWeight: 700, fill: '#141a2e' }}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <ul className="legend chart-legend">
          {(['IIT', 'EIT', 'OIT'] as const).map((i) => (
            <li key={i}>
              <i style={{ background: COLORS[i] }} aria-hidden="true" />
              {t(`instrument.${i}`)}
            </li>
          ))}
          {passMark ? <li>{t('agency.passMarkLine', { mark: passMark })}</li> : null}
        </ul>
      </figcaption>
    </figure>
  );
}
