/**
 * Concluding a mediation meeting with its written record (docs/rules.md rule 14), once. Where family,
 * women or children are involved the women's director must attend: the server refuses without one
 * (BAD_USER_INPUT on `input.womenDirector`) and the dialog shows its reason under that field.
 */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { errorCode, errorField, errorMessage, useWorkflow } from '../common/providerHooks';
import { saysSomething } from '../common/validation';

/** The 办结 button of an open mediation and its dialog, for ADMINs (access.ts). */
export function ConcludeMediationButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const field = (name: string) => translate(`resources.mediations.fields.${name}`);
  const { canAccess } = useCanAccess({ resource: 'mediations', action: 'edit', record });
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [womenDirector, setWomenDirector] = useState('');
  const [tried, setTried] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const close = () => {
    setOpen(false);
    setTried(false);
    setServerErrors({});
  };
  const concluding = useWorkflow(
    (dp, id: string, recordText: string, director: string | null) => dp.concludeMediation(id, recordText, director),
    {
      success: 'pingyi.selfgov.mediation.concluded',
      refresh: true,
      onSuccess: close,
      onError: (error) => {
        const at = errorField(error);
        if (errorCode(error) !== 'BAD_USER_INPUT' || (at !== 'input.womenDirector' && at !== 'input.record'))
          return false;
        // The rule's refusal in the admin's language; any other reason as the server gives it.
        const message =
          at === 'input.womenDirector'
            ? translate('pingyi.selfgov.mediation.womenDirectorRequired')
            : errorMessage(error).replace(/^input\.\w+: /, '');
        setServerErrors({ [at.slice('input.'.length)]: message });
        return true;
      },
    },
  );
  if (!record || record.status !== 'OPEN' || !canAccess) return null;
  const recordError = !saysSomething(text) ? 'pingyi.selfgov.mediation.recordRequired' : null;
  const submit = () => {
    setTried(true);
    if (recordError) return;
    void concluding.run(String(record.id), text.trim(), womenDirector.trim() || null);
  };
  return (
    <>
      <Button
        variant="contained"
        color="warning"
        startIcon={<TaskAltIcon />}
        sx={{ minHeight: 40 }}
        onClick={() => {
          setWomenDirector(String(record.womenDirector ?? ''));
          setOpen(true);
        }}
      >
        {translate('pingyi.selfgov.mediation.conclude')}
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth aria-labelledby="conclude-mediation-title">
        <DialogTitle id="conclude-mediation-title">{translate('pingyi.selfgov.mediation.concludeTitle')}</DialogTitle>
        <DialogContent>
          <Alert severity={record.involvesFamily ? 'warning' : 'info'} sx={{ mb: 2 }}>
            {translate(
              record.involvesFamily ? 'pingyi.selfgov.mediation.familyNote' : 'pingyi.selfgov.mediation.concludeNote',
            )}
          </Alert>
          <TextField
            label={field('record')}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setServerErrors({});
            }}
            multiline
            minRows={5}
            fullWidth
            required
            error={(tried && !!recordError) || !!serverErrors.record}
            helperText={serverErrors.record ?? (tried && recordError ? translate(recordError) : ' ')}
          />
          <TextField
            label={field('womenDirector')}
            value={womenDirector}
            onChange={(event) => {
              setWomenDirector(event.target.value);
              setServerErrors({});
            }}
            fullWidth
            required={!!record.involvesFamily}
            sx={{ mt: 2 }}
            error={!!serverErrors.womenDirector}
            helperText={serverErrors.womenDirector ?? ' '}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" color="warning" disabled={concluding.isPending} onClick={submit}>
            {translate('pingyi.selfgov.mediation.conclude')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}

/** Submitting a concluded record for the court's confirmation, then recording the court's decision. */
export function CourtButtons() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'mediations', action: 'edit', record });
  const submitting = useWorkflow((dp, id: string) => dp.submitMediationToCourt(id), {
    success: 'pingyi.selfgov.mediation.submitted',
    refresh: true,
  });
  const deciding = useWorkflow((dp, id: string, confirmed: boolean) => dp.recordMediationCourtDecision(id, confirmed), {
    success: 'pingyi.selfgov.mediation.decisionRecorded',
    refresh: true,
  });
  if (!record || record.status !== 'CONCLUDED' || !canAccess) return null;
  const id = String(record.id);
  if (record.courtConfirmation === 'NOT_REQUESTED')
    return (
      <Button variant="outlined" disabled={submitting.isPending} onClick={() => void submitting.run(id)}>
        {translate('pingyi.selfgov.mediation.submit')}
      </Button>
    );
  if (record.courtConfirmation !== 'SUBMITTED') return null;
  return (
    <>
      <Button
        variant="outlined"
        color="success"
        disabled={deciding.isPending}
        onClick={() => void deciding.run(id, true)}
      >
        {translate('pingyi.selfgov.mediation.confirm')}
      </Button>
      <Button
        variant="outlined"
        color="error"
        disabled={deciding.isPending}
        onClick={() => void deciding.run(id, false)}
      >
        {translate('pingyi.selfgov.mediation.refuse')}
      </Button>
    </>
  );
}
