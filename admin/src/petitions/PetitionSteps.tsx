/**
 * The steps of an OPEN petition (信访代理, docs/rules.md rule 14), for ADMINs (access.ts): record the next
 * round of talks (day, participants one per line, summary); conclude, once and only after a round,
 * AGREED with the agreement reached or NOT_AGREED with the reason; or record the petitioner's
 * withdrawal with the reason. The server's field errors show under the field they name.
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
  Stack,
  TextField,
} from '@mui/material';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { errorCode, errorField, errorMessage, useWorkflow } from '../common/providerHooks';
import { parseLines } from '../common/lines';
import { saysSomething } from '../common/validation';

type Step = 'talk' | 'conclude' | 'withdraw';

/** One step's button and dialog. */
function StepButton({ step, id }: { step: Step; id: string }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`pingyi.selfgov.petition.${key}`);
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string>>({ outcome: 'AGREED' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setOpen(false);
    setErrors({});
  };
  const running = useWorkflow(
    async (dp, form: Record<string, string>) =>
      step === 'talk'
        ? dp.recordPetitionTalk(id, {
            heldOn: form.heldOn ?? '',
            participants: parseLines(form.participants),
            summary: (form.summary ?? '').trim(),
          })
        : step === 'conclude'
          ? dp.concludePetition(id, {
              outcome: form.outcome === 'NOT_AGREED' ? 'NOT_AGREED' : 'AGREED',
              ...(form.outcome === 'NOT_AGREED'
                ? { reason: (form.reason ?? '').trim() }
                : { agreement: (form.agreement ?? '').trim() }),
            })
          : dp.withdrawPetition(id, (form.reason ?? '').trim()),
    {
      success: `pingyi.selfgov.petition.${step}Done`,
      refresh: true,
      onSuccess: close,
      onError: (error) => {
        const at = errorField(error);
        if (errorCode(error) !== 'BAD_USER_INPUT' || !at?.startsWith('input.')) return false;
        setErrors({ [at.slice('input.'.length).split('.')[0]]: errorMessage(error).replace(/^input\.[\w.]+: /, '') });
        return true;
      },
    },
  );
  const field = (name: string, props: { multiline?: boolean; type?: string; label?: string } = {}) => (
    <TextField
      key={name}
      label={props.label ?? translate(`resources.petitions.fields.${name}`)}
      value={values[name] ?? ''}
      onChange={(event) => {
        setValues({ ...values, [name]: event.target.value });
        setErrors({});
      }}
      type={props.type}
      multiline={props.multiline}
      minRows={props.multiline ? 3 : undefined}
      fullWidth
      slotProps={props.type === 'date' ? { inputLabel: { shrink: true } } : undefined}
      error={!!errors[name]}
      helperText={errors[name] ?? ' '}
    />
  );
  const required =
    step === 'talk'
      ? ['heldOn', 'participants', 'summary']
      : step === 'conclude'
        ? [values.outcome === 'NOT_AGREED' ? 'reason' : 'agreement']
        : ['reason'];
  const submit = () => {
    const missing = required.filter((name) => !saysSomething(values[name]));
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((name) => [name, translate('ra.validation.required')])));
      return;
    }
    void running.run(values);
  };
  return (
    <>
      <Button
        variant={step === 'withdraw' ? 'outlined' : 'contained'}
        color={step === 'conclude' ? 'warning' : 'primary'}
        sx={{ minHeight: 40 }}
        onClick={() => setOpen(true)}
      >
        {t(step)}
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth aria-labelledby={`petition-${step}-title`}>
        <DialogTitle id={`petition-${step}-title`}>{t(step)}</DialogTitle>
        <DialogContent>
          <Stack spacing={1} sx={{ mt: 1 }}>
            {step === 'talk'
              ? [
                  field('heldOn', { type: 'date' }),
                  field('participants', { multiline: true }),
                  field('summary', { multiline: true }),
                ]
              : null}
            {step === 'conclude' ? (
              <>
                <RadioGroup
                  row
                  value={values.outcome}
                  onChange={(event) => setValues({ ...values, outcome: event.target.value })}
                >
                  {['AGREED', 'NOT_AGREED'].map((outcome) => (
                    <FormControlLabel
                      key={outcome}
                      value={outcome}
                      control={<Radio />}
                      label={translate(`pingyi.enums.PetitionStatus.${outcome}`)}
                    />
                  ))}
                </RadioGroup>
                {values.outcome === 'NOT_AGREED'
                  ? field('reason', { multiline: true, label: translate('resources.petitions.fields.closingReason') })
                  : field('agreement', { multiline: true })}
              </>
            ) : null}
            {step === 'withdraw'
              ? field('reason', { multiline: true, label: translate('resources.petitions.fields.closingReason') })
              : null}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" disabled={running.isPending} onClick={submit}>
            {t(step)}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** The steps of an OPEN petition; nothing once it is final. */
export function PetitionSteps() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'petitions', action: 'edit', record });
  if (!record || record.status !== 'OPEN' || !canAccess) return null;
  const id = String(record.id);
  return (
    <>
      <StepButton step="talk" id={id} />
      <StepButton step="conclude" id={id} />
      <StepButton step="withdraw" id={id} />
    </>
  );
}
