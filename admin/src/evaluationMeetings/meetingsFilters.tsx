/** Filters of the meeting list: title, state, year, district and subdistrict (`EvaluationMeetingFilter`). */
import { NumberInput, SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';

/** The meeting list's filters; the subdistrict picker follows the district. */
export const meetingsFilters = [
  <TextInput key="titleContains" source="titleContains" alwaysOn resettable />,
  <SelectInput key="status" source="status" choices={enumChoices('MeetingStatus')} alwaysOn />,
  <NumberInput key="year" source="year" alwaysOn min={2000} max={2100} sx={{ width: 120 }} />,
  <NameReferenceInput key="districtId" source="districtId" reference="districts" />,
  <ScopedReferenceInput
    key="subdistrictId"
    source="subdistrictId"
    reference="subdistricts"
    scope="districtId"
    alwaysOn
  />,
];
