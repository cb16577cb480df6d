/**
 * Recording a mediation meeting (docs/rules.md rule 14) and editing it while open: the neighborhood, the
 * dispute, the day, the chair and their role, the volunteer legal adviser, whether family, women
 * or children are involved (which cannot be cleared once recorded) with the women's director, the
 * parties (at least two) and, when recording it, the departments with the laws they cite (one per line).
 */
import {
  ArrayInput,
  BooleanInput,
  Create,
  DateInput,
  Edit,
  ReferenceInput,
  AutocompleteInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxLength,
  required,
} from 'react-admin';
import { Stack } from '@mui/material';
import { enumChoices } from '../common/enums';
import { LINES_INPUT } from '../common/lines';
import { NameReferenceInput } from '../common/references';
import { requiredText } from '../common/validation';

const nameRules = [required(), maxLength(100), requiredText];
const atLeastTwo = (value: unknown) =>
  Array.isArray(value) && value.length >= 2 ? undefined : 'ra.validation.minValue';

/** The fields both forms share. */
function MediationFields({ creating }: { creating: boolean }) {
  return (
    <>
      {creating ? <NameReferenceInput source="neighborhoodId" reference="neighborhoods" validate={required()} /> : null}
      <TextInput source="subject" validate={[required(), maxLength(200), requiredText]} fullWidth />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <SelectInput
          source="disputeKind"
          choices={enumChoices('DisputeKind')}
          validate={creating ? required() : undefined}
          disabled={!creating}
        />
        <DateInput source="heldOn" validate={required()} />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextInput source="chairName" validate={nameRules} />
        <SelectInput source="chairRole" choices={enumChoices('MediationChairRole')} validate={required()} />
        <TextInput source="legalAdviser" validate={nameRules} />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <BooleanInput source="involvesFamily" />
        <TextInput source="womenDirector" validate={maxLength(100)} />
      </Stack>
      <ArrayInput source="parties" validate={atLeastTwo}>
        <SimpleFormIterator inline disableReordering>
          <SelectInput
            source="kind"
            label="resources.mediations.fields.kind"
            choices={enumChoices('MediationPartyKind')}
            validate={required()}
          />
          <TextInput source="name" label="resources.mediations.fields.name" validate={nameRules} />
        </SimpleFormIterator>
      </ArrayInput>
      {/* The record as React-Admin reads it has no departments (each names a department record), so
          they are chosen when the mediation is recorded and shown on its page. */}
      {creating ? (
        <ArrayInput source="departments">
          <SimpleFormIterator inline disableReordering>
            <ReferenceInput source="departmentId" reference="departments" perPage={50}>
              <AutocompleteInput
                label="resources.mediations.fields.departmentId"
                validate={required()}
                filterToQuery={(q: string) => (q ? { nameContains: q } : {})}
                sx={{ minWidth: 240 }}
              />
            </ReferenceInput>
            <TextInput
              source="citedLaws"
              label="resources.mediations.fields.citedLaws"
              {...LINES_INPUT}
              sx={{ minWidth: 280 }}
            />
          </SimpleFormIterator>
        </ArrayInput>
      ) : null}
    </>
  );
}

/** A new mediation: two parties to start with. */
export const MediationCreate = () => (
  <Create redirect="show">
    <SimpleForm
      defaultValues={{
        involvesFamily: false,
        parties: [
          { kind: 'PERSON', name: '' },
          { kind: 'PERSON', name: '' },
        ],
        departments: [],
      }}
    >
      <MediationFields creating />
    </SimpleForm>
  </Create>
);

/** Editing an open mediation. */
export const MediationEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <MediationFields creating={false} />
    </SimpleForm>
  </Edit>
);
