/**
 * The attendance roll on the meeting's people tab (docs/rules.md rule 7), for its chair and the ADMINs
 * over it: each registered representative present is checked in to vote with their account, or
 * given a ballot code instead (then their account may not vote here); people without an account
 * get codes by name from the toolbar. The roll shows who is present and how they vote — for a code
 * voter, that they got a code, never which.
 */
import { useEffect, useState } from 'react';
import { Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import ConfirmationNumberIcon from '@mui/icons-material/ConfirmationNumber';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useApiQuery, useReportError } from '../common/api';
import { IssuedCodesList } from './IssueCodesDialog';
import { announceAttendance, onAttendanceChange } from './attendanceEvents';
import { rememberCodes } from './issuedCodes';
import { checkIn, fetchAttendees, type RoomUser, type VotingMode } from './meetingApi';
import { useMeetingRole, useMeetingRoom } from './meetingRoom';

/** One registered representative not on the roll yet, with the two ways to check them in. */
function CheckInRow({ user, busy, onCheckIn }: { user: RoomUser; busy: boolean; onCheckIn: (user: RoomUser, mode: VotingMode) => void }) {
  const translate = useTranslate();
  return (
    <TableRow data-testid="absent-representative">
      <TableCell>{user.displayName}</TableCell>
      <TableCell>
        <Chip size="small" label={translate('pingyi.meeting.attendance.absent')} />
      </TableCell>
      <TableCell align="right">
        <Stack direction="row" spacing={1} sx={{ justifyContent: 'flex-end', flexWrap: 'wrap' }}>
          <Button size="small" variant="outlined" startIcon={<HowToRegIcon />} disabled={busy} onClick={() => onCheckIn(user, 'ACCOUNT')} aria-label={`${translate('pingyi.meeting.attendance.checkIn')} ${user.displayName}`}>
            {translate('pingyi.meeting.attendance.checkIn')}
          </Button>
          <Button size="small" startIcon={<ConfirmationNumberIcon />} disabled={busy} onClick={() => onCheckIn(user, 'CODE')} aria-label={`${translate('pingyi.meeting.attendance.giveCode')} ${user.displayName}`}>
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
  const notify = useNotify();
  const reportError = useReportError();
  const { room } = useMeetingRoom();
  const { canRun } = useMeetingRole(record);
  const id = String(record?.id ?? '');
  const roll = useApiQuery(canRun && id ? () => fetchAttendees(id) : null, `${id}:${canRun}`);
  const [busy, setBusy] = useState(false);
  const [codes, setCodes] = useState<string[] | null>(null);
  const reload = roll.reload;
  useEffect(() => (id ? onAttendanceChange(id, reload) : undefined), [id, reload]);
  if (!record || !canRun) return null;
  const status = record.status as string;
  const attendees = roll.data ?? [];
  const present = new Set(attendees.map((a) => a.userId).filter(Boolean));
  const absent = status === 'CLOSED' ? [] : (room?.representatives ?? []).filter((user) => !present.has(user.id));

  const checkInOne = async (user: RoomUser, mode: VotingMode) => {
    setBusy(true);
    try {
      const done = await checkIn(id, mode, { userIds: [user.id] });
      if (mode === 'CODE') {
        rememberCodes({ meetingId: id, title: String(record.title ?? ''), codes: done.codes });
        setCodes(done.codes);
      }
      notify(translate(mode === 'CODE' ? 'pingyi.meeting.attendance.gotCode' : 'pingyi.meeting.attendance.checkedIn', { name: user.displayName }), { type: 'success' });
      announceAttendance(id);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

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
                  <Chip size="small" color={attendee.mode === 'CODE' ? 'secondary' : 'primary'} label={translate(`pingyi.enums.VotingMode.${attendee.mode}`)} />
                </TableCell>
                <TableCell align="right">
                  <Typography variant="caption" color="text.secondary">
                    {attendee.checkedIn ? '' : translate('pingyi.meeting.attendance.byBallot')}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
            {absent.map((user) => (
              <CheckInRow key={user.id} user={user} busy={busy} onCheckIn={checkInOne} />
            ))}
          </TableBody>
        </Table>
      )}
      <Dialog open={codes !== null} onClose={() => setCodes(null)} maxWidth="sm" fullWidth aria-labelledby="one-code-title">
        <DialogTitle id="one-code-title">{translate('pingyi.meeting.issueCodes')}</DialogTitle>
        <DialogContent>{codes ? <IssuedCodesList codes={codes} /> : null}</DialogContent>
        <DialogActions>
          <Button onClick={() => setCodes(null)}>{translate('ra.action.close')}</Button>
          <Button variant="contained" href={`#/evaluationMeetings/${encodeURIComponent(id)}/slips`}>
            {translate('pingyi.meeting.printSlips')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}
