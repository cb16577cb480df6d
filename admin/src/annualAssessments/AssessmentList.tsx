/**
 * The list of annual assessments (年度考核) in the user's scope: official, subdistrict, year,
 * score 0–100, computed and effective grade, state; filterable, sortable by year, score and
 * state, paginated. Assessors and admins assess an official (create) and finalise selected DRAFT
 * rows in bulk, e.g. a whole year of a district.
 */
import {
  CreateButton,
  ExportButton,
  FilterButton,
  List,
  NumberField,
  ReferenceField,
  TopToolbar,
  useCanAccess,
} from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListGrid, ListPagination } from '../common/ListGrid';
import { NameReferenceField } from '../common/references';
import { AssessmentStatusField, EffectiveGradeField, GradeField } from '../assessments/chips';
import { annualAssessmentsFilters } from './annualAssessmentsFilters';
import { FinalizeSelectedButton } from './FinalizeSelectedButton';

/** Filter, create (assessors and admins: the button asks access.ts) and export. */
const AssessmentListActions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton label="pingyi.assessment.assess" />
    <ExportButton />
  </TopToolbar>
);

const score = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
/** On narrower screens (a 1024 px tablet) the finalised-at column gives way; the state column still says FINALIZED. */
const narrow = {
  '& th.column-finalizedAt, & td.column-finalizedAt': { display: { xs: 'none', lg: 'table-cell' } },
} as const;

/** Assessments, newest year first, with their score, grades and state. */
export const AssessmentList = () => {
  const { canAccess: finalizes } = useCanAccess({ resource: 'annualAssessments', action: 'finalize' });
  return (
    <List
      filters={annualAssessmentsFilters}
      actions={<AssessmentListActions />}
      sort={{ field: 'year', order: 'DESC' }}
      perPage={25}
      pagination={<ListPagination />}
    >
      <ListGrid sx={narrow} bulkActionButtons={finalizes ? <FinalizeSelectedButton /> : false}>
        <NameReferenceField source="officialId" reference="officials" sortable={false} />
        <ReferenceField
          source="officialId"
          reference="officials"
          link={false}
          label="resources.annualAssessments.fields.subdistrictId"
          sortable={false}
        >
          <NameReferenceField source="subdistrictId" reference="subdistricts" />
        </ReferenceField>
        <NumberField source="year" options={{ useGrouping: false }} />
        <NumberField source="score" options={score} emptyText="—" />
        <GradeField source="computedGrade" sortable={false} />
        <GradeField source="overrideGrade" sortable={false} />
        <EffectiveGradeField source="grade" sortable={false} />
        <AssessmentStatusField source="status" />
        <DateTimeField source="finalizedAt" emptyText="—" />
      </ListGrid>
    </List>
  );
};
