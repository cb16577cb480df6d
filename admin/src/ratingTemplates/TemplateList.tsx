/** The rating templates of the user's district, by name (the API sorts and filters nothing else). */
import { CreateButton, List, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { CriteriaField } from './CriteriaField';

/** Create, for admins only (only a district ADMIN keeps templates; the button asks access.ts). */
const TemplateListActions = () => (
  <TopToolbar>
    <CreateButton />
  </TopToolbar>
);

/** Templates with their criteria and weights. */
export const TemplateList = () => (
  <List perPage={25} pagination={<ListPagination />} exporter={false} actions={<TemplateListActions />}>
    <ListGrid bulkActionButtons={false}>
      <TextField source="name" />
      <NameReferenceField source="districtId" reference="districts" />
      <CriteriaField source="criteria" compact sortable={false} />
      <DateTimeField source="updatedAt" />
    </ListGrid>
  </List>
);
