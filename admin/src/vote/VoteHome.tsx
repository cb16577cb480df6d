/**
 * `#/vote`: a signed-in representative's start screen: the meetings in session in their scope,
 * each opening its ballot, and the way to vote with a ballot code instead.
 */
import { Alert, Button, Card, CardActions, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import LogoutIcon from '@mui/icons-material/Logout';
import ConfirmationNumberIcon from '@mui/icons-material/ConfirmationNumber';
import { useGetIdentity, useLogout, useNavigate, useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';
import { VoteFrame } from './VoteFrame';
import { voteErrorKey } from './voteErrors';
import { SECONDARY_TEXT, SIZE } from './voteStyle';

/** The list of meetings in session. */
export function VoteHome() {
  const translate = useTranslate();
  const navigate = useNavigate();
  const logout = useLogout();
  const { identity } = useGetIdentity();
  const meetings = useProviderQuery(['evaluationMeetings', 'open'], (dp) => dp.openMeetings());
  const actions = (
    <>
      <Typography sx={{ display: { xs: 'none', sm: 'block' } }}>{identity?.fullName}</Typography>
      <Button
        color="inherit"
        size="large"
        startIcon={<LogoutIcon />}
        onClick={() => logout()}
        sx={{ minHeight: 48, fontSize: { xs: '1rem', sm: SIZE.text }, flexShrink: 0, whiteSpace: 'nowrap' }}
      >
        {translate('pingyi.vote.signOut')}
      </Button>
    </>
  );
  return (
    <VoteFrame actions={actions}>
      <Typography variant="h5" component="h1" sx={{ fontWeight: 700, mt: 1 }}>
        {translate('pingyi.vote.myMeetings')}
      </Typography>
      {meetings.loading ? <LinearProgress /> : null}
      {meetings.error ? (
        <Alert severity="error">
          {translate(`pingyi.vote.errors.${voteErrorKey(meetings.error, { kind: 'member' })}`)}
        </Alert>
      ) : null}
      {meetings.data && meetings.data.length === 0 ? (
        <Alert severity="info" sx={{ fontSize: SIZE.text }}>
          {translate('pingyi.vote.noMeetings')}
        </Alert>
      ) : null}
      {(meetings.data ?? []).map((meeting) => (
        <Card key={meeting.id} component="section" aria-label={meeting.title}>
          <CardContent>
            <Typography variant="h5" component="h2">
              {meeting.title}
            </Typography>
            <Typography sx={{ fontSize: SIZE.text, color: SECONDARY_TEXT }}>
              {[meeting.subdistrict.name, meeting.neighborhood?.name].filter(Boolean).join(' ')}
            </Typography>
          </CardContent>
          <CardActions sx={{ justifyContent: 'flex-end', p: 2 }}>
            <Button
              variant="contained"
              size="large"
              onClick={() => navigate(`/vote/${encodeURIComponent(meeting.id)}`)}
              sx={{ minHeight: 56, minWidth: 200, fontSize: SIZE.choice }}
            >
              {translate('pingyi.vote.enter')}
            </Button>
          </CardActions>
        </Card>
      ))}
      <Stack direction="row" sx={{ justifyContent: 'center', mt: 2 }}>
        <Button
          variant="outlined"
          size="large"
          startIcon={<ConfirmationNumberIcon />}
          onClick={() => navigate('/vote/code')}
          sx={{ minHeight: 56, fontSize: SIZE.choice }}
        >
          {translate('pingyi.vote.useCode')}
        </Button>
      </Stack>
    </VoteFrame>
  );
}
