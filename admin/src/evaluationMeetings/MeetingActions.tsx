/**
 * The meeting's toolbar, by state and by who is looking (docs/rules.md rules 4 and 7): Edit (ADMIN,
 * DRAFT), Open (DRAFT), Issue ballot codes to people checked in by name and Void unused codes
 * (DRAFT or OPEN), Close with a confirmation because closing is final (OPEN), and the printable
 * result sheet (CLOSED). Open, codes and Close are for the meeting's chair or an ADMIN.
 */
import { useState } from 'react';
import { Button } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import StopIcon from '@mui/icons-material/Stop';
import ConfirmationNumberIcon from '@mui/icons-material/ConfirmationNumber';
import BlockIcon from '@mui/icons-material/Block';
import PrintIcon from '@mui/icons-material/Print';
import { Confirm, EditButton, TopToolbar, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useReportError } from '../common/api';
import { closeMeeting, openMeeting } from './meetingApi';
import { useMeetingRole } from './meetingRoom';
import { IssueCodesDialog } from './IssueCodesDialog';
import { announceAttendance } from './attendanceEvents';
import { VoidCodesDialog } from './VoidCodesDialog';

type Pending = 'open' | 'close' | null;

/** The show page's actions for the meeting in the record context. */
export function MeetingActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const reportError = useReportError();
  const { canRun, isAdmin } = useMeetingRole(record);
  const [confirming, setConfirming] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [voiding, setVoiding] = useState(false);
  if (!record) return <TopToolbar />;
  const id = String(record.id);
  const status = record.status as string;

  const run = async () => {
    const action = confirming;
    setBusy(true);
    try {
      if (action === 'open') await openMeeting(id);
      if (action === 'close') await closeMeeting(id);
      notify(translate(action === 'open' ? 'pingyi.meeting.opened' : 'pingyi.meeting.closed'), { type: 'success' });
      refresh();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  return (
    <TopToolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
      {status === 'DRAFT' && isAdmin ? <EditButton /> : null}
      {status === 'DRAFT' && canRun ? (
        <Button variant="contained" color="success" startIcon={<PlayArrowIcon />} onClick={() => setConfirming('open')}>
          {translate('pingyi.meeting.open')}
        </Button>
      ) : null}
      {(status === 'DRAFT' || status === 'OPEN') && canRun ? (
        <>
          <Button variant="outlined" startIcon={<ConfirmationNumberIcon />} onClick={() => setIssuing(true)}>
            {translate('pingyi.meeting.issueCodes')}
          </Button>
          <Button variant="outlined" color="warning" startIcon={<BlockIcon />} onClick={() => setVoiding(true)}>
            {translate('pingyi.meeting.voidCodes')}
          </Button>
        </>
      ) : null}
      {status === 'OPEN' && canRun ? (
        <Button variant="contained" color="error" startIcon={<StopIcon />} onClick={() => setConfirming('close')}>
          {translate('pingyi.meeting.close')}
        </Button>
      ) : null}
      {status === 'CLOSED' ? (
        <Button variant="outlined" startIcon={<PrintIcon />} href={`#/evaluationMeetings/${encodeURIComponent(id)}/result-sheet`}>
          {translate('pingyi.meeting.resultSheet')}
        </Button>
      ) : null}
      <Confirm
        isOpen={confirming !== null}
        loading={busy}
        title={confirming === 'close' ? 'pingyi.meeting.closeConfirmTitle' : 'pingyi.meeting.openConfirmTitle'}
        content={confirming === 'close' ? 'pingyi.meeting.closeConfirm' : 'pingyi.meeting.openConfirm'}
        confirm={confirming === 'close' ? 'pingyi.meeting.close' : 'pingyi.meeting.open'}
        confirmColor={confirming === 'close' ? 'warning' : 'primary'}
        onConfirm={run}
        onClose={() => setConfirming(null)}
      />
      <IssueCodesDialog meetingId={id} title={String(record.title ?? '')} open={issuing} onClose={() => setIssuing(false)} onIssued={() => announceAttendance(id)} />
      <VoidCodesDialog meetingId={id} open={voiding} onClose={() => setVoiding(false)} onVoided={() => announceAttendance(id)} />
    </TopToolbar>
  );
}
