/** An office's duties (职责清单): a numbered list on show pages, a compact summary in tables. */
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { Chip, Stack, Typography } from '@mui/material';

/** Props of {@link DutiesField}. */
export interface DutiesFieldProps extends FieldProps {
  /** Tables show the first duties as chips and count the rest. */
  compact?: boolean;
}

/** Shows the record's list of duties (`duties: [String!]!`). */
export function DutiesField({ source = 'duties', compact = false }: DutiesFieldProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const duties: string[] = Array.isArray(record?.[source]) ? record[source] : [];
  if (duties.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('pingyi.help.empty')}
      </Typography>
    );
  }
  if (compact) {
    const shown = duties.slice(0, 2);
    return (
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'nowrap' }}>
        {shown.map((duty, i) => (
          <Chip key={i} label={duty} size="small" />
        ))}
        {duties.length > shown.length ? (
          <Chip label={`+${duties.length - shown.length}`} size="small" variant="outlined" />
        ) : null}
      </Stack>
    );
  }
  return (
    <Typography component="ol" variant="body2" sx={{ m: 0, pl: 3 }}>
      {duties.map((duty, i) => (
        <li key={i}>{duty}</li>
      ))}
    </Typography>
  );
}
