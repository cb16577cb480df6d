/**
 * Recording a hearing's outcome (docs/rules.md rule 14), once: the answers to the questions put (each
 * question's answer and who gave it, and questions still to add), the outcome (supported,
 * supported with conditions, not supported) and its reasons. The server's field errors show under
 * the field they name.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import AddIcon from '@mui/icons-material/Add';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { enumChoices } from '../common/enums';
import { errorCode, errorField, errorMessage, useWorkflow } from '../common/providerHooks';
import { saysSomething } from '../common/validation';
import type { HearingOutcome, HearingQuestionInput } from '../gql/graphql';

/** A question as the dialog edits it. */
type Question = { askedBy: string; question: string; answer: string; answeredBy: string };

const toInput = (q: Question): HearingQuestionInput => ({
  askedBy: q.askedBy.trim(),
  question: q.question.trim(),
  answer: q.answer.trim() || null,
  answeredBy: q.answeredBy.trim() || null,
});

/** The 记录结论 button of an undecided hearing and its dialog, for ADMINs (access.ts). */
export function HearingOutcomeButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const field = (name: string) => translate(`resources.hearings.fields.${name}`);
  const { canAccess } = useCanAccess({ resource: 'hearings', action: 'decide', record });
  const [open, setOpen] = useState(false);
  const [questions, setQuestions] = useState<Question[]>([]);
  const [outcome, setOutcome] = useState<HearingOutcome | ''>('');
  const [reasons, setReasons] = useState('');
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const close = () => {
    setOpen(false);
    setTried(false);
    setServerErrors({});
  };
  const deciding = useWorkflow(
    (dp, id: string, input: Parameters<typeof dp.recordHearingOutcome>[1]) => dp.recordHearingOutcome(id, input),
    {
      success: 'pingyi.selfgov.hearing.decided',
      refresh: true,
      onSuccess: close,
      onError: (error) => {
        const at = errorField(error);
        if (errorCode(error) !== 'BAD_USER_INPUT' || !at?.startsWith('input.')) return false;
        const key = at.startsWith('input.questions') ? 'questions' : at.slice('input.'.length);
        setServerErrors({ [key]: errorMessage(error).replace(/^input\.[\w.]+: /, '') });
        return true;
      },
    },
  );
  if (!record || record.outcome || !canAccess) return null;

  const openDialog = () => {
    const recorded = (record.questions ?? []) as Partial<Question>[];
    setQuestions(
      recorded.map((q) => ({
        askedBy: q.askedBy ?? '',
        question: q.question ?? '',
        answer: q.answer ?? '',
        answeredBy: q.answeredBy ?? '',
      })),
    );
    setOpen(true);
  };
  const edit = (index: number, key: keyof Question, value: string) => {
    setQuestions((current) => current.map((q, i) => (i === index ? { ...q, [key]: value } : q)));
    setServerErrors({});
  };
  const incomplete = questions.some((q) => !saysSomething(q.askedBy) || !saysSomething(q.question));
  const outcomeError = outcome === '' ? 'pingyi.selfgov.hearing.outcomeRequired' : null;
  const reasonsError = !saysSomething(reasons) ? 'pingyi.selfgov.hearing.reasonsRequired' : null;
  const submit = () => {
    setTried(true);
    if (incomplete || outcomeError || reasonsError) return;
    void deciding.run(String(record.id), {
      outcome: outcome as HearingOutcome,
      reasons: reasons.trim(),
      questions: questions.map(toInput),
    });
  };

  return (
    <>
      <Button variant="contained" color="warning" startIcon={<GavelIcon />} onClick={openDialog} sx={{ minHeight: 40 }}>
        {translate('pingyi.selfgov.hearing.decide')}
      </Button>
      <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby="hearing-outcome-title">
        <DialogTitle id="hearing-outcome-title">{translate('pingyi.selfgov.hearing.decideTitle')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('pingyi.selfgov.hearing.decideNote')}
          </Alert>
          <Typography variant="subtitle1" component="h3">
            {field('questions')}
          </Typography>
          {questions.map((q, i) => (
            <Stack
              key={i}
              spacing={1}
              sx={{ my: 1.5, pl: 1.5, borderLeft: 3, borderColor: 'divider' }}
              data-testid="outcome-question"
            >
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                <TextField
                  label={field('askedBy')}
                  value={q.askedBy}
                  onChange={(e) => edit(i, 'askedBy', e.target.value)}
                  sx={{ minWidth: 160 }}
                />
                <TextField
                  label={field('question')}
                  value={q.question}
                  onChange={(e) => edit(i, 'question', e.target.value)}
                  multiline
                  fullWidth
                />
              </Stack>
              <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
                <TextField
                  label={field('answeredBy')}
                  value={q.answeredBy}
                  onChange={(e) => edit(i, 'answeredBy', e.target.value)}
                  sx={{ minWidth: 160 }}
                />
                <TextField
                  label={`${field('answer')} ${i + 1}`}
                  value={q.answer}
                  onChange={(e) => edit(i, 'answer', e.target.value)}
                  multiline
                  fullWidth
                />
              </Stack>
            </Stack>
          ))}
          <Button
            startIcon={<AddIcon />}
            onClick={() =>
              setQuestions((current) => [...current, { askedBy: '', question: '', answer: '', answeredBy: '' }])
            }
          >
            {translate('pingyi.selfgov.hearing.addQuestion')}
          </Button>
          {(tried && incomplete) || serverErrors.questions ? (
            <FormHelperText error>
              {serverErrors.questions ?? translate('pingyi.selfgov.hearing.questionIncomplete')}
            </FormHelperText>
          ) : null}
          <FormControl
            error={(tried && !!outcomeError) || !!serverErrors.outcome}
            required
            sx={{ mt: 2, display: 'block' }}
          >
            <FormLabel id="hearing-outcome-label">{field('outcome')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="hearing-outcome-label"
              value={outcome}
              onChange={(event) => setOutcome(event.target.value as HearingOutcome)}
            >
              {enumChoices('HearingOutcome').map((choice) => (
                <FormControlLabel
                  key={choice.id}
                  value={choice.id}
                  control={<Radio />}
                  label={translate(choice.name)}
                />
              ))}
            </RadioGroup>
            {(tried && outcomeError) || serverErrors.outcome ? (
              <FormHelperText>{serverErrors.outcome ?? translate(outcomeError!)}</FormHelperText>
            ) : null}
          </FormControl>
          <TextField
            label={field('reasons')}
            value={reasons}
            onChange={(event) => {
              setReasons(event.target.value);
              setServerErrors({});
            }}
            multiline
            minRows={3}
            fullWidth
            required
            sx={{ mt: 2 }}
            error={(tried && !!reasonsError) || !!serverErrors.reasons}
            helperText={serverErrors.reasons ?? (tried && reasonsError ? translate(reasonsError) : ' ')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" color="warning" disabled={deciding.isPending} onClick={submit}>
            {translate('pingyi.selfgov.hearing.decide')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
