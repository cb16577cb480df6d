/**
 * Breaches of residents' conventions (docs/rules.md rule 14): the list, and recording one against a
 * convention with a version in effect (otherwise the server refuses on `input.conventionId`).
 */
import {
  BooleanField,
  BooleanInput,
  Create,
  CreateButton,
  DateField,
  DateInput,
  List,
  SimpleForm,
  TextField,
  TextInput,
  TopToolbar,
  maxLength,
  required,
} from 'react-admin';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { requiredText } from '../common/validation';
import { ReferenceInput, AutocompleteInput } from 'react-admin';

/** Breaches with their convention, day and whether public property was damaged. */
export const BreachList = () => (
  <List
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    sort={{ field: 'occurredOn', order: 'DESC' }}
    perPage={25}
    pagination={<ListPagination />}
  >
    <ListGrid bulkActionButtons={false}>
      <NameReferenceField source="conventionId" reference="buildingConventions" sortable={false} />
      <DateField source="occurredOn" />
      <TextField source="description" sortable={false} />
      <BooleanField source="publicPropertyDamaged" sortable={false} />
    </ListGrid>
  </List>
);

/** Records a breach; opened from a convention's page, the convention is already picked. */
export const BreachCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ publicPropertyDamaged: false }}>
      <ReferenceInput source="conventionId" reference="buildingConventions" perPage={50}>
        <AutocompleteInput optionText="title" validate={required()} sx={{ minWidth: 280 }} />
      </ReferenceInput>
      <DateInput source="occurredOn" validate={required()} />
      <TextInput
        source="description"
        validate={[required(), maxLength(4000), requiredText]}
        multiline
        minRows={3}
        fullWidth
      />
      <BooleanInput source="publicPropertyDamaged" />
    </SimpleForm>
  </Create>
);
