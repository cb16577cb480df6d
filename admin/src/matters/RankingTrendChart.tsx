/** The trend of the ranking's composite scores over the last months (recharts): one line per 街道 or unit shown. */
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Props of {@link RankingTrendChart}. */
export interface RankingTrendChartProps {
  /** Months, oldest first, each with the score (0–100) of every series by its name. */
  points: { month: string; scores: Record<string, number | null> }[];
  /** The series (row names) to draw. */
  series: string[];
  height?: number;
}

const COLOURS = [
  '#1565c0',
  '#c62828',
  '#2e7d32',
  '#ef6c00',
  '#6a1b9a',
  '#00838f',
  '#5d4037',
  '#ad1457',
  '#283593',
  '#558b2f',
  '#4e342e',
  '#00695c',
];

/** The line chart. */
export function RankingTrendChart({ points, series, height = 300 }: RankingTrendChartProps) {
  const data = points.map((p) => ({ month: p.month, ...p.scores }));
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((name, i) => (
          <Line
            key={name}
            type="monotone"
            dataKey={name}
            stroke={COLOURS[i % COLOURS.length]}
            dot={false}
            connectNulls
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
