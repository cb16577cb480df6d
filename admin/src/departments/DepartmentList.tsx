/** The list of district functional departments (区职能部门). */
import { List, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { departmentsFilters } from './departmentsFilters';

/** Departments by name, filterable by name and district. */
export const DepartmentList = () => (
  <List
    filters={departmentsFilters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid phone={{ primaryText: (r) => r.name }}>
      <TextField source="name" />
      <NameReferenceField source="districtId" reference="districts" />
      <DateTimeField source="updatedAt" />
    </ListGrid>
  </List>
);
