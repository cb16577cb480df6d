/**
 * Issuing one-time ballot codes (DESIGN rule 7): the chair types how many, the server answers with
 * the codes this once, the dialog shows them and leads to the printable slips.
 */
import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useNavigate, useNotify, useTranslate } from 'react-admin';
import { useReportError } from '../common/api';
import { issueBallotCodes } from './meetingApi';
import { rememberCodes } from './issuedCodes';

/** Props of {@link IssueCodesDialog}. */
export interface IssueCodesDialogProps {
  meetingId: string;
  title: string;
  open: boolean;
  onClose: () => void;
}

/** The count form, then the codes with a link to print them. */
export function IssueCodesDialog({ meetingId, title, open, onClose }: IssueCodesDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const reportError = useReportError();
  const [count, setCount] = useState('10');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const value = Number(count);
  const valid = Number.isInteger(value) && value >= 1 && value <= 200;

  const issue = async () => {
    setBusy(true);
    try {
      const issued = await issueBallotCodes(meetingId, value);
      rememberCodes({ meetingId, title, codes: issued });
      setCodes(issued);
      notify(translate('pingyi.meeting.codesIssued', { smart_count: issued.length }), { type: 'success' });
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setCodes(null);
    onClose();
  };

  return (
    <Dialog open={open} onClose={close} maxWidth="md" fullWidth aria-labelledby="issue-codes-title">
      <DialogTitle id="issue-codes-title">{translate('pingyi.meeting.issueCodes')}</DialogTitle>
      <DialogContent>
        {codes ? (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('pingyi.meeting.codesOnce')}
            </Alert>
            <Box
              data-testid="issued-codes"
              sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 1, fontFamily: 'ui-monospace, "Roboto Mono", Menlo, Consolas, monospace' }}
            >
              {codes.map((code) => (
                <Typography key={code} component="code" sx={{ fontFamily: 'inherit', fontSize: 20, letterSpacing: 1, p: 1, border: 1, borderColor: 'divider', borderRadius: 1, textAlign: 'center' }}>
                  {code}
                </Typography>
              ))}
            </Box>
          </>
        ) : (
          <TextField
            autoFocus
            type="number"
            label={translate('pingyi.meeting.codeCount')}
            value={count}
            onChange={(event) => setCount(event.target.value)}
            error={!valid}
            helperText={translate('pingyi.meeting.countRange')}
            slotProps={{ htmlInput: { min: 1, max: 200, step: 1 } }}
            sx={{ mt: 1 }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate(codes ? 'ra.action.close' : 'ra.action.cancel')}</Button>
        {codes ? (
          <Button variant="contained" startIcon={<PrintIcon />} onClick={() => navigate(`/evaluationMeetings/${encodeURIComponent(meetingId)}/slips`)}>
            {translate('pingyi.meeting.printSlips')}
          </Button>
        ) : (
          <Button variant="contained" disabled={!valid || busy} onClick={issue}>
            {translate('pingyi.meeting.issue')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
