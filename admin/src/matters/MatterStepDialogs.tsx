/**
 * The matter page's text and decision steps (docs/rules.md rule 13): respond, resolve, ask for an
 * extension, appeal a rectification (one text each, required: blank or invisible-only text is
 * empty), and approve or refuse an extension or an appeal with a reason. The server decides who may
 * (FORBIDDEN NOT_OWNER otherwise); a text it refuses shows under the field.
 */
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { errorCode, errorMessage, useWorkflow } from '../common/providerHooks';
import { saysSomething } from '../common/validation';
import type { MatterDecisionStep, MatterTextStep } from '../dataProvider/matters';

/**
 * Most characters the API takes (server/matter/matter.inputs.ts): a text the owner writes (response,
 * resolution, extension request, appeal) 4,000; a reason of a transfer or a decision 1,000.
 */
export const MAX_MATTER_TEXT = 4000;
export const MAX_MATTER_REASON = 1000;

/** The helper text of a required text field: the API's problem, else "required" or "too long" once tried. */
export function textProblem(
  translate: (key: string, options?: object) => string,
  state: { tried: boolean; empty: boolean; tooLong: boolean; max: number; problem: string | null },
): string {
  if (state.problem) return state.problem;
  if (state.tried && state.empty) return translate('ra.validation.required');
  if (state.tried && state.tooLong) return translate('ra.validation.maxLength', { max: state.max });
  return ' ';
}

/** Props of the step dialogs. */
interface StepDialogProps<S> {
  step: S;
  matterId: string;
  open: boolean;
  onClose: () => void;
}

/** Uses a text or decision step of the data provider with the page's reloads and its own errors under the field. */
export function useStep<A extends unknown[]>(
  step: string,
  run: Parameters<typeof useWorkflow<A, unknown>>[0],
  onDone: () => void,
  setProblem: (message: string | null) => void,
) {
  return useWorkflow(run, {
    success: `pingyi.matters.done.${step}`,
    refresh: true,
    invalidate: () => [['matters']],
    onSuccess: onDone,
    onError: (error) => {
      if (errorCode(error) !== 'BAD_USER_INPUT') return false;
      setProblem(errorMessage(error));
      return true;
    },
  });
}

/** The dialog of one text step. */
export function TextStepDialog({ step, matterId, open, onClose }: StepDialogProps<MatterTextStep>) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    setTried(false);
    setProblem(null);
    onClose();
  };
  const work = useStep(
    step,
    (dp, value: string) => dp.matterTextStep(step, matterId, value),
    () => {
      setText('');
      close();
    },
    setProblem,
  );
  const empty = !saysSomething(text);
  const tooLong = text.length > MAX_MATTER_TEXT;
  const submit = () => {
    setTried(true);
    if (empty || tooLong) return;
    void work.run(text.trim());
  };
  return (
    <Dialog open={open} onClose={close} maxWidth="sm" fullWidth aria-labelledby={`matter-${step}-title`}>
      <DialogTitle id={`matter-${step}-title`}>{translate(`pingyi.matters.actions.${step}`)}</DialogTitle>
      <DialogContent>
        <TextField
          name={step}
          label={translate(`pingyi.matters.fields.${step}`)}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setProblem(null);
          }}
          multiline
          minRows={3}
          fullWidth
          required
          sx={{ mt: 1 }}
          error={(tried && (empty || tooLong)) || !!problem}
          helperText={textProblem(translate, { tried, empty, tooLong, max: MAX_MATTER_TEXT, problem })}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={work.isPending} onClick={submit}>
          {translate(`pingyi.matters.actions.${step}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** The dialog of one decision: approve or refuse, and a reason (required either way). */
export function DecisionStepDialog({ step, matterId, open, onClose }: StepDialogProps<MatterDecisionStep>) {
  const translate = useTranslate();
  const [approve, setApprove] = useState<'' | 'yes' | 'no'>('');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const close = () => {
    setTried(false);
    setProblem(null);
    onClose();
  };
  const work = useStep(
    step,
    (dp, yes: boolean, value: string) => dp.matterDecision(step, matterId, yes, value),
    close,
    setProblem,
  );
  const empty = !saysSomething(reason);
  const tooLong = reason.length > MAX_MATTER_REASON;
  const submit = () => {
    setTried(true);
    if (empty || tooLong || approve === '') return;
    void work.run(approve === 'yes', reason.trim());
  };
  return (
    <Dialog open={open} onClose={close} maxWidth="sm" fullWidth aria-labelledby={`matter-${step}-title`}>
      <DialogTitle id={`matter-${step}-title`}>{translate(`pingyi.matters.actions.${step}`)}</DialogTitle>
      <DialogContent>
        <RadioGroup row value={approve} onChange={(event) => setApprove(event.target.value as 'yes' | 'no')}>
          <FormControlLabel value="yes" control={<Radio />} label={translate('pingyi.matters.fields.approve')} />
          <FormControlLabel value="no" control={<Radio />} label={translate('pingyi.matters.fields.refuse')} />
        </RadioGroup>
        <TextField
          name="reason"
          label={translate('pingyi.matters.fields.reason')}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setProblem(null);
          }}
          multiline
          minRows={2}
          fullWidth
          required
          error={(tried && (empty || tooLong || approve === '')) || !!problem}
          helperText={textProblem(translate, {
            tried,
            empty: empty || approve === '',
            tooLong,
            max: MAX_MATTER_REASON,
            problem,
          })}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={work.isPending} onClick={submit}>
          {translate(`pingyi.matters.actions.${step}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
