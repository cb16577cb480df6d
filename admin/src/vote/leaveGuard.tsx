/**
 * The warning before leaving a ballot with choices not yet submitted: the browser's own question
 * on a reload, a closed tab or another address (`beforeunload`), and a dialog of the voting
 * screen before its own ways out (返回, 完成并退出, 完成评议) that names the officials concerned.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import { SIZE } from './voteStyle';

/** What {@link useLeaveGuard} gives a screen. */
export interface LeaveGuard {
  /** Runs `leave` at once when nothing is unsaved, else after the voter confirms in the dialog. */
  guard: (leave: () => void) => void;
  /** The dialog, to render in the screen. */
  dialog: ReactNode;
}

/** Guards the ways out of a ballot while `unsaved` (names of officials with unsubmitted choices) is not empty. */
export function useLeaveGuard(unsaved: string[]): LeaveGuard {
  const translate = useTranslate();
  const [pending, setPending] = useState<(() => void) | null>(null);
  const any = unsaved.length > 0;

  useEffect(() => {
    if (!any) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [any]);

  const close = () => setPending(null);
  const dialog = (
    <Dialog open={pending !== null} onClose={close} aria-labelledby="leave-title" data-testid="leave-warning">
      <DialogTitle id="leave-title" sx={{ fontSize: SIZE.name }}>
        {translate('pingyi.vote.leave.title')}
      </DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ fontSize: SIZE.text, color: '#212121' }}>
          {translate('pingyi.vote.leave.body', { names: unsaved.join('、') })}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ p: 2, gap: 1, flexWrap: 'wrap' }}>
        <Button
          onClick={() => {
            const leave = pending;
            close();
            leave?.();
          }}
          color="error"
          sx={{ minHeight: 48, fontSize: SIZE.text, color: '#b71c1c' }}
        >
          {translate('pingyi.vote.leave.go')}
        </Button>
        <Button variant="contained" autoFocus onClick={close} sx={{ minHeight: 48, fontSize: SIZE.text }}>
          {translate('pingyi.vote.leave.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  );
  return {
    guard: (leave) => (any ? setPending(() => leave) : leave()),
    dialog,
  };
}
