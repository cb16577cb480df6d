/**
 * Creating and changing a rating template (docs/rules.md rule 6). Its district is chosen on creation;
 * its criteria can change until a meeting uses it (the server then refuses with CONFLICT, shown
 * on the criteria).
 */
import { Create, Edit, SimpleForm, TextInput, maxLength, required, useTranslate, type RaRecord } from 'react-admin';
import { Alert } from '@mui/material';
import { FixedReference, NameReferenceInput } from '../common/references';
import { requiredText } from '../common/validation';
import { CriteriaInput, completeCriteria } from './CriteriaInput';

const nameRules = [required(), maxLength(100), requiredText];

/** The form's values as the API takes them: criteria with keys and numeric weights. */
const toApi = (data: RaRecord) => ({ ...data, criteria: completeCriteria(data.criteria) });

/** The note that criteria freeze once a meeting uses the template. */
const LockedNote = (_: { label?: false }) => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ maxWidth: 720 }}>
      {translate('pingyi.template.locked')}
    </Alert>
  );
};

/** Renames a template or replaces its criteria. */
export const TemplateEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={toApi}>
    <SimpleForm>
      <FixedReference source="districtId" reference="districts" />
      <TextInput source="name" validate={nameRules} sx={{ minWidth: { md: 420 } }} />
      <LockedNote label={false} />
      <CriteriaInput />
    </SimpleForm>
  </Edit>
);

/** Creates a template of a district, starting from three empty criteria. */
export const TemplateCreate = () => (
  <Create redirect="show" transform={toApi}>
    <SimpleForm
      defaultValues={{
        criteria: [
          { label: '', weight: 40 },
          { label: '', weight: 30 },
          { label: '', weight: 30 },
        ],
      }}
    >
      <NameReferenceInput source="districtId" reference="districts" validate={required()} />
      <TextInput source="name" validate={nameRules} sx={{ minWidth: { md: 420 } }} />
      <CriteriaInput />
    </SimpleForm>
  </Create>
);
