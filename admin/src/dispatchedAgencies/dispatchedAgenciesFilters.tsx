/** Filters of the dispatched-agency list: name, district, subdistrict, department and kind. */
import { SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';

/** The agency list's filters (`DispatchedAgencyFilter`); subdistrict and department follow the district. */
export const dispatchedAgenciesFilters = [
  <TextInput key="nameContains" source="nameContains" alwaysOn resettable />,
  <NameReferenceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <ScopedReferenceInput
    key="subdistrictId"
    source="subdistrictId"
    reference="subdistricts"
    scope="districtId"
    alwaysOn
  />,
  <ScopedReferenceInput key="departmentId" source="departmentId" reference="departments" scope="districtId" />,
  <SelectInput key="kind" source="kind" choices={enumChoices('AgencyKind')} />,
];
