/**
 * `#/vote/:meetingId`: a signed-in representative's ballot for one meeting. Their earlier ratings
 * of this sign-in session come back from the API while the meeting is OPEN, so they show as
 * submitted (docs/rules.md rule 7: another session's ballots are not readable, only replaceable); a
 * representative not registered for the meeting is told to ask the chair for a ballot code.
 * 返回 with choices not submitted asks first (leaveGuard.tsx); finishing ends on the thanks, whose
 * button leads back to the meetings in session.
 */
import { useCallback, useState } from 'react';
import { Alert, Button, LinearProgress } from '@mui/material';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import { useNavigate, useParams, useTranslate } from 'react-admin';
import { useProviderQuery } from '../common/providerHooks';
import { answer } from '../dataProvider/call';
import type { Voter } from '../dataProvider/types';
import { BallotBoard } from './BallotBoard';
import { VoteFrame } from './VoteFrame';
import { useLeaveGuard } from './leaveGuard';
import { voteErrorKey } from './voteErrors';
import { SIZE } from './voteStyle';

const MEMBER: Voter = { kind: 'member' };

/** Loads the meeting and the representative's own ratings, then shows the ballot. */
export function MemberVote() {
  const { meetingId = '' } = useParams<{ meetingId: string }>();
  const translate = useTranslate();
  const navigate = useNavigate();
  const [unsaved, setUnsaved] = useState<string[]>([]);
  const leave = useLeaveGuard(unsaved);
  const onUnsavedChange = useCallback((names: string[]) => setUnsaved(names), []);
  const toMeetings = () => navigate('/vote');
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
      onClick={() => leave.guard(toMeetings)}
      sx={{ minHeight: 48, fontSize: { xs: '1rem', sm: '1.125rem' }, flexShrink: 0, whiteSpace: 'nowrap' }}
    >
      {translate('pingyi.print.back')}
    </Button>
  );
  return (
    <VoteFrame actions={back}>
      {leave.dialog}
      {query.loading && !query.data ? <LinearProgress /> : null}
      {query.error ? (
        <Alert severity="error" sx={{ fontSize: SIZE.text }} data-testid="vote-problem">
          {translate(`pingyi.vote.errors.${voteErrorKey(query.error, MEMBER)}`)}
        </Alert>
      ) : null}
      {query.data === null ? <Alert severity="error">{translate('pingyi.vote.errors.notFound')}</Alert> : null}
      {query.data ? (
        <BallotBoard
          paper={query.data.paper}
          voter={MEMBER}
          ratings={query.data.ratings}
          onUnsavedChange={onUnsavedChange}
          guard={leave.guard}
          done={{ label: 'pingyi.vote.thanks.meetings', action: toMeetings }}
        />
      ) : null}
    </VoteFrame>
  );
}
