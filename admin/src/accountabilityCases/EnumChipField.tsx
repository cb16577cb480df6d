/**
 * An enum value of the record in context as a small coloured chip in the admin's language
 * (`pingyi.enums.<Enum>.<VALUE>`): the states of cases, appointments, tokens and deliveries.
 */
import { Chip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';

/** The chip colours MUI offers. */
export type ChipColor = 'default' | 'primary' | 'secondary' | 'error' | 'info' | 'success' | 'warning';

/** Props of {@link EnumChipField}: the enum's name and a colour per value (default grey). */
export interface EnumChipFieldProps extends FieldProps {
  enumName: string;
  colors: Record<string, ChipColor>;
}

/** Shows the record's `source` value as a chip labelled in the admin's language; nothing when empty. */
export function EnumChipField(props: EnumChipFieldProps) {
  const { source = 'status', enumName, colors } = props;
  const record = useRecordContext(props);
  const translate = useTranslate();
  const value = record?.[source] as string | undefined;
  if (!value) return null;
  return (
    <Chip
      size="small"
      color={colors[value] ?? 'default'}
      label={translate(`pingyi.enums.${enumName}.${value}`, { _: value })}
      data-testid={`${source}-chip`}
    />
  );
}

/** Props of {@link YesNoField}. */
export interface YesNoFieldProps extends FieldProps {
  /** Shown when the value is null (e.g. a case still OPEN). */
  emptyText?: string;
}

/** A nullable boolean of the record in context as 是 / 否 (Yes / No), or `emptyText` when null. */
export function YesNoField({ source = '', emptyText = '—' }: YesNoFieldProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  if (value === null || value === undefined) return <span>{emptyText}</span>;
  return <span>{translate(value ? 'pingyi.governance.yes' : 'pingyi.governance.no')}</span>;
}
