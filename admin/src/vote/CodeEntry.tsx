/**
 * `#/vote/code`: a resident representative without an account types the ballot code from the
 * chair's slip and rates the officials (docs/rules.md rule 7). Works without signing in: every call
 * carries the code and this browser's secret for it (ballotSecret.ts), none a token. The code binds
 * to this browser at its first use, so only this browser sees or changes the ballot; the code itself
 * stays in this page's memory only. The secret leaves the browser's storage after the last official
 * is rated (the page keeps it to allow changes until "finish"), on finishing the review or
 * 完成并退出, and when the API says the code opens nothing any more. Leaving with choices not
 * submitted asks first (leaveGuard.tsx); finishing ends on the thanks, whose button brings the
 * code form back for the next voter.
 */
import { formatCode } from './codeFormat';
import { useCallback, useState, type FormEvent } from 'react';
import { Alert, Button, LinearProgress, Paper, Stack, TextField, Typography } from '@mui/material';
import LogoutIcon from '@mui/icons-material/Logout';
import { useTranslate } from 'react-admin';
import { usePingyiDataProvider } from '../common/providerHooks';
import type { BallotPaper, OwnRating, Voter } from '../dataProvider/types';
import { BallotBoard } from './BallotBoard';
import { VoteFrame } from './VoteFrame';
import { ballotSecretFor, forgetBallotSecret } from './ballotSecret';
import { useLeaveGuard } from './leaveGuard';
import { LABEL_SX, SIZE } from './voteStyle';
import { voteErrorKey } from './voteErrors';

interface Session {
  voter: Voter;
  paper: BallotPaper;
  ratings: OwnRating[];
  ratedIds: string[];
}

/** The code form, then the ballot it opens. */
export function CodeEntry() {
  const translate = useTranslate();
  const dataProvider = usePingyiDataProvider();
  const [code, setCode] = useState('');
  const [session, setSession] = useState<Session | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [unsaved, setUnsaved] = useState<string[]>([]);
  const leave = useLeaveGuard(unsaved);
  const onUnsavedChange = useCallback((names: string[]) => setUnsaved(names), []);

  const start = async (event: FormEvent) => {
    event.preventDefault();
    const voter: Voter = { kind: 'code', code, secret: ballotSecretFor(code) };
    setBusy(true);
    setProblem(null);
    try {
      const { ratedOfficialIds, ...paper } = (await dataProvider.ballot(code, voter.secret)).data;
      const ratings = (await dataProvider.ownRatings(paper.meetingId, voter)).data;
      setSession({ voter, paper, ratings, ratedIds: ratedOfficialIds });
    } catch (error) {
      const key = voteErrorKey(error, voter);
      // A code that opens nothing (its meeting closed, voided, unknown): its secret is of no use.
      if (key === 'code') forgetBallotSecret(code);
      setProblem(`pingyi.vote.errors.${key}`);
    } finally {
      setBusy(false);
    }
  };
  const exit = () => {
    if (session?.voter.kind === 'code') forgetBallotSecret(session.voter.code);
    setSession(null);
    setUnsaved([]);
    setCode('');
  };
  const forget = () => {
    if (session?.voter.kind === 'code') forgetBallotSecret(session.voter.code);
  };

  const actions = session ? (
    <Button
      color="inherit"
      size="large"
      startIcon={<LogoutIcon />}
      onClick={() => leave.guard(exit)}
      sx={{ minHeight: 48, fontSize: { xs: '1rem', sm: '1.125rem' }, flexShrink: 0, whiteSpace: 'nowrap' }}
    >
      {translate('pingyi.vote.exit')}
    </Button>
  ) : null;

  return (
    <VoteFrame actions={actions}>
      {leave.dialog}
      {session ? (
        <BallotBoard
          paper={session.paper}
          voter={session.voter}
          ratings={session.ratings}
          ratedIds={session.ratedIds}
          onAllRated={forget}
          onCodeDead={forget}
          onUnsavedChange={onUnsavedChange}
          guard={leave.guard}
          onFinish={forget}
          done={{ label: 'pingyi.vote.thanks.again', action: exit }}
        />
      ) : (
        <Paper
          component="form"
          onSubmit={start}
          sx={{
            p: { xs: 2, sm: 4 },
            mt: { xs: 1, sm: 4 },
            maxWidth: 640,
            mx: 'auto',
            width: '100%',
            boxSizing: 'border-box',
          }}
        >
          <Stack spacing={3}>
            <Typography
              variant="h4"
              component="h1"
              sx={{ fontWeight: 700, fontSize: { xs: '1.625rem', sm: '2.125rem' } }}
            >
              {translate('pingyi.vote.codeTitle')}
            </Typography>
            <TextField
              autoFocus
              label={translate('pingyi.vote.codeLabel')}
              value={code}
              onChange={(event) => setCode(formatCode(event.target.value))}
              helperText={translate('pingyi.vote.codeHelp')}
              slotProps={{
                inputLabel: { sx: LABEL_SX },
                formHelperText: { sx: { fontSize: SIZE.body, color: '#545454' } },
                htmlInput: {
                  autoComplete: 'off',
                  autoCapitalize: 'characters',
                  spellCheck: false,
                  // 11 characters that fit a 320 px phone: the size follows the screen's width.
                  style: {
                    fontSize: 'clamp(20px, 7vw, 36px)',
                    letterSpacing: '0.08em',
                    fontFamily: 'ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace',
                    textAlign: 'center',
                  },
                },
              }}
            />
            {problem ? (
              <Alert severity="error" sx={{ fontSize: SIZE.text }} data-testid="code-problem">
                {translate(problem)}
              </Alert>
            ) : null}
            {busy ? <LinearProgress /> : null}
            <Button
              type="submit"
              variant="contained"
              size="large"
              disabled={busy || code.length === 0}
              sx={{ minHeight: 64, fontSize: SIZE.button }}
            >
              {translate('pingyi.vote.start')}
            </Button>
          </Stack>
        </Paper>
      )}
    </VoteFrame>
  );
}
