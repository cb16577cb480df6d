/** The residents' conventions (docs/rules.md rule 14) of the user's scope, and drafting one for a building (its first version opens at once). */
import {
  Create,
  CreateButton,
  List,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  required,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField, NameReferenceInput } from '../common/references';
import { requiredText } from '../common/validation';

/** Conventions with their building. */
export const ConventionList = () => (
  <List
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid bulkActionButtons={false}>
      <TextField source="title" />
      <NameReferenceField source="buildingId" reference="buildings" sortable={false} />
      <DateTimeField source="createdAt" />
    </ListGrid>
  </List>
);

/** A new convention of a building with the text of its first version. */
export const ConventionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NameReferenceInput source="buildingId" reference="buildings" validate={required()} />
      <TextInput source="title" validate={[required(), maxLength(200), requiredText]} fullWidth />
      <TextInput source="text" validate={[required(), requiredText]} multiline minRows={8} fullWidth />
    </SimpleForm>
  </Create>
);
