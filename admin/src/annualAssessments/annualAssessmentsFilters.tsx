/**
 * Filters of the annual assessment list (`AnnualAssessmentFilter`): year, state, district,
 * subdistrict and official; a grade filter appears once the API's filter has `grade`.
 */
import { NumberInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/enums';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';
import { inputFields, schema } from '../schema';

const canFilterByGrade = inputFields(schema.types, 'AnnualAssessmentFilter').has('grade');

/** The assessment list's filters; each picker follows the one before it. */
export const annualAssessmentsFilters = [
  <NumberInput key="year" source="year" alwaysOn min={2000} max={2100} sx={{ width: 120 }} />,
  <SelectInput key="status" source="status" choices={enumChoices('AssessmentStatus')} alwaysOn />,
  ...(canFilterByGrade ? [<SelectInput key="grade" source="grade" choices={enumChoices('Grade')} alwaysOn />] : []),
  <NameReferenceInput key="districtId" source="districtId" reference="districts" />,
  <ScopedReferenceInput
    key="subdistrictId"
    source="subdistrictId"
    reference="subdistricts"
    scope="districtId"
    alwaysOn
  />,
  <ScopedReferenceInput key="officialId" source="officialId" reference="officials" scope="subdistrictId" />,
];
