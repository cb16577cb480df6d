/**
 * The representatives registered for a meeting (docs/rules.md rule 4). Its chair or an ADMIN registers
 * REPRESENTATIVE users of the meeting's subdistrict (DRAFT or OPEN, for late arrivals) and removes
 * them while DRAFT. Listing users is the ADMIN's right: a chair sees the registered list and a note
 * instead of the picker, without asking the server for a list it would refuse.
 */
import { useState } from 'react';
import { Alert, Autocomplete, Box, Button, Chip, Stack, TextField, Typography } from '@mui/material';
import PersonAddIcon from '@mui/icons-material/PersonAdd';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { errorCode, useProviderQuery, useWorkflow } from '../common/providerHooks';
import type { RoomUser } from '../dataProvider/types';
import { meetingKey, useMeetingRights, useMeetingRoom } from './meetingRoom';

const userLabel = (user: RoomUser) => `${user.displayName}（${user.username}）`;

/** Picks unregistered representatives of the subdistrict and registers them. */
function RepresentativePicker({
  meetingId,
  subdistrictId,
  registered,
}: {
  meetingId: string;
  subdistrictId: string;
  registered: Set<string>;
}) {
  const translate = useTranslate();
  const listsUsers = useCanAccess({ resource: 'users', action: 'list' });
  const candidates = useProviderQuery(
    ['users', 'representatives', subdistrictId],
    listsUsers.canAccess ? (dp) => dp.representativeUsers(subdistrictId) : null,
  );
  const [picked, setPicked] = useState<RoomUser[]>([]);
  const registering = useWorkflow((dp, ids: string[]) => dp.registerRepresentatives({ meetingId, ids }), {
    success: (_, [ids]) => ({ message: 'pingyi.meeting.people.registered', args: { smart_count: ids.length } }),
    invalidate: () => [meetingKey(meetingId)],
    onSuccess: () => setPicked([]),
  });
  const busy = registering.isPending;
  if (listsUsers.isPending) return null;
  if (!listsUsers.canAccess || candidates.error) {
    return (
      <Alert severity={!candidates.error || errorCode(candidates.error) === 'FORBIDDEN' ? 'info' : 'warning'}>
        {translate('pingyi.meeting.people.listForbidden')}
      </Alert>
    );
  }
  const options = (candidates.data ?? []).filter((user) => !registered.has(user.id));
  const register = () => registering.run(picked.map((user) => user.id));
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
        renderInput={(params) => (
          <TextField {...params} label={translate('pingyi.meeting.people.pickRepresentatives')} />
        )}
        sx={{ minWidth: 360, flex: 1 }}
      />
      <Button
        variant="contained"
        startIcon={<PersonAddIcon />}
        disabled={picked.length === 0 || busy}
        onClick={register}
      >
        {translate('pingyi.meeting.people.register')}
      </Button>
    </Stack>
  );
}

/** The registered representatives of the meeting in the record context, with register and remove. */
export function RepresentativesPanel(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const { room } = useMeetingRoom();
  const { canRun, readsRepresentatives, isPending } = useMeetingRights(record);
  const id = String(record?.id ?? '');
  const unregistering = useWorkflow(
    (dp, user: RoomUser) => dp.unregisterRepresentatives({ meetingId: id, ids: [user.id] }),
    { invalidate: () => [meetingKey(id)] },
  );
  if (!record || isPending) return null;
  const status = record.status as string;
  if (!readsRepresentatives) return <Alert severity="info">{translate('pingyi.meeting.people.hiddenFromRole')}</Alert>;
  const reps = room?.representatives ?? [];
  const unregister = (user: RoomUser) => void unregistering.run(user);
  return (
    <Box sx={{ maxWidth: 960 }}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('pingyi.meeting.people.representatives')}（{reps.length}）
      </Typography>
      <Stack
        direction="row"
        useFlexGap
        spacing={1}
        sx={{ flexWrap: 'wrap', mb: 2 }}
        data-testid="registered-representatives"
      >
        {reps.length === 0 ? (
          <Typography color="text.secondary">{translate('pingyi.meeting.people.noRepresentatives')}</Typography>
        ) : null}
        {reps.map((user) => (
          <Chip
            key={user.id}
            label={userLabel(user)}
            onDelete={canRun && status === 'DRAFT' ? () => unregister(user) : undefined}
          />
        ))}
      </Stack>
      {canRun && status !== 'CLOSED' ? (
        <RepresentativePicker
          meetingId={String(record.id)}
          subdistrictId={String(record.subdistrictId)}
          registered={new Set(reps.map((u) => u.id))}
        />
      ) : null}
    </Box>
  );
}
