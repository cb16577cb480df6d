/**
 * The party working committee's decision on a proposed head (docs/rules.md rule 2): 同意 or 不同意, each
 * confirmed in a dialog that says the decision is final; a refusal needs a written reason.
 */
import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import BlockIcon from '@mui/icons-material/Block';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { errorCode, errorField, errorMessage, useWorkflow } from '../common/providerHooks';
import { saysSomething } from '../common/validation';
import type { Decision } from '../dataProvider/types';

const MAX_REASON = 1000;

/** The consent and refuse buttons of a PROPOSED appointment, for those who decide (access.ts); nothing otherwise. */
export function DecideButtons() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'headAppointments', action: 'decide', record });
  const translate = useTranslate();
  const [decision, setDecision] = useState<Decision | null>(null);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const deciding = useWorkflow(
    (dp, id: string, chosen: Decision, why: string | null) => dp.decideHeadAppointment(id, chosen, why),
    {
      success: (_, [, chosen]) => ({
        message:
          chosen === 'REFUSED' ? 'pingyi.governance.appointment.refused' : 'pingyi.governance.appointment.consented',
      }),
      refresh: true,
      onSuccess: () => close(),
      // A reason the server refuses shows under its field.
      onError: (error) => {
        if (errorCode(error) !== 'BAD_USER_INPUT' || errorField(error) !== 'reason') return false;
        setServerError(errorMessage(error));
        return true;
      },
    },
  );
  if (!record || record.status !== 'PROPOSED' || !canAccess) return null;

  const refusing = decision === 'REFUSED';
  const reasonError =
    refusing && !saysSomething(reason)
      ? translate('pingyi.governance.appointment.reasonRequired')
      : reason.length > MAX_REASON
        ? translate('ra.validation.maxLength', { max: MAX_REASON })
        : null;
  const close = () => {
    setDecision(null);
    setReason('');
    setTried(false);
    setServerError(null);
  };
  const submit = () => {
    setTried(true);
    if (!decision || reasonError) return;
    void deciding.run(String(record.id), decision, reason.trim() || null);
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
        <DialogTitle id="decide-title">
          {translate(
            refusing ? 'pingyi.governance.appointment.refuseTitle' : 'pingyi.governance.appointment.consentTitle',
          )}
        </DialogTitle>
        <DialogContent>
          <Alert severity={refusing ? 'warning' : 'info'} sx={{ mb: 2 }}>
            {translate(
              refusing ? 'pingyi.governance.appointment.refuseNote' : 'pingyi.governance.appointment.consentNote',
            )}
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
            helperText={
              serverError ??
              (tried && reasonError
                ? reasonError
                : translate(
                    refusing
                      ? 'pingyi.governance.appointment.reasonRequired'
                      : 'pingyi.governance.appointment.reasonOptional',
                  ))
            }
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button
            variant="contained"
            color={refusing ? 'error' : 'success'}
            disabled={deciding.isPending}
            onClick={submit}
          >
            {translate(refusing ? 'pingyi.governance.appointment.refuse' : 'pingyi.governance.appointment.consent')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
