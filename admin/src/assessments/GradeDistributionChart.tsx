/**
 * A stacked bar chart (recharts) of a year's grades by subdistrict: one bar per subdistrict, one
 * segment per grade of the finalised assessments (优秀 … 较差), one for red-line breach years and a
 * grey one for the assessments still DRAFT.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslate } from 'react-admin';
import type { Overview } from '../dataProvider/types';
import { GRADE_COLORS, GRADES } from './figures';
import { gradeKey } from './chips';

/** Props of {@link GradeDistributionChart}. */
export interface GradeDistributionChartProps {
  subdistricts: Overview['subdistricts'];
  height?: number;
  /** The grade names of the district's policy of the year (docs/rules.md rule 10); STANDARD when not given. */
  labels?: string | null;
}

/** The segments bottom to top, and the legend's order. */
const KEYS = [...GRADES, 'BREACH', 'DRAFT'] as const;

/** The chart, one bar per subdistrict with an assessment that year. */
export function GradeDistributionChart({ subdistricts, height = 320, labels }: GradeDistributionChartProps) {
  const translate = useTranslate();
  const data = subdistricts
    .filter((entry) => entry.finalizedCount + entry.draftCount > 0)
    .map((entry) => {
      const row: Record<string, string | number> = { name: entry.subdistrict.name };
      for (const key of KEYS) row[key] = 0;
      row.DRAFT = entry.draftCount;
      for (const { grade, count } of entry.grades) row[grade ?? 'BREACH'] = Number(row[grade ?? 'BREACH'] ?? 0) + count;
      return row;
    });
  const label = (key: string) =>
    key === 'BREACH'
      ? translate('pingyi.assessment.redLine')
      : key === 'DRAFT'
        ? translate('pingyi.overview.draftSegment')
        : translate(gradeKey(key, labels));
  return (
    <div data-testid="grade-chart">
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" interval={0} tick={{ fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend itemSorter={(item) => KEYS.indexOf(item.dataKey as (typeof KEYS)[number])} />
          {KEYS.map((key) => (
            <Bar
              key={key}
              dataKey={key}
              name={label(key)}
              stackId="grades"
              fill={GRADE_COLORS[key]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
