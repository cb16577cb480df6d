/** Creating and editing a neighborhood. Its kind (居委会/村委会) is derived from the name by the server. */
import { Create, Edit, SimpleForm, TextInput, required } from 'react-admin';
import { FixedReference, NameReferenceInput, ScopedReferenceInput } from '../common/references';
import { divisionCode, nameRules } from '../common/validation';

/** Edits a neighborhood's code and name; its subdistrict does not change. */
export const NeighborhoodEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <FixedReference source="subdistrictId" reference="subdistricts" />
      <TextInput source="code" validate={[required(), divisionCode(12)]} helperText="pingyi.help.neighborhoodCode" />
      <TextInput source="name" validate={nameRules} helperText="pingyi.help.kindFromName" />
    </SimpleForm>
  </Edit>
);

/** Creates a neighborhood: pick the district to narrow the subdistricts, then the subdistrict. */
export const NeighborhoodCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NameReferenceInput source="districtId" reference="districts" helperText="pingyi.help.districtPicker" />
      <ScopedReferenceInput source="subdistrictId" reference="subdistricts" scope="districtId" validate={required()} />
      <TextInput source="code" validate={[required(), divisionCode(12)]} helperText="pingyi.help.neighborhoodCode" />
      <TextInput source="name" validate={nameRules} helperText="pingyi.help.kindFromName" />
    </SimpleForm>
  </Create>
);
