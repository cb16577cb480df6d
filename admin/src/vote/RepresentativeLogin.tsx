/**
 * `#/vote/login`: the residents' representatives' own sign-in, apart from the staff's: the
 * system's name 评议, username and password (the API's `login`, as the staff sign in), then the
 * meetings in session (`#/vote`); and, for a representative without an account, the way to vote
 * with the ballot code from the chair (`#/vote/code`), and the staff's sign-in (`/admin/#/login`),
 * which links here too. Part of the residents' small entry (lite/LiteApp.tsx).
 */
import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Link, Paper, Stack, TextField, Typography } from '@mui/material';
import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { useLogin, useTranslate } from 'react-admin';
import { LargeTextSwitch } from './largeText';
import { LABEL_SX, SECONDARY_TEXT, SIZE } from './voteStyle';

/** The sign-in form of the representatives. */
export function RepresentativeLogin() {
  const translate = useTranslate();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      // A representative goes on to `#/vote` (the authProvider's redirect); anyone else to the admin.
      await login({ username, password });
    } catch (error) {
      setProblem(
        error instanceof Error && error.message.startsWith('pingyi.') ? error.message : 'pingyi.auth.wrongPassword',
      );
      setBusy(false);
    }
  };

  const field = {
    inputLabel: { sx: LABEL_SX },
    htmlInput: { style: { fontSize: SIZE.choice } },
  };
  return (
    <Box
      component="main"
      sx={{ minHeight: '100vh', bgcolor: 'grey.100', p: { xs: 1, sm: 2 }, boxSizing: 'border-box' }}
    >
      <Stack direction="row" sx={{ justifyContent: 'flex-end', maxWidth: 560, mx: 'auto' }}>
        <Box sx={{ bgcolor: 'primary.main', borderRadius: 1 }}>
          <LargeTextSwitch />
        </Box>
      </Stack>
      <Paper
        component="form"
        onSubmit={submit}
        aria-labelledby="rep-login-title"
        sx={{ p: { xs: 2, sm: 4 }, mt: { xs: 1, sm: 4 }, maxWidth: 560, mx: 'auto', boxSizing: 'border-box' }}
      >
        <Stack spacing={3}>
          <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center' }}>
            <HowToVoteIcon sx={{ fontSize: 48, color: 'primary.main' }} aria-hidden />
            <Box>
              <Typography
                id="rep-login-title"
                component="h1"
                sx={{ fontWeight: 700, fontSize: '2.25rem', lineHeight: 1.2 }}
              >
                {translate('pingyi.vote.signIn.title')}
              </Typography>
              <Typography component="p" sx={{ fontSize: SIZE.choice, color: SECONDARY_TEXT }}>
                {translate('pingyi.vote.signIn.subtitle')}
              </Typography>
            </Box>
          </Stack>
          <TextField
            autoFocus
            required
            name="username"
            autoComplete="username"
            label={translate('pingyi.vote.signIn.username')}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            slotProps={field}
          />
          <TextField
            required
            name="password"
            type="password"
            autoComplete="current-password"
            label={translate('pingyi.vote.signIn.password')}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            slotProps={field}
          />
          {problem ? (
            <Alert severity="error" sx={{ fontSize: SIZE.text }} data-testid="login-problem">
              {translate(problem)}
            </Alert>
          ) : null}
          <Button
            type="submit"
            variant="contained"
            size="large"
            disabled={busy}
            sx={{ minHeight: 64, fontSize: SIZE.button }}
          >
            {translate('pingyi.vote.signIn.submit')}
          </Button>
          <Link href="#/vote/code" sx={{ fontSize: SIZE.choice, textAlign: 'center', py: 1 }}>
            {translate('pingyi.vote.signIn.withCode')}
          </Link>
          <Link href="/admin/#/login" sx={{ fontSize: SIZE.body, textAlign: 'center', color: SECONDARY_TEXT }}>
            {translate('pingyi.vote.signIn.staff')}
          </Link>
        </Stack>
      </Paper>
    </Box>
  );
}
