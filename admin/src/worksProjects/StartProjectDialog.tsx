/**
 * Marking a works project started (docs/rules.md rule 14): allowed after a hearing whose outcome is not
 * NOT_SUPPORTED; otherwise only with the reason of the decision that overrides it, which the
 * server asks for on `input.overrideReason` and the dialog shows under that field.
 */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { errorCode, errorField, errorMessage, useWorkflow } from '../common/providerHooks';

/** The 标记开工 button of a PLANNED project and its dialog, for ADMINs (access.ts). */
export function StartProjectButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'worksProjects', action: 'start', record });
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setFieldError(null);
  };
  const starting = useWorkflow(
    (dp, id: string, overrideReason: string | null) => dp.startWorksProject(id, overrideReason),
    {
      success: 'pingyi.selfgov.project.started',
      refresh: true,
      onSuccess: close,
      onError: (error) => {
        if (errorCode(error) !== 'BAD_USER_INPUT' || errorField(error) !== 'input.overrideReason') return false;
        // Without a supporting hearing the rule asks for the reason (in the admin's language); other reasons as the server gives them.
        const message = errorMessage(error).replace(/^input\.overrideReason: /, '');
        setFieldError(reason.trim() ? message : translate('pingyi.selfgov.project.overrideRequired'));
        return true;
      },
    },
  );
  if (!record || record.status !== 'PLANNED' || !canAccess) return null;
  return (
    <>
      <Button variant="contained" startIcon={<PlayArrowIcon />} onClick={() => setOpen(true)} sx={{ minHeight: 40 }}>
        {translate('pingyi.selfgov.project.start')}
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth aria-labelledby="start-project-title">
        <DialogTitle id="start-project-title">{translate('pingyi.selfgov.project.startTitle')}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('pingyi.selfgov.project.startNote')}
          </Alert>
          <TextField
            label={translate('pingyi.selfgov.project.overrideReason')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setFieldError(null);
            }}
            multiline
            minRows={3}
            fullWidth
            error={!!fieldError}
            helperText={fieldError ?? ' '}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            disabled={starting.isPending}
            onClick={() => void starting.run(String(record.id), reason.trim() || null)}
          >
            {translate('pingyi.selfgov.project.start')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
