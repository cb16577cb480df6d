/**
 * Creating and editing an office (docs/rules.md rule 1, "6+2"): the kind and subdistrict are chosen on
 * creation only; the name and the list of duties can change; only self-designated work bodies
 * can be deleted.
 */
import {
  ArrayInput,
  Create,
  DeleteButton,
  Edit,
  Labeled,
  SaveButton,
  SelectField,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  maxLength,
  required,
  useRecordContext,
  type Validator,
} from 'react-admin';
import { enumChoices } from '../common/enums';
import { saysSomething } from '../common/validation';
import { FixedReference, NameReferenceInput, ScopedReferenceInput } from '../common/references';

const SELF_DESIGNATED = 'SELF_DESIGNATED';

/** A self-designated work body needs a name; a standard office defaults to its standard name. */
const nameForKind: Validator = (value, values) =>
  values?.kind === SELF_DESIGNATED && !saysSomething(value == null ? '' : String(value))
    ? 'ra.validation.required'
    : undefined;

const DutiesInput = () => (
  <ArrayInput source="duties" helperText="pingyi.help.duties">
    <SimpleFormIterator inline getItemLabel={(index) => `${index + 1}.`}>
      <TextInput
        source=""
        label="resources.offices.fields.duty"
        validate={[required(), maxLength(200)]}
        helperText={false}
        sx={{ minWidth: { xs: 240, md: 420 } }}
      />
    </SimpleFormIterator>
  </ArrayInput>
);

/** Save, and delete only for self-designated work bodies (the six standard offices stay). */
const OfficeToolbar = () => {
  const record = useRecordContext();
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton />
      {record?.kind === SELF_DESIGNATED ? <DeleteButton mutationMode="pessimistic" /> : null}
    </Toolbar>
  );
};

/** Renames an office or replaces its duties. */
export const OfficeEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<OfficeToolbar />}>
      <FixedReference source="subdistrictId" reference="subdistricts" />
      <Labeled source="kind">
        <SelectField source="kind" choices={enumChoices('OfficeKind')} />
      </Labeled>
      <TextInput source="name" validate={[required(), maxLength(100)]} />
      <DutiesInput />
    </SimpleForm>
  </Edit>
);

/** Creates an office in a subdistrict: a missing standard office or a self-designated work body. */
export const OfficeCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: SELF_DESIGNATED, duties: [] }}>
      <NameReferenceInput source="districtId" reference="districts" helperText="pingyi.help.districtPicker" />
      <ScopedReferenceInput source="subdistrictId" reference="subdistricts" scope="districtId" validate={required()} />
      <SelectInput
        source="kind"
        choices={enumChoices('OfficeKind')}
        validate={required()}
        helperText="pingyi.help.officeKind"
      />
      <TextInput source="name" validate={[nameForKind, maxLength(100)]} helperText="pingyi.help.officeName" />
      <DutiesInput />
    </SimpleForm>
  </Create>
);
