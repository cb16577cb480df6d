/** Creating and editing a district department; its district is chosen on creation only. */
import { Create, Edit, SimpleForm, TextInput, required } from 'react-admin';
import { FixedReference, NameReferenceInput } from '../common/references';
import { nameRules } from '../common/validation';

/** Renames a department. */
export const DepartmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <FixedReference source="districtId" reference="districts" />
      <TextInput source="name" validate={nameRules} />
    </SimpleForm>
  </Edit>
);

/** Creates a department in a district. */
export const DepartmentCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NameReferenceInput source="districtId" reference="districts" validate={required()} />
      <TextInput source="name" validate={nameRules} />
    </SimpleForm>
  </Create>
);
