/**
 * Scheduling and changing a meeting (docs/rules.md rule 4): an ADMIN picks the subdistrict, usually a
 * neighborhood, the chair, the rating template, the year, the planned time (entered in the
 * browser's time zone, sent as an instant) and the minimum count for publishing (rule 7). A
 * meeting can change only while it is DRAFT; the subdistrict and template are chosen on creation.
 */
import {
  Create,
  DeleteButton,
  Edit,
  Labeled,
  NumberInput,
  SaveButton,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  maxValue,
  minValue,
  number,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Alert } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { InstantInput } from '../common/DateTimeField';
import { FixedReference, NameReferenceInput, ScopedReferenceInput } from '../common/references';
import { requiredText } from '../common/validation';
import { MeetingStatusField } from './MeetingStatusField';

const yearRules = [required(), number(), minValue(2000), maxValue(2100)];
const minRatingRules = [number(), minValue(1), maxValue(100)];
const titleRules = [required(), maxLength(200), requiredText];

/** The chair picker: CHAIR users, of the chosen subdistrict when one is chosen. */
const ChairInput = () => {
  const subdistrictId = useWatch({ name: 'subdistrictId' });
  return (
    <NameReferenceInput
      source="chairId"
      reference="users"
      optionText="displayName"
      filter={{ role: 'CHAIR', ...(subdistrictId ? { subdistrictId } : {}) }}
      helperText="pingyi.meeting.help.chair"
    />
  );
};

/** Save, and delete while DRAFT. */
const DraftToolbar = () => (
  <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

/** The edit form, or a note when the meeting is no longer a draft. */
const MeetingEditForm = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record && record.status !== 'DRAFT') {
    return (
      <Alert severity="info" sx={{ m: 2 }}>
        {translate('pingyi.meeting.help.onlyDraft')}
      </Alert>
    );
  }
  return (
    <SimpleForm toolbar={<DraftToolbar />}>
      <Labeled source="status">
        <MeetingStatusField source="status" />
      </Labeled>
      <FixedReference source="subdistrictId" reference="subdistricts" />
      <FixedReference source="templateId" reference="ratingTemplates" />
      <TextInput source="title" validate={titleRules} sx={{ minWidth: { md: 480 } }} />
      <ScopedReferenceInput
        source="neighborhoodId"
        reference="neighborhoods"
        scope="subdistrictId"
        helperText="pingyi.meeting.help.neighborhood"
      />
      <ChairInput />
      <InstantInput source="scheduledAt" />
      <NumberInput source="minRatings" validate={minRatingRules} helperText="pingyi.meeting.help.minRatings" />
    </SimpleForm>
  );
};

/** Changes a DRAFT meeting (ADMIN). */
export const MeetingEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <MeetingEditForm />
  </Edit>
);

/** Schedules a new DRAFT meeting (ADMIN). */
export const MeetingCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ year: new Date().getFullYear(), minRatings: 3 }}>
      <TextInput source="title" validate={titleRules} sx={{ minWidth: { md: 480 } }} />
      <NumberInput source="year" validate={yearRules} />
      <NameReferenceInput source="districtId" reference="districts" helperText="pingyi.help.districtPicker" />
      <ScopedReferenceInput source="subdistrictId" reference="subdistricts" scope="districtId" validate={required()} />
      <ScopedReferenceInput
        source="neighborhoodId"
        reference="neighborhoods"
        scope="subdistrictId"
        helperText="pingyi.meeting.help.neighborhood"
      />
      <NameReferenceInput
        source="templateId"
        reference="ratingTemplates"
        validate={required()}
        helperText="pingyi.meeting.help.template"
      />
      <ChairInput />
      <InstantInput source="scheduledAt" />
      <NumberInput source="minRatings" validate={minRatingRules} helperText="pingyi.meeting.help.minRatings" />
    </SimpleForm>
  </Create>
);
