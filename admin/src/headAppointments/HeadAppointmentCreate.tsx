/**
 * Proposing an agency's head (docs/rules.md rule 2): the district department (a district ADMIN) names
 * one of the agency's AGENCY_HEAD officials and optionally the first day of the term; the
 * subdistrict decides on the appointment's page. Saved through `proposeHeadAppointment`.
 */
import { Create, DateInput, SimpleForm, required, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';

/** A LocalDate in the future or today is fine; the server checks it against the current head's term. */
const dateRules = [
  (value: unknown) => (value && !/^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? 'ra.validation.invalid' : undefined),
];

/** Who proposes and who decides, above the form. */
function ProposeNote() {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 720 }}>
      {translate('pingyi.governance.appointment.help.proposeRight')}
    </Alert>
  );
}

/** The proposal form; district and subdistrict narrow the pickers and are not saved. */
export const HeadAppointmentCreate = () => (
  <Create redirect="show" title="pingyi.governance.appointment.propose">
    <SimpleForm>
      <ProposeNote />
      <NameReferenceInput source="districtId" reference="districts" helperText="pingyi.help.districtPicker" />
      <ScopedReferenceInput
        source="subdistrictId"
        reference="subdistricts"
        scope="districtId"
        helperText="pingyi.governance.appointment.help.agency"
      />
      <ScopedReferenceInput
        source="agencyId"
        reference="dispatchedAgencies"
        scope="subdistrictId"
        validate={required()}
      />
      <ScopedReferenceInput
        source="officialId"
        reference="officials"
        scope="agencyId"
        filter={{ category: 'AGENCY_HEAD' }}
        validate={required()}
        helperText="pingyi.governance.appointment.help.official"
      />
      <DateInput source="startsOn" validate={dateRules} helperText="pingyi.governance.appointment.help.startsOn" />
    </SimpleForm>
  </Create>
);
