/**
 * The chair's live view of an open meeting (its chair and the ADMINs over it; docs/rules.md rule 7): per
 * official under evaluation, a bar of ratings received against the attendees present (never the
 * codes printed), how many have finished every official, and the attendance and ballot codes issued, used and voided by whom, pushed by
 * the `meetingProgress` subscription or polled when the socket fails. Others see it once the
 * meeting is closed.
 */
import { useEffect } from 'react';
import { Box, Chip, LinearProgress, Stack, Typography } from '@mui/material';
import SensorsIcon from '@mui/icons-material/Sensors';
import SyncIcon from '@mui/icons-material/Sync';
import { useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { BallotTally } from './BallotTally';
import { percentOf, voterCount } from './figures';
import { useMeetingRights } from './meetingRoom';
import { useMeetingProgress } from './useMeetingProgress';

const STAGE: Record<string, number> = { DRAFT: 0, OPEN: 1, CLOSED: 2 };

/** Progress bars of the meeting in the record context (live while it is OPEN). */
export function MeetingProgressPanel(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const status = record?.status as string | undefined;
  const { canRun } = useMeetingRights(record);
  // Before closing, only those who run the meeting follow it (the server refuses everyone else).
  const follows = canRun || status === 'CLOSED';
  const { progress, mode } = useMeetingProgress(
    String(record?.id ?? ''),
    status === 'OPEN' || status === 'DRAFT',
    follows,
  );

  // Someone else opened or closed the meeting: show its new state (the lifecycle only moves on).
  useEffect(() => {
    if (progress && status && STAGE[progress.status] > STAGE[status]) refresh();
  }, [progress, status, refresh]);

  if (!record) return null;
  if (!follows)
    return <Typography color="text.secondary">{translate('pingyi.meeting.progress.runnersOnly')}</Typography>;
  if (status === 'DRAFT' && !progress) {
    return <Typography color="text.secondary">{translate('pingyi.meeting.progress.notOpen')}</Typography>;
  }
  if (!progress) return <LinearProgress />;
  const total = voterCount(progress);
  return (
    <Box data-testid="meeting-progress" sx={{ width: '100%', maxWidth: 880 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate('pingyi.meeting.progress.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" data-testid="progress-voters">
          {translate('pingyi.meeting.progress.voters', {
            total,
            account: progress.accountVoters,
            code: progress.codeVoters,
          })}
        </Typography>
        {status === 'OPEN' ? (
          <Chip
            size="small"
            data-testid="progress-mode"
            data-mode={mode}
            color={mode === 'live' ? 'success' : 'default'}
            icon={mode === 'live' ? <SensorsIcon /> : <SyncIcon />}
            label={translate(`pingyi.meeting.progress.${mode}`)}
          />
        ) : null}
      </Stack>
      {status === 'DRAFT' ? null : (
        <Typography variant="h6" component="p" data-testid="progress-finished" sx={{ mb: 1 }}>
          {translate('pingyi.meeting.progress.finishedAll', { count: progress.finishedAll, total })}
        </Typography>
      )}
      <Box sx={{ mb: 1.5 }}>
        <BallotTally progress={progress} />
      </Box>
      {status === 'DRAFT' ? (
        <Typography color="text.secondary">{translate('pingyi.meeting.progress.notOpen')}</Typography>
      ) : null}
      <Stack spacing={1.25}>
        {(status === 'DRAFT' ? [] : progress.officials).map((official) => (
          <Box
            key={official.officialId}
            data-testid="official-progress"
            sx={{ display: 'grid', gridTemplateColumns: '8em 1fr 6em', alignItems: 'center', gap: 2 }}
          >
            <Typography noWrap title={official.name}>
              {official.name}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={percentOf(official.ratingsReceived, total)}
              sx={{ height: 12, borderRadius: 6 }}
              aria-label={official.name}
            />
            <Typography sx={{ fontVariantNumeric: 'tabular-nums', textAlign: 'right' }}>
              {translate('pingyi.meeting.progress.count', { received: official.ratingsReceived, total })}
            </Typography>
          </Box>
        ))}
      </Stack>
    </Box>
  );
}
