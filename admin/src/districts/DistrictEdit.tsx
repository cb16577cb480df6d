/** Creating and editing a district. */
import { Create, Edit, SimpleForm, TextInput, required } from 'react-admin';
import { divisionCode, nameRules } from '../common/validation';

const DistrictForm = () => (
  <SimpleForm>
    <TextInput source="code" validate={[required(), divisionCode(6)]} helperText="pingyi.help.code" />
    <TextInput source="name" validate={nameRules} />
  </SimpleForm>
);

/** Edits a district's code and name (server errors appear on the field they name). */
export const DistrictEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <DistrictForm />
  </Edit>
);

/** Creates a district. */
export const DistrictCreate = () => (
  <Create redirect="show">
    <DistrictForm />
  </Create>
);
