/**
 * The warning before a dialog showing new ballot codes closes without the slips printed
 * (docs/rules.md rule 7: the server keeps only their hashes, so closed, they cannot be shown again):
 * back to the codes, print the slips, or close anyway (then void the codes not handed out).
 */
import { useState, type ReactElement } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { useNavigate, useTranslate } from 'react-admin';

/** What {@link useUnprintedGuard} gives the dialog that shows codes. */
export interface UnprintedGuard {
  /** Close the dialog: at once without codes shown, else after the warning. */
  askToClose: () => void;
  /** Go to the printable slips of the meeting (the codes stay in this page's memory for them). */
  printSlips: () => void;
  /** The warning, to render inside the dialog. */
  warning: ReactElement;
}

/**
 * Guards a dialog showing `codes` of meeting `meetingId` (null or empty: nothing to lose); `close`
 * closes it for good.
 */
export function useUnprintedGuard(
  meetingId: string,
  codes: readonly string[] | null,
  close: () => void,
): UnprintedGuard {
  const translate = useTranslate();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const printSlips = () => navigate(`/evaluationMeetings/${encodeURIComponent(meetingId)}/slips`);
  const closeAnyway = () => {
    setOpen(false);
    close();
  };
  const warning = (
    <Dialog
      open={open}
      onClose={() => setOpen(false)}
      role="alertdialog"
      aria-labelledby="unprinted-codes-title"
      aria-describedby="unprinted-codes-text"
      data-testid="unprinted-warning"
    >
      <DialogTitle id="unprinted-codes-title">{translate('pingyi.meeting.unprintedTitle')}</DialogTitle>
      <DialogContent>
        <Typography id="unprinted-codes-text">
          {translate('pingyi.meeting.unprinted', { smart_count: codes?.length ?? 0 })}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setOpen(false)}>{translate('ra.action.back')}</Button>
        <Button color="warning" onClick={closeAnyway}>
          {translate('pingyi.meeting.closeAnyway')}
        </Button>
        <Button variant="contained" startIcon={<PrintIcon />} onClick={printSlips} autoFocus>
          {translate('pingyi.meeting.printSlips')}
        </Button>
      </DialogActions>
    </Dialog>
  );
  return { askToClose: () => (codes && codes.length > 0 ? setOpen(true) : close()), printSlips, warning };
}
