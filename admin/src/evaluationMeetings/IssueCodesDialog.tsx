/**
 * Issuing ballot codes against the attendance roll (docs/rules.md rule 7): the chair types the names of
 * the people present who vote with a code (one per line), the server checks them in and answers
 * with one new code each, this once and in an order that says nothing about whose each is; the
 * dialog shows them and leads to the printable slips. Closing it before the slips are printed
 * asks first: the codes cannot be shown again.
 */
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  TextField,
  Typography,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useTranslate } from 'react-admin';
import { useWorkflow } from '../common/providerHooks';
import { rememberCodes } from './issuedCodes';
import { meetingKey } from './meetingRoom';
import { useUnprintedGuard } from './UnprintedCodesWarning';

/** Props of {@link IssueCodesDialog} and {@link IssuedCodesList}. */
export interface IssueCodesDialogProps {
  meetingId: string;
  title: string;
  open: boolean;
  onClose: () => void;
}

/** The names typed, one per line, blank lines dropped. */
export function namesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Codes just issued, in large monospace letters, with the warning that they show only once. */
export function IssuedCodesList({ codes }: { codes: string[] }) {
  const translate = useTranslate();
  return (
    <>
      <Alert severity="warning" sx={{ mb: 2 }}>
        {translate('pingyi.meeting.codesOnce')}
      </Alert>
      <Box
        data-testid="issued-codes"
        sx={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))',
          gap: 1,
          fontFamily: 'ui-monospace, "Roboto Mono", Menlo, Consolas, monospace',
        }}
      >
        {codes.map((code) => (
          <Typography
            key={code}
            component="code"
            sx={{
              fontFamily: 'inherit',
              fontSize: 20,
              letterSpacing: 1,
              p: 1,
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              textAlign: 'center',
            }}
          >
            {code}
          </Typography>
        ))}
      </Box>
    </>
  );
}

/** The names form, then the codes with a link to print them. */
export function IssueCodesDialog({ meetingId, title, open, onClose }: IssueCodesDialogProps) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const names = namesOf(text);
  const valid = names.length >= 1 && names.length <= 200 && names.every((name) => name.length <= 100);
  // The roll and the progress of the room are read again once people are checked in.
  const issue = useWorkflow((dp, people: string[]) => dp.checkInAttendees({ meetingId, mode: 'CODE', names: people }), {
    success: (issued) => ({ message: 'pingyi.meeting.codesIssued', args: { smart_count: issued.codes.length } }),
    invalidate: () => [meetingKey(meetingId)],
    onSuccess: (issued) => {
      rememberCodes({ meetingId, title, codes: issued.codes });
      setCodes(issued.codes);
      setText('');
    },
  });
  const close = () => {
    setCodes(null);
    onClose();
  };
  // Codes on screen go to the slips before the dialog closes, or the chair says to close anyway.
  const guard = useUnprintedGuard(meetingId, codes, close);

  return (
    <Dialog open={open} onClose={guard.askToClose} maxWidth="md" fullWidth aria-labelledby="issue-codes-title">
      <DialogTitle id="issue-codes-title">{translate('pingyi.meeting.issueCodes')}</DialogTitle>
      <DialogContent>
        {codes ? (
          <IssuedCodesList codes={codes} />
        ) : (
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={4}
            label={translate('pingyi.meeting.codeNames')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            helperText={translate('pingyi.meeting.codeNamesHelp', { count: names.length })}
            sx={{ mt: 1 }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={guard.askToClose}>{translate(codes ? 'ra.action.close' : 'ra.action.cancel')}</Button>
        {codes ? (
          <Button variant="contained" startIcon={<PrintIcon />} onClick={guard.printSlips}>
            {translate('pingyi.meeting.printSlips')}
          </Button>
        ) : (
          <Button variant="contained" disabled={!valid || issue.isPending} onClick={() => issue.run(names)}>
            {translate('pingyi.meeting.issue')}
          </Button>
        )}
      </DialogActions>
      {guard.warning}
    </Dialog>
  );
}
