/**
 * Voiding unused ballot codes (docs/rules.md rule 7): the chair types the codes of slips handed back or
 * never handed out (one per line), or voids every code that has not voted yet, e.g. once everyone
 * present has voted. A voided code opens nothing; a code that has voted cannot be voided.
 */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useWorkflow } from '../common/providerHooks';
import { namesOf } from './IssueCodesDialog';
import { meetingKey } from './meetingRoom';

/** Props of {@link VoidCodesDialog}. */
export interface VoidCodesDialogProps {
  meetingId: string;
  open: boolean;
  onClose: () => void;
}

/** The codes form, with Void these and Void all unused. */
export function VoidCodesDialog({ meetingId, open, onClose }: VoidCodesDialogProps) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const codes = namesOf(text);
  const voiding = useWorkflow(
    (dp, which: { codes?: string[]; allUnused?: boolean }) => dp.voidBallotCodes({ meetingId, ...which }),
    {
      success: (voided) => ({ message: 'pingyi.meeting.codesVoided', args: { smart_count: voided } }),
      invalidate: () => [meetingKey(meetingId)],
      onSuccess: () => {
        setText('');
        onClose();
      },
    },
  );
  const run = (which: { codes?: string[]; allUnused?: boolean }) => void voiding.run(which);
  const busy = voiding.isPending;

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
          slotProps={{
            htmlInput: {
              spellCheck: false,
              style: { fontFamily: 'ui-monospace, "Roboto Mono", Menlo, Consolas, monospace' },
            },
          }}
        />
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button color="warning" disabled={busy} onClick={() => run({ allUnused: true })}>
          {translate('pingyi.meeting.voidAllUnused')}
        </Button>
        <Button
          variant="contained"
          color="warning"
          disabled={busy || codes.length === 0}
          onClick={() => run({ codes })}
        >
          {translate('pingyi.meeting.voidListed')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
