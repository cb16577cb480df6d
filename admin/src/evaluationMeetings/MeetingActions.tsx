/**
 * The meeting's toolbar, by state and by who is looking (docs/rules.md rules 4 and 7): Edit (ADMIN,
 * DRAFT), Open (DRAFT), Issue ballot codes to people checked in by name and Void unused codes
 * (DRAFT or OPEN), Close with a confirmation because closing is final (OPEN), and the printable
 * result sheet (CLOSED). Open, codes and Close are for those who run the meeting (access.ts).
 */
import { useState } from 'react';
import { Button } from '@mui/material';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import StopIcon from '@mui/icons-material/Stop';
import ConfirmationNumberIcon from '@mui/icons-material/ConfirmationNumber';
import BlockIcon from '@mui/icons-material/Block';
import PrintIcon from '@mui/icons-material/Print';
import { Confirm, EditButton, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useWorkflow } from '../common/providerHooks';
import { useMeetingRights } from './meetingRoom';
import { IssueCodesDialog } from './IssueCodesDialog';
import { VoidCodesDialog } from './VoidCodesDialog';

type Pending = 'open' | 'close' | null;

/** The show page's actions for the meeting in the record context. */
export function MeetingActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canRun, canEdit } = useMeetingRights(record);
  const [confirming, setConfirming] = useState<Pending>(null);
  const [issuing, setIssuing] = useState(false);
  const [voiding, setVoiding] = useState(false);
  const step = useWorkflow(
    (dp, action: 'open' | 'close', id: string) => (action === 'open' ? dp.openMeeting(id) : dp.closeMeeting(id)),
    {
      success: (_, [action]) => ({ message: action === 'open' ? 'pingyi.meeting.opened' : 'pingyi.meeting.closed' }),
      refresh: true,
    },
  );
  if (!record) return <TopToolbar />;
  const id = String(record.id);
  const status = record.status as string;

  const run = async () => {
    if (confirming) await step.run(confirming, id);
    setConfirming(null);
  };

  return (
    <TopToolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
      {status === 'DRAFT' && canEdit ? <EditButton /> : null}
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
        <Button
          variant="outlined"
          startIcon={<PrintIcon />}
          href={`#/evaluationMeetings/${encodeURIComponent(id)}/result-sheet`}
        >
          {translate('pingyi.meeting.resultSheet')}
        </Button>
      ) : null}
      <Confirm
        isOpen={confirming !== null}
        loading={step.isPending}
        title={confirming === 'close' ? 'pingyi.meeting.closeConfirmTitle' : 'pingyi.meeting.openConfirmTitle'}
        content={confirming === 'close' ? 'pingyi.meeting.closeConfirm' : 'pingyi.meeting.openConfirm'}
        confirm={confirming === 'close' ? 'pingyi.meeting.close' : 'pingyi.meeting.open'}
        confirmColor={confirming === 'close' ? 'warning' : 'primary'}
        onConfirm={run}
        onClose={() => setConfirming(null)}
      />
      <IssueCodesDialog
        meetingId={id}
        title={String(record.title ?? '')}
        open={issuing}
        onClose={() => setIssuing(false)}
      />
      <VoidCodesDialog meetingId={id} open={voiding} onClose={() => setVoiding(false)} />
    </TopToolbar>
  );
}
