/**
 * Assessing an official for a year (assessOfficial, docs/rules.md rule 10): pick the official (the
 * subdistrict picker only narrows the choice), the year and the assessors' mark 0–100 on the
 * self-report and inquiries. The server computes the DRAFT assessment from the year's meetings
 * and third-party panels, or recomputes an existing DRAFT; either way the page then says
 * 已计算考核 and shows it.
 */
import {
  Create,
  NumberInput,
  SimpleForm,
  maxValue,
  minValue,
  number,
  required,
  useNotify,
  useRedirect,
  type RaRecord,
} from 'react-admin';
import { NameReferenceInput, ScopedReferenceInput } from '../common/references';

/** The default year: last year, whose meetings are over. */
const lastYear = () => new Date().getFullYear() - 1;

/** The assess form. */
export const AssessmentCreate = () => {
  const notify = useNotify();
  const redirect = useRedirect();
  const onSuccess = (record: RaRecord) => {
    notify('pingyi.assessment.computed', { type: 'info' });
    redirect('show', 'annualAssessments', record.id, record);
  };
  return (
    <Create redirect="show" title="pingyi.assessment.assessTitle" mutationOptions={{ onSuccess }}>
      <SimpleForm defaultValues={{ year: lastYear() }}>
        <NameReferenceInput
          source="subdistrictId"
          reference="subdistricts"
          helperText="pingyi.assessment.help.subdistrict"
        />
        <ScopedReferenceInput source="officialId" reference="officials" scope="subdistrictId" validate={required()} />
        <NumberInput
          source="year"
          validate={[required(), number(), minValue(2000), maxValue(2100)]}
          sx={{ width: 160 }}
        />
        <NumberInput
          source="selfReportMark"
          validate={[number(), minValue(0), maxValue(100)]}
          step={0.5}
          helperText="pingyi.assessment.help.mark"
          sx={{ width: 240 }}
        />
      </SimpleForm>
    </Create>
  );
};
