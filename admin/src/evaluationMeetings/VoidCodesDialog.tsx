/**
 * Voiding unused ballot codes (docs/rules.md rule 7): the chair types the codes of slips handed back or
 * never handed out (one per line), or voids every code that has not voted yet, e.g. once everyone
 * present has voted. A voided code opens nothing; a code that has voted cannot be voided.
 */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useReportError } from '../common/api';
import { namesOf } from './IssueCodesDialog';
import { voidCodes } from './meetingApi';

/** Props of {@link VoidCodesDialog}. */
export interface VoidCodesDialogProps {
  meetingId: string;
  open: boolean;
  onClose: () => void;
  /** Called after codes were voided. */
  onVoided?: () => void;
}

/** The codes form, with Void these and Void all unused. */
export function VoidCodesDialog({ meetingId, open, onClose, onVoided }: VoidCodesDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const reportError = useReportError();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const codes = namesOf(text);

  const run = async (which: { codes?: string[]; allUnused?: boolean }) => {
    setBusy(true);
    try {
      const voided = await voidCodes(meetingId, which);
      notify(translate('pingyi.meeting.codesVoided', { smart_count: voided }), { type: 'success' });
      setText('');
      onVoided?.();
      onClose();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="void-codes-title">
      <DialogTitle id="void-codes-title">{translate('pingyi.meeting.voidCodes')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('pingyi.meeting.voidCodesHelp')}</DialogContentText>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={3}
          label={translate('pingyi.meeting.voidCodesLabel')}
          value={text}
          onChange={(event) => setText(event.target.value.toUpperCase())}
          slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'ui-monospace, "Roboto Mono", Menlo, Consolas, monospace' } } }}
        />
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button color="warning" disabled={busy} onClick={() => run({ allUnused: true })}>
          {translate('pingyi.meeting.voidAllUnused')}
        </Button>
        <Button variant="contained" color="warning" disabled={busy || codes.length === 0} onClick={() => run({ codes })}>
          {translate('pingyi.meeting.voidListed')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
