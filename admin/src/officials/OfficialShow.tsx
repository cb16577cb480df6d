/** One official. */
import { SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { NameReferenceField } from '../common/references';
import { OfficialAssessments } from '../assessments/OfficialAssessments';

/**
 * An official's details: category, title and where they serve; then their annual assessments and
 * outcome (a wide table scrolls in its own frame, never the page).
 */
export const OfficialShow = () => (
  <Show sx={{ '& .RaShow-main, & .RaShow-card': { minWidth: 0 } }}>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="category" choices={enumChoices('OfficialCategory')} />
      <TextField source="title" emptyText="—" />
      <NameReferenceField source="subdistrictId" reference="subdistricts" />
      <NameReferenceField source="officeId" reference="offices" />
      <NameReferenceField source="agencyId" reference="dispatchedAgencies" />
      <NameReferenceField source="neighborhoodId" reference="neighborhoods" />
      <TextField source="externalId" emptyText="—" />
      <DateTimeField source="createdAt" />
      <DateTimeField source="updatedAt" />
      <OfficialAssessments label={false} />
    </SimpleShowLayout>
  </Show>
);
