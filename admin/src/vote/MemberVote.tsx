/**
 * `#/vote/:meetingId`: a signed-in representative's ballot for one meeting. Their earlier ratings
 * of this sign-in session come back from the API while the meeting is OPEN, so they show as
 * submitted (docs/rules.md rule 7: another session's ballots are not readable, only replaceable); a
 * representative not registered for the meeting is told to ask the chair for a ballot code.
 */
import { Alert, Button, LinearProgress } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useNavigate, useParams, useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';
import { answer } from '../dataProvider/call';
import type { Voter } from '../dataProvider/types';
import { BallotBoard } from './BallotBoard';
import { VoteFrame } from './VoteFrame';
import { voteErrorKey } from './voteErrors';

const MEMBER: Voter = { kind: 'member' };

/** Loads the meeting and the representative's own ratings, then shows the ballot. */
export function MemberVote() {
  const { meetingId = '' } = useParams<{ meetingId: string }>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const query = useProviderQuery(['evaluationMeetings', meetingId, 'memberBallot'], async (dp) => {
    const paper = (await dp.memberPaper(meetingId)).data;
    return answer(
      paper && { paper, ratings: paper.status === 'OPEN' ? (await dp.ownRatings(meetingId, MEMBER)).data : [] },
    );
  });
  const back = (
    <Button
      color="inherit"
      size="large"
      startIcon={<ArrowBackIcon />}
      onClick={() => navigate('/vote')}
      sx={{ minHeight: 48, fontSize: { xs: 16, sm: 18 }, flexShrink: 0, whiteSpace: 'nowrap' }}
    >
      {translate('pingyi.print.back')}
    </Button>
  );
  return (
    <VoteFrame actions={back}>
      {query.loading && !query.data ? <LinearProgress /> : null}
      {query.error ? (
        <Alert severity="error" sx={{ fontSize: 18 }} data-testid="vote-problem">
          {translate(`pingyi.vote.errors.${voteErrorKey(query.error, MEMBER)}`)}
        </Alert>
      ) : null}
      {query.data === null ? <Alert severity="error">{translate('pingyi.vote.errors.notFound')}</Alert> : null}
      {query.data ? <BallotBoard paper={query.data.paper} voter={MEMBER} ratings={query.data.ratings} /> : null}
    </VoteFrame>
  );
}
