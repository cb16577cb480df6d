/**
 * The three parts of an annual assessment with their sources (docs/rules.md rule 10): the meeting part
 * with how many closed meetings and ratings it rests on, the third-party part with each panel's
 * score, and the assessors' mark on the self-report and inquiries. Scores are 0–100.
 */
import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Assessment } from '../dataProvider/types';
import { formatScore, PANELS } from './figures';

type Parts = Pick<
  Assessment,
  | 'meetingScore'
  | 'meetingCount'
  | 'meetingRatingCount'
  | 'thirdPartyScore'
  | 'thirdPartyEvaluations'
  | 'selfReportMark'
>;

/** The meeting part's source in words, e.g. "2 场评议会 · 17 条评价". */
export function MeetingSource({ assessment }: { assessment: Parts }) {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
      {translate('pingyi.assessment.meetingSource', {
        meetings: assessment.meetingCount,
        ratings: assessment.meetingRatingCount,
      })}
    </Typography>
  );
}

/** The panels that scored, each with its score, e.g. "党员 88.0 · 居民 79.5"; "no panel" when none. */
export function PanelSource({ assessment }: { assessment: Parts }) {
  const translate = useTranslate();
  const scores = [...assessment.thirdPartyEvaluations].sort(
    (a, b) => PANELS.indexOf(a.panel) - PANELS.indexOf(b.panel),
  );
  const text = scores.length
    ? scores
        .map(
          (entry) =>
            `${translate(`pingyi.enums.Panel.${entry.panel}`, { _: entry.panel })} ${formatScore(entry.score)}`,
        )
        .join(' · ')
    : translate('pingyi.assessment.noPanels');
  return (
    <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
      {text}
    </Typography>
  );
}

/** One part: its name, its score 0–100 (or "—") and where it comes from. */
function Part({
  label,
  score,
  testId,
  children,
}: {
  label: string;
  score: number | null;
  testId: string;
  children?: React.ReactNode;
}) {
  return (
    <Box sx={{ minWidth: 180 }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h6" sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
        {formatScore(score)}
      </Typography>
      {children}
    </Box>
  );
}

/** The three parts side by side with their sources. */
export function AssessmentParts({ assessment }: { assessment: Parts }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Part label={translate('pingyi.assessment.parts.meeting')} score={assessment.meetingScore} testId="part-meeting">
        <MeetingSource assessment={assessment} />
      </Part>
      <Part
        label={translate('pingyi.assessment.parts.thirdParty')}
        score={assessment.thirdPartyScore}
        testId="part-third-party"
      >
        <PanelSource assessment={assessment} />
      </Part>
      <Part
        label={translate('pingyi.assessment.parts.selfReport')}
        score={assessment.selfReportMark}
        testId="part-self-report"
      >
        <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>
          {translate('pingyi.assessment.selfReportSource')}
        </Typography>
      </Part>
    </Stack>
  );
}
