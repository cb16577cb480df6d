/** Filters of the subdistrict list: name, district, kind and code prefix. */
import { SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput } from '../common/references';

/** The subdistrict list's filters (`SubdistrictFilter`). */
export const subdistrictsFilters = [
  <TextInput key="nameContains" source="nameContains" alwaysOn resettable />,
  <NameReferenceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices('SubdistrictKind')} />,
  <TextInput key="code" source="code" label="pingyi.filters.codePrefix" />,
];
