/** The list of subdistricts (街道, 镇, 乡). */
import { List, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListAside, ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { subdistrictsFilters } from './subdistrictsFilters';

/** Subdistricts by code, filterable by name, district, kind and code prefix. */
export const SubdistrictList = () => (
  <List
    filters={subdistrictsFilters}
    sort={{ field: 'code', order: 'ASC' }}
    perPage={25}
    pagination={<ListPagination />}
    aside={<ListAside />}
  >
    <ListGrid phone={{ primaryText: (r) => r.name, secondaryText: (r) => r.code }}>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="kind" choices={enumChoices('SubdistrictKind')} />
      <NameReferenceField source="districtId" reference="districts" />
      <DateTimeField source="updatedAt" />
    </ListGrid>
  </List>
);
