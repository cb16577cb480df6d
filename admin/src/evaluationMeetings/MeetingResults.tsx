/**
 * The results of a closed meeting (docs/rules.md rules 6 and 7): the attendance and ballot codes, then
 * per official the number of ratings, the satisfaction rate, the weighted score and the
 * distribution as a chart; below the meeting's minimum only the count, with a note. Results name
 * no voter: the API has none to give.
 */
import { Alert, Box, Card, CardContent, CardHeader, LinearProgress, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { lazyComponent } from '../common/lazy';
import { useProviderQuery } from '../common/providerHooks';
import type { MeetingResult } from '../dataProvider/types';
import { BallotTally } from './BallotTally';
import { formatRate, formatScore } from './figures';
import { meetingKey } from './meetingRoom';

/** The chart, fetched with recharts when the first published result is shown. */
const SatisfactionChart = lazyComponent(
  () => import('./SatisfactionChart').then((m) => m.SatisfactionChart),
  <Box sx={{ height: 190 }} />,
);

/** One big number with its label. */
function Figure({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <Box sx={{ minWidth: 96 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" data-testid={testId} sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: 600 }}>
        {value}
      </Typography>
    </Box>
  );
}

/** One official's result card. */
function ResultCard({ result }: { result: MeetingResult }) {
  const translate = useTranslate();
  const { official } = result;
  const published = result.rate !== null && result.weightedScore !== null;
  const subheader = [translate(`pingyi.enums.OfficialCategory.${official.category}`), official.title]
    .filter(Boolean)
    .join(' · ');
  return (
    <Card component="section" aria-label={official.name} data-testid="official-result" variant="outlined">
      <CardHeader title={official.name} subheader={subheader} slotProps={{ title: { variant: 'h6' } }} sx={{ pb: 0 }} />
      <CardContent>
        <Stack direction="row" spacing={3} sx={{ mb: 1 }}>
          <Figure
            label={translate('pingyi.meeting.results.count')}
            value={String(result.ratingCount)}
            testId="result-count"
          />
          {published ? (
            <Figure
              label={translate('pingyi.meeting.results.rate')}
              value={formatRate(result.rate!)}
              testId="result-rate"
            />
          ) : null}
          {published ? (
            <Figure
              label={translate('pingyi.meeting.results.score')}
              value={formatScore(result.weightedScore!)}
              testId="result-score"
            />
          ) : null}
        </Stack>
        {published && result.satisfactionDistribution ? (
          <SatisfactionChart distribution={result.satisfactionDistribution} />
        ) : (
          <Alert severity="info" data-testid="result-insufficient">
            {translate('pingyi.meeting.results.insufficient')}
          </Alert>
        )}
        {published && result.publishedComments.length > 0 ? (
          <Box sx={{ mt: 1 }}>
            <Typography variant="subtitle2">{translate('pingyi.meeting.results.comments')}</Typography>
            <Typography component="ul" variant="body2" sx={{ m: 0, pl: 3 }}>
              {result.publishedComments.map((comment, i) => (
                <li key={i}>{comment}</li>
              ))}
            </Typography>
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** The results of the meeting in the record context, or a note until it is closed. */
export function MeetingResults(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const closed = record?.status === 'CLOSED';
  const id = String(record?.id ?? '');
  const query = useProviderQuery([...meetingKey(id), 'results'], closed ? (dp) => dp.meetingResults(id) : null);
  if (!record) return null;
  if (!closed) return <Alert severity="info">{translate('pingyi.meeting.results.notYet')}</Alert>;
  if (query.loading && !query.data) return <LinearProgress />;
  const results = [...(query.data?.results ?? [])].sort((a, b) =>
    a.official.name.localeCompare(b.official.name, 'zh-CN'),
  );
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('pingyi.meeting.results.minNote', { min: record.minRatings })}{' '}
        {translate('pingyi.meeting.results.scoreNote')}
      </Typography>
      {query.data?.progress ? (
        <Box sx={{ mb: 2 }}>
          <BallotTally progress={query.data.progress} />
        </Box>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        {results.map((result) => (
          <ResultCard key={result.officialId} result={result} />
        ))}
      </Box>
    </Box>
  );
}
