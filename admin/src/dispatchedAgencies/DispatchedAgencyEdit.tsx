/**
 * Creating and editing a dispatched agency: its department and subdistrict (in the department's
 * district) are chosen on creation only; the name and kind can change.
 */
import { Create, Edit, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { enumChoices } from '../common/enums';
import { FixedReference, NameReferenceInput, ScopedReferenceInput } from '../common/references';
import { nameRules } from '../common/validation';

/** Renames an agency or changes its kind. */
export const DispatchedAgencyEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <FixedReference source="departmentId" reference="departments" />
      <FixedReference source="subdistrictId" reference="subdistricts" />
      <TextInput source="name" validate={nameRules} />
      <SelectInput source="kind" choices={enumChoices('AgencyKind')} validate={required()} />
    </SimpleForm>
  </Edit>
);

/** Stations an agency: pick the district, then its department and subdistrict. */
export const DispatchedAgencyCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NameReferenceInput source="districtId" reference="districts" helperText="pingyi.help.districtPicker" />
      <ScopedReferenceInput source="departmentId" reference="departments" scope="districtId" validate={required()} />
      <ScopedReferenceInput source="subdistrictId" reference="subdistricts" scope="districtId" validate={required()} />
      <SelectInput source="kind" choices={enumChoices('AgencyKind')} validate={required()} />
      <TextInput source="name" validate={nameRules} />
    </SimpleForm>
  </Create>
);
