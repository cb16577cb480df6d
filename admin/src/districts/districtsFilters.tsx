/** Filters of the district list: name and code prefix. */
import { TextInput } from 'react-admin';

/** The district list's filters (`DistrictFilter`). */
export const districtsFilters = [
  <TextInput key="nameContains" source="nameContains" alwaysOn resettable />,
  <TextInput key="code" source="code" label="pingyi.filters.codePrefix" />,
];
