/** The works projects (实事工程, docs/rules.md rule 14) of the user's scope, and recording a new one. */
import {
  Create,
  CreateButton,
  List,
  SelectField,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  required,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField, NameReferenceInput } from '../common/references';
import { requiredText } from '../common/validation';

/** Projects with their neighborhood, state and start. */
export const WorksProjectList = () => (
  <List
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid bulkActionButtons={false}>
      <TextField source="name" sortable={false} />
      <NameReferenceField source="neighborhoodId" reference="neighborhoods" sortable={false} />
      <SelectField source="status" choices={enumChoices('WorksProjectStatus')} sortable={false} />
      <DateTimeField source="startedAt" sortable={false} />
      <DateTimeField source="createdAt" />
    </ListGrid>
  </List>
);

/** Records a project in a neighborhood; its hearing follows on its page. */
export const WorksProjectCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NameReferenceInput source="neighborhoodId" reference="neighborhoods" validate={required()} />
      <TextInput source="name" validate={[required(), maxLength(200), requiredText]} fullWidth />
    </SimpleForm>
  </Create>
);
