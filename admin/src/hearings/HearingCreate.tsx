/**
 * Recording a decision hearing (docs/rules.md rule 14) of a works project: the presenter, the chair
 * (the residents' committee director), the day, the construction period, the representatives and
 * department heads (one per line), and the questions put with any answers given at once.
 */
import {
  ArrayInput,
  Create,
  DateInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxLength,
  required,
} from 'react-admin';
import { Stack } from '@mui/material';
import { LINES_INPUT } from '../common/lines';
import { NameReferenceInput } from '../common/references';
import { requiredText } from '../common/validation';

const nameRules = [required(), maxLength(100), requiredText];
const listRequired = (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'ra.validation.required';

/** The questions of a hearing: who asked, what, and (when answered) the answer and who gave it. */
export function QuestionsInput() {
  return (
    <ArrayInput source="questions">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="askedBy" label="resources.hearings.fields.askedBy" validate={nameRules} />
        <TextInput
          source="question"
          label="resources.hearings.fields.question"
          validate={[required(), maxLength(2000), requiredText]}
          multiline
          sx={{ minWidth: 280 }}
        />
        <TextInput
          source="answer"
          label="resources.hearings.fields.answer"
          validate={maxLength(4000)}
          multiline
          sx={{ minWidth: 280 }}
        />
        <TextInput source="answeredBy" label="resources.hearings.fields.answeredBy" validate={maxLength(100)} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** The hearing's form; opened from a project's page, the project is already picked. */
export const HearingCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <NameReferenceInput source="projectId" reference="worksProjects" validate={required()} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <TextInput source="presenter" validate={nameRules} />
        <TextInput source="chairName" validate={nameRules} />
        <DateInput source="heldOn" validate={required()} />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <DateInput source="constructionStartsOn" validate={required()} />
        <DateInput source="constructionEndsOn" validate={required()} />
      </Stack>
      <TextInput source="representatives" {...LINES_INPUT} validate={listRequired} fullWidth />
      <TextInput source="departmentHeads" {...LINES_INPUT} fullWidth />
      <QuestionsInput />
    </SimpleForm>
  </Create>
);
