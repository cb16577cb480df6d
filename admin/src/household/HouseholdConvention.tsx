/**
 * `#/household`: a household types the one-time code the residents' committee handed out, reads its
 * building's convention with the public count, and approves or not, once (docs/rules.md rule 14),
 * without an account and phone-sized. The code is sent with no token and kept in this page's
 * memory only; which household answered what is kept nowhere.
 */
import { useState, type FormEvent } from 'react';
import { Alert, AppBar, Box, Button, Paper, Stack, TextField, Toolbar, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorCode, errorExtensions, errorMessage, usePingyiDataProvider } from '../common/providerHooks';
import type { HouseholdConventionOfQuery } from '../gql/graphql';
import { formatCode } from '../vote/codeFormat';

type Convention = HouseholdConventionOfQuery['householdConvention'];
type Tally = Convention['tally'];

/**
 * The message of a failed code use: a code whose version's approval has closed (in effect,
 * superseded or withdrawn) says so with its reason's sentence; an unknown, voided (BAD_USER_INPUT)
 * or already used (CONFLICT) one gets the page's own sentence.
 */
function problemOf(error: unknown, translate: (key: string) => string): string {
  const code = errorCode(error);
  if (errorExtensions(error).reason === 'convention.versionClosed') return errorMessage(error, 'household');
  if (code === 'BAD_USER_INPUT' || code === 'CONFLICT') return translate('pingyi.selfgov.household.unknown');
  return errorMessage(error);
}

/** The public count in words. */
function TallyLine({ tally }: { tally: Tally }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" data-testid="household-tally">
      {tally.status === 'EFFECTIVE' ? `${translate('pingyi.selfgov.household.effective')} ` : ''}
      {translate('pingyi.selfgov.household.tally', {
        approvals: tally.approvals,
        rejections: tally.rejections,
        households: tally.households,
        required: tally.requiredApprovals,
      })}
    </Typography>
  );
}

/** The code form, then the convention with approve / do not approve, then the thanks with the count. */
export function HouseholdConvention() {
  const translate = useTranslate();
  const dataProvider = usePingyiDataProvider();
  const [code, setCode] = useState('');
  const [convention, setConvention] = useState<Convention | null>(null);
  const [answered, setAnswered] = useState<Tally | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(problemOf(error, translate));
    } finally {
      setBusy(false);
    }
  };
  const open = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => setConvention((await dataProvider.householdConvention(code)).data));
  };
  const answer = (approve: boolean) =>
    void run(async () => {
      setAnswered((await dataProvider.approveConvention(code, approve)).data);
      setCode('');
    });

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100' }}>
      <AppBar position="sticky" elevation={1}>
        <Toolbar>
          <Typography variant="h6" component="div" noWrap>
            {translate('pingyi.selfgov.household.title')}
          </Typography>
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ maxWidth: 640, mx: 'auto', p: { xs: 1, sm: 2 } }}>
        <Paper sx={{ p: { xs: 2, sm: 3 }, mt: { xs: 1, sm: 3 } }}>
          {problem ? (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="household-problem">
              {problem}
            </Alert>
          ) : null}
          {answered ? (
            <Stack spacing={2}>
              <Alert severity="success" data-testid="household-thanks">
                {translate('pingyi.selfgov.household.thanks')}
              </Alert>
              <TallyLine tally={answered} />
            </Stack>
          ) : convention ? (
            <Stack spacing={2}>
              <Typography variant="h5" component="h1">
                {convention.title}
              </Typography>
              <TallyLine tally={convention.tally} />
              <Typography sx={{ whiteSpace: 'pre-wrap' }}>{convention.text}</Typography>
              <Stack direction="row" spacing={2}>
                <Button
                  variant="contained"
                  color="success"
                  size="large"
                  fullWidth
                  disabled={busy}
                  sx={{ minHeight: 56, fontSize: 20 }}
                  onClick={() => answer(true)}
                >
                  {translate('pingyi.selfgov.household.approve')}
                </Button>
                <Button
                  variant="outlined"
                  color="error"
                  size="large"
                  fullWidth
                  disabled={busy}
                  sx={{ minHeight: 56, fontSize: 20 }}
                  onClick={() => answer(false)}
                >
                  {translate('pingyi.selfgov.household.reject')}
                </Button>
              </Stack>
            </Stack>
          ) : (
            <Stack component="form" spacing={3} onSubmit={open}>
              <Typography>{translate('pingyi.selfgov.household.intro')}</Typography>
              <TextField
                autoFocus
                label={translate('resources.household.fields.code')}
                value={code}
                onChange={(event) => setCode(formatCode(event.target.value))}
                slotProps={{
                  htmlInput: {
                    autoComplete: 'off',
                    autoCapitalize: 'characters',
                    spellCheck: false,
                    style: { fontSize: 'clamp(20px, 7vw, 32px)', letterSpacing: '0.08em', textAlign: 'center' },
                  },
                }}
              />
              <Button
                type="submit"
                variant="contained"
                size="large"
                disabled={busy || code.length < 11}
                sx={{ minHeight: 48 }}
              >
                {translate('pingyi.selfgov.household.open')}
              </Button>
            </Stack>
          )}
        </Paper>
      </Box>
    </Box>
  );
}
