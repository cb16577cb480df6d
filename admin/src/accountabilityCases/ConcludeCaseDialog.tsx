/**
 * Concluding an accountability case (docs/rules.md rule 9): a written conclusion and whether a red-line
 * breach was confirmed are both required; the dialog says that the conclusion is final and what
 * a confirmed breach does to the year's assessment.
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
  TextField,
} from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { errorCode, errorField, errorMessage, useWorkflow } from '../common/providerHooks';
import { saysSomething } from '../common/validation';

const MAX_CONCLUSION = 4000;

/** The 办结 button of an OPEN case and its dialog, for those who conclude cases (access.ts); nothing for a concluded case. */
export function ConcludeCaseButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'accountabilityCases', action: 'conclude', record });
  const [open, setOpen] = useState(false);
  const [conclusion, setConclusion] = useState('');
  const [breach, setBreach] = useState<'' | 'yes' | 'no'>('');
  const [tried, setTried] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const concluding = useWorkflow(
    (dp, id: string, text: string, breachConfirmed: boolean) =>
      dp.concludeAccountabilityCase(id, text, breachConfirmed),
    {
      success: 'pingyi.governance.accountability.concluded',
      refresh: true,
      onSuccess: () => close(),
      // A conclusion the server refuses shows under its field.
      onError: (error) => {
        if (errorCode(error) !== 'BAD_USER_INPUT' || errorField(error) !== 'input.conclusion') return false;
        setServerError(errorMessage(error));
        return true;
      },
    },
  );
  if (!record || record.status !== 'OPEN' || !canAccess) return null;

  const conclusionError = !saysSomething(conclusion)
    ? 'pingyi.governance.accountability.conclusionRequired'
    : conclusion.length > MAX_CONCLUSION
      ? 'ra.validation.maxLength'
      : null;
  const breachError = breach === '' ? 'pingyi.governance.accountability.breachRequired' : null;

  const close = () => {
    setOpen(false);
    setTried(false);
    setServerError(null);
  };
  const submit = () => {
    setTried(true);
    if (conclusionError || breachError) return;
    void concluding.run(String(record.id), conclusion.trim(), breach === 'yes');
  };

  return (
    <>
      <Button variant="contained" color="warning" startIcon={<GavelIcon />} onClick={() => setOpen(true)}>
        {translate('pingyi.governance.accountability.conclude')}
      </Button>
      <Dialog open={open} onClose={close} maxWidth="sm" fullWidth aria-labelledby="conclude-case-title">
        <DialogTitle id="conclude-case-title">
          {translate('pingyi.governance.accountability.concludeTitle')}
        </DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('pingyi.governance.accountability.concludeNote')}
          </Alert>
          <TextField
            label={translate('pingyi.governance.accountability.conclusion')}
            value={conclusion}
            onChange={(event) => {
              setConclusion(event.target.value);
              setServerError(null);
            }}
            multiline
            minRows={4}
            fullWidth
            required
            error={(tried && !!conclusionError) || !!serverError}
            helperText={
              serverError ??
              (tried && conclusionError
                ? translate(conclusionError, { max: MAX_CONCLUSION })
                : translate('pingyi.governance.accountability.conclusionHelp'))
            }
          />
          <FormControl error={tried && !!breachError} required sx={{ mt: 2 }}>
            <FormLabel id="breach-label">{translate('pingyi.governance.accountability.breach')}</FormLabel>
            <RadioGroup
              row
              aria-labelledby="breach-label"
              value={breach}
              onChange={(event) => setBreach(event.target.value as 'yes' | 'no')}
            >
              <FormControlLabel
                value="yes"
                control={<Radio />}
                label={translate('pingyi.governance.accountability.breachYes')}
              />
              <FormControlLabel
                value="no"
                control={<Radio />}
                label={translate('pingyi.governance.accountability.breachNo')}
              />
            </RadioGroup>
            {tried && breachError ? <FormHelperText>{translate(breachError)}</FormHelperText> : null}
          </FormControl>
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" color="warning" disabled={concluding.isPending} onClick={submit}>
            {translate('pingyi.governance.accountability.conclude')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
