/**
 * Taking up a petition (信访代理, docs/rules.md rule 14) and editing it while open: the neighborhood, the
 * subject and the petitioner, the agent organisation and its name, the district department it
 * negotiates with, the day taken up, and the resident's matter it started from when there is one.
 */
import { Create, DateInput, Edit, SelectInput, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { Stack } from '@mui/material';
import { enumChoices } from '../common/enums';
import { NameReferenceInput } from '../common/references';
import { requiredText } from '../common/validation';
import { ReferenceInput, AutocompleteInput } from 'react-admin';

const nameRules = [required(), maxLength(100), requiredText];

/** The fields both forms share. */
function PetitionFields({ creating }: { creating: boolean }) {
  return (
    <>
      {creating ? <NameReferenceInput source="neighborhoodId" reference="neighborhoods" validate={required()} /> : null}
      <TextInput source="subject" validate={[required(), maxLength(200), requiredText]} fullWidth />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextInput source="petitionerName" validate={nameRules} />
        <DateInput source="takenUpOn" validate={required()} />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <SelectInput source="agent" choices={enumChoices('PetitionAgent')} validate={required()} />
        <TextInput source="agentName" validate={nameRules} />
      </Stack>
      <NameReferenceInput source="departmentId" reference="departments" validate={required()} />
      <ReferenceInput source="matterId" reference="matters" perPage={25} sort={{ field: 'receivedAt', order: 'DESC' }}>
        <AutocompleteInput optionText="title" filterToQuery={() => ({})} sx={{ minWidth: 280 }} />
      </ReferenceInput>
    </>
  );
}

/** Takes up a petition. */
export const PetitionCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <PetitionFields creating />
    </SimpleForm>
  </Create>
);

/** Edits an open petition. */
export const PetitionEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <PetitionFields creating={false} />
    </SimpleForm>
  </Edit>
);
