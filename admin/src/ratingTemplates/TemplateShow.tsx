/** One rating template with its criteria. */
import { EditButton, Labeled, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { NameReferenceField } from '../common/references';
import { CriteriaField } from './CriteriaField';

/** Edit, for admins only (the button asks access.ts). */
const TemplateShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

/** A template's name, district and criteria. */
export const TemplateShow = () => (
  <Show actions={<TemplateShowActions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <NameReferenceField source="districtId" reference="districts" />
      <Labeled source="criteria">
        <CriteriaField source="criteria" />
      </Labeled>
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
