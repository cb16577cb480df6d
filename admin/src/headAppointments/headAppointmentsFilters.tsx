/** Filters of the appointment list: state, subdistrict, agency (`HeadAppointmentFilter`). */
import { SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';

/** The appointment list's filters; the agency picker follows the subdistrict. */
export const headAppointmentsFilters = [
  <SelectInput key="status" source="status" choices={enumChoices('HeadAppointmentStatus')} alwaysOn />,
  <NameReferenceInput key="subdistrictId" source="subdistrictId" reference="subdistricts" alwaysOn />,
  <ScopedReferenceInput
    key="agencyId"
    source="agencyId"
    reference="dispatchedAgencies"
    scope="subdistrictId"
    alwaysOn
  />,
];
