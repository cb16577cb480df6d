/** The list of districts (区). */
import { List, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { districtsFilters } from './districtsFilters';

/** Districts by code, filterable by name and code prefix. */
export const DistrictList = () => (
  <List filters={districtsFilters} sort={{ field: 'code', order: 'ASC' }} perPage={25} pagination={<ListPagination />}>
    <ListGrid phone={{ primaryText: (r) => r.name, secondaryText: (r) => r.code }}>
      <TextField source="code" />
      <TextField source="name" />
      <TextField source="cityCode" />
      <DateTimeField source="updatedAt" />
    </ListGrid>
  </List>
);
