/**
 * The representatives registered for a meeting (docs/rules.md rule 4). Its chair or an ADMIN registers
 * REPRESENTATIVE users of the meeting's subdistrict (DRAFT or OPEN, for late arrivals) and removes
 * them while DRAFT. Listing users is the ADMIN's right: a chair whom the server refuses sees the
 * registered list and a note instead of the picker.
 */
import { useState } from 'react';
import { Alert, Autocomplete, Box, Button, Chip, Stack, TextField, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { errorCode, useApiQuery, useReportError } from '../common/api';
import { changePeople, fetchRepresentativeUsers, type RoomUser } from './meetingApi';
import { seesRepresentatives, useMeetingRole, useMeetingRoom } from './meetingRoom';

const userLabel = (user: RoomUser) => `${user.displayName}（${user.username}）`;

/** Picks unregistered representatives of the subdistrict and registers them. */
function RepresentativePicker({ meetingId, subdistrictId, registered, onChange }: { meetingId: string; subdistrictId: string; registered: Set<string>; onChange: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const reportError = useReportError();
  const candidates = useApiQuery(() => fetchRepresentativeUsers(subdistrictId), subdistrictId);
  const [picked, setPicked] = useState<RoomUser[]>([]);
  const [busy, setBusy] = useState(false);
  if (candidates.error) {
    return <Alert severity={errorCode(candidates.error) === 'FORBIDDEN' ? 'info' : 'warning'}>{translate('pingyi.meeting.people.listForbidden')}</Alert>;
  }
  const options = (candidates.data ?? []).filter((user) => !registered.has(user.id));
  const register = async () => {
    setBusy(true);
    try {
      await changePeople('registerRepresentatives', meetingId, picked.map((user) => user.id));
      notify(translate('pingyi.meeting.people.registered', { smart_count: picked.length }), { type: 'success' });
      setPicked([]);
      onChange();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'center' } }}>
      <Autocomplete
        multiple
        disableCloseOnSelect
        filterSelectedOptions
        options={options}
        loading={candidates.loading}
        value={picked}
        onChange={(_, value) => setPicked(value)}
        getOptionLabel={userLabel}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        renderInput={(params) => <TextField {...params} label={translate('pingyi.meeting.people.pickRepresentatives')} />}
        sx={{ minWidth: 360, flex: 1 }}
      />
      <Button variant="contained" startIcon={<PersonAddIcon />} disabled={picked.length === 0 || busy} onClick={register}>
        {translate('pingyi.meeting.people.register')}
      </Button>
    </Stack>
  );
}

/** The registered representatives of the meeting in the record context, with register and remove. */
export function RepresentativesPanel(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const reportError = useReportError();
  const { room, reload } = useMeetingRoom();
  const { canRun, role } = useMeetingRole(record);
  if (!record) return null;
  const status = record.status as string;
  if (!seesRepresentatives(role)) return <Alert severity="info">{translate('pingyi.meeting.people.hiddenFromRole')}</Alert>;
  const reps = room?.representatives ?? [];
  const unregister = async (user: RoomUser) => {
    try {
      await changePeople('unregisterRepresentatives', String(record.id), [user.id]);
      reload();
    } catch (error) {
      reportError(error);
    }
  };
  return (
    <Box sx={{ maxWidth: 960 }}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('pingyi.meeting.people.representatives')}（{reps.length}）
      </Typography>
      <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap', mb: 2 }} data-testid="registered-representatives">
        {reps.length === 0 ? <Typography color="text.secondary">{translate('pingyi.meeting.people.noRepresentatives')}</Typography> : null}
        {reps.map((user) => (
          <Chip key={user.id} label={userLabel(user)} onDelete={canRun && status === 'DRAFT' ? () => unregister(user) : undefined} />
        ))}
      </Stack>
      {canRun && status !== 'CLOSED' ? <RepresentativePicker meetingId={String(record.id)} subdistrictId={String(record.subdistrictId)} registered={new Set(reps.map((u) => u.id))} onChange={reload} /> : null}
    </Box>
  );
}
