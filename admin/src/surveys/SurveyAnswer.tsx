/**
 * `#/survey`: a resident types the survey code from the residents' committee's slip and answers
 * every question 1–5 (docs/rules.md rule 12), without an account and phone-sized. The code is sent
 * with no token and kept in this page's memory only; once answered, it is used up.
 */
import { useState, type FormEvent } from 'react';
import {
  Alert,
  AppBar,
  Box,
  Button,
  Paper,
  Stack,
  TextField,
  ToggleButton,
  ToggleButtonGroup,
  Toolbar,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorCode, errorMessage, serverMessage, usePingyiDataProvider } from '../common/providerHooks';
import type { SurveyFormOfQuery } from '../gql/graphql';
import { formatCode } from '../vote/codeFormat';

type Form = SurveyFormOfQuery['surveyForm'];

/** The message key of a failed code use. */
function problemOf(error: unknown): { key: string; message?: string } {
  const code = errorCode(error);
  const text = serverMessage(error);
  if (code === 'BAD_USER_INPUT' && /code/i.test(text)) return { key: 'invalid' };
  if (code === 'CONFLICT') return { key: /not open/i.test(text) ? 'notOpen' : 'used' };
  if (code === 'UNAUTHENTICATED') return { key: 'tooMany' };
  return { key: 'other', message: errorMessage(error) };
}

/** The code form, then the questions, then the thanks. */
export function SurveyAnswer() {
  const translate = useTranslate();
  const dataProvider = usePingyiDataProvider();
  const [code, setCode] = useState('');
  const [form, setForm] = useState<Form | null>(null);
  const [scores, setScores] = useState<Record<string, number>>({});
  const [done, setDone] = useState(false);
  const [problem, setProblem] = useState<{ key: string; message?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setBusy(false);
    }
  };
  const start = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => setForm((await dataProvider.surveyForm(code)).data));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!form) return;
    if (form.questions.some((q) => !scores[q.key])) {
      setProblem({ key: 'missing' });
      return;
    }
    void run(async () => {
      await dataProvider.answerSurvey(
        code,
        form.questions.map((q) => ({ question: q.key, score: scores[q.key] })),
      );
      setDone(true);
    });
  };
  const again = () => {
    setCode('');
    setForm(null);
    setScores({});
    setDone(false);
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'grey.100' }}>
      <AppBar position="sticky" elevation={1}>
        <Toolbar>
          <Typography variant="h6" component="div" noWrap>
            {translate('pingyi.surveys.answer.title')}
          </Typography>
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ maxWidth: 640, mx: 'auto', p: { xs: 1, sm: 2 } }}>
        <Paper sx={{ p: { xs: 2, sm: 3 }, mt: { xs: 1, sm: 3 } }}>
          {problem ? (
            <Alert severity="error" sx={{ mb: 2 }} data-testid="survey-problem">
              {problem.key === 'missing'
                ? translate('pingyi.surveys.answer.missing')
                : translate(`pingyi.surveys.answer.errors.${problem.key}`, { message: problem.message })}
            </Alert>
          ) : null}
          {done ? (
            <Stack spacing={2}>
              <Alert severity="success" data-testid="survey-thanks">
                {translate('pingyi.surveys.answer.thanks')}
              </Alert>
              <Button onClick={again}>{translate('pingyi.surveys.answer.again')}</Button>
            </Stack>
          ) : form ? (
            <Stack component="form" spacing={3} onSubmit={submit}>
              <Typography variant="h5" component="h1">
                {form.title}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {form.neighborhoodName} · {form.period} · {translate('pingyi.surveys.answer.scoreHelp')}
              </Typography>
              {form.questions.map((q, i) => (
                <Box key={q.key}>
                  <Typography sx={{ mb: 1 }}>
                    {i + 1}. {q.text}
                  </Typography>
                  <ToggleButtonGroup
                    exclusive
                    fullWidth
                    value={scores[q.key] ?? null}
                    onChange={(_, value: number | null) => value && setScores({ ...scores, [q.key]: value })}
                    aria-label={q.text}
                  >
                    {[1, 2, 3, 4, 5].map((score) => (
                      <ToggleButton
                        key={score}
                        value={score}
                        sx={{ minHeight: 48, fontSize: 18 }}
                        aria-label={`${q.key}-${score}`}
                      >
                        {score}
                      </ToggleButton>
                    ))}
                  </ToggleButtonGroup>
                </Box>
              ))}
              <Button type="submit" variant="contained" size="large" disabled={busy} sx={{ minHeight: 48 }}>
                {translate('pingyi.surveys.answer.submit')}
              </Button>
            </Stack>
          ) : (
            <Stack component="form" spacing={3} onSubmit={start}>
              <TextField
                autoFocus
                label={translate('pingyi.surveys.answer.codeLabel')}
                value={code}
                onChange={(event) => setCode(formatCode(event.target.value))}
                helperText={translate('pingyi.surveys.answer.codeHelp')}
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
                {translate('pingyi.surveys.answer.start')}
              </Button>
            </Stack>
          )}
        </Paper>
      </Box>
    </Box>
  );
}
