/**
 * An official's annual assessments across years (docs/rules.md rules 10 and 11), for the official's
 * page: the outcome badge, then one row per year with the three parts and their sources, the
 * score 0–100, the computed grade, an override with its reason, the grade that counts, the state
 * and the red-line marker. A row links to that assessment's page.
 */
import {
  Alert,
  Box,
  LinearProgress,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';
import type { Assessment } from '../dataProvider/types';
import { AssessmentStatusChip, GradeChip, OutcomeChip, RedLineMarker } from './chips';
import { formatScore } from './figures';
import { MeetingSource, PanelSource } from './AssessmentParts';

/** One year's row. */
function YearRow({ assessment }: { assessment: Assessment }) {
  return (
    <TableRow data-testid="assessment-year" data-year={assessment.year}>
      <TableCell>
        <Link href={`#/annualAssessments/${encodeURIComponent(assessment.id)}/show`} underline="hover">
          {assessment.year}
        </Link>
      </TableCell>
      <TableCell sx={{ minWidth: 150 }}>
        {formatScore(assessment.meetingScore)}
        <MeetingSource assessment={assessment} />
      </TableCell>
      <TableCell sx={{ minWidth: 240 }}>
        {formatScore(assessment.thirdPartyScore)}
        <PanelSource assessment={assessment} />
      </TableCell>
      <TableCell>{formatScore(assessment.selfReportMark)}</TableCell>
      <TableCell sx={{ fontWeight: 600 }} data-testid="assessment-score">
        {formatScore(assessment.score)}
      </TableCell>
      <TableCell>
        <GradeChip grade={assessment.computedGrade} labels={assessment.gradeLabels} />
      </TableCell>
      <TableCell className="wraps" sx={{ minWidth: 160, maxWidth: 220 }}>
        {assessment.overrideGrade ? (
          <>
            <GradeChip grade={assessment.overrideGrade} labels={assessment.gradeLabels} />
            <Typography
              variant="caption"
              color="text.secondary"
              sx={{ display: 'block' }}
              data-testid="override-reason"
            >
              {assessment.overrideReason}
            </Typography>
          </>
        ) : (
          '—'
        )}
      </TableCell>
      <TableCell>
        {assessment.redLineBreached ? (
          <RedLineMarker breached />
        ) : (
          <GradeChip grade={assessment.grade} labels={assessment.gradeLabels} testId="effective-grade" />
        )}
      </TableCell>
      <TableCell>
        <AssessmentStatusChip status={assessment.status} />
      </TableCell>
    </TableRow>
  );
}

/** The assessments of the official in the record context (`label={false}` inside a show layout). */
export function OfficialAssessments(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const id = record ? String(record.id) : '';
  const query = useProviderQuery(['officials', id, 'assessments'], id ? (dp) => dp.officialAssessments(id) : null);
  if (!record) return null;
  const official = query.data;
  const heads = [
    'year',
    'meeting',
    'thirdParty',
    'selfReport',
    'score',
    'computedGrade',
    'override',
    'grade',
    'status',
  ];
  return (
    <Box sx={{ width: '100%', minWidth: 0, maxWidth: '100%', mt: 2 }} data-testid="official-assessments">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6">{translate('pingyi.assessment.history')}</Typography>
        {official ? (
          official.outcome ? (
            <OutcomeChip outcome={official.outcome} />
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate('pingyi.assessment.noOutcome')}
            </Typography>
          )
        ) : null}
      </Stack>
      {query.loading && !official ? <LinearProgress /> : null}
      {official && official.assessments.length === 0 ? (
        <Alert severity="info">{translate('pingyi.assessment.none')}</Alert>
      ) : null}
      {official && official.assessments.length > 0 ? (
        <Box sx={{ overflowX: 'auto', width: '100%', maxWidth: '100%' }} data-testid="official-assessments-frame">
          <Table size="small" sx={{ '& td': { whiteSpace: 'nowrap' }, '& td.wraps': { whiteSpace: 'normal' } }}>
            <TableHead>
              <TableRow>
                {heads.map((head) => (
                  <TableCell key={head} sx={{ whiteSpace: 'nowrap' }}>
                    {translate(`pingyi.assessment.columns.${head}`)}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {official.assessments.map((assessment) => (
                <YearRow key={assessment.id} assessment={assessment} />
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : null}
    </Box>
  );
}
