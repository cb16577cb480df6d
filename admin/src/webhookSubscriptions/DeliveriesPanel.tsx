/**
 * A webhook subscription's deliveries (newest first): event, status, attempts, last error, next
 * attempt and when it was delivered, filterable by status, paged, with a refresh button and a
 * redeliver button on FAILED and DELIVERED rows.
 */
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { enumChoices } from '../common/enums';
import { errorMessage, useProviderQuery } from '../common/providerHooks';
import type { WebhookDeliveryStatus } from '../dataProvider/types';
import { EnumChipField } from '../accountabilityCases/EnumChipField';
import { RedeliverButton } from './WebhookButtons';
import { formatInstant } from '../common/dates';

const COLORS = { PENDING: 'warning', DELIVERED: 'success', FAILED: 'error' } as const;
const ROWS = [10, 25, 50, 100];
const NOWRAP = { '& th, & td': { whiteSpace: 'nowrap' } } as const;

/** The deliveries of the subscription in the record context; `label={false}` keeps a layout from adding a label. */
export function DeliveriesPanel(_: { label?: false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [status, setStatus] = useState('');
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(10);
  const id = record?.id ? String(record.id) : null;
  const { data, error, reload } = useProviderQuery(
    ['webhookSubscriptions', id, 'deliveries', status, page, perPage],
    id
      ? (dp) => dp.webhookDeliveries(id, (status || null) as WebhookDeliveryStatus | null, perPage, page * perPage)
      : null,
  );
  const when = (value: string | null) => formatInstant(value, locale);
  const label = (key: string) => translate(`pingyi.governance.webhook.${key}`);
  if (!id) return null;
  return (
    <Box data-testid="webhook-deliveries">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6" sx={{ whiteSpace: 'nowrap' }}>
          {label('deliveries')}
        </Typography>
        <TextField
          select
          size="small"
          label={label('status')}
          value={status}
          onChange={(event) => (setStatus(event.target.value), setPage(0))}
          sx={{ width: 180, flex: 'none' }}
        >
          <MenuItem value="">{label('allStatuses')}</MenuItem>
          {enumChoices('WebhookDeliveryStatus').map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {translate(choice.name)}
            </MenuItem>
          ))}
        </TextField>
        <Button size="small" startIcon={<RefreshIcon />} onClick={reload}>
          {label('refresh')}
        </Button>
      </Stack>
      {error ? <Alert severity="error">{errorMessage(error)}</Alert> : null}
      {data && data.nodes.length === 0 ? <Typography variant="body2">{label('noDeliveries')}</Typography> : null}
      {data && data.nodes.length > 0 ? (
        <>
          <Box sx={{ overflowX: 'auto', maxWidth: '100%' }} data-testid="webhook-deliveries-frame">
            <Table size="small" sx={NOWRAP}>
              <TableHead>
                <TableRow>
                  {[
                    'createdAt',
                    'event',
                    'status',
                    'attempts',
                    'lastError',
                    'nextAttemptAt',
                    'deliveredAt',
                    'actions',
                  ].map((key) => (
                    <TableCell key={key}>{label(key)}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {data.nodes.map((delivery) => (
                  <TableRow key={delivery.id}>
                    <TableCell>{when(delivery.createdAt)}</TableCell>
                    <TableCell>
                      {translate(`pingyi.enums.WebhookEvent.${delivery.event}`, { _: delivery.event })}
                    </TableCell>
                    <TableCell>
                      <EnumChipField
                        record={delivery}
                        source="status"
                        enumName="WebhookDeliveryStatus"
                        colors={COLORS}
                      />
                    </TableCell>
                    <TableCell>{delivery.attempts}</TableCell>
                    <TableCell
                      sx={{ maxWidth: 320, overflow: 'hidden', textOverflow: 'ellipsis' }}
                      title={delivery.lastError ?? undefined}
                    >
                      {delivery.lastError ?? '—'}
                    </TableCell>
                    <TableCell>{delivery.status === 'PENDING' ? when(delivery.nextAttemptAt) : '—'}</TableCell>
                    <TableCell>{when(delivery.deliveredAt)}</TableCell>
                    <TableCell>
                      {delivery.status === 'PENDING' ? null : (
                        <RedeliverButton deliveryId={delivery.id} onDone={reload} />
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
          <TablePagination
            component="div"
            count={data.totalCount}
            page={page}
            rowsPerPage={perPage}
            rowsPerPageOptions={ROWS}
            labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
            labelDisplayedRows={({ from, to, count }) =>
              translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
            }
            onPageChange={(_event, next) => setPage(next)}
            onRowsPerPageChange={(event) => (setPerPage(Number(event.target.value)), setPage(0))}
          />
        </>
      ) : null}
    </Box>
  );
}
