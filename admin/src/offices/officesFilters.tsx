/** Filters of the office list: name, district, subdistrict, kind and "which office owns this matter". */
import { SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';

/** The office list's filters (`OfficeFilter`); the subdistrict picker follows the district. */
export const officesFilters = [
  <TextInput key="nameContains" source="nameContains" alwaysOn resettable />,
  <NameReferenceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <ScopedReferenceInput
    key="subdistrictId"
    source="subdistrictId"
    reference="subdistricts"
    scope="districtId"
    alwaysOn
  />,
  <SelectInput key="kind" source="kind" choices={enumChoices('OfficeKind')} />,
  <TextInput key="dutyContains" source="dutyContains" resettable />,
];
