/** Filters of the accountability case list: state, year, official, subdistrict, handler, breach (`AccountabilityCaseFilter`). */
import { NullableBooleanInput, NumberInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput } from '../common/references';

/** The case list's filters. */
export const accountabilityCasesFilters = [
  <SelectInput key="status" source="status" choices={enumChoices('AccountabilityStatus')} alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn min={2000} max={2100} sx={{ width: 120 }} />,
  <NameReferenceInput key="officialId" source="officialId" reference="officials" alwaysOn />,
  <NameReferenceInput key="subdistrictId" source="subdistrictId" reference="subdistricts" />,
  <SelectInput key="handledBy" source="handledBy" choices={enumChoices('AccountabilityHandler')} />,
  <NullableBooleanInput key="breachConfirmed" source="breachConfirmed" />,
];
