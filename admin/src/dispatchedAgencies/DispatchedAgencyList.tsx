/** The list of dispatched agencies (派出机构, "七所八所"). */
import { List, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { dispatchedAgenciesFilters } from './dispatchedAgenciesFilters';

/** Agencies with their kind, department and subdistrict. */
export const DispatchedAgencyList = () => (
  <List
    filters={dispatchedAgenciesFilters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid phone={{ primaryText: (r) => r.name }}>
      <TextField source="name" />
      <SelectField source="kind" choices={enumChoices('AgencyKind')} />
      <NameReferenceField source="departmentId" reference="departments" />
      <NameReferenceField source="subdistrictId" reference="subdistricts" />
      <DateTimeField source="updatedAt" />
    </ListGrid>
  </List>
);
