/**
 * The read-out mode of a closed meeting's results (docs/rules.md rules 6 and 7): full screen, in big
 * type for the room to follow, the turnout, then the officials ranked by score with their
 * satisfaction rate and criterion means; those with too few ratings last, with their count only.
 * No formula: that stays behind the results' 计算方法 note.
 */
import { Box, Button, Dialog, DialogContent, Stack, Typography } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import { useTranslate } from 'react-admin';
import type { MeetingResult, Progress } from '../dataProvider/types';
import { CriterionMeans } from './CriterionMeans';
import { formatRate, formatScore, rankByScore } from './figures';

/** Props of {@link ReadOut}. */
export interface ReadOutProps {
  open: boolean;
  onClose: () => void;
  title: string;
  results: readonly MeetingResult[];
  progress: Progress | null | undefined;
}

/** The full-screen read-out of `results`. */
export function ReadOut({ open, onClose, title, results, progress }: ReadOutProps) {
  const translate = useTranslate();
  return (
    <Dialog open={open} onClose={onClose} fullScreen aria-labelledby="read-out-title">
      <DialogContent sx={{ p: { xs: 2, md: 5 } }} data-testid="read-out">
        <Stack direction="row" sx={{ alignItems: 'flex-start', justifyContent: 'space-between', gap: 2, mb: 3 }}>
          <Typography id="read-out-title" component="h2" sx={{ fontSize: { xs: 28, md: 40 }, fontWeight: 700 }}>
            {translate('pingyi.meeting.results.readOutTitle', { title })}
          </Typography>
          <Button size="large" startIcon={<CloseIcon />} onClick={onClose} sx={{ flexShrink: 0 }}>
            {translate('pingyi.meeting.results.exitReadOut')}
          </Button>
        </Stack>
        {progress ? (
          <Typography sx={{ fontSize: { xs: 20, md: 28 }, mb: 3 }} data-testid="read-out-turnout">
            {translate('pingyi.meeting.tally.attendees', {
              total: progress.attendeesPresent,
              account: progress.accountVoters,
              code: progress.codeVoters,
            })}
            <br />
            {translate('pingyi.meeting.tally.turnout', {
              voters: progress.voters,
              rate: progress.turnout === null ? '—' : formatRate(progress.turnout),
            })}
          </Typography>
        ) : null}
        <Stack component="ol" spacing={2.5} sx={{ m: 0, p: 0, listStyle: 'none' }}>
          {rankByScore(results).map(({ result, rank }) => (
            <Box
              component="li"
              key={result.officialId}
              data-testid="read-out-row"
              sx={{
                display: 'grid',
                gridTemplateColumns: { xs: '3.5em 1fr', md: '5em 1fr auto' },
                columnGap: 3,
                alignItems: 'baseline',
                borderBottom: 1,
                borderColor: 'divider',
                pb: 2,
              }}
            >
              <Typography sx={{ fontSize: { xs: 28, md: 44 }, fontWeight: 700 }} data-testid="read-out-rank">
                {rank === null ? '—' : rank}
              </Typography>
              <Box>
                <Typography sx={{ fontSize: { xs: 28, md: 44 }, fontWeight: 700 }} data-testid="read-out-name">
                  {result.official.name}
                </Typography>
                {rank === null ? (
                  <Typography sx={{ fontSize: { xs: 18, md: 24 } }} color="text.secondary">
                    {translate('pingyi.meeting.results.count')} {result.ratingCount} ·{' '}
                    {translate('pingyi.meeting.results.insufficient')}
                  </Typography>
                ) : (
                  <>
                    <Typography sx={{ fontSize: { xs: 20, md: 28 } }}>
                      {translate('pingyi.meeting.results.rate')} {formatRate(result.rate!)} ·{' '}
                      {translate('pingyi.meeting.results.count')} {result.ratingCount}
                    </Typography>
                    <CriterionMeans result={result} sx={{ fontSize: { xs: 18, md: 24 }, color: 'text.secondary' }} />
                  </>
                )}
              </Box>
              {rank === null ? null : (
                <Box sx={{ textAlign: 'right' }}>
                  <Typography sx={{ fontSize: { xs: 16, md: 22 } }} color="text.secondary">
                    {translate('pingyi.meeting.results.score')}
                  </Typography>
                  <Typography
                    sx={{ fontSize: { xs: 36, md: 64 }, fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}
                    data-testid="read-out-score"
                  >
                    {formatScore(result.weightedScore!)}
                  </Typography>
                </Box>
              )}
            </Box>
          ))}
        </Stack>
      </DialogContent>
    </Dialog>
  );
}
