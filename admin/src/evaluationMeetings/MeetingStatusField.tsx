/** A meeting's state as a coloured chip: 筹备中 (grey), 评议中 (green), 已结束 (blue). */
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

const COLORS = { DRAFT: 'default', OPEN: 'success', CLOSED: 'info' } as const;

/** Shows `status` (MeetingStatus) of the record in context, in the admin's language. */
export function MeetingStatusField({ source = 'status' }: FieldProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const status = record?.[source] as keyof typeof COLORS | undefined;
  if (!status) return null;
  return (
    <Chip
      size="small"
      color={COLORS[status] ?? 'default'}
      label={translate(`pingyi.enums.MeetingStatus.${status}`, { _: status })}
    />
  );
}
