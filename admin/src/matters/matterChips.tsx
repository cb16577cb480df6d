/**
 * How a matter's state reads at a glance: its status as a coloured chip, the working days left
 * until it is due (or past due, in red), and the run-around (推诿) flag.
 */
import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const STATUS_COLOURS: Record<string, 'default' | 'info' | 'warning' | 'success' | 'error'> = {
  RECEIVED: 'info',
  IN_PROGRESS: 'info',
  ESCALATED: 'error',
  RESOLVED: 'success',
  RECTIFYING: 'warning',
};

/** A matter's status as a chip in the admin's language. */
export function MatterStatusChip({ status }: { status: string }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={STATUS_COLOURS[status] ?? 'default'}
      label={translate(`pingyi.enums.MatterStatus.${status}`)}
    />
  );
}

/** Working days left (negative: past due) as a chip; red once overdue, nothing once resolved. */
export function DaysLeftChip({ days, overdue }: { days: number | null | undefined; overdue: boolean }) {
  const translate = useTranslate();
  if (days === null || days === undefined) return null;
  const rounded = Math.round(Math.abs(days) * 10) / 10;
  const late = days < 0 || overdue;
  return (
    <Chip
      size="small"
      variant={late ? 'filled' : 'outlined'}
      color={late ? 'error' : days < 1 ? 'warning' : 'default'}
      label={translate(days < 0 ? 'pingyi.matters.daysOver' : 'pingyi.matters.daysLeft', { days: rounded })}
    />
  );
}

/** The list's state column: status, countdown and the run-around flag of the record in context. */
export function MatterStateField(_props: { label?: string; source?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      <MatterStatusChip status={String(record.status)} />
      <DaysLeftChip days={record.workingDaysLeft as number | null} overdue={!!record.overdueAt} />
      {record.runAround ? <Chip size="small" color="error" label={translate('pingyi.matters.runAroundFlag')} /> : null}
    </Stack>
  );
}
