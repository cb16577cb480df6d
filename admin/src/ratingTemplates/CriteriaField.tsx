/** A template's criteria: chips of label and weight in tables, a table with keys on show pages. */
import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { Criterion } from '../dataProvider/types';

/** Shows the record's `criteria`; `compact` for list rows. */
export function CriteriaField({ compact = false }: FieldProps & { compact?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const criteria: Criterion[] = Array.isArray(record?.criteria) ? record.criteria : [];
  if (compact) {
    return (
      <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {criteria.map((criterion) => (
          <Chip
            key={criterion.key}
            size="small"
            label={translate('pingyi.template.summary', { label: criterion.label, weight: criterion.weight })}
          />
        ))}
      </Stack>
    );
  }
  return (
    <Table size="small" sx={{ maxWidth: 560 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('resources.ratingTemplates.fields.label')}</TableCell>
          <TableCell>{translate('resources.ratingTemplates.fields.key')}</TableCell>
          <TableCell align="right">{translate('resources.ratingTemplates.fields.weight')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {criteria.map((criterion) => (
          <TableRow key={criterion.key}>
            <TableCell>{criterion.label}</TableCell>
            <TableCell>
              <code>{criterion.key}</code>
            </TableCell>
            <TableCell align="right">{criterion.weight}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
