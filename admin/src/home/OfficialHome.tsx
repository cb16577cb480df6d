/**
 * The official's own page (我的评议): who they are (`me { official }`), their published results at
 * the closed meetings that evaluated them (docs/rules.md rules 6 and 7: below the minimum, the count
 * only) and their annual assessments, both of which the API limits to their own. A user linked to
 * no official is told whom to ask.
 */
import { useGetList, useTranslate } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useProviderQuery } from '../common/providerHooks';
import { HomeCard, HomeCards } from './HomeParts';
import { gradeKey } from '../assessments/chips';
import { CriterionMeans } from '../evaluationMeetings/CriterionMeans';
import { formatRate, formatScore } from '../evaluationMeetings/figures';

/** The official's own result at each closed meeting that evaluated them, newest year first. */
function MyMeetingResults() {
  const translate = useTranslate();
  const mine = useProviderQuery(['evaluationMeetings', 'myResults'], (dp) => dp.myMeetingResults());
  const rows = mine.data ?? [];
  return (
    <HomeCard title={translate('pingyi.home.official.results')} testId="home-meeting-results">
      {mine.error ? (
        <Typography color="text.secondary">{translate('pingyi.home.readFailed')}</Typography>
      ) : mine.data === undefined ? (
        <Typography color="text.secondary">{translate('pingyi.home.loading')}</Typography>
      ) : rows.length === 0 ? (
        <Typography color="text.secondary">{translate('pingyi.home.none')}</Typography>
      ) : (
        rows.map(({ meeting, result }) => (
          <Box
            key={meeting.id}
            component="section"
            aria-label={meeting.title}
            data-testid="my-meeting-result"
            sx={{ py: 1, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0 } }}
          >
            <Typography variant="subtitle1" component="h3" sx={{ overflowWrap: 'anywhere' }}>
              {meeting.title}
            </Typography>
            <Typography data-testid="my-result-figures">
              {[
                `${translate('pingyi.meeting.results.count')} ${result.ratingCount}`,
                ...(result.weightedScore == null || result.rate == null
                  ? [translate('pingyi.meeting.results.insufficient')]
                  : [
                      `${translate('pingyi.meeting.results.rate')} ${formatRate(result.rate)}`,
                      `${translate('pingyi.meeting.results.score')} ${formatScore(result.weightedScore)}`,
                    ]),
              ].join(' · ')}
            </Typography>
            <CriterionMeans result={result} sx={{ color: 'text.secondary' }} />
          </Box>
        ))
      )}
    </HomeCard>
  );
}

/** An official's home. */
export function OfficialHome() {
  const translate = useTranslate();
  const me = useProviderQuery(['users', 'me'], (dp) => dp.me());
  const official = me.data?.official ?? null;
  const assessments = useGetList(
    'annualAssessments',
    {
      pagination: { page: 1, perPage: 20 },
      sort: { field: 'year', order: 'DESC' },
      filter: { officialId: official?.id },
    },
    { enabled: official !== null },
  );
  if (me.data && !official)
    return (
      <HomeCards>
        <HomeCard title={translate('pingyi.home.official.title')} testId="home-official">
          <Typography>{translate('pingyi.home.official.unlinked')}</Typography>
        </HomeCard>
      </HomeCards>
    );
  return (
    <HomeCards>
      <HomeCard
        title={`${translate('pingyi.home.official.title')}${official ? `：${official.name}` : ''}`}
        testId="home-official"
      >
        {official?.title ? <Typography color="text.secondary">{official.title}</Typography> : null}
        <Typography sx={{ mt: 1 }}>{translate('pingyi.home.official.selfReport')}</Typography>
      </HomeCard>
      {official ? <MyMeetingResults /> : null}
      <HomeCard title={translate('pingyi.home.official.assessments')} testId="home-assessments">
        {assessments.data && assessments.data.length > 0 ? (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('pingyi.home.official.year')}</TableCell>
                <TableCell>{translate('pingyi.home.official.status')}</TableCell>
                <TableCell>{translate('pingyi.home.official.score')}</TableCell>
                <TableCell>{translate('pingyi.home.official.grade')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {assessments.data.map((a) => (
                <TableRow key={a.id}>
                  <TableCell>{a.year}</TableCell>
                  <TableCell>{translate(`pingyi.enums.AssessmentStatus.${a.status}`)}</TableCell>
                  <TableCell>{a.score == null ? '—' : Number(a.score).toFixed(2)}</TableCell>
                  <TableCell>{a.grade ? translate(gradeKey(a.grade, a.gradeLabels)) : '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Typography color="text.secondary">{translate('pingyi.home.none')}</Typography>
        )}
      </HomeCard>
    </HomeCards>
  );
}
