/** Creating and editing a subdistrict. Its kind (街道/镇/乡) is derived from the name by the server. */
import { Create, Edit, SimpleForm, TextInput, required } from 'react-admin';
import { FixedReference, NameReferenceInput } from '../common/references';
import { divisionCode, nameRules } from '../common/validation';

/** Edits a subdistrict's code and name; its district does not change. */
export const SubdistrictEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <FixedReference source="districtId" reference="districts" />
      <TextInput source="code" validate={[required(), divisionCode(9)]} helperText="pingyi.help.subdistrictCode" />
      <TextInput source="name" validate={nameRules} helperText="pingyi.help.kindFromName" />
    </SimpleForm>
  </Edit>
);

/** Creates a subdistrict in a district. */
export const SubdistrictCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NameReferenceInput source="districtId" reference="districts" validate={required()} />
      <TextInput source="code" validate={[required(), divisionCode(9)]} helperText="pingyi.help.subdistrictCode" />
      <TextInput source="name" validate={nameRules} helperText="pingyi.help.kindFromName" />
    </SimpleForm>
  </Create>
);
