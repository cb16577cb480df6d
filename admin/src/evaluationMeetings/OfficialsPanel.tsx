/**
 * The officials under evaluation at a meeting (docs/rules.md rule 4): those who may edit the meeting
 * (an ADMIN) add officials of its subdistrict, or take them off, while it is DRAFT; everyone else
 * sees the list.
 */
import { useEffect, useState } from 'react';
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  IconButton,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlined';
import { useRecordContext, useTranslate } from 'react-admin';
import { useProviderQuery, useReportError, useWorkflow } from '../common/providerHooks';
import type { RoomOfficial } from '../dataProvider/types';
import { meetingKey, useMeetingRights, useMeetingRoom } from './meetingRoom';

/** Searches the subdistrict's officials as the admin types (250 ms after the last key) and adds the picked ones. */
function OfficialPicker({
  meetingId,
  subdistrictId,
  present,
}: {
  meetingId: string;
  subdistrictId: string;
  present: Set<string>;
}) {
  const translate = useTranslate();
  const reportError = useReportError();
  const [text, setText] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [picked, setPicked] = useState<RoomOfficial[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => setSearch(text), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const found = useProviderQuery(
    ['officials', 'toAdd', subdistrictId, search],
    search === null ? null : (dp) => dp.officialsToAdd(subdistrictId, search),
  );
  useEffect(() => {
    if (found.error) reportError(found.error);
  }, [found.error, reportError]);
  const options = found.data ?? [];
  const adding = useWorkflow((dp, ids: string[]) => dp.addMeetingOfficials({ meetingId, ids }), {
    success: (_, [ids]) => ({ message: 'pingyi.meeting.people.added', args: { smart_count: ids.length } }),
    invalidate: () => [meetingKey(meetingId)],
    onSuccess: () => setPicked([]),
  });
  const add = () => adding.run(picked.map((official) => official.id));
  const busy = adding.isPending;
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={1} sx={{ alignItems: { md: 'center' }, mt: 2 }}>
      <Autocomplete
        multiple
        disableCloseOnSelect
        filterSelectedOptions
        options={options.filter((official) => !present.has(official.id))}
        filterOptions={(all) => all}
        value={picked}
        onChange={(_, value) => setPicked(value)}
        inputValue={text}
        onInputChange={(_, value) => setText(value)}
        getOptionLabel={(official) => `${official.name}${official.title ? `（${official.title}）` : ''}`}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        renderInput={(params) => <TextField {...params} label={translate('pingyi.meeting.people.pickOfficials')} />}
        sx={{ minWidth: 360, flex: 1 }}
      />
      <Button variant="contained" startIcon={<AddIcon />} disabled={picked.length === 0 || busy} onClick={add}>
        {translate('pingyi.meeting.people.add')}
      </Button>
    </Stack>
  );
}

/** The officials of the meeting in the record context, with add and remove for an ADMIN while DRAFT. */
export function OfficialsPanel(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const { room } = useMeetingRoom();
  const { canEdit } = useMeetingRights(record);
  const id = String(record?.id ?? '');
  const removing = useWorkflow(
    (dp, official: RoomOfficial) => dp.removeMeetingOfficials({ meetingId: id, ids: [official.id] }),
    { invalidate: () => [meetingKey(id)] },
  );
  if (!record) return null;
  const editable = canEdit && record.status === 'DRAFT';
  const officials = room?.officials ?? [];
  const remove = (official: RoomOfficial) => void removing.run(official);
  return (
    <Box sx={{ maxWidth: 960 }}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('pingyi.meeting.people.officials')}（{officials.length}）
      </Typography>
      {officials.length === 0 ? (
        <Typography color="text.secondary">{translate('pingyi.meeting.people.noOfficials')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.officials.fields.name')}</TableCell>
              <TableCell>{translate('resources.officials.fields.category')}</TableCell>
              <TableCell>{translate('resources.officials.fields.title')}</TableCell>
              {editable ? <TableCell /> : null}
            </TableRow>
          </TableHead>
          <TableBody>
            {officials.map((official) => (
              <TableRow key={official.id}>
                <TableCell>
                  <Link href={`#/officials/${encodeURIComponent(official.id)}/show`} underline="hover">
                    {official.name}
                  </Link>
                </TableCell>
                <TableCell>{translate(`pingyi.enums.OfficialCategory.${official.category}`)}</TableCell>
                <TableCell>{official.title || '—'}</TableCell>
                {editable ? (
                  <TableCell padding="checkbox">
                    <Tooltip title={translate('pingyi.meeting.people.remove')}>
                      <IconButton
                        size="small"
                        onClick={() => remove(official)}
                        aria-label={`${translate('pingyi.meeting.people.remove')} ${official.name}`}
                      >
                        <RemoveCircleOutlineIcon fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                ) : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {editable ? (
        <OfficialPicker
          meetingId={String(record.id)}
          subdistrictId={String(record.subdistrictId)}
          present={new Set(officials.map((o) => o.id))}
        />
      ) : null}
      {!editable ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate(
            record.status === 'DRAFT'
              ? 'pingyi.meeting.people.officialsAdminOnly'
              : 'pingyi.meeting.people.officialsLocked',
          )}
        </Alert>
      ) : null}
    </Box>
  );
}
