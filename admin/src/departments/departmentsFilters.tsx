/** Filters of the department list: name and district. */
import { TextInput } from 'react-admin';
import { NameReferenceInput } from '../common/references';

/** The department list's filters (`DepartmentFilter`). */
export const departmentsFilters = [
  <TextInput key="nameContains" source="nameContains" alwaysOn resettable />,
  <NameReferenceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
];
