/** How a service token is shown: its state (有效 / 已吊销 / 已过期) and its scopes as chips. */
import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

/** ACTIVE, REVOKED or EXPIRED, from `revokedAt` and `expiresAt`. */
export function tokenState(
  record: { revokedAt?: string | null; expiresAt?: string; [field: string]: unknown } | undefined,
): 'ACTIVE' | 'REVOKED' | 'EXPIRED' {
  if (record?.revokedAt) return 'REVOKED';
  if (record?.expiresAt && new Date(record.expiresAt).getTime() <= Date.now()) return 'EXPIRED';
  return 'ACTIVE';
}

const COLORS = { ACTIVE: 'success', REVOKED: 'error', EXPIRED: 'default' } as const;

/** The token in context's state as a chip. */
export function TokenStateField(_: { label?: string | false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const state = tokenState(record);
  return (
    <Chip
      size="small"
      color={COLORS[state]}
      label={translate(`pingyi.governance.token.state.${state}`)}
      data-testid="token-state"
    />
  );
}

/** Props of {@link EnumListField}: the enum whose values the record's list holds. */
export interface EnumListFieldProps extends FieldProps {
  enumName: string;
}

/** A list of enum values of the record in context (a token's scopes, a webhook's events) as outlined chips. */
export function EnumListField({ source = '', enumName }: EnumListFieldProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const values: string[] = record?.[source] ?? [];
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap', maxWidth: 320 }}>
      {values.map((value) => (
        <Chip
          key={value}
          size="small"
          variant="outlined"
          label={translate(`pingyi.enums.${enumName}.${value}`, { _: value })}
        />
      ))}
    </Stack>
  );
}
