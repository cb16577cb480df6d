/**
 * The results of a closed meeting (docs/rules.md rules 6 and 7): the attendance, turnout and ballot
 * codes, then the officials ranked by score, each with the number of ratings, the satisfaction
 * rate, the weighted score, the criterion means and the distribution as a chart; below the
 * meeting's minimum only the count, with a note, after the ranked ones. The formulas sit behind a
 * small 计算方法 note; 宣读结果 shows the ranking full screen for the room. Results name no voter:
 * the API has none to give.
 */
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  Chip,
  LinearProgress,
  Stack,
  Typography,
} from '@mui/material';
import CampaignIcon from '@mui/icons-material/Campaign';
import { useRecordContext, useTranslate } from 'react-admin';
import { lazyComponent } from '../common/lazy';
import { useProviderQuery } from '../common/providerHooks';
import type { MeetingResult } from '../dataProvider/types';
import { BallotTally } from './BallotTally';
import { CriterionMeans } from './CriterionMeans';
import { formatRate, formatScore, rankByScore } from './figures';
import { HowComputed } from './HowComputed';
import { meetingKey } from './meetingRoom';
import { ReadOut } from './ReadOut';

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

/** One official's result card, with its place in the ranking (null when not published). */
function ResultCard({ result, rank }: { result: MeetingResult; rank: number | null }) {
  const translate = useTranslate();
  const { official } = result;
  const published = result.rate !== null && result.weightedScore !== null;
  const subheader = [translate(`pingyi.enums.OfficialCategory.${official.category}`), official.title]
    .filter(Boolean)
    .join(' · ');
  return (
    <Card component="section" aria-label={official.name} data-testid="official-result" variant="outlined">
      <CardHeader
        title={official.name}
        subheader={subheader}
        slotProps={{ title: { variant: 'h6' } }}
        sx={{ pb: 0 }}
        action={
          rank === null ? null : (
            <Chip
              color="primary"
              data-testid="result-rank"
              label={translate('pingyi.meeting.results.rankOf', { rank })}
              sx={{ fontWeight: 600 }}
            />
          )
        }
      />
      <CardContent>
        {/* The figures wrap on a narrow phone instead of running past the card's edge. */}
        <Stack direction="row" spacing={3} useFlexGap sx={{ mb: 1, flexWrap: 'wrap', rowGap: 1 }}>
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
        {published ? <CriterionMeans result={result} sx={{ mb: 1, fontSize: 15 }} /> : null}
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
  const [readingOut, setReadingOut] = useState(false);
  const id = String(record?.id ?? '');
  const query = useProviderQuery([...meetingKey(id), 'results'], closed ? (dp) => dp.meetingResults(id) : null);
  if (!record) return null;
  if (!closed) return <Alert severity="info">{translate('pingyi.meeting.results.notYet')}</Alert>;
  if (query.loading && !query.data) return <LinearProgress />;
  const results = query.data?.results ?? [];
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('pingyi.meeting.results.minNote', { min: record.minRatings })}
        </Typography>
        <Button variant="contained" startIcon={<CampaignIcon />} onClick={() => setReadingOut(true)}>
          {translate('pingyi.meeting.results.readOut')}
        </Button>
      </Stack>
      {query.data?.progress ? (
        <Box sx={{ mb: 2 }}>
          <BallotTally progress={query.data.progress} />
        </Box>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2 }}>
        {rankByScore(results).map(({ result, rank }) => (
          <ResultCard key={result.officialId} result={result} rank={rank} />
        ))}
      </Box>
      <Box sx={{ mt: 2 }}>
        <HowComputed />
      </Box>
      <ReadOut
        open={readingOut}
        onClose={() => setReadingOut(false)}
        title={String(record.title ?? '')}
        results={results}
        progress={query.data?.progress}
      />
    </Box>
  );
}
