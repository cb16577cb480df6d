/**
 * The party working committee's decision on a proposed head (docs/rules.md rule 2): 同意 or 不同意, each
 * confirmed in a dialog that says the decision is final; a refusal needs a written reason.
 */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import BlockIcon from '@mui/icons-material/Block';
import { useNotify, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { errorCode, errorField, errorMessage, useReportError } from '../common/api';
import { saysSomething } from '../common/validation';
import { decideAppointment, type Decision } from './appointmentApi';

const MAX_REASON = 1000;

/** The consent and refuse buttons of a PROPOSED appointment, for admins; nothing otherwise. */
export function DecideButtons() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const reportError = useReportError();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!record || record.status !== 'PROPOSED' || permissions !== 'ADMIN') return null;

  const refusing = decision === 'REFUSED';
  const reasonError = refusing && !saysSomething(reason) ? translate('pingyi.governance.appointment.reasonRequired') : reason.length > MAX_REASON ? translate('ra.validation.maxLength', { max: MAX_REASON }) : null;
  const close = () => {
    setDecision(null);
    setReason('');
    setTried(false);
    setServerError(null);
  };
  const submit = async () => {
    setTried(true);
    if (!decision || reasonError) return;
    setBusy(true);
    try {
      await decideAppointment(String(record.id), decision, reason.trim() || null);
      notify(refusing ? 'pingyi.governance.appointment.refused' : 'pingyi.governance.appointment.consented', { type: 'success' });
      close();
      refresh();
    } catch (error) {
      if (errorCode(error) === 'BAD_USER_INPUT' && errorField(error) === 'reason') setServerError(errorMessage(error));
      else reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button variant="contained" color="success" startIcon={<CheckIcon />} onClick={() => setDecision('CONSENTED')}>
        {translate('pingyi.governance.appointment.consent')}
      </Button>
      <Button variant="outlined" color="error" startIcon={<BlockIcon />} onClick={() => setDecision('REFUSED')}>
        {translate('pingyi.governance.appointment.refuse')}
      </Button>
      <Dialog open={decision !== null} onClose={close} maxWidth="sm" fullWidth aria-labelledby="decide-title">
        <DialogTitle id="decide-title">{translate(refusing ? 'pingyi.governance.appointment.refuseTitle' : 'pingyi.governance.appointment.consentTitle')}</DialogTitle>
        <DialogContent>
          <Alert severity={refusing ? 'warning' : 'info'} sx={{ mb: 2 }}>
            {translate(refusing ? 'pingyi.governance.appointment.refuseNote' : 'pingyi.governance.appointment.consentNote')}
          </Alert>
          <TextField
            label={translate('pingyi.governance.appointment.reason')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              setServerError(null);
            }}
            multiline
            minRows={3}
            fullWidth
            required={refusing}
            error={(tried && !!reasonError) || !!serverError}
            helperText={serverError ?? (tried && reasonError ? reasonError : translate(refusing ? 'pingyi.governance.appointment.reasonRequired' : 'pingyi.governance.appointment.reasonOptional'))}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" color={refusing ? 'error' : 'success'} disabled={busy} onClick={submit}>
            {translate(refusing ? 'pingyi.governance.appointment.refuse' : 'pingyi.governance.appointment.consent')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
