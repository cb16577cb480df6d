/**
 * The attendance roll on the meeting's people tab (docs/rules.md rule 7), for its chair and the ADMINs
 * over it: each registered representative present is checked in to vote with their account, or
 * given a ballot code instead (then their account may not vote here); people without an account
 * get codes by name from the toolbar. The roll shows who is present and how they vote — for a code
 * voter, that they got a code, never which.
 */
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import ConfirmationNumberIcon from '@mui/icons-material/ConfirmationNumber';
import { useRecordContext, useTranslate } from 'react-admin';
import { useProviderQuery, useWorkflow } from '../common/providerHooks';
import type { RoomUser, VotingMode } from '../dataProvider/types';
import { IssuedCodesList } from './IssueCodesDialog';
import { rememberCodes } from './issuedCodes';
import { useUnprintedGuard } from './UnprintedCodesWarning';
import { meetingKey, useMeetingRights, useMeetingRoom } from './meetingRoom';

/** One registered representative not on the roll yet, with the two ways to check them in. */
function CheckInRow({
  user,
  busy,
  onCheckIn,
}: {
  user: RoomUser;
  busy: boolean;
  onCheckIn: (user: RoomUser, mode: VotingMode) => void;
}) {
  const translate = useTranslate();
  return (
    <TableRow data-testid="absent-representative">
      <TableCell>{user.displayName}</TableCell>
      <TableCell>
        <Chip size="small" label={translate('pingyi.meeting.attendance.absent')} />
      </TableCell>
      <TableCell align="right">
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', flexWrap: 'wrap' }}>
          <Button
            size="small"
            variant="outlined"
            startIcon={<HowToRegIcon />}
            disabled={busy}
            onClick={() => onCheckIn(user, 'ACCOUNT')}
            aria-label={`${translate('pingyi.meeting.attendance.checkIn')} ${user.displayName}`}
          >
            {translate('pingyi.meeting.attendance.checkIn')}
          </Button>
          <Button
            size="small"
            startIcon={<ConfirmationNumberIcon />}
            disabled={busy}
            onClick={() => onCheckIn(user, 'CODE')}
            aria-label={`${translate('pingyi.meeting.attendance.giveCode')} ${user.displayName}`}
          >
            {translate('pingyi.meeting.attendance.giveCode')}
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
}

/** The roll of the meeting in the record context, with check-in for registered representatives. */
export function AttendancePanel(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const { room } = useMeetingRoom();
  const { canRun } = useMeetingRights(record);
  const id = String(record?.id ?? '');
  const roll = useProviderQuery(
    [...meetingKey(id), 'attendees'],
    canRun && id ? (dp) => dp.meetingAttendees(id) : null,
  );
  const [codes, setCodes] = useState<string[] | null>(null);
  const checkIn = useWorkflow(
    (dp, user: RoomUser, mode: VotingMode) => dp.checkInAttendees({ meetingId: id, mode, userIds: [user.id] }),
    {
      success: (_, [user, mode]) => ({
        message: mode === 'CODE' ? 'pingyi.meeting.attendance.gotCode' : 'pingyi.meeting.attendance.checkedIn',
        args: { name: user.displayName },
      }),
      invalidate: () => [meetingKey(id)],
      onSuccess: (done, [, mode]) => {
        if (mode !== 'CODE') return;
        rememberCodes({ meetingId: id, title: String(record?.title ?? ''), codes: done.codes });
        setCodes(done.codes);
      },
    },
  );
  // The code shown goes to a slip before the dialog closes, or the chair says to close anyway.
  const guard = useUnprintedGuard(id, codes, () => setCodes(null));
  if (!record || !canRun) return null;
  const status = record.status as string;
  const attendees = roll.data ?? [];
  const present = new Set(attendees.map((a) => a.userId).filter(Boolean));
  const absent = status === 'CLOSED' ? [] : (room?.representatives ?? []).filter((user) => !present.has(user.id));

  return (
    <Box sx={{ maxWidth: 960 }} data-testid="attendance">
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('pingyi.meeting.attendance.title', { count: attendees.length })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('pingyi.meeting.attendance.help')}
      </Typography>
      {attendees.length + absent.length === 0 ? (
        <Alert severity="info">{translate('pingyi.meeting.attendance.empty')}</Alert>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('pingyi.meeting.attendance.name')}</TableCell>
              <TableCell>{translate('pingyi.meeting.attendance.mode')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {attendees.map((attendee) => (
              <TableRow key={attendee.id} data-testid="attendee">
                <TableCell>{attendee.name}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={attendee.mode === 'CODE' ? 'secondary' : 'primary'}
                    label={translate(`pingyi.enums.VotingMode.${attendee.mode}`)}
                  />
                </TableCell>
                <TableCell align="right">
                  <Typography variant="caption" color="text.secondary">
                    {attendee.checkedIn ? '' : translate('pingyi.meeting.attendance.byBallot')}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
            {absent.map((user) => (
              <CheckInRow key={user.id} user={user} busy={checkIn.isPending} onCheckIn={checkIn.run} />
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={codes !== null} onClose={guard.askToClose} maxWidth="sm" fullWidth aria-labelledby="one-code-title">
        <DialogTitle id="one-code-title">{translate('pingyi.meeting.issueCodes')}</DialogTitle>
        <DialogContent>{codes ? <IssuedCodesList codes={codes} /> : null}</DialogContent>
        <DialogActions>
          <Button onClick={guard.askToClose}>{translate('ra.action.close')}</Button>
          <Button variant="contained" onClick={guard.printSlips}>
            {translate('pingyi.meeting.printSlips')}
          </Button>
        </DialogActions>
        {guard.warning}
      </Dialog>
    </Box>
  );
}
