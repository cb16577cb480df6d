/** Filters of the neighborhood list: name, district, subdistrict, kind and code prefix. */
import { SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';

/** The neighborhood list's filters (`NeighborhoodFilter`); the subdistrict picker follows the district. */
export const neighborhoodsFilters = [
  <TextInput key="nameContains" source="nameContains" alwaysOn resettable />,
  <NameReferenceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <ScopedReferenceInput
    key="subdistrictId"
    source="subdistrictId"
    reference="subdistricts"
    scope="districtId"
    alwaysOn
  />,
  <SelectInput key="kind" source="kind" choices={enumChoices('NeighborhoodKind')} />,
  <TextInput key="code" source="code" label="pingyi.filters.codePrefix" />,
];
