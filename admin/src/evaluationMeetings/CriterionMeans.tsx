/**
 * One official's criterion means (docs/rules.md rule 6), each with two decimals, in the template's
 * order: e.g. "服务态度 4.33 · 办事效率 4.00". Published only with the score (rule 7).
 */
import { Typography, type TypographyProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MeetingResult } from '../dataProvider/types';
import { formatMean } from './figures';

/** The means of `result` on one line (nothing when not published); `sx` sets their size. */
export function CriterionMeans({
  result,
  sx,
}: {
  result: Pick<MeetingResult, 'criterionMeans'>;
  sx?: TypographyProps['sx'];
}) {
  const translate = useTranslate();
  if (!result.criterionMeans || result.criterionMeans.length === 0) return null;
  return (
    <Typography data-testid="criterion-means" sx={sx}>
      {result.criterionMeans
        .map((c) => translate('pingyi.meeting.results.mean', { label: c.label, mean: formatMean(c.mean) }))
        .join(' · ')}
    </Typography>
  );
}
