/**
 * The red-line item a case is about (docs/rules.md rule 9): a choice among the RED_LINE lines of the
 * chosen official's responsibility list for the chosen year, read from the form's `officialId`
 * and `year`. Optional; until both are known it only says what to pick first.
 */
import { useWatch } from 'react-hook-form';
import { ReferenceInput, SelectInput, TextInput, useTranslate } from 'react-admin';

/** The `responsibilityItemId` picker of the case forms. */
export function RedLineItemInput() {
  const translate = useTranslate();
  const officialId = useWatch({ name: 'officialId' });
  const year = Number(useWatch({ name: 'year' }));
  if (!officialId || !Number.isInteger(year) || year < 2000 || year > 2100) {
    return (
      <TextInput
        source="responsibilityItemId"
        disabled
        helperText={translate('pingyi.governance.accountability.help.redLineNeedsOfficial')}
        format={() => ''}
        sx={{ minWidth: 320 }}
      />
    );
  }
  return (
    <ReferenceInput
      source="responsibilityItemId"
      reference="responsibilityItems"
      filter={{ officialId, year, kind: 'RED_LINE' }}
      sort={{ field: 'position', order: 'ASC' }}
      perPage={50}
    >
      <SelectInput
        optionText="content"
        emptyText="—"
        helperText="pingyi.governance.accountability.help.redLine"
        sx={{ minWidth: 320 }}
      />
    </ReferenceInput>
  );
}
