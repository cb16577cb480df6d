/**
 * The officials under evaluation at a meeting (docs/rules.md rule 4): an ADMIN adds officials of the
 * meeting's subdistrict, or takes them off, while the meeting is DRAFT; everyone else sees the list.
 */
import { useEffect, useState } from 'react';
import { Alert, Autocomplete, Box, Button, IconButton, Link, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutlined';
import { useNotify, useRecordContext, useTranslate } from 'react-admin';
import { useReportError } from '../common/api';
import { changePeople, searchOfficials, type RoomOfficial } from './meetingApi';
import { useMeetingRole, useMeetingRoom } from './meetingRoom';

/** Searches the subdistrict's officials as the admin types and adds the picked ones. */
function OfficialPicker({ meetingId, subdistrictId, present, onChange }: { meetingId: string; subdistrictId: string; present: Set<string>; onChange: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const reportError = useReportError();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<RoomOfficial[]>([]);
  const [picked, setPicked] = useState<RoomOfficial[]>([]);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      searchOfficials(subdistrictId, text).then((found) => current && setOptions(found), reportError);
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [subdistrictId, text, reportError]);
  const add = async () => {
    setBusy(true);
    try {
      await changePeople('addMeetingOfficials', meetingId, picked.map((official) => official.id));
      notify(translate('pingyi.meeting.people.added', { smart_count: picked.length }), { type: 'success' });
      setPicked([]);
      onChange();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };
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
  const reportError = useReportError();
  const { room, reload } = useMeetingRoom();
  const { isAdmin } = useMeetingRole(record);
  if (!record) return null;
  const editable = isAdmin && record.status === 'DRAFT';
  const officials = room?.officials ?? [];
  const remove = async (official: RoomOfficial) => {
    try {
      await changePeople('removeMeetingOfficials', String(record.id), [official.id]);
      reload();
    } catch (error) {
      reportError(error);
    }
  };
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
                      <IconButton size="small" onClick={() => remove(official)} aria-label={`${translate('pingyi.meeting.people.remove')} ${official.name}`}>
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
      {editable ? <OfficialPicker meetingId={String(record.id)} subdistrictId={String(record.subdistrictId)} present={new Set(officials.map((o) => o.id))} onChange={reload} /> : null}
      {!editable ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {translate(record.status === 'DRAFT' ? 'pingyi.meeting.people.officialsAdminOnly' : 'pingyi.meeting.people.officialsLocked')}
        </Alert>
      ) : null}
    </Box>
  );
}
