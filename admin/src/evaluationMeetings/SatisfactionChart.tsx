/** A bar chart of one official's satisfaction distribution, best level first (recharts). */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import { SATISFACTION_COLORS, SATISFACTION_LEVELS } from './figures';

/** Props of {@link SatisfactionChart}. */
export interface SatisfactionChartProps {
  distribution: { level: string; count: number }[];
  height?: number;
}

/** Five bars, one per level, labelled with their counts. */
export function SatisfactionChart({ distribution, height = 190 }: SatisfactionChartProps) {
  const translate = useTranslate();
  const counts = new Map(distribution.map((entry) => [entry.level, entry.count]));
  const data = SATISFACTION_LEVELS.map((level) => ({
    level,
    label: translate(`pingyi.enums.Satisfaction.${level}`),
    count: counts.get(level) ?? 0,
  }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart data={data} margin={{ top: 20, right: 8, bottom: 0, left: -24 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} tick={{ fontSize: 12 }} />
        <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
        <Bar dataKey="count" isAnimationActive={false}>
          {data.map((entry) => (
            <Cell key={entry.level} fill={SATISFACTION_COLORS[entry.level]} />
          ))}
          <LabelList dataKey="count" position="top" />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
