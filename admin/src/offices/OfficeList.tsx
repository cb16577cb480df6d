/** The list of subdistrict offices (内设机构). */
import { List, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { DutiesField } from '../common/DutiesField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { officesFilters } from './officesFilters';

/** Offices with their kind, subdistrict and first duties. */
export const OfficeList = () => (
  <List filters={officesFilters} sort={{ field: 'name', order: 'ASC' }} perPage={25} pagination={<ListPagination />}>
    <ListGrid phone={{ primaryText: (r) => r.name }}>
      <TextField source="name" />
      <SelectField source="kind" choices={enumChoices('OfficeKind')} />
      <NameReferenceField source="subdistrictId" reference="subdistricts" />
      <DutiesField source="duties" sortable={false} compact />
      <DateTimeField source="updatedAt" />
    </ListGrid>
  </List>
);
