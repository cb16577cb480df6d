/** The list of neighborhoods (居民区 / 村). */
import { List, SelectField, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { neighborhoodsFilters } from './neighborhoodsFilters';

/** Neighborhoods by code, filterable by name, district, subdistrict, kind and code prefix. */
export const NeighborhoodList = () => (
  <List
    filters={neighborhoodsFilters}
    sort={{ field: 'code', order: 'ASC' }}
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid phone={{ primaryText: (r) => r.name, secondaryText: (r) => r.code }}>
      <TextField source="code" />
      <TextField source="name" />
      <SelectField source="kind" choices={enumChoices('NeighborhoodKind')} />
      <NameReferenceField source="subdistrictId" reference="subdistricts" />
      <DateTimeField source="updatedAt" />
    </ListGrid>
  </List>
);
