/**
 * An agency's head under the right of consent (docs/rules.md rule 2), for the agency's page: the current
 * head, a proposal waiting for the subdistrict, the history of consented heads with their terms,
 * and links to the appointment records and to propose a head.
 */
import {
  Alert,
  Box,
  Button,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { errorMessage, useProviderQuery } from '../common/providerHooks';

/** Reads the agency in the record context; `label={false}` keeps a show layout from adding a label. */
export function AgencyHeadPanel(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const mayList = useCanAccess({ resource: 'headAppointments', action: 'list' }).canAccess;
  const mayPropose = useCanAccess({ resource: 'headAppointments', action: 'create' }).canAccess;
  const id = record?.id ? String(record.id) : null;
  const { data, error } = useProviderQuery(
    ['headAppointments', 'agencyHeads', id],
    id ? (dp) => dp.agencyHeads(id) : null,
  );
  if (!id) return null;
  if (error) return <Alert severity="warning">{errorMessage(error)}</Alert>;
  if (!data) return null;
  const records = `#/headAppointments?filter=${encodeURIComponent(JSON.stringify({ agencyId: id }))}`;
  const propose = `#/headAppointments/create?source=${encodeURIComponent(JSON.stringify({ subdistrictId: record?.subdistrictId, agencyId: id }))}`;
  return (
    <Stack spacing={2} data-testid="agency-head-panel">
      <Box>
        <Typography variant="subtitle2" color="text.secondary">
          {translate('pingyi.governance.appointment.currentHead')}
        </Typography>
        {data.head ? (
          <Link
            href={`#/officials/${encodeURIComponent(data.head.id)}/show`}
            underline="hover"
            data-testid="agency-current-head"
          >
            {data.head.name}
            {data.head.title ? `（${data.head.title}）` : ''}
          </Link>
        ) : (
          <Typography variant="body2" data-testid="agency-current-head">
            {translate('pingyi.governance.appointment.noHead')}
          </Typography>
        )}
      </Box>
      {data.pending ? (
        <Alert severity="info">
          <Link href={`#/headAppointments/${encodeURIComponent(data.pending.id)}/show`}>
            {translate('pingyi.governance.appointment.pending', { name: data.pending.official.name })}
          </Link>
        </Alert>
      ) : null}
      <Box>
        <Typography variant="subtitle2" color="text.secondary">
          {translate('pingyi.governance.appointment.history')}
        </Typography>
        {data.headHistory.length === 0 ? (
          <Typography variant="body2">{translate('pingyi.governance.appointment.noHistory')}</Typography>
        ) : (
          <Table size="small" sx={{ maxWidth: 640 }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.headAppointments.fields.officialId')}</TableCell>
                <TableCell>{translate('resources.headAppointments.fields.startsOn')}</TableCell>
                <TableCell>{translate('resources.headAppointments.fields.endsOn')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.headHistory.map((appointment) => (
                <TableRow key={appointment.id}>
                  <TableCell>{appointment.official.name}</TableCell>
                  <TableCell>{appointment.startsOn ?? '—'}</TableCell>
                  <TableCell>{appointment.endsOn ?? translate('pingyi.governance.appointment.present')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
      <Stack direction="row" spacing={1}>
        {mayList ? (
          <Button size="small" href={records}>
            {translate('pingyi.governance.appointment.allAppointments')}
          </Button>
        ) : null}
        {mayPropose && !data.pending ? (
          <Button size="small" href={propose}>
            {translate('pingyi.governance.appointment.propose')}
          </Button>
        ) : null}
      </Stack>
    </Stack>
  );
}
