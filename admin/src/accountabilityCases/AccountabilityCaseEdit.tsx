/**
 * Opening and changing an accountability case (docs/rules.md rule 9): the official and the year are
 * chosen when the case is opened; while it is OPEN its handler, red-line item and summary may
 * change. Concluding is its own action on the case's page (ConcludeCaseButton).
 */
import {
  Create,
  Edit,
  Labeled,
  NumberField,
  NumberInput,
  SelectInput,
  SimpleForm,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Alert } from '@mui/material';
import { enumChoices } from '../common/enums';
import { FixedReference, NameReferenceInput, ScopedReferenceInput } from '../common/references';
import { requiredText } from '../common/validation';
import { CaseStatusField } from './caseStatus';
import { CaseTitle } from './CaseTitle';
import { RedLineItemInput } from './RedLineItemInput';

const yearRules = [required(), number(), minValue(2000), maxValue(2100)];
/** A summary: required, not only spaces or invisible characters, at most 2000 characters. */
const summaryRules = [required(), maxLength(2000), requiredText];
const handlerChoices = enumChoices('AccountabilityHandler');

/** Opens a case (ASSESSOR or ADMIN): district and subdistrict narrow the official picker and are not saved. */
export const AccountabilityCaseCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ year: new Date().getFullYear(), handledBy: 'ORGANIZATION_DEPARTMENT' }}>
      <NameReferenceInput source="districtId" reference="districts" helperText="pingyi.help.districtPicker" />
      <ScopedReferenceInput
        source="subdistrictId"
        reference="subdistricts"
        scope="districtId"
        helperText="pingyi.governance.accountability.help.official"
      />
      <ScopedReferenceInput source="officialId" reference="officials" scope="subdistrictId" validate={required()} />
      <NumberInput source="year" validate={yearRules} />
      <RedLineItemInput />
      <SelectInput source="handledBy" choices={handlerChoices} validate={required()} />
      <TextInput
        source="summary"
        multiline
        minRows={3}
        validate={summaryRules}
        helperText="pingyi.governance.accountability.help.summary"
        sx={{ minWidth: { md: 560 } }}
      />
    </SimpleForm>
  </Create>
);

/** The edit form, or a note when the case is concluded. */
const CaseEditForm = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record && record.status !== 'OPEN') {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('pingyi.governance.accountability.help.onlyOpen')}
      </Alert>
    );
  }
  return (
    <SimpleForm>
      <Labeled source="status">
        <CaseStatusField source="status" />
      </Labeled>
      <FixedReference source="officialId" reference="officials" />
      <Labeled source="year">
        <NumberField source="year" options={{ useGrouping: false }} />
      </Labeled>
      <RedLineItemInput />
      <SelectInput source="handledBy" choices={handlerChoices} validate={required()} />
      <TextInput
        source="summary"
        multiline
        minRows={3}
        validate={summaryRules}
        helperText="pingyi.governance.accountability.help.summary"
        sx={{ minWidth: { md: 560 } }}
      />
    </SimpleForm>
  );
};

/** Changes an OPEN case (ASSESSOR or ADMIN). */
export const AccountabilityCaseEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" title={<CaseTitle />}>
    <CaseEditForm />
  </Edit>
);
